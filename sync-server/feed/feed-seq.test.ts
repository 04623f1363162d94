import { describe, expect, it } from 'vitest';
import { accessEpoch, formatSeq, parseSince, startSeq } from './feed-seq';

describe('access epoch', () => {
  it('depends on the channel set, not its order', () => {
    expect(accessEpoch('a1', ['org', 'emp:1'])).toBe(accessEpoch('a1', ['emp:1', 'org']));
    expect(accessEpoch('a1', ['org', 'emp:1'])).not.toBe(
      accessEpoch('a1', ['org', 'emp:1', 'emp:2']),
    );
  });

  it('changes with the feed index id', () => {
    expect(accessEpoch('a1', ['org'])).not.toBe(accessEpoch('a2', ['org']));
    // New channel rules change the key after the dash, the device's access key, with the same
    // channel names: the device then asks which documents it may no longer keep.
    const keyOf = (epoch: string) => epoch.split('-')[1];
    expect(keyOf(accessEpoch('a1', ['org'], 7))).not.toBe(keyOf(accessEpoch('a1', ['org'], 8)));
  });
});

/** What the device keeps as its access key: the part after the first dash (client `accessKeyOf`). */
const accessKeyOf = (seq: string) => seq.slice(seq.indexOf('-') + 1);

describe('since', () => {
  const epoch = accessEpoch('a1', ['org']);

  it('round-trips a seq under the same epoch', () => {
    const since = parseSince(formatSeq(42, epoch));
    expect(since).toEqual({ kind: 'seq', seq: 42, epoch });
    expect(startSeq(since!, epoch, 100)).toBe(42);
  });

  it('restarts from 0 for a seq of another feed index (another server, a rebuilt index)', () => {
    const elsewhere = formatSeq(42, accessEpoch('b2', ['org']));
    expect(startSeq(parseSince(elsewhere)!, epoch, 100)).toBe(0);
  });

  it('restarts from 0 for other channels, the older "{seq}-{epoch}" form, a bare number or a seq past the end', () => {
    expect(
      startSeq(parseSince(formatSeq(42, accessEpoch('a1', ['org', 'emp:1'])))!, epoch, 100),
    ).toBe(0);
    expect(startSeq(parseSince('42-00aa')!, epoch, 100)).toBe(0);
    expect(startSeq(parseSince('42')!, epoch, 100)).toBe(0);
    expect(startSeq(parseSince(formatSeq(420, epoch))!, epoch, 100)).toBe(0);
  });

  it('gives the device the same access key on every server, and another one when the channels change', () => {
    const onA = accessKeyOf(formatSeq(42, accessEpoch('a1', ['org', 'emp:1'])));
    const onB = accessKeyOf(formatSeq(7, accessEpoch('b2', ['emp:1', 'org'])));
    expect(onB).toBe(onA);
    expect(accessKeyOf(formatSeq(42, accessEpoch('a1', ['org'])))).not.toBe(onA);
  });

  it('understands 0, now and absence', () => {
    expect(startSeq(parseSince(undefined)!, epoch, 9)).toBe(0);
    expect(startSeq(parseSince(0)!, epoch, 9)).toBe(0);
    expect(startSeq(parseSince('now')!, epoch, 9)).toBe(9);
  });

  it('rejects what is not a seq', () => {
    for (const bad of ['abc', '-1', '1-XYZ', '1-2-3', '1.abc', '1.a-b-c', { a: 1 }, 1.5, -3, '1e5'])
      expect(parseSince(bad)).toBeNull();
  });
});
