// @vitest-environment jsdom
// A recorded or asked day in the calendar's words: its minutes against the month's hours (a
// Friday's later end), a day the unit does not work, no minutes when the hours are not on the
// device, and a day that is not hadir by its status alone; in Indonesian and in English.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORK_HOURS } from '../core/work-hours';
import { usePrefsStore } from './prefs-store';
import { useDayChangeWords } from './use-day-change-words';

afterEach(() => {
  cleanup();
  act(() => usePrefsStore.setState({ lang: 'id' }));
});

const HOURS = DEFAULT_WORK_HOURS;

describe('useDayChangeWords', () => {
  it('says a day with its scans and the minutes the hours make of them', () => {
    const { result } = renderHook(() => useDayChangeWords());
    const describe = result.current;
    // Tuesday 7 April 2026: 07:30–16:00.
    expect(describe({ status: 'hadir', in: '07:52', out: '15:50' }, '2026-04-07', HOURS)).toBe(
      'Hadir, 07.52–15.50, terlambat 22 menit, pulang cepat 10 menit',
    );
    // Friday 10 April: the day ends at 16:30.
    expect(describe({ status: 'hadir', in: '07:30', out: '16:05' }, '2026-04-10', HOURS)).toBe(
      'Hadir, 07.30–16.05, pulang cepat 25 menit',
    );
    expect(describe({ status: 'hadir', in: '07:20', out: null }, '2026-04-07', HOURS)).toBe(
      'Hadir, 07.20–Tidak ada, tidak ada presensi pulang',
    );
    expect(describe({ status: 'dinas-luar', in: null, out: null }, '2026-04-07', HOURS)).toBe(
      'Dinas luar',
    );
  });

  it('names a day off, and counts no minutes without the month’s hours', () => {
    const { result } = renderHook(() => useDayChangeWords());
    expect(
      result.current({ status: 'hadir', in: '09:00', out: '12:00' }, '2026-04-11', HOURS),
    ).toBe('Hadir, 09.00–12.00, bukan hari kerja');
    expect(result.current({ status: 'hadir', in: '07:52', out: '16:05' }, '2026-04-07', null)).toBe(
      'Hadir, 07.52–16.05',
    );
  });

  it('speaks English', () => {
    act(() => usePrefsStore.setState({ lang: 'en' }));
    const { result } = renderHook(() => useDayChangeWords());
    expect(
      result.current({ status: 'hadir', in: '07:52', out: '16:05' }, '2026-04-07', HOURS),
    ).toBe('Present, 07:52–16:05, late by 22 minutes');
    expect(result.current({ status: 'sakit', in: null, out: null }, '2026-04-07', HOURS)).toBe(
      'Sick',
    );
  });
});
