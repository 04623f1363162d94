import { afterEach, describe, expect, it } from 'vitest';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { NOW, seedReference, STAFF, UNIT } from '../testing/kelurahan';
import { DEFAULT_TPP_SETTINGS } from '../../core/tpp';
import { saveDevelopmentSettings, saveSetting, saveTppSettings } from './save-setting';

const dbs: LocalDb[] = [];
/** A device with the kelurahan's people: settings name no unit or person. */
async function device() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

describe('saveSetting', () => {
  it("lets the organisation's Pengelola set the reminder weeks, and change them", async () => {
    const db = await device();
    const ctx = { db, user: { nip: STAFF, roles: ['pengelola' as const] }, now: () => NOW };
    expect(await saveSetting({ feedbackReminderWeeks: 2 }, ctx)).toEqual({
      ok: true,
      id: 'setting:kinerja',
    });
    expect(await db.get('setting:kinerja')).toMatchObject({
      feedbackReminderWeeks: 2,
      updatedAt: new Date(NOW).toISOString(),
    });
    await saveSetting({ feedbackReminderWeeks: 6 }, ctx);
    expect(await db.get('setting:kinerja')).toMatchObject({ feedbackReminderWeeks: 6 });
  });

  it('refuses staff, a Pengelola of one unit, and weeks out of 1-26, writing nothing', async () => {
    const db = await device();
    const staff = { db, user: { nip: STAFF, roles: [] }, now: () => NOW };
    expect(await saveSetting({ feedbackReminderWeeks: 4 }, staff)).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    const scoped = {
      db,
      user: { nip: STAFF, roles: ['pengelola' as const], scope: UNIT },
      now: () => NOW,
    };
    expect(await saveSetting({ feedbackReminderWeeks: 4 }, scoped)).toMatchObject({
      ok: false,
      code: 'out-of-scope',
    });
    const admin = { db, user: { nip: 'admin', roles: ['admin' as const] }, now: () => NOW };
    for (const weeks of [0, 27, 2.5])
      expect(await saveSetting({ feedbackReminderWeeks: weeks }, admin)).toMatchObject({
        ok: false,
        field: 'feedbackReminderWeeks',
      });
    await expect(db.get('setting:kinerja')).rejects.toMatchObject({ status: 404 });
  });

  it('keeps the JP settings when the weeks change, and the weeks when the JP settings change or go back to the defaults', async () => {
    const db = await device();
    const ctx = { db, user: { nip: STAFF, roles: ['pengelola' as const] }, now: () => NOW };
    const development = {
      targets: { pns: 20, pppk: 24 },
      rules: { seminar: { basis: 'fixed' as const, jp: 3, capPerDay: null, capPerMonth: 6 } },
    };
    expect(await saveDevelopmentSettings(development, ctx)).toMatchObject({ ok: true });
    await saveSetting({ feedbackReminderWeeks: 8 }, ctx);
    expect(await db.get('setting:kinerja')).toMatchObject({
      feedbackReminderWeeks: 8,
      development,
    });
    await saveDevelopmentSettings({ ...development, targets: { pns: 25, pppk: 24 } }, ctx);
    expect(await db.get('setting:kinerja')).toMatchObject({
      feedbackReminderWeeks: 8,
      development: { targets: { pns: 25 } },
    });
    await saveDevelopmentSettings(null, ctx);
    const reset = await db.get('setting:kinerja');
    expect(reset).toMatchObject({ feedbackReminderWeeks: 8 });
    expect(reset).not.toHaveProperty('development');
    expect(
      await saveDevelopmentSettings({ ...development, targets: { pns: -1, pppk: 20 } }, ctx),
    ).toMatchObject({ ok: false, field: 'development.targets.pns' });
  });

  it('keeps the weeks and the JP settings when the TPP rules change or go back to the defaults', async () => {
    const db = await device();
    const ctx = { db, user: { nip: STAFF, roles: ['pengelola' as const] }, now: () => NOW };
    const development = { targets: { pns: 20, pppk: 24 }, rules: {} };
    await saveSetting({ feedbackReminderWeeks: 6 }, ctx);
    await saveDevelopmentSettings(development, ctx);
    const tpp = { ...DEFAULT_TPP_SETTINGS, kinerjaShare: 70, bases: { '9': 4_500_000 } };
    expect(await saveTppSettings(tpp, ctx)).toMatchObject({ ok: true });
    expect(await db.get('setting:kinerja')).toMatchObject({
      feedbackReminderWeeks: 6,
      development,
      tpp,
    });
    await saveSetting({ feedbackReminderWeeks: 4 }, ctx);
    expect(await db.get('setting:kinerja')).toMatchObject({ tpp: { kinerjaShare: 70 } });
    await saveTppSettings(null, ctx);
    const reset = await db.get('setting:kinerja');
    expect(reset).toMatchObject({ feedbackReminderWeeks: 4, development });
    expect(reset).not.toHaveProperty('tpp');
    expect(await saveTppSettings({ ...tpp, dailyCapPct: 101 }, ctx)).toMatchObject({
      ok: false,
      field: 'tpp.dailyCapPct',
    });
  });
});
