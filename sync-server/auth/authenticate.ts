/**
 * Who is asking: a session token (cookie `kinerja_session` or `Authorization: Bearer`) or HTTP
 * Basic with NIP and password. Sets `res.locals.account`; without valid credentials, a 401 with
 * CouchDB's body.
 */
import type { Request, RequestHandler, Response } from 'express';
import { unauthorized } from '../http/errors';
import type { Account, Accounts } from './accounts';
import type { Sessions } from './sessions';
import type { SignIn } from './sign-in';
import { refusalError } from './sign-in-refusal';

export const SESSION_COOKIE = 'kinerja_session';
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
  const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
  return token ? { kind: 'token', token } : null;
}

/** The device cookie a request carries, if any. */
export function deviceTokenOf(req: Request): string | null {
  return cookieValue(req.headers.cookie, DEVICE_COOKIE);
}

function cookieValue(header: string | undefined, name: string): string | null {
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

export function authenticate(deps: {
  accounts: Accounts;
  sessions: Sessions;
  signIn: SignIn;
}): RequestHandler {
  return async (req, res, next) => {
    const creds = credentialsOf(req);
    if (creds === null) throw unauthorized('Silakan masuk terlebih dahulu');
    if (creds.kind === 'token') {
      const nip = deps.sessions.resolve(creds.token);
      const account = nip === null ? null : deps.accounts.find(nip);
      if (!account) throw unauthorized('Sesi tidak berlaku; silakan masuk kembali');
      res.locals.account = account;
      return next();
    }
    const result = await deps.signIn.basic(creds.nip, creds.password, req.ip ?? '', {
      deviceToken: deviceTokenOf(req),
    });
    if (!result.ok) throw refusalError(result);
    res.locals.account = result.account;
    next();
  };
}
