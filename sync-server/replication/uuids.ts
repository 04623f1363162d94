/**
 * GET /couch/_uuids?count=N: fresh random ids (CouchDB's `random` algorithm, 32 hex digits),
 * open to anyone as in CouchDB. At most 1000 per request, CouchDB's default `max_count`.
 */
import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import { badRequest } from '../http/errors';
import { queryString } from './params';

export const MAX_UUIDS = 1000;

export const uuids: RequestHandler = (req, res) => {
  const count = countOf(queryString(req, 'count'));
  // Every answer is new: no cache may hand the same ids to two clients.
  res.set({ 'Cache-Control': 'must-revalidate, no-cache', Pragma: 'no-cache' });
  res.json({ uuids: Array.from({ length: count }, () => randomBytes(16).toString('hex')) });
};

function countOf(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^\d{1,9}$/.test(raw)) throw badRequest('count must be a positive integer');
  const n = Number(raw);
  if (n > MAX_UUIDS) throw badRequest('count parameter too large');
  return n;
}
