/** Plain HTTP against the server with fetch: JSON in, status and JSON out. */
import { DEMO_PASSWORD } from '../../../sync-server/seed/demo-org';

export type Reply = { status: number; headers: Headers; body: unknown; text: string };

export type Auth = { basic: [string, string] } | { token: string } | { cookie: string } | null;

export function basic(nip: string, password = DEMO_PASSWORD): Auth {
  return { basic: [nip, password] };
}

function authHeaders(auth: Auth): Record<string, string> {
  if (auth === null) return {};
  if ('basic' in auth)
    return { Authorization: `Basic ${Buffer.from(auth.basic.join(':')).toString('base64')}` };
  if ('token' in auth) return { Authorization: `Bearer ${auth.token}` };
  return { Cookie: auth.cookie };
}

export async function call(
  url: string,
  opts: {
    method?: string;
    auth?: Auth;
    json?: unknown;
    body?: string | Buffer;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...authHeaders(opts.auth ?? null), ...opts.headers };
  let body: string | Buffer | undefined = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(url, {
    method: opts.method ?? 'GET',
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: parseJson(text), text };
}

/** Signs in and returns the session token. */
export async function signIn(
  baseUrl: string,
  nip: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const r = await call(`${baseUrl}/api/session`, { method: 'POST', json: { nip, password } });
  if (r.status !== 200) throw new Error(`sign-in of ${nip} failed: ${r.status} ${r.text}`);
  return (r.body as { token: string }).token;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
