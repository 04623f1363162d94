// @vitest-environment jsdom
// The attendance calendar from props: a five-day week as week rows with short codes and what a
// day lacks, a corrected day marked in words too, a list view, and a unit working every day of
// the week shown as a list only (seven columns are narrower than a touch target on a phone).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attendanceMonth, effectiveDays } from '../core/attendance';
import { makeApplied, makeAttendance, makeCorrection } from '../core/testing/factories';
import { DEFAULT_WORK_HOURS } from '../core/work-hours';
import { AttendanceCalendar } from './attendance-calendar';

afterEach(cleanup);

const request = makeCorrection({
  date: '2026-04-09',
  change: { status: 'dinas-luar', in: null, out: null },
});
const MONTH = attendanceMonth(
  makeAttendance({ month: '2026-04' }, [
    { date: '2026-04-06', in: '07:45', out: '15:40' },
    { date: '2026-04-07', out: null },
    { date: '2026-04-09', in: null, out: null },
  ]),
  [makeApplied(request)],
);

function show(month = MONTH, onSelect = vi.fn()) {
  render(
    <AttendanceCalendar
      month="2026-04"
      days={effectiveDays(month)}
      hours={month.hours}
      today="2026-04-20"
      selected={null}
      onSelect={onSelect}
    />,
  );
  return onSelect;
}

describe('AttendanceCalendar', () => {
  it('shows the working weekdays as columns and each day’s status and minutes', () => {
    const onSelect = show();
    const grid = screen.getByRole('table', { name: 'Kehadiran April 2026' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Sen', 'Sel', 'Rab', 'Kam', 'Jum']);
    const late = within(grid).getByRole('button', {
      name: 'Senin, 6 April 2026: Hadir, 07.45–15.40, terlambat 15 menit, pulang cepat 20 menit',
    });
    expect(within(late).getByText('TL 15')).toBeTruthy();
    expect(within(late).getByText('PSW 20')).toBeTruthy();
    expect(
      within(grid).getByRole('button', {
        name: /^Selasa, 7 April 2026: .*tidak ada presensi pulang$/,
      }),
    ).toBeTruthy();
    const corrected = within(grid).getByRole('button', {
      name: 'Kamis, 9 April 2026: Dinas luar, dikoreksi',
    });
    expect(corrected.textContent).toContain('✎');
    expect(corrected.textContent).toContain('DL');
    // After today: not a button.
    expect(within(grid).queryByRole('button', { name: /21 April 2026/ })).toBeNull();
    fireEvent.click(late);
    expect(onSelect).toHaveBeenCalledWith('2026-04-06');
  });

  it('lists the days in full words in the list view', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    const list = screen.getByRole('list', { name: 'Kehadiran April 2026' });
    expect(
      within(list).getByText('Hadir, 07.25–Tidak ada, tidak ada presensi pulang'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a unit working every day of the week as a list only', () => {
    const everyDay = { ...DEFAULT_WORK_HOURS, days: [1, 2, 3, 4, 5, 6, 7] };
    show(attendanceMonth(makeAttendance({ month: '2026-04', hours: everyDay }), []));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kalender' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Kehadiran April 2026' })).toBeTruthy();
  });
});
