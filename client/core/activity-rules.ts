/**
 * Rules of the daily log that both the device and the server judge (an entry is logged once its
 * work is done), and the totals and export the screens show.
 */
import { ACTIVITY_STATUS_LABELS, type ActivityStatus } from './activity-status';
import {
  civilDate,
  DEFAULT_TIME_ZONE,
  durationMinutes,
  minutesAt,
  minutesOfDay,
  timeOfDay,
} from './dates';
import { scheduleOf } from './day-schedule';
import { ids } from './ids';
import type { ActivityDoc } from './schemas/work';
import type { WriteContext } from './write-context';

/** The longest kegiatan, as the activity schema allows (schemas/work.ts; a test keeps them equal). */
export const KEGIATAN_MAX_LENGTH = 300;

/**
 * Minutes an entry may end after the writer's clock: a phone's clock and the server's may differ
 * by a few minutes, and the same entry must pass on both.
 */
export const CLOCK_GRACE_MINUTES = 5;

/**
 * True when an entry is in the future at `now` (epoch ms, the writer's clock): dated after today,
 * or today and ending later than now (WIB by default), beyond CLOCK_GRACE_MINUTES.
 */
export function isFutureEntry(
  entry: Pick<ActivityDoc, 'date' | 'end'>,
  now: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean {
  const today = civilDate(now, timeZone);
  if (entry.date !== today) return entry.date > today;
  return minutesOfDay(entry.end) > minutesAt(now, timeZone) + CLOCK_GRACE_MINUTES;
}

type Timed = Pick<ActivityDoc, '_id' | 'date' | 'start' | 'end'>;
type Times = Pick<ActivityDoc, 'start' | 'end'>;

/** True when two time ranges of one day share a minute (touching is no overlap). */
function overlaps(a: Times, b: Times): boolean {
  return minutesOfDay(b.start) < minutesOfDay(a.end) && minutesOfDay(a.start) < minutesOfDay(b.end);
}

/** The other entries of the same day whose time range overlaps this one (touching is no overlap). */
export function overlappingEntries<T extends Timed>(entry: Timed, sameDay: readonly T[]): T[] {
  const s = minutesOfDay(entry.start);
  const e = minutesOfDay(entry.end);
  return sameDay.filter(
    (o) =>
      o._id !== entry._id &&
      o.date === entry.date &&
      minutesOfDay(o.start) < e &&
      s < minutesOfDay(o.end),
  );
}

/** The last minute of a day an entry may end at. */
const LAST_MINUTE = 23 * 60 + 59;

/**
 * The times of a copy of an entry on a day with `sameDay` entries (Duplikat, "Ulangi kemarin"):
 * its own when none of them overlaps, else from where the day's last entry ends, as long as the
 * original; so the overlap rule does not refuse a copy. It ends by 23:59 and, given `latest` (now,
 * on today), by then when it starts earlier.
 */
export function copyTimes(entry: Times, sameDay: readonly Times[], latest?: string): Times {
  const length = Math.max(1, durationMinutes(entry.start, entry.end));
  const lastEnd = Math.max(...sameDay.map((o) => minutesOfDay(o.end)));
  const start = sameDay.some((o) => overlaps(entry, o)) ? lastEnd : minutesOfDay(entry.start);
  const cap =
    latest === undefined || minutesOfDay(latest) <= start ? LAST_MINUTE : minutesOfDay(latest);
  return { start: timeOfDay(start), end: timeOfDay(Math.min(start + length, cap, LAST_MINUTE)) };
}

/**
 * The person's other entries of the entry's day in a write context: its `underPrefixes` when it
 * loaded that day, else among `related`. What the overlap rule compares with; deleted ones are
 * left out.
 */
export function sameDayEntries(
  entry: Pick<ActivityDoc, '_id' | 'nip' | 'date'>,
  ctx: Pick<WriteContext, 'related' | 'underPrefixes'>,
): Timed[] {
  const prefix = ids.activity(entry.nip, entry.date, '');
  const loaded = ctx.underPrefixes?.get(prefix);
  const out: Timed[] = [];
  for (const [id, doc] of loaded ?? Object.entries(ctx.related)) {
    if (id === entry._id || (!loaded && !id.startsWith(prefix))) continue;
    const d = doc as Partial<ActivityDoc> & { _deleted?: boolean };
    if (d._deleted || typeof d.start !== 'string' || typeof d.end !== 'string') continue;
    out.push({ _id: id, date: entry.date, start: d.start, end: d.end });
  }
  return out;
}

/**
 * False when the entry surely overlaps no other entry of its day in a write context: asked of the
 * day's sorted schedule when the context loaded that day (a push judges many entries of one day).
 * True means: list them with overlappingEntries and sameDayEntries.
 */
export function mayOverlap(
  entry: Pick<ActivityDoc, '_id' | 'nip' | 'date' | 'start' | 'end'>,
  ctx: Pick<WriteContext, 'underPrefixes'>,
): boolean {
  const loaded = ctx.underPrefixes?.get(ids.activity(entry.nip, entry.date, ''));
  return loaded === undefined || scheduleOf(loaded).overlaps(entry._id, entry.start, entry.end);
}

/** Total logged minutes of a set of entries (entries with a bad range count zero). */
export function totalMinutes(entries: readonly Pick<ActivityDoc, 'start' | 'end'>[]): number {
  return entries.reduce((sum, a) => sum + Math.max(0, durationMinutes(a.start, a.end)), 0);
}

/** e-Kinerja's "Progres Harian" field order, then the entry's status, so an export can be pasted without retyping. */
export const EKINERJA_COLUMNS = [
  'Rencana Aksi / RHK',
  'Tanggal',
  'Jam Mulai',
  'Jam Selesai',
  'Kegiatan',
  'Realisasi',
  'Satuan',
  'Bukti Dukung',
  'Status',
] as const;

/** What e-Kinerja takes: entries the head approved (an export without a chosen status has these). */
export const EKINERJA_DEFAULT_STATUS: ActivityStatus = 'approved';

type ExportRow = Pick<
  ActivityDoc,
  'date' | 'start' | 'end' | 'kegiatan' | 'realisasi' | 'satuan' | 'links'
> & {
  rhkText: string;
  status: ActivityStatus;
  /** Names or links of evidence photos, if any. */
  photoNames?: readonly string[];
};

/**
 * The daily progress as table rows in e-Kinerja's field order with the status (dates as
 * dd/mm/yyyy), header first, sorted by date and time. The screens write them as CSV.
 */
export function ekinerjaRows(rows: readonly ExportRow[]): string[][] {
  const sorted = [...rows].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  return [
    [...EKINERJA_COLUMNS],
    ...sorted.map((r) => {
      const [y, m, d] = r.date.split('-');
      const evidence = [...r.links, ...(r.photoNames ?? [])].join(' ');
      return [
        r.rhkText,
        `${d}/${m}/${y}`,
        r.start,
        r.end,
        r.kegiatan,
        String(r.realisasi),
        r.satuan,
        evidence,
        ACTIVITY_STATUS_LABELS[r.status],
      ];
    }),
  ];
}
