/** Query and body parameters as CouchDB reads them; anything malformed is a 400, never a 500. */
import type { Request } from 'express';
import { badRequest } from '../http/errors';

/** Where options are read from: a request's query, or options gathered from elsewhere (a POST body). */
export type Query = Pick<Request, 'query'>;

const REV_RE = /^[1-9]\d{0,8}-[0-9a-zA-Z]{1,64}$/;
/** Largest number of ids or revisions one request may name. */
export const MAX_ITEMS = 10_000;

export function isRev(value: unknown): value is string {
  return typeof value === 'string' && REV_RE.test(value);
}

/** A query value as a single string (repeated parameters are a 400). */
export function queryString(req: Query, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badRequest(`Parameter ${name} must be given once`);
  return v;
}

/**
 * Whether a request asks a longpoll `_changes`, one that may wait for a change: compression and the
 * request metrics treat those apart. Never throws (they run before the route checks its parameters).
 */
export function asksLongpoll(req: Query): boolean {
  return (req.query as Record<string, unknown>).feed === 'longpoll';
}

export function boolParam(req: Query, name: string, fallback = false): boolean {
  const v = queryString(req, name);
  if (v === undefined) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw badRequest(`Parameter ${name} must be true or false`);
}

export function intParam(req: Query, name: string, min: number, max: number): number | undefined {
  const v = queryString(req, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d{1,15}$/.test(v) || n < min || n > max)
    throw badRequest(`Parameter ${name} must be an integer from ${min} to ${max}`);
  return n;
}

/** A JSON-encoded query value (startkey, keys, open_revs...). */
export function jsonParam(req: Query, name: string): unknown {
  const v = queryString(req, name);
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw badRequest(`Parameter ${name} is not valid JSON`);
  }
}

export function revParam(req: Query, name = 'rev'): string | undefined {
  const v = queryString(req, name);
  if (v !== undefined && !isRev(v)) throw badRequest('Invalid rev format');
  return v;
}

/** A JSON object body; arrays and primitives are a 400. */
export function objectBody(req: Request): Record<string, unknown> {
  const b: unknown = req.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b))
    throw badRequest('Request body must be a JSON object');
  return b as Record<string, unknown>;
}

/** A list of strings of bounded length (ids, keys, revs). */
export function stringList(value: unknown, what: string): string[] {
  if (
    !Array.isArray(value) ||
    value.length > MAX_ITEMS ||
    !value.every((x) => typeof x === 'string')
  ) {
    throw badRequest(`${what} must be an array of at most ${MAX_ITEMS} strings`);
  }
  return value as string[];
}
