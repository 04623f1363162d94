import { describe, expect, it } from 'vitest';
import { accessEpoch, formatSeq, parseSince, startSeq } from './feed-seq';

describe('access epoch', () => {
  it('depends on the channel set, not its order', () => {
    expect(accessEpoch('i1', ['org', 'emp:1'])).toBe(accessEpoch('i1', ['emp:1', 'org']));
    expect(accessEpoch('i1', ['org', 'emp:1'])).not.toBe(
      accessEpoch('i1', ['org', 'emp:1', 'emp:2']),
    );
  });

  it('changes with the feed index id', () => {
    expect(accessEpoch('i1', ['org'])).not.toBe(accessEpoch('i2', ['org']));
  });
});

describe('since', () => {
  const epoch = accessEpoch('i', ['org']);

  it('round-trips a seq under the same epoch', () => {
    const since = parseSince(formatSeq(42, epoch));
    expect(since).toEqual({ kind: 'seq', seq: 42, epoch });
    expect(startSeq(since!, epoch, 100)).toBe(42);
  });

  it('restarts from 0 for a stale epoch, a bare number or a seq past the end', () => {
    expect(startSeq(parseSince('42-00aa')!, epoch, 100)).toBe(0);
    expect(startSeq(parseSince('42')!, epoch, 100)).toBe(0);
    expect(startSeq(parseSince(formatSeq(420, epoch))!, epoch, 100)).toBe(0);
  });

  it('understands 0, now and absence', () => {
    expect(startSeq(parseSince(undefined)!, epoch, 9)).toBe(0);
    expect(startSeq(parseSince(0)!, epoch, 9)).toBe(0);
    expect(startSeq(parseSince('now')!, epoch, 9)).toBe(9);
  });

  it('rejects what is not a seq', () => {
    for (const bad of ['abc', '-1', '1-XYZ', '1-2-3', { a: 1 }, 1.5, -3, '1e5'])
      expect(parseSince(bad)).toBeNull();
  });
});
