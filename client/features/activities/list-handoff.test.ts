// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activitiesInRange } from '../../data/queries/activity-queries';
import type { ActivityRow } from '../../data/read-model';
import { HEAD, STAFF } from '../../data/testing/kelurahan';
import { handOverDay, takeHandedDay } from './list-handoff';
import { openDevice, storeActivity, TODAY, type TestDevice } from './testing/activities-device';

let device: TestDevice;
beforeEach(async () => {
  device = await openDevice();
  await storeActivity(device, { start: '07:30', end: '09:00', kegiatan: 'Apel pagi' });
});
afterEach(async () => {
  vi.useRealTimers();
  await device.stop();
});

const kegiatan = (rows: { kegiatan: string }[] | undefined) => rows?.map((r) => r.kegiatan);

describe('the rows the form hands to the list it opens', () => {
  it('go to that day’s list of that person, once', async () => {
    await handOverDay(device.rm, STAFF, TODAY);
    expect(kegiatan(takeHandedDay(device.rm, STAFF, TODAY, TODAY))).toEqual(['Apel pagi']);
    expect(takeHandedDay(device.rm, STAFF, TODAY, TODAY)).toBeUndefined();
  });

  it('are dropped by another list: another day, a week, another person or device', async () => {
    for (const [nip, from, to] of [
      [STAFF, '2000-01-01', '2000-01-01'],
      [STAFF, TODAY, '2999-12-31'],
      [HEAD, TODAY, TODAY],
    ] as const) {
      await handOverDay(device.rm, STAFF, TODAY);
      expect(takeHandedDay(device.rm, nip, from, to)).toBeUndefined();
      // Whatever was handed went with that list.
      expect(takeHandedDay(device.rm, STAFF, TODAY, TODAY)).toBeUndefined();
    }
    const other = await openDevice();
    try {
      await handOverDay(device.rm, STAFF, TODAY);
      expect(takeHandedDay(other.rm, STAFF, TODAY, TODAY)).toBeUndefined();
    } finally {
      await other.stop();
    }
  });

  it('are not shown by a list opened later than the save’s navigation', async () => {
    await handOverDay(device.rm, STAFF, TODAY);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5_000);
    expect(takeHandedDay(device.rm, STAFF, TODAY, TODAY)).toBeUndefined();
  });
});

describe('the day the form hands over with the saved entry', () => {
  const rowOf = (id: string) => device.rm.activities.get(id) as Promise<ActivityRow>;

  it('is the form’s day with the saved row in place, by time, without reading the day', async () => {
    const early = await storeActivity(device, { start: '06:00', end: '07:00', kegiatan: 'Piket' });
    const apel = await rowOf(early._id);
    const day = await activitiesInRange(device.rm, STAFF, TODAY, TODAY);
    // A new entry the read model does not hold (a read of the day would not show it), and an
    // entry changed in the form.
    const saved = { ...apel, id: 'activity:new', start: '09:00', end: '10:00', kegiatan: 'Rapat' };
    await handOverDay(device.rm, STAFF, TODAY, { saved, day });
    expect(kegiatan(takeHandedDay(device.rm, STAFF, TODAY, TODAY))).toEqual([
      'Piket',
      'Apel pagi',
      'Rapat',
    ]);

    const changed = { ...apel, start: '11:00', end: '12:00', kegiatan: 'Piket siang' };
    await handOverDay(device.rm, STAFF, TODAY, { saved: changed, day });
    expect(kegiatan(takeHandedDay(device.rm, STAFF, TODAY, TODAY))).toEqual([
      'Apel pagi',
      'Piket siang',
    ]);
  });

  it('is read from the read model when the saved row is of another day or the day is unknown', async () => {
    const apel = (await activitiesInRange(device.rm, STAFF, TODAY, TODAY))[0] as ActivityRow;
    const elsewhere = { ...apel, id: 'activity:other-day', date: '2000-01-01', kegiatan: 'Lain' };
    await handOverDay(device.rm, STAFF, TODAY, { saved: elsewhere, day: [] });
    expect(kegiatan(takeHandedDay(device.rm, STAFF, TODAY, TODAY))).toEqual(['Apel pagi']);
    const unseen = { ...apel, id: 'activity:unseen', kegiatan: 'Belum terbaca' };
    await handOverDay(device.rm, STAFF, TODAY, { saved: unseen, day: undefined });
    expect(kegiatan(takeHandedDay(device.rm, STAFF, TODAY, TODAY))).toEqual(['Apel pagi']);
  });
});
