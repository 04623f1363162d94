import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeOrgRating, makePeriod, makeReport, makeUnit } from '../../core/testing/factories';
import { closeDevices, projectedDevice } from '../testing/devices';
import { reportMonthData, reportMonthsOnDevice, reportsOfMonth } from './report-queries';

afterEach(closeDevices);

const june = makeReport({
  unitId: 'bidang-a',
  month: '2026-06',
  computedAt: '2026-06-20T01:00:00.000Z',
});
const juneB = makeReport({
  unitId: 'bidang-b',
  month: '2026-06',
  computedAt: '2026-06-21T02:00:00.000Z',
});
const may = makeReport({
  unitId: 'bidang-a',
  month: '2026-05',
  computedAt: '2026-05-31T09:00:00.000Z',
});
const quarter = makePeriod({
  periodId: '2026-q2',
  kind: 'quarterly',
  label: 'Triwulan II 2026',
  start: '2026-04-01',
  end: '2026-06-30',
});

describe('report queries', () => {
  it('lists the months held, newest first, and a month’s reports by unit', async () => {
    const rm = await projectedDevice([may, juneB, june]);
    expect(await reportMonthsOnDevice(rm)).toEqual(['2026-06', '2026-05']);
    expect((await reportsOfMonth(rm, '2026-06')).map((r) => r.unitId)).toEqual([
      'bidang-a',
      'bidang-b',
    ]);
  });

  it('shows the asked month with its newest computedAt and the units’ ratings', async () => {
    const rm = await projectedDevice([
      may,
      june,
      juneB,
      quarter,
      makeUnit({ unitId: 'bidang-a' }),
      makeOrgRating({ unitId: 'bidang-a', periodId: '2026-q2', rating: 'istimewa' }),
    ]);
    const data = await reportMonthData(rm, '2026-06');
    expect(data.month).toBe('2026-06');
    expect(data.computedAt).toBe('2026-06-21T02:00:00.000Z');
    expect(data.units.get('bidang-a')?.name).toBe('Bidang Anggaran');
    expect([...data.orgRatings]).toEqual([['bidang-a', 'istimewa']]);
  });

  it('falls back to the newest month held, and to nothing on an empty device', async () => {
    const rm = await projectedDevice([may]);
    expect((await reportMonthData(rm, '2026-12')).month).toBe('2026-05');
    const empty = await projectedDevice([]);
    const none = await reportMonthData(empty, '2026-12');
    expect(none).toMatchObject({ month: null, reports: [], computedAt: null });
  });
});
