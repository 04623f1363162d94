/**
 * GET|POST /_all_docs (`keys`, `key`, `startkey`/`endkey`, `include_docs`, `limit`, `skip`,
 * `descending`, `inclusive_end`): only documents of the user's channels, listed from the feed
 * index so that the cost follows the user's data. No retention window here: online, a head may
 * read all their reports' documents.
 */
import type { Request, RequestHandler } from 'express';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import type { AllDocsRow } from '../store/store';
import { readableIds, readerOf } from './authorization';
import { boolParam, intParam, jsonParam, stringList } from './params';

const HIGH = '\ufff0';

export function allDocs(s: Services): RequestHandler {
  return async (req, res) => {
    const reader = readerOf(s, res);
    const includeDocs = boolParam(req, 'include_docs');
    const conflicts = boolParam(req, 'conflicts');
    const skip = intParam(req, 'skip', 0, 1_000_000) ?? 0;
    const limit = intParam(req, 'limit', 0, 1_000_000) ?? -1;
    const descending = boolParam(req, 'descending');
    const body =
      req.method === 'POST' && typeof req.body === 'object' && req.body !== null
        ? (req.body as Record<string, unknown>)
        : {};
    const rawKeys = body.keys ?? jsonParam(req, 'keys');
    const totalRows = s.index.docCount(reader.channels);

    if (rawKeys !== undefined) {
      const keys = stringList(rawKeys, 'keys');
      const readable = readableIds(s, reader, keys);
      const found = await s.store.allDocs({
        keys: [...readable],
        include_docs: includeDocs,
        conflicts,
      });
      const byKey = new Map(found.map((r) => [r.key, r]));
      const rows = keys.map((key): AllDocsRow => byKey.get(key) ?? { key, error: 'not_found' });
      res.json({ total_rows: totalRows, offset: 0, rows: windowOf(rows, skip, limit) });
      return;
    }

    const { lo, hi, exclude } = rangeOf(req, descending);
    const wanted = limit < 0 ? -1 : skip + limit + (exclude ? 1 : 0);
    let listed = s.index.docsInRange(reader.channels, lo, hi, descending ? -1 : wanted);
    if (exclude !== null) listed = listed.filter((d) => d.id !== exclude);
    if (descending) listed.reverse();
    listed = windowOf(listed, skip, limit);
    const docs = includeDocs
      ? new Map(
          (
            await s.store.allDocs({ keys: listed.map((d) => d.id), include_docs: true, conflicts })
          ).map((r) => [r.key, r.doc]),
        )
      : null;
    res.json({
      total_rows: totalRows,
      offset: skip,
      rows: listed.map((d) => ({
        id: d.id,
        key: d.id,
        value: { rev: d.rev },
        ...(docs ? { doc: docs.get(d.id) ?? null } : {}),
      })),
    });
  };
}

function windowOf<T>(rows: T[], skip: number, limit: number): T[] {
  return rows.slice(skip, limit < 0 ? undefined : skip + limit);
}

function keyParam(req: Request, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = jsonParam(req, name);
    if (v === undefined) continue;
    if (typeof v !== 'string') throw badRequest(`${name} must be a JSON string`);
    return v;
  }
  return undefined;
}

/** The id range asked for, in ascending order, and an end key to leave out (inclusive_end=false). */
function rangeOf(
  req: Request,
  descending: boolean,
): { lo: string; hi: string; exclude: string | null } {
  const key = keyParam(req, 'key');
  if (key !== undefined) return { lo: key, hi: key, exclude: null };
  const start = keyParam(req, 'startkey', 'start_key');
  const end = keyParam(req, 'endkey', 'end_key');
  const inclusiveEnd = boolParam(req, 'inclusive_end', true);
  const exclude = !inclusiveEnd && end !== undefined ? end : null;
  return descending
    ? { lo: end ?? '', hi: start ?? HIGH, exclude }
    : { lo: start ?? '', hi: end ?? HIGH, exclude };
}
