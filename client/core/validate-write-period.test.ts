import { describe, expect, it } from 'vitest';
import {
  makeActivity,
  makePeriod,
  makeYearPeriod,
  NIP,
  pengelolaUser,
  userOf,
  writeContext,
  writerAs,
} from './testing/factories';
import { validateWrite } from './validate-write';
import { validateOpenPeriod } from './validate-write-period';
import type { PeriodDoc } from './schemas/reference';

const write = writerAs(pengelolaUser);
const stored = makePeriod({ _rev: '1-a' });
const quarter = makePeriod({
  periodId: '2026-q2',
  kind: 'quarterly',
  quarter: 2,
  label: 'Triwulan II 2026',
  start: '2026-04-01',
  end: '2026-06-30',
});

describe('period: creating', () => {
  it('lets a Pengelola create a period and refuses staff (not-writer)', () => {
    expect(write(quarter)).toBe('ok');
    expect(write(quarter, userOf(NIP.staffA1))).toBe('not-writer');
  });

  it('refuses an end before the start, and an id that does not match', () => {
    expect(write(makePeriod({ start: '2026-12-31', end: '2026-01-01' }))).toBe('invalid-doc');
    expect(write(makePeriod({ _id: 'period:2027' }))).toBe('id-mismatch');
  });

  it('wants a quarter number on a quarterly period and on no other', () => {
    expect(write({ ...quarter, quarter: undefined })).toBe('period-kind');
    expect(write(makePeriod({ quarter: 1 }))).toBe('period-kind');
  });
});

describe('period: changing', () => {
  it('closes and reopens a period, and only its status and batas pengisian change', () => {
    const closed = { ...stored, status: 'closed' as const };
    expect(write(closed, pengelolaUser, stored)).toBe('ok');
    expect(write(stored, pengelolaUser, closed)).toBe('ok');
    expect(write({ ...stored, submitBy: '2027-01-15' }, pengelolaUser, stored)).toBe('ok');
  });

  it.each([
    ['start', { start: '2026-02-01' }],
    ['end', { end: '2026-11-30' }],
    ['label', { label: 'Tahun Anggaran 2026' }],
    ['kind', { kind: 'monthly' }],
  ] as const)('refuses moving its %s once created (period-fixed)', (field, change) => {
    const verdict = validateWrite(
      { ...stored, ...(change as Partial<PeriodDoc>) },
      stored,
      pengelolaUser,
      writeContext(),
    );
    expect(verdict).toMatchObject({ ok: false, code: 'period-fixed', field });
  });

  it('keeps the batas pengisian within the period or up to 60 days after its end', () => {
    expect(write({ ...stored, submitBy: '2026-06-30' }, pengelolaUser, stored)).toBe('ok');
    expect(write({ ...stored, submitBy: '2027-03-01' }, pengelolaUser, stored)).toBe('ok');
    expect(write({ ...stored, submitBy: '2027-03-02' }, pengelolaUser, stored)).toBe(
      'submit-by-range',
    );
    expect(write({ ...stored, submitBy: '2025-12-31' }, pengelolaUser, stored)).toBe('invalid-doc');
  });
});

describe('activity: the batas pengisian', () => {
  const staff = writerAs(userOf(NIP.staffA1));
  // NOW is 2026-05-15: the first quarter's batas pengisian, 10 April, has passed.
  const q1 = makePeriod({
    periodId: '2026-q1',
    kind: 'quarterly',
    quarter: 1,
    label: 'Triwulan I 2026',
    start: '2026-01-01',
    end: '2026-03-31',
    submitBy: '2026-04-10',
  });
  const periods = new Map([q1, makeYearPeriod(2026)].map((p) => [p.periodId, p]));
  const march = makeActivity({ date: '2026-03-20' });

  it('still saves a draft dated in the period after its batas pengisian', () => {
    expect(staff(march, undefined, null, { periods })).toBe('ok');
  });

  it('refuses submitting it, naming the period and the date, and keeps later dates open', () => {
    const submitted = makeActivity({ date: '2026-03-20', status: 'submitted', round: 1 });
    const verdict = validateWrite(submitted, null, userOf(NIP.staffA1), writeContext({ periods }));
    expect(verdict).toEqual({
      ok: false,
      code: 'submit-by-passed',
      field: 'date',
      reason:
        'Batas pengisian Triwulan I 2026 sudah lewat (10 April 2026). Kegiatan tersimpan sebagai draf; ajukan setelah Pengelola membuka kembali.',
    });
    const may = makeActivity({ date: '2026-05-04', status: 'submitted', round: 1 });
    expect(staff(may, undefined, null, { periods })).toBe('ok');
  });

  it('accepts the submission again once the Pengelola moves or removes the date', () => {
    const submitted = makeActivity({ date: '2026-03-20', status: 'submitted', round: 1 });
    const moved = new Map([['2026-q1', { ...q1, submitBy: '2026-05-15' }]]);
    expect(staff(submitted, undefined, null, { periods: moved })).toBe('ok');
    const removed = { ...q1, submitBy: undefined };
    expect(staff(submitted, undefined, null, { periods: new Map([['2026-q1', removed]]) })).toBe(
      'ok',
    );
  });
});

describe('validateOpenPeriod: closing locks what is judged in the period', () => {
  const periods = writeContext().periods;

  it('refuses a write about a closed period and lets one about an open period pass', () => {
    expect(validateOpenPeriod('2025', periods)).toMatchObject({
      ok: false,
      code: 'closed-period',
      field: 'periodId',
    });
    expect(validateOpenPeriod('2026', periods)).toEqual({ ok: true });
  });
});
