/**
 * GET|POST|DELETE /couch/_session: CouchDB's cookie authentication, so that CouchDB tools
 * (couchbackup and the Cloudant SDK, Fauxton-style clients) sign in the way they do with
 * CouchDB. The `AuthSession` cookie holds an ordinary session token of the session store, so
 * it is revoked, expires and slides like the app's own sessions.
 */
import express, { type CookieOptions, type Request, type RequestHandler } from 'express';
import { rolesOf } from '../../client/core/org-chart';
import type { Account } from '../auth/accounts';
import {
  accountOfCredentials,
  cookieValue,
  COUCH_SESSION_COOKIE,
  credentialsOf,
  type Credentials,
  deviceTokenOf,
} from '../auth/authenticate';
import { badRequest, HttpError, unauthorized } from '../http/errors';
import { jsonBody } from '../http/json-body';
import type { Services } from '../services';
import { todayOf, userOf } from './authorization';

const WRONG = 'Name or password is incorrect.';
/** The handlers GET /_session lists: CouchDB's names for cookie and Basic, and our bearer token. */
const HANDLERS = ['cookie', 'default', 'bearer'];
const MAX_NAME = 64;
const MAX_PASSWORD = 1024;

/** Sign-in bodies are small forms or JSON objects; anything else is refused before parsing. */
export function sessionBody(): RequestHandler[] {
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  const json = jsonBody(16 * 1024);
  return [
    (req, _res, next) => {
      if (!req.is(['application/x-www-form-urlencoded', 'application/json'])) {
        throw new HttpError(
          415,
          'bad_content_type',
          'Content-Type must be application/x-www-form-urlencoded or application/json',
        );
      }
      next();
    },
    // One parser per body: the JSON parser answers any other type with 415, a form included.
    (req, res, next) => (req.is('application/json') ? json(req, res, next) : form(req, res, next)),
  ];
}

/** POST: `name` (or `username`, as the Cloudant SDK sends it) and `password` → cookie and userCtx. */
export function postSession(s: Services): RequestHandler {
  return async (req, res) => {
    const { name, password } = signInFieldsOf(req.body);
    if (password === null) throw unauthorized(WRONG);
    const result = await s.signIn.attempt(name, password, req.ip ?? '', {
      deviceToken: deviceTokenOf(req),
    });
    if (!result.ok) {
      if (result.retryAfter !== null) {
        throw new HttpError(429, 'too_many_requests', 'Too many failed sign-ins.', {
          'Retry-After': String(result.retryAfter),
        });
      }
      throw unauthorized(WRONG);
    }
    const token = s.sessions.create(result.account.nip);
    res.cookie(COUCH_SESSION_COOKIE, token, {
      ...cookieOptions(req),
      maxAge: s.config.sessionIdleMs,
    });
    // Logged with the request like any authenticated call.
    res.locals.account = result.account;
    res.json({ ok: true, name: result.account.nip, roles: rolesOfAccount(s, result.account) });
  };
}

/** GET: who the request's credentials name; no or stale credentials are the anonymous user. */
export function getSession(s: Services): RequestHandler {
  return async (req, res) => {
    const creds = credentialsOf(req);
    // Wrong Basic credentials are a 401 (as in CouchDB); an expired cookie just signs nobody in.
    const account = creds
      ? await accountOfCredentials(s, creds, req.ip ?? '', deviceTokenOf(req))
      : null;
    if (!account || !creds) {
      res.json({
        ok: true,
        userCtx: { name: null, roles: [] },
        info: { authentication_handlers: HANDLERS },
      });
      return;
    }
    res.locals.account = account;
    res.json({
      ok: true,
      userCtx: { name: account.nip, roles: rolesOfAccount(s, account) },
      info: { authentication_handlers: HANDLERS, authenticated: handlerOf(req, creds) },
    });
  };
}

/**
 * DELETE: ends the session of the `AuthSession` cookie (or else of the token the request
 * carries; never the app's `kinerja_session` beside it) and clears the cookie; always `{ok: true}`.
 */
export function deleteSession(s: Services): RequestHandler {
  return (req, res) => {
    const creds = credentialsOf(req);
    const token =
      cookieValue(req.headers.cookie, COUCH_SESSION_COOKIE) ??
      (creds?.kind === 'token' && req.headers.authorization ? creds.token : null);
    if (token !== null) s.sessions.revoke(token);
    res.clearCookie(COUCH_SESSION_COOKIE, cookieOptions(req));
    res.json({ ok: true });
  };
}

type SignInFields = { name: string; password: string | null };

/** The name and password of a sign-in body; a missing or ambiguous name is a 400, as in CouchDB. */
function signInFieldsOf(body: unknown): SignInFields {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const { name, username, password } = fields;
  if (name !== undefined && username !== undefined && name !== username)
    throw badRequest('request body contains different usernames');
  const given = name ?? username;
  if (typeof given !== 'string' || given.trim().length === 0 || given.length > MAX_NAME)
    throw badRequest('request body must contain a username');
  const ok = typeof password === 'string' && password.length > 0 && password.length <= MAX_PASSWORD;
  return { name: given.trim(), password: ok ? password : null };
}

/** CouchDB roles are the user's roles in Kinerja: stored ones and those the org chart gives today. */
function rolesOfAccount(s: Services, account: Account): string[] {
  return rolesOf(s.org.chart, userOf(account), todayOf(s));
}

function handlerOf(req: Request, creds: NonNullable<Credentials>): string {
  if (creds.kind === 'basic') return 'default';
  return req.headers.authorization ? 'bearer' : 'cookie';
}

/** Scoped to /couch: the app itself signs in with its own cookie under /api. */
function cookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/couch', secure: req.secure };
}
