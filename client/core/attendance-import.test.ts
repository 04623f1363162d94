import { describe, expect, it } from 'vitest';
import {
  checkAttendanceImport,
  listRefusals,
  type AcceptedAttendancePlan,
  type AttendanceImportOrg,
  type AttendanceImportPlan,
} from './attendance-import';
import { attendanceWrites } from './attendance-import-writes';
import {
  readImportApel,
  readImportDate,
  readImportStatus,
  readImportTime,
  type AttendanceImportRow,
} from './attendance-import-cells';
import { ids } from './ids';
import type { User } from './org-chart';
import {
  makeAttendance,
  makeEmployee,
  NIP,
  orgChart,
  orgEmployees,
  orgUnits,
  pengelolaUser,
} from './testing/factories';

const AT = '2026-05-15T10:00:00+07:00';
const TODAY = '2026-05-15';
const retired = makeEmployee({
  nip: '196001011985031001',
  unitId: 'bidang-a',
  active: false,
  status: 'pensiun',
});
const employees = [...orgEmployees(), retired];
/** Bidang B works 08:00-15:00 Monday to Friday; the others inherit the default 07:30-16:00. */
const units = orgUnits().map((u) =>
  u.unitId === 'bidang-b'
    ? { ...u, workHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '15:00' } }
    : u,
);
const org: AttendanceImportOrg = {
  employees,
  units: new Map(units.map((u) => [u.unitId, u])),
  chart: orgChart(),
};
const scoped: User = { ...pengelolaUser, scope: 'bidang-a' };

const row = (o: Partial<Record<keyof AttendanceImportRow, string>> = {}): AttendanceImportRow => ({
  nip: NIP.staffA1,
  tanggal: '2026-04-01',
  jam_masuk: '07:25',
  jam_pulang: '16:05',
  status: 'hadir',
  ...o,
});

function check(rows: AttendanceImportRow[], user: User = pengelolaUser): AttendanceImportPlan {
  return checkAttendanceImport(rows, org, { user, today: TODAY, at: AT });
}

function accepted(rows: AttendanceImportRow[], user?: User): AcceptedAttendancePlan {
  const plan = check(rows, user);
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  return plan;
}

describe('reading the cells of an export', () => {
  it('reads the date layouts Indonesian exports use, and refuses impossible dates', () => {
    expect(readImportDate('2026-04-01')).toBe('2026-04-01');
    expect(readImportDate('01/04/2026')).toBe('2026-04-01');
    expect(readImportDate('1-4-2026')).toBe('2026-04-01');
    expect(readImportDate(' 30/04/2026 ')).toBe('2026-04-30');
    expect(readImportDate('')).toBeNull();
    expect(readImportDate('31/04/2026')).toBeUndefined();
    expect(readImportDate('04/31/2026')).toBeUndefined();
    expect(readImportDate('2026/04/01')).toBeUndefined();
    expect(readImportDate('01/04-2026')).toBeUndefined();
    expect(readImportDate('kemarin')).toBeUndefined();
  });

  it('reads times with or without seconds, with : or ., and refuses the rest', () => {
    expect(readImportTime('07:25')).toBe('07:25');
    expect(readImportTime('7:05:59')).toBe('07:05');
    expect(readImportTime('16.05.00')).toBe('16:05');
    expect(readImportTime('  ')).toBeNull();
    expect(readImportTime('24:00')).toBeUndefined();
    expect(readImportTime('07:60')).toBeUndefined();
    expect(readImportTime('0725')).toBeUndefined();
  });

  it('reads statuses in any case, with spaces or underscores, and the short codes', () => {
    expect(readImportStatus('Hadir')).toBe('hadir');
    expect(readImportStatus('DINAS LUAR')).toBe('dinas-luar');
    expect(readImportStatus('tanpa_keterangan')).toBe('tanpa-keterangan');
    expect(readImportStatus('DL')).toBe('dinas-luar');
    expect(readImportStatus('tk')).toBe('tanpa-keterangan');
    expect(readImportStatus('TB')).toBe('tugas-belajar');
    expect(readImportStatus('L')).toBe('libur');
    expect(readImportStatus('')).toBeNull();
    expect(readImportStatus('mangkir')).toBeUndefined();
  });

  it('reads apel as ya or tidak, empty as not recorded', () => {
    expect(readImportApel('Ya')).toBe(true);
    expect(readImportApel('tidak')).toBe(false);
    expect(readImportApel('')).toBeNull();
    expect(readImportApel('mungkin')).toBeUndefined();
  });
});

describe('checking an attendance file', () => {
  it('plans one month per person per month, in date order, judged by the unit’s hours', () => {
    const plan = accepted([
      row({ tanggal: '2026-4-2', jam_masuk: '07:45' }),
      row(),
      row({ nip: NIP.staffB1, tanggal: '2026-04-01', jam_masuk: '08:10', status: 'H' }),
      row({ tanggal: '2026-05-04', status: 'DL', jam_masuk: '', jam_pulang: '', apel: 'tidak' }),
    ]);
    expect(plan.rows).toBe(4);
    const byId = new Map(plan.docs.map((d) => [d._id, d]));
    expect([...byId.keys()].sort()).toEqual([
      ids.attendance(NIP.staffA1, '2026-04'),
      ids.attendance(NIP.staffA1, '2026-05'),
      ids.attendance(NIP.staffB1, '2026-04'),
    ]);
    const april = byId.get(ids.attendance(NIP.staffA1, '2026-04'));
    expect(april?.days.map((d) => d.date)).toEqual(['2026-04-01', '2026-04-02']);
    expect(april).toMatchObject({
      type: 'attendance',
      unitId: 'bidang-a',
      hours: { start: '07:30', end: '16:00' },
      importedAt: AT,
      importedBy: NIP.pengelola,
    });
    expect(byId.get(ids.attendance(NIP.staffA1, '2026-05'))?.days).toEqual([
      { date: '2026-05-04', status: 'dinas-luar', in: null, out: null, apel: false },
    ]);
    expect(byId.get(ids.attendance(NIP.staffB1, '2026-04'))?.hours.start).toBe('08:00');
  });

  it('refuses each wrong cell with its row and column, in Indonesian, and plans nothing', () => {
    const plan = check([
      row({ nip: '1,98504E+17' }),
      row({ nip: '12345' }),
      row({ nip: NIP.stranger }),
      row({ nip: retired.nip }),
      row({ tanggal: '2026-04-31' }),
      row({ tanggal: '2026-05-16' }),
      row({ jam_masuk: '7.3' }),
      row({ tanggal: '2026-04-03', jam_masuk: '16:10', jam_pulang: '16:05' }),
      row({ tanggal: '2026-04-06', status: 'mangkir' }),
      row({ tanggal: '2026-04-07', apel: 'mungkin' }),
      row({ tanggal: '2026-04-08', status: '' }),
    ]);
    expect(plan.ok).toBe(false);
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'nip'],
      [3, 'nip'],
      [4, 'nip'],
      [5, 'nip'],
      [6, 'tanggal'],
      [7, 'tanggal'],
      [8, 'jam_masuk'],
      [9, 'jam_pulang'],
      [10, 'status'],
      [11, 'apel'],
      [12, 'status'],
    ]);
    const reasons = plan.errors.map((e) => e.reason);
    expect(reasons[0]).toMatch(/terbaca sebagai angka/);
    expect(reasons[2]).toBe(`NIP ${NIP.stranger} tidak ada di data pegawai`);
    expect(reasons[3]).toBe(`Pegawai ${retired.nip} tidak aktif`);
    expect(reasons[5]).toBe('Tanggal 2026-05-16 belum lewat');
    expect(reasons[7]).toBe('Jam pulang 16:05 harus setelah jam masuk 16:10');
    expect(reasons[8]).toMatch(/tidak dikenal; pilih: hadir, izin.*kode H, I, S, C, DL, TB, TK, L/);
  });

  it('refuses a second row of the same person and day, naming the first', () => {
    const plan = check([row(), row({ tanggal: '2026-4-1', status: 'izin' })]);
    expect(plan.errors).toEqual([
      {
        row: 3,
        column: 'tanggal',
        reason: `NIP ${NIP.staffA1} tanggal 2026-04-01 sudah ada di baris 2`,
      },
    ]);
  });

  it('names the required columns a header lacks, and does without apel', () => {
    const plan = check([{ nip: NIP.staffA1, tanggal: '2026-04-01', jam_masuk: '07:00' }]);
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'jam_pulang'],
      [1, 'status'],
    ]);
    expect(check([row()]).ok).toBe(true);
  });

  it('skips blank rows and counts the others', () => {
    const plan = accepted([row(), { nip: '', tanggal: ' ' }, row({ tanggal: '2026-04-02' })]);
    expect(plan.rows).toBe(2);
  });

  it('lets an OPD-scoped Pengelola import only the people they keep', () => {
    expect(accepted([row()], scoped).docs[0]?.importedBy).toBe(NIP.pengelola);
    const plan = check([row(), row({ nip: NIP.staffB1 })], scoped);
    expect(plan.errors).toEqual([
      {
        row: 3,
        column: 'nip',
        reason: `Pegawai ${NIP.staffB1} di luar unit kerja yang Anda kelola sebagai Pengelola Kinerja`,
      },
    ]);
  });

  it('judges a month by the unit the person worked in then', () => {
    const moved = {
      ...(employees.find((e) => e.nip === NIP.staffB1) as (typeof employees)[number]),
      history: [
        {
          unitId: 'bidang-a',
          superiorNip: NIP.headA,
          position: 'Analis',
          from: '2020-01-01',
          to: '2026-04-30',
        },
      ],
    };
    const plan = checkAttendanceImport(
      [row({ nip: NIP.staffB1 }), row({ nip: NIP.staffB1, tanggal: '2026-05-04' })],
      { ...org, employees: [...orgEmployees().filter((e) => e.nip !== NIP.staffB1), moved] },
      { user: pengelolaUser, today: TODAY, at: AT },
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    expect(plan.docs.map((d) => [d.month, d.unitId, d.hours.start])).toEqual([
      ['2026-04', 'bidang-a', '07:30'],
      ['2026-05', 'bidang-b', '08:00'],
    ]);
  });
});

describe('the writes and the summary', () => {
  it('replaces a stored month (its revision kept), leaves an identical one alone, counts the rest', () => {
    const plan = accepted([
      row({ jam_masuk: '07:45' }),
      row({ tanggal: '2026-04-02', jam_pulang: '' }),
      row({ nip: NIP.staffA2 }),
      row({ nip: NIP.staffB1 }),
    ]);
    const stored = makeAttendance({ nip: NIP.staffA1, month: '2026-04', _rev: '3-abc' });
    const same = plan.docs.find((d) => d.nip === NIP.staffA2);
    const { docs, summary } = attendanceWrites(
      plan,
      new Map([
        [stored._id, stored],
        [ids.attendance(NIP.staffA2, '2026-04'), { ...(same as typeof stored), _rev: '1-x' }],
      ]),
    );
    expect(docs.map((d) => [d._id, d._rev])).toEqual([
      [ids.attendance(NIP.staffA1, '2026-04'), '3-abc'],
      [ids.attendance(NIP.staffB1, '2026-04'), undefined],
    ]);
    expect(summary).toEqual({
      rows: 4,
      people: 3,
      months: ['2026-04'],
      documents: 3,
      replaced: 1,
      unchanged: 1,
      // The stored April has every working day; the file gives two of them, both otherwise.
      droppedDays: stored.days.length - 2,
      changedDays: 2,
      lateDays: 1,
      missingScans: 1,
      refusedRows: 0,
      errorCount: 0,
    });
  });

  it('counts the stored days a re-import of half a month loses, and those it changes', () => {
    const stored = makeAttendance({ nip: NIP.staffA1, month: '2026-04', _rev: '2-a' });
    const secondHalf = stored.days.filter((d) => d.date >= '2026-04-16');
    const plan = accepted(
      secondHalf.map((d) =>
        row({
          tanggal: d.date,
          jam_masuk: d.date === secondHalf[0]?.date ? '07:50' : (d.in ?? ''),
          jam_pulang: d.out ?? '',
        }),
      ),
    );
    const { docs, summary } = attendanceWrites(plan, new Map([[stored._id, stored]]));
    expect(docs[0]?.days.map((d) => d.date)).toEqual(secondHalf.map((d) => d.date));
    expect(summary).toMatchObject({
      replaced: 1,
      droppedDays: stored.days.length - secondHalf.length,
      changedDays: 1,
    });
    // A new month loses nothing, and a month given again exactly is not counted.
    expect(attendanceWrites(plan, new Map()).summary).toMatchObject({
      droppedDays: 0,
      changedDays: 0,
    });
    const written = docs[0];
    if (written === undefined) throw new Error('nothing written');
    const again = attendanceWrites(plan, new Map([[stored._id, { ...written, _rev: '3-b' }]]));
    expect(again.summary).toMatchObject({ unchanged: 1, droppedDays: 0, changedDays: 0 });
  });
});

describe('the order of day and month in a file', () => {
  const dates = (...tanggal: string[]) => tanggal.map((t) => row({ tanggal: t }));

  it('reads a day-first file, also one whose days are all the 12th or before', () => {
    expect(check(dates('13/04/2026', '14/04/2026', '1/4/2026')).ok).toBe(true);
    expect(check(dates('01-04-2026', '02-04-2026')).ok).toBe(true);
  });

  it('refuses a file written month first (as an English spreadsheet saves it), naming the row', () => {
    const plan = check(dates('4/1/2026', '4/2/2026', '4/13/2026', '4/14/2026'));
    expect(plan).toMatchObject({ ok: false, rows: 4 });
    expect(plan.errors).toEqual([
      {
        row: 4,
        column: 'tanggal',
        reason: expect.stringMatching(
          /^Tanggal "4\/13\/2026" \(baris 4\) menulis bulan lebih dulu/,
        ),
      },
    ]);
  });

  it('refuses a file mixing day first and month first, naming a row of each', () => {
    const plan = check(dates('13/04/2026', '4/1/2026', '4/14/2026'));
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ row: 4, column: 'tanggal' });
    expect(plan.errors[0]?.reason).toMatch(
      /^Urutan hari dan bulan bercampur: "13\/04\/2026" \(baris 2\).*"4\/14\/2026" \(baris 4\)/,
    );
  });

  it('refuses a file mixing layouts, naming the first row of each', () => {
    const plan = check(dates('2026-04-01', '2026-04-02', '03/04/2026'));
    expect(plan.errors).toEqual([
      {
        row: 4,
        column: 'tanggal',
        reason:
          'Tanggal berkas ini ditulis dengan susunan berbeda: "2026-04-01" (yyyy-mm-dd, baris 2) dan "03/04/2026" (dd/mm/yyyy, baris 4). Samakan semua tanggal dalam satu susunan: yyyy-mm-dd, dd/mm/yyyy atau dd-mm-yyyy.',
      },
    ]);
    expect(check(dates('01/04/2026', '02-04-2026')).errors[0]?.reason).toMatch(
      /"01\/04\/2026" \(dd\/mm\/yyyy, baris 2\) dan "02-04-2026" \(dd-mm-yyyy, baris 3\)/,
    );
  });

  it('leaves a date impossible either way to its row', () => {
    const plan = check(dates('13/04/2026', '31/13/2026'));
    expect(plan.errors).toEqual([
      {
        row: 3,
        column: 'tanggal',
        reason: expect.stringMatching(/^Tanggal "31\/13\/2026" tidak valid/),
      },
    ]);
  });
});

describe('listing the refused rows', () => {
  it('keeps every error of the first rows refused, in row order, and counts them all', () => {
    const errors = [
      { row: 5, column: 'status' as const, reason: 'c' },
      { row: 2, column: 'nip' as const, reason: 'a' },
      { row: 2, column: 'status' as const, reason: 'b' },
      { row: 9, reason: 'd' },
    ];
    expect(listRefusals(errors, 2)).toEqual({
      errors: [errors[1], errors[2], errors[0]],
      refusedRows: 3,
      errorCount: 4,
    });
    expect(listRefusals(errors).errors).toHaveLength(4);
  });
});
