/**
 * The entry form's rules, checked on the device before saving so the reason shows next to its
 * field: core's time and overlap rules, plus what core's validateWrite would refuse (future date
 * or end time, closed period, too many photos). The command runs validateWrite again on save.
 */
import { isFutureEntry, KEGIATAN_MAX_LENGTH, overlappingEntries } from '../../core/activity-rules';
import { durationMinutes, isTime } from '../../core/dates';
import { isIsoDate } from '../../core/ids';
import { MAX_PHOTOS } from '../../core/photos';
import type { ActivityRow } from '../../data/read-model';
import { linksOf, type FormValues } from './form-values';

export type FieldName =
  'date' | 'start' | 'end' | 'kegiatan' | 'realisasi' | 'satuan' | 'links' | 'photos';

/** Message keys of the reasons (see activities-messages.ts). */
export type RuleKey =
  | 'ruleRequired'
  | 'ruleDate'
  | 'ruleFutureDate'
  | 'ruleClosedPeriod'
  | 'ruleTime'
  | 'ruleEndAfterStart'
  | 'ruleFutureTime'
  | 'ruleKegiatanLong'
  | 'ruleRealisasi'
  | 'ruleLink'
  | 'ruleTooManyPhotos';

export type RuleContext = {
  /** Today's civil date, `yyyy-mm-dd`. */
  today: string;
  /** The writer's clock, epoch ms: an entry may not end later (core's isFutureEntry). */
  now: number;
  timeZone?: string;
  closed: readonly { start: string; end: string }[];
  /** Photos already stored on the entry. */
  storedPhotos: number;
};

export type FormErrors = Partial<Record<FieldName, RuleKey>>;

/** The first reason each field breaks a rule; an empty object when the entry may be saved. */
export function checkForm(values: FormValues, ctx: RuleContext): FormErrors {
  const errors: FormErrors = {};
  if (!isIsoDate(values.date)) errors.date = 'ruleDate';
  else if (values.date > ctx.today) errors.date = 'ruleFutureDate';
  else if (ctx.closed.some((p) => p.start <= values.date && values.date <= p.end)) {
    errors.date = 'ruleClosedPeriod';
  }
  if (!isTime(values.start)) errors.start = 'ruleTime';
  if (!isTime(values.end)) errors.end = 'ruleTime';
  else if (isTime(values.start) && durationMinutes(values.start, values.end) <= 0) {
    errors.end = 'ruleEndAfterStart';
  } else if (
    errors.date === undefined &&
    isFutureEntry({ date: values.date, end: values.end }, ctx.now, ctx.timeZone)
  ) {
    errors.end = 'ruleFutureTime';
  }
  if (values.kegiatan.trim() === '') errors.kegiatan = 'ruleRequired';
  else if (values.kegiatan.trim().length > KEGIATAN_MAX_LENGTH)
    errors.kegiatan = 'ruleKegiatanLong';
  const realisasi = Number(values.realisasi.replace(',', '.'));
  if (values.realisasi.trim() === '') errors.realisasi = 'ruleRequired';
  else if (!Number.isFinite(realisasi) || realisasi < 0 || realisasi > 100_000) {
    errors.realisasi = 'ruleRealisasi';
  }
  if (values.satuan.trim() === '') errors.satuan = 'ruleRequired';
  if (linksOf(values).some((l) => !isHttpUrl(l))) errors.links = 'ruleLink';
  if (photoCount(values, ctx.storedPhotos) > MAX_PHOTOS) errors.photos = 'ruleTooManyPhotos';
  return errors;
}

/** Photos the entry will have after saving. */
export function photoCount(values: FormValues, storedPhotos: number): number {
  return storedPhotos - values.removedPhotos.length + values.newPhotos.length;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Other entries of the day whose times overlap this one: core refuses saving it. */
export function overlapsOf(
  values: FormValues,
  id: string | undefined,
  sameDay: readonly ActivityRow[],
): ActivityRow[] {
  if (!isTime(values.start) || !isTime(values.end)) return [];
  const entry = { _id: id ?? '', date: values.date, start: values.start, end: values.end };
  const others = sameDay.map((row) => ({ ...row, _id: row.id }));
  return overlappingEntries(entry, others);
}

/** Maps a field the save command refused (core's path) to the form's field. */
export function fieldOfCommand(field: string | undefined): FieldName | null {
  if (field === undefined) return null;
  const head = field.split('.')[0] ?? '';
  const map: Record<string, FieldName> = {
    date: 'date',
    start: 'start',
    end: 'end',
    kegiatan: 'kegiatan',
    realisasi: 'realisasi',
    satuan: 'satuan',
    links: 'links',
    photos: 'photos',
  };
  return map[head] ?? null;
}
