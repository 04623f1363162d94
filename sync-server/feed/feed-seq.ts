/**
 * The `seq` strings of our `_changes`: `"{seq}.{indexId}-{channelKey}"`. A seq means something
 * only in the feed index that numbered it (each server process keeps its own, and a rebuilt index
 * numbers anew), and only for the channel set it was handed out under: the part before the dash
 * names the index, the part after it is a short hash of the reader's channels. A `since` from
 * another index (another server, a rebuilt index), under other channels, or of the older
 * `"{seq}-{epoch}"` form starts the feed from 0; PouchDB's `_revs_diff` then downloads nothing the
 * device holds. The device takes the part after the dash as its access key (client
 * `accessKeyOf`) and reconciles when it changes: moving between servers does not change it.
 */
import { createHash } from 'node:crypto';
import { CHANNEL_RULES_VERSION } from '../../client/core/channels';

/**
 * The key a seq is valid under: the feed index's id and a hash of the channel set and of the
 * channel rules (`{indexId}-{channelKey}`). New rules can take documents out of a channel whose
 * name stays: the key changes with them, so every device asks what it must drop.
 */
export function accessEpoch(
  indexId: string,
  channels: readonly string[],
  rulesVersion: number = CHANNEL_RULES_VERSION,
): string {
  const channelKey = createHash('sha256')
    .update(`${rulesVersion}\n${[...channels].sort().join('\n')}`)
    .digest('hex')
    .slice(0, 10);
  return `${indexId}-${channelKey}`;
}

/** The seq string of a feed index sequence under an access epoch. */
export function formatSeq(seq: number, epoch: string): string {
  return `${seq}.${epoch}`;
}

export type ParsedSince = { kind: 'seq'; seq: number; epoch: string | null } | { kind: 'now' };

/** Parses a `since` value; null when it is not one (a 400). */
export function parseSince(raw: unknown): ParsedSince | null {
  if (raw === undefined || raw === null || raw === '') return { kind: 'seq', seq: 0, epoch: null };
  if (typeof raw === 'number')
    return Number.isSafeInteger(raw) && raw >= 0 ? { kind: 'seq', seq: raw, epoch: null } : null;
  if (typeof raw !== 'string') return null;
  if (raw === 'now') return { kind: 'now' };
  // `{seq}.{index}-{channels}`, or the older `{seq}-{epoch}` (its epoch never matches now).
  const m = /^(\d{1,15})(?:\.([0-9a-f]{1,32}-[0-9a-f]{1,32})|-([0-9a-f]{1,32}))?$/.exec(raw);
  if (!m) return null;
  return { kind: 'seq', seq: Number(m[1]), epoch: m[2] ?? m[3] ?? null };
}

/** Where the feed starts for a `since` under the current epoch: a stale epoch starts from 0. */
export function startSeq(since: ParsedSince, epoch: string, lastSeq: number): number {
  if (since.kind === 'now') return lastSeq;
  if (since.seq === 0) return 0;
  return since.epoch === epoch && since.seq <= lastSeq ? since.seq : 0;
}
