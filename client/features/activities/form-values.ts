/**
 * The entry form's values as typed (strings, so nothing the person typed is coerced away) and
 * their mapping from a stored row, a template or a copy, and to the save command's input.
 */
import { copyTimes } from '../../core/activity-rules';
import { minutesAt, minutesOfDay, timeOfDay } from '../../core/dates';
import { DEFAULT_WORK_HOURS } from '../../core/work-hours';
import type { ActivityInput } from '../../data/commands/save-activity';
import type { FrequentEntry } from '../../data/queries/activity-queries';
import type { ActivityRow, CatalogRow } from '../../data/read-model';

/** A photo taken or picked in this form, already compressed, not saved yet, with its preview. */
export type NewPhoto = { name: string; blob: Blob; thumb?: string | null };

export type FormValues = {
  date: string;
  start: string;
  end: string;
  kegiatan: string;
  uraian: string;
  /** `rhkId|ikiId` of the approved SKP, or '' for none. */
  rhk: string;
  realisasi: string;
  satuan: string;
  /** Links to evidence, separated by spaces or new lines. */
  links: string;
  newPhotos: NewPhoto[];
  /** Names of stored photos to remove on save. */
  removedPhotos: string[];
  location: ActivityRow['location'];
  catalogCode: string | null;
};

const DEFAULT_MINUTES = 60;

/** `HH:mm` plus minutes, capped at 23:59. */
export function addMinutes(time: string, minutes: number): string {
  const total = Math.min(23 * 60 + 59, Math.max(0, minutesOfDay(time) + minutes));
  return Number.isNaN(total) ? time : timeOfDay(total);
}

/** Now as `HH:mm` when `date` is today, else null: an entry of today ends no later than now. */
export function nowClockOn(
  date: string,
  today: string,
  nowMs: number,
  timeZone?: string,
): string | null {
  return date === today ? timeOfDay(minutesAt(nowMs, timeZone)) : null;
}

/**
 * Where a new entry starts and ends: where the day's last entry ended, or at `workStart` (the
 * working start of the person's unit on that date) on a day without entries; it lasts `minutes`.
 * Today (`nowClock`, `HH:mm`) it ends no later than now, and entries that end later (logged
 * before core refused them) do not set the start.
 */
export function defaultTimes(
  dayEntries: readonly Pick<ActivityRow, 'end'>[],
  nowClock: string | null,
  workStart: string,
  minutes: number = DEFAULT_MINUTES,
): { start: string; end: string } {
  const lastEnd = dayEntries.reduce<string | null>(
    (latest, e) =>
      (nowClock !== null && e.end > nowClock) || (latest !== null && e.end <= latest)
        ? latest
        : e.end,
    null,
  );
  const start = lastEnd ?? workStart;
  const later = addMinutes(start, minutes);
  const end = nowClock !== null && start < nowClock && nowClock < later ? nowClock : later;
  return { start, end };
}

/** A blank entry on `date`, at the default times (see defaultTimes), an hour long. */
export function blankValues(
  date: string,
  dayEntries: readonly Pick<ActivityRow, 'end'>[] = [],
  nowClock: string | null = null,
  workStart: string = DEFAULT_WORK_HOURS.start,
): FormValues {
  return {
    date,
    ...defaultTimes(dayEntries, nowClock, workStart),
    kegiatan: '',
    uraian: '',
    rhk: '',
    realisasi: '1',
    satuan: '',
    links: '',
    newPhotos: [],
    removedPhotos: [],
    location: null,
    catalogCode: null,
  };
}

export function rhkKey(rhkId: string | null, ikiId: string | null): string {
  return rhkId === null ? '' : `${rhkId}|${ikiId ?? ''}`;
}

function splitRhk(key: string): { rhkId: string | null; ikiId: string | null } {
  if (key === '') return { rhkId: null, ikiId: null };
  const [rhkId = '', ikiId = ''] = key.split('|');
  return { rhkId, ikiId: ikiId === '' ? null : ikiId };
}

/** The form for a stored entry. */
export function valuesOfRow(row: ActivityRow): FormValues {
  return {
    date: row.date,
    start: row.start,
    end: row.end,
    kegiatan: row.kegiatan,
    uraian: row.uraian,
    rhk: rhkKey(row.rhkId, row.ikiId),
    realisasi: String(row.realisasi),
    satuan: row.satuan,
    links: row.links.join('\n'),
    newPhotos: [],
    removedPhotos: [],
    location: row.location,
    catalogCode: row.catalogCode,
  };
}

/**
 * A copy of an entry on `date`, without photos or location: at the same times, or where that
 * day's last entry ends when one of `dayEntries` holds them (core's copyTimes; `nowClock` today).
 */
export function copyOfRow(
  row: ActivityRow,
  date: string,
  dayEntries: readonly Pick<ActivityRow, 'start' | 'end'>[] = [],
  nowClock: string | null = null,
): FormValues {
  const times = copyTimes(row, dayEntries, nowClock ?? undefined);
  return { ...valuesOfRow(row), ...times, date, location: null };
}

export type Template =
  | { kind: 'catalog'; item: Pick<CatalogRow, 'code' | 'name' | 'satuan' | 'defaultMinutes'> }
  | { kind: 'frequent'; entry: FrequentEntry };

/** Fills the work fields from a template, keeping the date and start time. */
export function applyTemplate(values: FormValues, template: Template): FormValues {
  if (template.kind === 'catalog') {
    const { item } = template;
    return {
      ...values,
      kegiatan: item.name,
      satuan: item.satuan,
      catalogCode: item.code,
      end: addMinutes(values.start, item.defaultMinutes ?? DEFAULT_MINUTES),
    };
  }
  const { entry } = template;
  return {
    ...values,
    kegiatan: entry.kegiatan,
    satuan: entry.satuan,
    realisasi: String(entry.realisasi),
    rhk: rhkKey(entry.rhkId, entry.ikiId),
    catalogCode: entry.catalogCode,
    end: addMinutes(values.start, entry.minutes || DEFAULT_MINUTES),
  };
}

/** The links typed, one per space or line. */
export function linksOf(values: Pick<FormValues, 'links'>): string[] {
  return values.links.split(/\s+/).filter((l) => l.length > 0);
}

/** The save command's input for these values. */
export function inputOf(
  values: FormValues,
  id: string | undefined,
  submit: boolean,
): ActivityInput {
  return {
    ...(id === undefined ? {} : { id }),
    date: values.date,
    start: values.start,
    end: values.end,
    kegiatan: values.kegiatan.trim(),
    uraian: values.uraian.trim(),
    ...splitRhk(values.rhk),
    realisasi: Number(values.realisasi.replace(',', '.')),
    satuan: values.satuan.trim(),
    links: linksOf(values),
    location: values.location,
    catalogCode: values.catalogCode,
    addPhotos: values.newPhotos.map((p) => ({
      name: p.name,
      data: p.blob,
      contentType: 'image/jpeg',
      thumb: p.thumb ?? null,
    })),
    removePhotos: values.removedPhotos,
    submit,
  };
}
