/**
 * The `seq` strings of our `_changes`: `"{seq}-{accessEpoch}"`. The epoch is a short hash of the
 * reader's channel set and of the feed index's id, so a seq handed out under other channels
 * (or by a rebuilt index, or another server) no longer matches and the feed restarts from 0.
 */
import { createHash } from 'node:crypto';

/** The access epoch of a channel set under one feed index. */
export function accessEpoch(indexId: string, channels: readonly string[]): string {
  return createHash('sha256')
    .update(indexId)
    .update('\n')
    .update([...channels].sort().join('\n'))
    .digest('hex')
    .slice(0, 10);
}

export function formatSeq(seq: number, epoch: string): string {
  return `${seq}-${epoch}`;
}

export type ParsedSince = { kind: 'seq'; seq: number; epoch: string | null } | { kind: 'now' };

/** Parses a `since` value; null when it is not one (a 400). */
export function parseSince(raw: unknown): ParsedSince | null {
  if (raw === undefined || raw === null || raw === '') return { kind: 'seq', seq: 0, epoch: null };
  if (typeof raw === 'number')
    return Number.isSafeInteger(raw) && raw >= 0 ? { kind: 'seq', seq: raw, epoch: null } : null;
  if (typeof raw !== 'string') return null;
  if (raw === 'now') return { kind: 'now' };
  const m = /^(\d{1,15})(?:-([0-9a-f]{1,32}))?$/.exec(raw);
  if (!m) return null;
  return { kind: 'seq', seq: Number(m[1]), epoch: m[2] ?? null };
}

/** Where the feed starts for a `since` under the current epoch: a stale epoch starts from 0. */
export function startSeq(since: ParsedSince, epoch: string, lastSeq: number): number {
  if (since.kind === 'now') return lastSeq;
  if (since.seq === 0) return 0;
  return since.epoch === epoch && since.seq <= lastSeq ? since.seq : 0;
}
