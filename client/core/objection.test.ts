import { describe, expect, it } from 'vitest';
import { objectionWindow } from './objection';

// 2026-11-02 09:00 WIB.
const FINAL = '2026-11-02T02:00:00.000Z';
const at = (date: string, hour = 10) =>
  Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

describe('objectionWindow', () => {
  it('gives 14 days after the day of finalisation, the last day included', () => {
    expect(objectionWindow(FINAL, at('2026-11-02'))).toEqual({
      finalDay: '2026-11-02',
      lastDay: '2026-11-16',
      daysLeft: 14,
      open: true,
    });
    expect(objectionWindow(FINAL, at('2026-11-16', 23))).toMatchObject({ daysLeft: 0, open: true });
    expect(objectionWindow(FINAL, at('2026-11-17', 0))).toMatchObject({
      daysLeft: -1,
      open: false,
    });
  });

  it('counts civil days in the organisation time zone (late evening UTC is the next day in WIB)', () => {
    const finalLate = '2026-11-02T18:30:00.000Z'; // 3 Nov 01:30 WIB
    expect(objectionWindow(finalLate, at('2026-11-03')).finalDay).toBe('2026-11-03');
    expect(objectionWindow(finalLate, at('2026-11-03')).lastDay).toBe('2026-11-17');
  });
});
