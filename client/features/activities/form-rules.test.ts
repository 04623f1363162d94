import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '../../data/read-model';
import { checkForm, fieldOfCommand, overlapsOf, type RuleContext } from './form-rules';
import { applyTemplate, blankValues, defaultTimes, inputOf, type FormValues } from './form-values';

const TODAY = '2026-03-12';
const ctx: RuleContext = {
  today: TODAY,
  // 12:00 WIB on TODAY.
  now: Date.parse(`${TODAY}T12:00:00+07:00`),
  closed: [{ start: '2026-01-01', end: '2026-02-28' }],
  storedPhotos: 0,
};

function values(overrides: Partial<FormValues> = {}): FormValues {
  return {
    ...blankValues(TODAY),
    start: '08:00',
    end: '09:30',
    kegiatan: 'Melayani permohonan surat pengantar',
    realisasi: '3',
    satuan: 'surat',
    ...overrides,
  };
}

const row = (overrides: Partial<ActivityRow>) =>
  ({
    id: 'activity:x',
    date: TODAY,
    start: '08:00',
    end: '09:00',
    kegiatan: 'Rapat',
    ...overrides,
  }) as ActivityRow;

describe('checkForm', () => {
  it('accepts a complete entry', () => {
    expect(checkForm(values(), ctx)).toEqual({});
  });

  it('wants the end after the start', () => {
    expect(checkForm(values({ end: '07:59' }), ctx)).toEqual({ end: 'ruleEndAfterStart' });
    expect(checkForm(values({ end: '08:00' }), ctx)).toEqual({ end: 'ruleEndAfterStart' });
    expect(checkForm(values({ start: '8 pagi' }), ctx)).toEqual({ start: 'ruleTime' });
  });

  it('refuses a future date, a closed period and a date that does not exist', () => {
    expect(checkForm(values({ date: '2026-03-13' }), ctx)).toEqual({ date: 'ruleFutureDate' });
    expect(checkForm(values({ date: '2026-02-28' }), ctx)).toEqual({ date: 'ruleClosedPeriod' });
    expect(checkForm(values({ date: '2026-02-30' }), ctx)).toEqual({ date: 'ruleDate' });
    expect(checkForm(values({ date: '2026-03-01' }), ctx)).toEqual({});
  });

  it('refuses an entry of today that ends after now, as the server would', () => {
    expect(checkForm(values({ date: TODAY, start: '13:00', end: '14:00' }), ctx)).toEqual({
      end: 'ruleFutureTime',
    });
    expect(checkForm(values({ date: TODAY, start: '10:00', end: '11:30' }), ctx)).toEqual({});
  });

  it('requires kegiatan, realisasi and satuan, and reads a decimal comma', () => {
    expect(checkForm(values({ kegiatan: '  ', realisasi: '', satuan: '' }), ctx)).toEqual({
      kegiatan: 'ruleRequired',
      realisasi: 'ruleRequired',
      satuan: 'ruleRequired',
    });
    expect(checkForm(values({ realisasi: '-1' }), ctx)).toEqual({ realisasi: 'ruleRealisasi' });
    expect(checkForm(values({ realisasi: 'tiga' }), ctx)).toEqual({ realisasi: 'ruleRealisasi' });
    expect(checkForm(values({ realisasi: '1,5' }), ctx)).toEqual({});
  });

  it('takes only web links and at most five photos', () => {
    expect(checkForm(values({ links: 'drive.google.com/x' }), ctx)).toEqual({ links: 'ruleLink' });
    expect(checkForm(values({ links: 'https://a.example/x  http://b.example' }), ctx)).toEqual({});
    const photo = { name: 'p.jpg', blob: new Blob(['x']) };
    expect(checkForm(values({ newPhotos: [photo, photo] }), { ...ctx, storedPhotos: 4 })).toEqual({
      photos: 'ruleTooManyPhotos',
    });
    expect(
      checkForm(values({ newPhotos: [photo, photo], removedPhotos: ['a.jpg'] }), {
        ...ctx,
        storedPhotos: 4,
      }),
    ).toEqual({});
  });
});

describe('overlapsOf', () => {
  it('names the other entries of the day whose times overlap, not the entry itself', () => {
    const day = [
      row({ id: 'a', start: '07:00', end: '08:00' }),
      row({ id: 'b', start: '09:00', end: '10:00' }),
      row({ id: 'self', start: '08:00', end: '09:00' }),
    ];
    expect(
      overlapsOf(values({ start: '08:00', end: '09:30' }), 'self', day).map((o) => o.id),
    ).toEqual(['b']);
    expect(overlapsOf(values({ start: '06:00', end: '07:00' }), undefined, day)).toEqual([]);
  });
});

describe('form values', () => {
  it("starts a blank entry where the day's last entry ended", () => {
    expect(blankValues(TODAY, [row({ end: '10:15' }), row({ end: '09:00' })])).toMatchObject({
      start: '10:15',
      end: '11:15',
    });
    expect(blankValues(TODAY)).toMatchObject({ start: '07:30', end: '08:30' });
  });

  it("starts a day without entries at the unit's working start", () => {
    expect(blankValues(TODAY, [], null, '07:00')).toMatchObject({ start: '07:00', end: '08:00' });
    expect(blankValues(TODAY, [row({ end: '09:10' })], null, '07:00')).toMatchObject({
      start: '09:10',
    });
  });

  it('moved to another day, keeps the length it was given', () => {
    expect(defaultTimes([row({ end: '13:00' })], null, '07:00', 90)).toEqual({
      start: '13:00',
      end: '14:30',
    });
    expect(defaultTimes([], '07:20', '07:00', 90)).toEqual({ start: '07:00', end: '07:20' });
  });

  it('today, ends no later than now, and an entry ending later does not set the start', () => {
    // The issue: a 21:00–23:00 entry made the next one start at 23:00.
    const day = [row({ end: '10:15' }), row({ end: '23:00' })];
    expect(blankValues(TODAY, day, '10:45')).toMatchObject({ start: '10:15', end: '10:45' });
    expect(blankValues(TODAY, day, '12:00')).toMatchObject({ start: '10:15', end: '11:15' });
    expect(blankValues(TODAY, [row({ end: '23:00' })], '09:00')).toMatchObject({
      start: '07:30',
      end: '08:30',
    });
  });

  it('fills from a template, keeping date and start', () => {
    const fromCatalog = applyTemplate(values(), {
      kind: 'catalog',
      item: { code: 'rapat', name: 'Rapat koordinasi', satuan: 'kegiatan', defaultMinutes: 45 },
    });
    expect(fromCatalog).toMatchObject({
      kegiatan: 'Rapat koordinasi',
      satuan: 'kegiatan',
      catalogCode: 'rapat',
      end: '08:45',
    });
    const fromFrequent = applyTemplate(values(), {
      kind: 'frequent',
      entry: {
        kegiatan: 'Piket',
        rhkId: 'r1',
        ikiId: 'i1',
        realisasi: 2,
        satuan: 'jam',
        catalogCode: null,
        minutes: 120,
        count: 4,
      },
    });
    expect(fromFrequent).toMatchObject({
      kegiatan: 'Piket',
      rhk: 'r1|i1',
      realisasi: '2',
      end: '10:00',
    });
  });

  it('becomes the command input: numbers, RHK and IKI, links and photos', () => {
    const blob = new Blob(['x'], { type: 'image/jpeg' });
    const input = inputOf(
      values({
        rhk: 'r1|i2',
        realisasi: '2,5',
        links: ' https://a.example/x\nhttps://b.example ',
        newPhotos: [{ name: 'f.jpg', blob }],
      }),
      'activity:1',
      true,
    );
    expect(input).toMatchObject({
      id: 'activity:1',
      rhkId: 'r1',
      ikiId: 'i2',
      realisasi: 2.5,
      links: ['https://a.example/x', 'https://b.example'],
      addPhotos: [{ name: 'f.jpg', data: blob, contentType: 'image/jpeg' }],
      submit: true,
    });
    expect(inputOf(values(), undefined, false)).toMatchObject({
      rhkId: null,
      ikiId: null,
      submit: false,
    });
  });

  it('maps the field core refused to the form field', () => {
    expect(fieldOfCommand('date')).toBe('date');
    expect(fieldOfCommand('end')).toBe('end');
    expect(fieldOfCommand('links.0')).toBe('links');
    expect(fieldOfCommand('round')).toBeNull();
    expect(fieldOfCommand(undefined)).toBeNull();
  });
});
