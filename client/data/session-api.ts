/**
 * The session endpoints of the sync server. The browser is authenticated by the HttpOnly
 * `kinerja_session` cookie; the token from sign-in is also kept in memory (never stored) and sent
 * as `Authorization: Bearer`, which is how Node clients and tests authenticate.
 */
import type { StoredRole, User } from '../core/org-chart';
import { apiUrl } from './config';

export type SessionUser = {
  nip: string;
  name: string;
  /** Null for an account that is nobody in the directory (the admin). */
  position: string | null;
  unitId: string | null;
  roles: string[];
  /** The unit (OPD) a Pengelola keeps; null or absent: the whole organisation. */
  scope?: string | null;
};

const STORED_ROLES: readonly StoredRole[] = ['pengelola', 'admin'];

/** The rules' view of a signed-in person: NIP, the stored roles, and a Pengelola's reach. */
export function toCoreUser(user: {
  nip: string;
  roles: readonly string[];
  scope?: string | null;
}): User {
  const roles = STORED_ROLES.filter((r) => user.roles.includes(r));
  return user.scope ? { nip: user.nip, roles, scope: user.scope } : { nip: user.nip, roles };
}

export type SignInErrorKind = 'credentials' | 'rate-limited' | 'offline' | 'server' | 'inactive';

const SIGN_IN_MESSAGES = {
  credentials: 'NIP atau kata sandi salah',
  'rate-limited': 'Terlalu banyak percobaan masuk. Coba lagi nanti.',
  offline: 'Tidak ada koneksi. Masuk memerlukan internet.',
  server: 'Server sedang bermasalah. Coba lagi nanti.',
  inactive: 'Akun Anda tidak aktif. Hubungi Pengelola Kinerja.',
} as const satisfies Record<SignInErrorKind, string>;

export class SignInError extends Error {
  readonly kind: SignInErrorKind;
  /** How long sign-in is paused: after 'rate-limited', or a wrong password that started a pause. */
  readonly retryAfterSeconds?: number;
  /** After a wrong password: the tries left before the server pauses sign-in. */
  readonly remaining?: number;
  /** The activation code was right but expired: a new one is needed. */
  readonly codeExpired?: boolean;

  constructor(
    kind: SignInErrorKind,
    retryAfterSeconds?: number,
    message: string = SIGN_IN_MESSAGES[kind],
    remaining?: number,
    codeExpired?: boolean,
  ) {
    super(message);
    this.name = 'SignInError';
    this.kind = kind;
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds;
    if (remaining !== undefined) this.remaining = remaining;
    if (codeExpired) this.codeExpired = true;
  }
}

/**
 * What POST /api/session answers to a right activation code: no session yet, the person must
 * choose a password first (`activateAccount`), then sign in with it.
 */
export class ActivationRequired extends Error {
  constructor() {
    super('Kode aktivasi benar. Buat kata sandi untuk masuk.');
    this.name = 'ActivationRequired';
  }
}

/** A positive whole number of seconds, or undefined. */
function seconds(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The 401 of a wrong password: the tries left, and the pause it started, as the server counts them. */
async function wrongCredentials(res: Response): Promise<SignInError> {
  const body = (await res.json().catch(() => null)) as {
    remaining?: unknown;
    retryAfter?: unknown;
    codeExpired?: unknown;
  } | null;
  const remaining = body?.remaining;
  return new SignInError(
    'credentials',
    seconds(body?.retryAfter),
    undefined,
    typeof remaining === 'number' && Number.isInteger(remaining) && remaining >= 0
      ? remaining
      : undefined,
    body?.codeExpired === true,
  );
}

let token: string | null = null;

/** The bearer token of this page's session (memory only), or null. */
export function authToken(): string | null {
  return token;
}

export function setAuthToken(value: string | null): void {
  token = value;
}

/** Headers that authenticate a request to the sync server. */
export function authHeaders(): Record<string, string> {
  return token === null ? {} : { Authorization: `Bearer ${token}` };
}

/** A request to the sync server's /api, authenticated as this page's session. */
export async function apiCall(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(apiUrl(path), {
    ...init,
    credentials: 'include',
    headers: {
      Accept: 'application/json',
      ...authHeaders(),
      ...(init.headers as Record<string, string>),
    },
  });
}

function isSessionUser(value: unknown): value is SessionUser {
  const u = value as Partial<SessionUser> | null;
  return typeof u?.nip === 'string' && typeof u.name === 'string' && Array.isArray(u.roles);
}

/** The refusal of a sign-in-like request (sign-in, activation, password change) as a SignInError. */
async function refusal(res: Response): Promise<SignInError> {
  if (res.status === 401) return wrongCredentials(res);
  if (res.status === 429)
    return new SignInError('rate-limited', seconds(res.headers.get('Retry-After')));
  if (res.status === 403) return inactive(res);
  return new SignInError('server');
}

/** A 403 at sign-in: the person's document says they are not active; the server says why. */
async function inactive(res: Response): Promise<SignInError> {
  const body = (await res.json().catch(() => null)) as { reason?: unknown } | null;
  return typeof body?.reason === 'string'
    ? new SignInError('inactive', undefined, body.reason)
    : new SignInError('inactive');
}

/** POST /api/session: signs in and keeps the token for this page. */
export async function createSession(nip: string, password: string): Promise<SessionUser> {
  let res: Response;
  try {
    res = await apiCall('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ nip, password }),
    });
  } catch {
    throw new SignInError('offline');
  }
  if (res.status === 400) throw new SignInError('credentials');
  if (res.status === 401) throw await wrongCredentials(res);
  if (res.status === 429)
    throw new SignInError('rate-limited', seconds(res.headers.get('Retry-After')));
  if (res.status === 403) throw await inactive(res);
  if (!res.ok) throw new SignInError('server');
  const body = (await res.json()) as {
    token?: unknown;
    user?: unknown;
    mustChoosePassword?: unknown;
  };
  if (body.mustChoosePassword === true) throw new ActivationRequired();
  if (!isSessionUser(body.user)) throw new SignInError('server');
  setAuthToken(typeof body.token === 'string' ? body.token : null);
  return body.user;
}

/**
 * POST /api/account/activate: the person chooses their password with their activation code (the
 * code is then used up). Signing in with the new password is the next step. Throws SignInError.
 */
export async function activateAccount(
  nip: string,
  code: string,
  newPassword: string,
): Promise<void> {
  let res: Response;
  try {
    res = await apiCall('/api/account/activate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ nip, code, newPassword }),
    });
  } catch {
    throw new SignInError('offline');
  }
  if (!res.ok) throw await refusal(res);
}

/**
 * POST /api/account/password: every session of the account ends (other devices sign in again);
 * this page keeps the new one. Throws SignInError: 'credentials' for a wrong current password.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  let res: Response;
  try {
    res = await apiCall('/api/account/password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentPassword, newPassword }),
    });
  } catch {
    throw new SignInError('offline');
  }
  if (!res.ok) throw await refusal(res);
  const body = (await res.json()) as { token?: unknown };
  setAuthToken(typeof body.token === 'string' ? body.token : null);
}

/** GET /api/session: the user when the session is valid, null when it is not, 'offline' without a connection. */
export async function fetchSession(): Promise<SessionUser | null | 'offline'> {
  let res: Response;
  try {
    res = await apiCall('/api/session');
  } catch {
    return 'offline';
  }
  if (res.status === 401) return null;
  if (!res.ok) return 'offline';
  const body = (await res.json()) as unknown;
  const user = isSessionUser(body) ? body : (body as { user?: unknown }).user;
  return isSessionUser(user) ? user : null;
}

/** DELETE /api/session; failures are ignored (the session expires on the server anyway). */
export async function deleteSession(): Promise<void> {
  try {
    await apiCall('/api/session', { method: 'DELETE' });
  } catch {
    // Offline: the server-side session simply expires.
  }
  setAuthToken(null);
}

/** An HTTP failure of an API call, with its status (401 means: sign in again) and the server's reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | null = null,
  ) {
    super(`HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** POST /api/sync/reconcile: which of these ids the user may no longer hold. */
export async function fetchGoneIds(ids: readonly string[]): Promise<string[]> {
  const res = await apiCall('/api/sync/reconcile', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids }),
  });
  if (!res.ok) throw new ApiError(res.status);
  const body = (await res.json()) as { gone?: unknown };
  return Array.isArray(body.gone)
    ? body.gone.filter((x): x is string => typeof x === 'string')
    : [];
}
