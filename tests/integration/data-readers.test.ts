/**
 * "Siapa yang melihat data saya" against the real server, for every demo user: the model each
 * person's device computes from the documents it holds (core/data-readers.ts) names exactly the
 * people the server lets read each kind of their data, and nobody else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readersOfMyData, type DataKind } from '../../client/core/data-readers';
import { buildOrgChart } from '../../client/core/org-chart';
import type { EmployeeDoc, UnitDoc } from '../../client/core/schemas/reference';
import { civilDate } from '../../client/core/dates';
import { PEOPLE } from '../../sync-server/seed/demo-people';
import { call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const tokens = new Map<string, string>();
let allIds: string[];
/** Every id a final appraisal cites, with the activities its cited photos belong to. */
let citedIds: Set<string>;

beforeAll(async () => {
  server = await startServer();
  for (const p of PEOPLE) tokens.set(p.nip, await signIn(server.url, p.nip));
  const all = await server.app.services.store.byPrefix('');
  allIds = all.map((d) => d._id);
  type Item = { evidence: string[] };
  citedIds = new Set(
    all
      .filter((d) => d.type === 'appraisal' && d.status === 'final')
      .flatMap((d) =>
        [
          ...Object.values(d.rhk as Record<string, Item>),
          d.hasilKerja as Item,
          ...Object.values(d.perilaku as Record<string, Item>),
          d.perilakuOverall as Item,
        ].flatMap((i) => i.evidence.map((e) => e.split('#')[0] ?? '')),
      ),
  );
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/** The org chart as one person's device holds it: the directory documents they may read. */
async function deviceChart(nip: string) {
  const r = await call(`${server.couchUrl}/_changes?include_docs=true`, {
    auth: { token: tokens.get(nip) ?? '' },
  });
  const docs = (r.body as { results: { doc?: Record<string, unknown> }[] }).results.flatMap((c) =>
    c.doc ? [c.doc] : [],
  );
  return buildOrgChart(
    docs.filter((d) => d.type === 'employee') as EmployeeDoc[],
    docs.filter((d) => d.type === 'unit') as UnitDoc[],
  );
}

/** One stored document of this kind about `nip`, if the demo has one. */
function docOf(kind: DataKind, nip: string): string | undefined {
  return allIds.find((id) => id.startsWith(`${kind}:${nip}`));
}

async function mayRead(reader: string, id: string): Promise<boolean> {
  const r = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, {
    auth: { token: tokens.get(reader) ?? '' },
  });
  if (r.status !== 200 && r.status !== 404) throw new Error(`${reader} GET ${id}: ${r.status}`);
  return r.status === 200;
}

describe('who sees my data: the page and the server agree', () => {
  it.each(PEOPLE.map((p) => [p.name, p.nip] as const))('for %s', async (_name, nip) => {
    const today = civilDate(Date.now());
    const model = readersOfMyData(nip, await deviceChart(nip), today);
    const kinds = new Set<DataKind>();
    for (const entry of model) {
      const id = docOf(entry.kind, nip);
      if (id === undefined) continue;
      // The atasan penilai opens only what a final appraisal cites: the sample, if it is cited.
      const activityOf = (docId: string) => `activity:${docId.split(':').slice(1, 4).join(':')}`;
      const cited = citedIds.has(activityOf(id));
      const listed = new Set(entry.readers.filter((r) => !r.citedOnly || cited).map((r) => r.nip));
      for (const reader of PEOPLE) {
        if (reader.nip === nip) continue;
        // Ratna is also the Pengelola: her role reads what the model says a Pengelola reads.
        const expected =
          listed.has(reader.nip) || (reader.nip === PENGELOLA_NIP && entry.pengelola);
        expect(await mayRead(reader.nip, id), `${reader.name} reads ${id}`).toBe(expected);
        kinds.add(entry.kind);
      }
    }
    // Everyone in the demo has a directory entry and more (the top heads log no activities).
    expect(kinds.has('employee') && kinds.size >= 3, [...kinds].join()).toBe(true);
  });
});

const PENGELOLA_NIP = PEOPLE.find((p) => p.nip === '198602142010012015')?.nip;
