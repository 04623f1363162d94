/** What the server holds, read over HTTP as a context's signed-in person (the sync, not the screen). */
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

export type ServerDoc = Record<string, unknown>;

/** The documents the server holds under an id prefix, read as the context's signed-in person. */
export async function serverDocs(context: BrowserContext, prefix: string): Promise<ServerDoc[]> {
  const q = new URLSearchParams({
    startkey: JSON.stringify(prefix),
    endkey: JSON.stringify(`${prefix}\ufff0`),
    include_docs: 'true',
  });
  const res = await context.request.get(`/couch/kinerja/_all_docs?${q.toString()}`);
  const body = (await res.json()) as { rows: { doc?: ServerDoc }[] };
  return body.rows.flatMap((r) => (r.doc ? [r.doc] : []));
}

/** Waits until what a device sent has reached the server. */
export async function untilOnServer(
  context: BrowserContext,
  prefix: string,
  check: (docs: ServerDoc[]) => boolean,
): Promise<void> {
  await expect
    .poll(async () => check(await serverDocs(context, prefix)), { timeout: 60_000, interval: 500 })
    .toBe(true);
}
