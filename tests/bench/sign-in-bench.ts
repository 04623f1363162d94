/**
 * Sign-in under a guessing burst (issue 11, section 2): 100 parallel guesses for one NIP, the
 * right password sent last, through POST /api/session and through HTTP Basic on /couch. Counts
 * the passwords the server checked (every answer but a 429 is one scrypt check), whether the
 * burst signed in, and how long another person's sign-in from another address takes meanwhile,
 * next to the same sign-in on a quiet server.
 */
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { startServer, type TestServer } from '../integration/support/server';
import type { BenchRow } from './bench-types';

const GROUP = 'sign-in';
const BURST = 100;
const NEIGHBOUR = '198.51.100.9';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

type Guess = (password: string) => Promise<number>;

const viaSession =
  (server: TestServer, nip: string, address: string): Guess =>
  async (password) => {
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ nip, password }),
    });
    await res.arrayBuffer();
    return res.status;
  };

const viaBasic =
  (server: TestServer, nip: string, address: string): Guess =>
  async (password) => {
    const res = await fetch(server.couchUrl, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${nip}:${password}`).toString('base64')}`,
        'X-Forwarded-For': address,
      },
    });
    await res.arrayBuffer();
    return res.status;
  };

async function timed(f: () => Promise<number>): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const status = await f();
  return { ms: performance.now() - t, status };
}

/** 100 guesses at once, the right one last, and a neighbour signing in while they run. */
async function burst(guess: Guess, neighbour: Guess) {
  const passwords = [...Array.from({ length: BURST - 1 }, (_, i) => `tebakan-${i}`), DEMO_PASSWORD];
  const guesses = passwords.map((p) => guess(p));
  const during = timed(() => neighbour(DEMO_PASSWORD));
  const statuses = await Promise.all(guesses);
  const n = await during;
  if (n.status !== 200) throw new Error(`the neighbour's sign-in failed: ${n.status}`);
  return {
    checked: statuses.filter((s) => s !== 429).length,
    signedIn: statuses.includes(200) ? 1 : 0,
    neighbourMs: n.ms,
  };
}

export async function benchSignInBurst(): Promise<BenchRow[]> {
  const server = await startServer({ env: { TRUST_PROXY: '1' } });
  try {
    const quiet: number[] = [];
    for (let i = 0; i < 5; i++)
      quiet.push((await timed(() => viaSession(server, NIP.sri, NEIGHBOUR)(DEMO_PASSWORD))).ms);
    const post = await burst(
      viaSession(server, NIP.agus, '203.0.113.7'),
      viaSession(server, NIP.sri, NEIGHBOUR),
    );
    const basic = await burst(
      // Another attacking address: the first one may be paused after its own burst.
      viaBasic(server, NIP.rina, '203.0.113.8'),
      viaSession(server, NIP.dewi, NEIGHBOUR),
    );
    const rows = (label: string, r: typeof post): BenchRow[] => [
      {
        group: GROUP,
        name: `${label}: passwords checked of ${BURST}`,
        value: r.checked,
        unit: 'checks',
        target: 'at most 5',
      },
      {
        group: GROUP,
        name: `${label}: signed in (right password last)`,
        value: r.signedIn,
        unit: 'yes=1',
        target: '0',
      },
      {
        group: GROUP,
        name: `${label}: another user's sign-in meanwhile`,
        value: r.neighbourMs,
        unit: 'ms',
        peer: { name: 'quiet server, median of 5', value: percentile(quiet, 50) },
      },
    ];
    return [...rows('POST /api/session burst', post), ...rows('HTTP Basic /couch burst', basic)];
  } finally {
    await server.stop();
  }
}
