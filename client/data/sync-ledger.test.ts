// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeLocally, type LocalDb } from './local-db';
import { sendStateOf, SyncLedger } from './sync-ledger';
import { idbDb, memoryDb } from './testing/devices';

const open: LocalDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.destroy();
});

describe('sendStateOf', () => {
  it('waits until the push checkpoint passes a change, is refused with the reason, and waits again after a fix', async () => {
    const db = memoryDb();
    open.push(db);
    const ledger = new SyncLedger(db);
    const saved = await db.put({ _id: 'activity:a', kegiatan: 'Rapat' });
    await db.put({ _id: 'activity:b' });
    expect(await sendStateOf(db, ['activity:a'])).toEqual({ state: 'waiting' });

    await ledger.advancePush((await db.info()).update_seq);
    expect(await sendStateOf(db, ['activity:a', 'activity:b'])).toEqual({ state: 'sent' });

    await ledger.recordDenied(
      { id: 'activity:a', rev: saved.rev, reason: 'Periode untuk tanggal ini sudah ditutup' },
      new Date().toISOString(),
    );
    expect(await sendStateOf(db, ['activity:a'])).toEqual({
      state: 'refused',
      reason: 'Periode untuk tanggal ini sudah ditutup',
    });
    expect(await sendStateOf(db, ['activity:b'])).toEqual({ state: 'sent' });

    await db.put({ _id: 'activity:a', _rev: saved.rev, kegiatan: 'Rapat koordinasi' });
    expect(await sendStateOf(db, ['activity:a'])).toEqual({ state: 'waiting' });
  });
});

describe('forgetGone', () => {
  it('drops the refusal of a document purged from the device, keeps a refused deletion', async () => {
    const db = idbDb();
    open.push(db);
    const ledger = new SyncLedger(db);
    const applied = await db.put({ _id: 'attendance-applied:x:2026-05-13' });
    const gone = await db.put({ _id: 'activity:a' });
    const deleted = await db.remove('activity:a', gone.rev);
    const at = new Date().toISOString();
    await ledger.recordDenied(
      { id: 'attendance-applied:x:2026-05-13', rev: applied.rev, reason: 'r1' },
      at,
    );
    await ledger.recordDenied({ id: 'activity:a', rev: deleted.rev, reason: 'r2' }, at);
    expect((await ledger.forgetGone()).denied).toHaveLength(2);

    await purgeLocally(db, ['attendance-applied:x:2026-05-13']);
    expect((await ledger.forgetGone()).denied.map((d) => d.id)).toEqual(['activity:a']);
    // Stored: a restart reads it so.
    expect((await new SyncLedger(db).read()).denied.map((d) => d.id)).toEqual(['activity:a']);
  });
});
