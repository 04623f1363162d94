// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
