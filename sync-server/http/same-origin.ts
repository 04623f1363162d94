/**
 * Cross-site request forgery guard for writes that ride on the session cookie. A browser attaches
 * `kinerja_session` to a request a page on another origin makes (SameSite=Lax still lets a
 * same-site page, say another app on a sibling subdomain, do so), but it also says where the page
 * came from in `Origin`. A write (any method but GET, HEAD, OPTIONS) without an `Authorization`
 * header can only be authenticated by the cookie (see auth/authenticate.ts `credentialsOf`), or is
 * a sign-in that would set it: when it carries an `Origin` other than this server's own, it is
 * refused with 403. Bearer and Basic writes are not checked: a page elsewhere cannot add those
 * headers without a CORS preflight, which this server never grants. A request without `Origin`
 * (curl, PouchDB in Node) is not a browser's cross-site request.
 */
import type { Request, RequestHandler } from 'express';
import { forbidden } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sameOrigin(): RequestHandler {
  return (req, _res, next) => {
    if (isCookieWrite(req) && isForeign(req.headers.origin, ownOrigin(req))) {
      throw forbidden('Permintaan dari situs lain ditolak');
    }
    next();
  };
}

function isCookieWrite(req: Request): boolean {
  return !SAFE_METHODS.has(req.method) && req.headers.authorization === undefined;
}

/**
 * The origin the browser sees this server at: `req.protocol` and `req.host` follow
 * `X-Forwarded-Proto`/`-Host` only when TRUST_PROXY says the proxy is trusted.
 */
function ownOrigin(req: Request): string | null {
  return req.host ? originOf(`${req.protocol}://${req.host}`) : null;
}

/** True for a present Origin that is not ours; `Origin: null` (sandboxed pages) is foreign. */
function isForeign(origin: string | undefined, own: string | null): boolean {
  if (origin === undefined) return false;
  const theirs = originOf(origin);
  return theirs === null || theirs !== own;
}

/** The serialised origin (lower-case host, default port dropped), or null when not a URL. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
