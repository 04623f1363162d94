/**
 * /api/session: sign in (NIP and password -> token and HttpOnly cookie), who am I, sign out;
 * /api/account/activate: a person with an activation code chooses their password;
 * /api/account/password: change one's password (every session of the account is revoked).
 * An activation code given to POST /api/session is recognized but gives no session: the answer
 * says a password must be chosen first.
 */
import { Router, type Request, type Response } from 'express';
import { rolesOf } from '../../client/core/org-chart';
import { PASSWORD_PROBLEM_REASONS, passwordProblem } from '../../client/core/password-rules';
import type { Account } from '../auth/accounts';
import {
  accountOf,
  authenticate,
  credentialsOf,
  DEVICE_COOKIE,
  deviceTokenOf,
  SESSION_COOKIE,
} from '../auth/authenticate';
import { refusalError } from '../auth/sign-in-refusal';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import { todayOf, userOf } from '../replication/authorization';

/** How long a device is remembered in the browser (the server forgets it after 180 idle days). */
const DEVICE_COOKIE_MS = 365 * 86_400_000;

/** The signed-in user as the client sees them: stored roles plus those the org chart gives. */
export function userView(s: Services, account: Account) {
  const emp = s.org.employee(account.nip);
  return {
    nip: account.nip,
    name: emp?.name ?? account.name,
    position: emp?.position ?? null,
    unitId: emp?.unitId ?? null,
    roles: rolesOf(s.org.chart, userOf(account), todayOf(s)),
    /** The unit a Pengelola keeps, when limited to one OPD. */
    scope: account.scope ?? null,
  };
}

function stringField(body: unknown, name: string, max: number): string {
  const v =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof v !== 'string' || v.length === 0 || v.length > max)
    throw badRequest(`${name} wajib diisi`);
  return v;
}

/** A 400 when the new password breaks a rule of core's password-rules.ts. */
function checkNewPassword(password: string, nip: string, current: string | null = null): void {
  const problem = passwordProblem(password, nip, current);
  if (problem !== null) throw badRequest(PASSWORD_PROBLEM_REASONS[problem]);
}

function setCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: req.secure,
    maxAge: maxAgeMs,
  });
}

/** Remembers the device `nip` signed in from, so others' failures never lock them out of it. */
function setDeviceCookie(s: Services, req: Request, res: Response, nip: string): void {
  res.cookie(DEVICE_COOKIE, s.devices.remember(deviceTokenOf(req), nip), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: req.secure,
    maxAge: DEVICE_COOKIE_MS,
  });
}

export function sessionRouter(s: Services): Router {
  const r = Router();
  const auth = authenticate(s);

  r.post('/session', async (req, res) => {
    const nip = stringField(req.body, 'nip', 64).trim();
    const password = stringField(req.body, 'password', 1024);
    const result = await s.signIn.attempt(nip, password, req.ip ?? '', {
      deviceToken: deviceTokenOf(req),
      accept: 'password-or-code',
    });
    if (!result.ok) throw refusalError(result);
    if (result.via === 'code') {
      // The code is right and stays unused: POST /api/account/activate uses it with a password.
      res.json({ mustChoosePassword: true });
      return;
    }
    const token = s.sessions.create(result.account.nip);
    setCookie(req, res, token, s.config.sessionIdleMs);
    setDeviceCookie(s, req, res, result.account.nip);
    s.log.info({ user: result.account.nip }, 'signed in');
    res.json({ token, user: userView(s, result.account) });
  });

  r.get('/session', auth, (_req, res) => {
    res.json({ user: userView(s, accountOf(res)) });
  });

  r.delete('/session', (req, res) => {
    const creds = credentialsOf(req);
    if (creds?.kind === 'token') s.sessions.revoke(creds.token);
    res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
    });
    res.json({ ok: true });
  });

  r.post('/account/activate', async (req, res) => {
    const nip = stringField(req.body, 'nip', 64).trim();
    const code = stringField(req.body, 'code', 64);
    const next = stringField(req.body, 'newPassword', 1024);
    checkNewPassword(next, nip);
    // Reserved and limited like a password; a matching code is used up by this check.
    const result = await s.signIn.attempt(nip, code, req.ip ?? '', {
      deviceToken: deviceTokenOf(req),
      accept: 'code',
    });
    if (!result.ok) throw refusalError(result);
    await s.accounts.setPassword(nip, next);
    s.sessions.revokeAll(nip);
    s.signIn.forget();
    s.log.info({ user: nip }, 'account activated');
    res.json({ ok: true });
  });

  r.post('/account/password', auth, async (req, res) => {
    const account = accountOf(res);
    const current = stringField(req.body, 'currentPassword', 1024);
    const next = stringField(req.body, 'newPassword', 1024);
    checkNewPassword(next, account.nip, current);
    const check = await s.signIn.attempt(account.nip, current, req.ip ?? '', {
      deviceToken: deviceTokenOf(req),
    });
    if (!check.ok) throw refusalError(check);
    await s.accounts.setPassword(account.nip, next);
    // setPassword deleted the sessions with the password; this ends the longpolls open on them.
    s.sessions.revokeAll(account.nip);
    s.signIn.forget();
    const token = s.sessions.create(account.nip);
    setCookie(req, res, token, s.config.sessionIdleMs);
    res.json({ token, user: userView(s, account) });
  });

  return r;
}
