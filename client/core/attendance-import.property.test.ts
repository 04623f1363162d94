import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceMonth, attendanceTotals, datesOfMonth, monthOf } from './attendance';
import { checkAttendanceImport } from './attendance-import';
import { attendanceWrites } from './attendance-import-writes';
import type { AttendanceImportRow } from './attendance-import-cells';
import { validateAttendance } from './attendance-rules';
import { timeOfDay } from './dates';
import { attendanceSchema, type AttendanceDay } from './schemas/attendance';
import { NIP, orgChart, orgEmployees, orgUnits, pengelolaUser } from './testing/factories';
import { ATTENDANCE_STATUSES } from './vocabulary';

const TODAY = '2026-05-15';
const AT = '2026-05-15T10:00:00+07:00';
const PEOPLE = [NIP.staffA1, NIP.staffA2, NIP.staffB1, NIP.headA];
const DATES = [...datesOfMonth('2026-03'), ...datesOfMonth('2026-04')];
const org = {
  employees: orgEmployees(),
  units: new Map(orgUnits().map((u) => [u.unitId, u])),
  chart: orgChart(),
};

/** One distinct (person, date) day with a status, scans in order (or none) and maybe apel. */
const day = fc.record({
  status: fc.constantFrom(...ATTENDANCE_STATUSES),
  in: fc.option(fc.integer({ min: 0, max: 12 * 60 }), { nil: null }),
  out: fc.option(fc.integer({ min: 12 * 60 + 1, max: 23 * 60 + 59 }), { nil: null }),
  apel: fc.option(fc.boolean(), { nil: undefined }),
  seconds: fc.boolean(),
});
/** A file writes its dates in one layout (a file mixing them is refused). */
const layout = fc.constantFrom('iso' as const, 'slash' as const, 'dash' as const);
const days = fc.uniqueArray(fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...DATES), day), {
  selector: ([nip, date]) => `${nip} ${date}`,
  maxLength: 120,
});

function cellOf(date: string, layout: 'iso' | 'slash' | 'dash'): string {
  const [y, m, d] = date.split('-');
  if (layout === 'iso') return date;
  return layout === 'slash' ? `${d}/${m}/${y}` : `${d}-${m}-${y}`;
}

const by = { user: pengelolaUser, today: TODAY, at: AT };

describe('the attendance import, for any valid file', () => {
  it('writes every row once, in the month of its date, as a valid month', () => {
    fc.assert(
      fc.property(days, layout, (list, dateLayout) => {
        const rows: AttendanceImportRow[] = list.map(([nip, date, d]) => ({
          nip,
          tanggal: cellOf(date, dateLayout),
          jam_masuk: d.in === null ? '' : `${timeOfDay(d.in)}${d.seconds ? ':07' : ''}`,
          jam_pulang: d.out === null ? '' : timeOfDay(d.out),
          status: d.status.toUpperCase().replace('-', ' '),
          apel: d.apel === undefined ? '' : d.apel ? 'ya' : 'tidak',
        }));
        const plan = checkAttendanceImport(rows, org, by);
        if (!plan.ok) throw new Error(JSON.stringify(plan.errors.slice(0, 3)));
        const expected = new Map<string, AttendanceDay>();
        for (const [nip, date, d] of list)
          expected.set(`${nip} ${date}`, {
            date,
            status: d.status,
            in: d.in === null ? null : timeOfDay(d.in),
            out: d.out === null ? null : timeOfDay(d.out),
            ...(d.apel === undefined ? {} : { apel: d.apel }),
          });
        const written = plan.docs.flatMap((doc) => {
          expect(attendanceSchema.safeParse(doc).success).toBe(true);
          expect(validateAttendance(doc).ok).toBe(true);
          expect(doc.days.map((x) => x.date)).toEqual(doc.days.map((x) => x.date).sort());
          return doc.days.map((x) => {
            expect(monthOf(x.date)).toBe(doc.month);
            return [`${doc.nip} ${x.date}`, x] as const;
          });
        });
        expect(new Map(written)).toEqual(expected);
        expect(written).toHaveLength(list.length);
        const { summary } = attendanceWrites(plan, new Map());
        expect(summary.documents).toBe(plan.docs.length);
        expect(summary.rows).toBe(list.length);
        // The summary counts as the person's own Kehadiran page does (no corrections yet).
        const totals = attendanceTotals(plan.docs.map((d) => attendanceMonth(d, [])));
        expect([summary.lateDays, summary.missingScans]).toEqual([
          totals.lateDays,
          totals.missingScans,
        ]);
      }),
    );
  });

  it('plans the same months whatever the order of the rows', () => {
    fc.assert(
      fc.property(
        days.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([list, shuffledList]) => {
          const rowsOf = (l: typeof list) =>
            l.map(([nip, date, d]) => ({
              nip,
              tanggal: date,
              jam_masuk: '',
              jam_pulang: '',
              status: d.status,
            }));
          const rows = rowsOf(list);
          const shuffled = rowsOf(shuffledList);
          const a = checkAttendanceImport(rows, org, by);
          const b = checkAttendanceImport(shuffled, org, by);
          const sorted = (p: typeof a) =>
            p.ok ? [...p.docs].sort((x, y) => (x._id < y._id ? -1 : 1)) : p.errors;
          expect(sorted(b)).toEqual(sorted(a));
        },
      ),
    );
  });

  it('refuses a file written month first as soon as one of its days is after the 12th', () => {
    fc.assert(
      fc.property(days, fc.constantFrom('/', '-'), (list, separator) => {
        const rows: AttendanceImportRow[] = list.map(([nip, date, d]) => {
          const [y, m, dd] = date.split('-').map(Number);
          return {
            nip,
            tanggal: [m, dd, y].join(separator),
            jam_masuk: '',
            jam_pulang: '',
            status: d.status,
          };
        });
        const plan = checkAttendanceImport(rows, org, by);
        const telling = list.filter(([, date]) => Number(date.slice(8)) > 12);
        if (telling.length === 0) return;
        expect(plan.ok).toBe(false);
        expect(plan.errors).toHaveLength(1);
        expect(plan.errors[0]?.column).toBe('tanggal');
        expect(plan.errors[0]?.reason).toMatch(/bulan lebih dulu/);
      }),
    );
  });
});
