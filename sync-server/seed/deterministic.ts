/**
 * Deterministic building blocks for the demo data: a seeded PRNG (mulberry32), ULID-shaped ids
 * without randomness, CouchDB-style revisions and WIB timestamps. Same input, same output.
 */
import { createHash } from 'node:crypto';

export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
};

/** mulberry32: a small, fast 32-bit PRNG; good enough for demo data, not for secrets. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
  };
}

/** FNV-1a over a string: turns a label into a 32-bit seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One independent random stream per label (a person, a purpose), so that adding data for one
 * person does not reshuffle everyone else's.
 */
export function rngFactory(seed: number): (label: string) => Rng {
  return (label) => mulberry32(hash32(`${seed}:${label}`));
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID whose 48-bit time part is `timestampMs` and whose 80-bit tail comes from `rng`. */
export function deterministicUlid(timestampMs: number, rng: Rng): string {
  let t = Math.floor(timestampMs);
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = (CROCKFORD[t % 32] ?? '0') + time;
    t = Math.floor(t / 32);
  }
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD[rng.int(0, 31)] ?? '0';
  return time + tail;
}

/**
 * A first revision `1-<md5>` of a document's content, as CouchDB derives it: stable for the same
 * content and seed, so the store can keep it with `new_edits: false` and others can refer to it.
 */
export function firstRev(seed: number, doc: Record<string, unknown>): string {
  const body = { ...doc };
  delete body._rev;
  return `1-${createHash('md5')
    .update(`${seed}\n${JSON.stringify(body)}`)
    .digest('hex')}`;
}

/** An ISO timestamp in WIB (UTC+7) for a civil date and minutes since midnight. */
export function wib(date: string, minutes: number): string {
  const m = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  return `${date}T${hhmm(m)}:00+07:00`;
}

/** `HH:mm` of minutes since midnight. */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
