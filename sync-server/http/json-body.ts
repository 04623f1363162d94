/**
 * The one JSON body parser of /api and /couch. A body is JSON only when it says so
 * (`Content-Type: application/json`, UTF-8): a page elsewhere can send `text/plain` or a form
 * through the browser with the session cookie, but not `application/json` without a CORS
 * preflight, which this server never grants. Nesting is bounded before `JSON.parse` runs, so a
 * body nested 100,000 deep is a 400, not a stack overflow in whatever walks the parsed value.
 */
import express, { type RequestHandler } from 'express';
import { badRequest, HttpError } from './errors';

/**
 * The deepest nesting of objects and arrays a JSON body may have. The deepest real request is a
 * `_bulk_docs` of SKPs: `{docs: [{rhk: [{iki: [{...}]}]}]}` is 7 levels (an appraisal's
 * `rhk.{id}.evidence` 6, `_revisions` and `_attachments` 5); 64 leaves room for any document a
 * person can make, and walking 64 levels overflows nothing.
 */
export const MAX_JSON_DEPTH = 64;

const unsupportedType = () =>
  new HttpError(415, 'bad_content_type', 'Content-Type must be application/json');

/** Parses an `application/json` body of at most `limit` bytes; any other non-empty body is a 415. */
export function jsonBody(limit: number): RequestHandler {
  const parse = express.json({ limit, type: 'application/json', verify: checkDepth });
  return (req, res, next) => {
    if (hasContent(req.headers) && !isUtf8Json(req.headers['content-type'])) {
      throw unsupportedType();
    }
    parse(req, res, next);
  };
}

/** A request carries a body unless it says it has none (no length, or length 0). */
function hasContent(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && length.trim() !== '0';
}

/** `application/json`, with no charset or UTF-8 (RFC 8259: JSON between systems is UTF-8). */
function isUtf8Json(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Throws when the raw UTF-8 body nests deeper than MAX_JSON_DEPTH: one pass over the bytes,
 * counting brackets outside strings, so the check itself cannot overflow. Malformed JSON is
 * left for `JSON.parse` to refuse. (UTF-8 continuation bytes are >= 0x80: never a bracket.)
 */
function checkDepth(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH))
    throw badRequest(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
}

/** True when the JSON text nests objects and arrays deeper than `max`. */
export function jsonDepthExceeds(text: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return false;
}
