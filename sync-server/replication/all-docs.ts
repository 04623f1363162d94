/**
 * GET|POST /_all_docs (`keys`, `key`, `startkey`/`endkey`, `include_docs`, `conflicts`,
 * `attachments`, `limit`, `skip`, `descending`, `inclusive_end`): only documents of the user's
 * channels, listed from the feed index so that the cost follows the user's data. No retention
 * window here: online, a head may read all their reports' documents. A POST may give the options
 * in its JSON body as well (the Cloudant SDK, couchbackup's shallow mode, does); the query wins.
 */
import type { Request, RequestHandler } from 'express';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import type { AllDocsRow } from '../store/store';
import { readableIds, readerOf } from './authorization';
import { boolParam, intParam, jsonParam, stringList, type Query } from './params';

const HIGH = '\ufff0';

/** Options whose values are JSON in a query string (keys); the others are plain words and numbers. */
const JSON_OPTIONS = new Set(['key', 'keys', 'startkey', 'start_key', 'endkey', 'end_key']);

export function allDocs(s: Services): RequestHandler {
  return async (req, res) => {
    const reader = readerOf(s, res);
    const q = optionsOf(req);
    const includeDocs = boolParam(q, 'include_docs');
    const conflicts = boolParam(q, 'conflicts');
    const attachments = includeDocs && boolParam(q, 'attachments');
    const skip = intParam(q, 'skip', 0, 1_000_000) ?? 0;
    const limit = intParam(q, 'limit', 0, 1_000_000) ?? -1;
    const descending = boolParam(q, 'descending');
    const rawKeys = jsonParam(q, 'keys');
    const totalRows = s.index.docCount(reader.channels);

    if (rawKeys !== undefined) {
      const keys = stringList(rawKeys, 'keys');
      const readable = readableIds(s, reader, keys);
      const found = await s.store.allDocs({
        keys: [...readable],
        include_docs: includeDocs,
        conflicts,
        attachments,
      });
      const byKey = new Map(found.map((r) => [r.key, r]));
      const rows = keys.map((key): AllDocsRow => byKey.get(key) ?? { key, error: 'not_found' });
      res.json({ total_rows: totalRows, offset: 0, rows: windowOf(rows, skip, limit) });
      return;
    }

    const { lo, hi, exclude } = rangeOf(q, descending);
    const wanted = limit < 0 ? -1 : skip + limit + (exclude ? 1 : 0);
    let listed = s.index.docsInRange(reader.channels, lo, hi, descending ? -1 : wanted);
    if (exclude !== null) listed = listed.filter((d) => d.id !== exclude);
    if (descending) listed.reverse();
    listed = windowOf(listed, skip, limit);
    const docs = includeDocs
      ? new Map(
          (
            await s.store.allDocs({
              keys: listed.map((d) => d.id),
              include_docs: true,
              conflicts,
              attachments,
            })
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

/**
 * The request's options: its query, and for a POST also the fields of its JSON body, written as
 * a query string would carry them so that one set of parsers reads both.
 */
function optionsOf(req: Request): Query {
  const body: unknown = req.body;
  if (req.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body))
    return req;
  const fromBody = Object.fromEntries(
    Object.entries(body as Record<string, unknown>)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => [
        name,
        JSON_OPTIONS.has(name) || typeof value === 'object' ? JSON.stringify(value) : String(value),
      ]),
  );
  return { query: { ...fromBody, ...req.query } };
}

function windowOf<T>(rows: T[], skip: number, limit: number): T[] {
  return rows.slice(skip, limit < 0 ? undefined : skip + limit);
}

function keyParam(req: Query, ...names: string[]): string | undefined {
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
  req: Query,
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
