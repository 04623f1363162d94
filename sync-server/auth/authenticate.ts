/**
 * Who is asking: a session token (cookie `kinerja_session`, CouchDB's cookie `AuthSession` from
 * POST /couch/_session, or `Authorization: Bearer`) or HTTP Basic with NIP and password. Sets
 * `res.locals.account`; without valid credentials, a 401 with CouchDB's body.
 */
import type { Request, RequestHandler, Response } from 'express';
import { unauthorized } from '../http/errors';
import type { Account, Accounts } from './accounts';
import type { Sessions } from './sessions';
import type { SignIn } from './sign-in';
import { refusalError } from './sign-in-refusal';

export const SESSION_COOKIE = 'kinerja_session';
/** CouchDB's session cookie name: CouchDB tools send back what POST /couch/_session set. */
export const COUCH_SESSION_COOKIE = 'AuthSession';
/** A random token set on successful sign-in; see devices.ts. */
export const DEVICE_COOKIE = 'kinerja_device';

export type Credentials =
  { kind: 'token'; token: string } | { kind: 'basic'; nip: string; password: string } | null;

/** The credentials a request carries, whichever way it carries them. */
export function credentialsOf(req: Request): Credentials {
  const header = req.headers.authorization;
  if (header) {
    const [scheme, value = ''] = header.trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer' && value) return { kind: 'token', token: value };
    if (scheme?.toLowerCase() === 'basic' && value) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0)
        return { kind: 'basic', nip: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    return null;
  }
  const token =
    cookieValue(req.headers.cookie, SESSION_COOKIE) ??
    cookieValue(req.headers.cookie, COUCH_SESSION_COOKIE);
  return token ? { kind: 'token', token } : null;
}

/** The device cookie a request carries, if any. */
export function deviceTokenOf(req: Request): string | null {
  return cookieValue(req.headers.cookie, DEVICE_COOKIE);
}

/** One cookie of a Cookie header, decoded; null when absent or malformed. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The account of the request; only valid after `authenticate`. */
export function accountOf(res: Response): Account {
  const account = res.locals.account as Account | undefined;
  if (!account) throw unauthorized('Silakan masuk terlebih dahulu');
  return account;
}

type AuthDeps = { accounts: Accounts; sessions: Sessions; signIn: SignIn };

/**
 * The account that credentials name: null for a token that is unknown, expired or revoked;
 * wrong Basic credentials are a 401, too many of them a 429 with Retry-After.
 */
export async function accountOfCredentials(
  deps: AuthDeps,
  creds: NonNullable<Credentials>,
  address: string,
  deviceToken?: string | null,
): Promise<Account | null> {
  if (creds.kind === 'token') {
    const nip = deps.sessions.resolve(creds.token);
    if (nip === null) return null;
    // A person made inactive since signing in: every session of theirs ends now.
    const inactive = deps.signIn.inactiveReason(nip);
    if (inactive !== null) {
      deps.sessions.revokeAll(nip);
      throw unauthorized(inactive);
    }
    return deps.accounts.find(nip);
  }
  const result = await deps.signIn.basic(creds.nip, creds.password, address, {
    deviceToken: deviceToken ?? null,
  });
  if (result.ok) return result.account;
  throw refusalError(result);
}

export function authenticate(deps: AuthDeps): RequestHandler {
  return async (req, res, next) => {
    const creds = credentialsOf(req);
    if (creds === null) throw unauthorized('Silakan masuk terlebih dahulu');
    const account = await accountOfCredentials(deps, creds, req.ip ?? '', deviceTokenOf(req));
    if (!account) throw unauthorized('Sesi tidak berlaku; silakan masuk kembali');
    res.locals.account = account;
    next();
  };
}
