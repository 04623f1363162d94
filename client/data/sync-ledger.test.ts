import { afterEach, describe, expect, it } from 'vitest';
import type { LocalDb } from './local-db';
import { sendStateOf, SyncLedger } from './sync-ledger';
import { memoryDb } from './testing/devices';

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
