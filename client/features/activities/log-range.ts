/** The activity list's view (day, week, month), date and status filter, read from and written to the URL. */
import type { ActivityStatus } from '../../core/activity-status';
import { addDays, isoWeekday } from '../../core/dates';
import { isIsoDate } from '../../core/ids';

export const LOG_VIEWS = ['hari', 'minggu', 'bulan'] as const;
export type LogView = (typeof LOG_VIEWS)[number];

/** Status filter words in the URL (Indonesian, as people read them) and the statuses they mean. */
export const STATUS_PARAMS = {
  draf: 'draft',
  diajukan: 'submitted',
  disetujui: 'approved',
  dikembalikan: 'returned',
} as const satisfies Record<string, ActivityStatus>;
export type StatusParam = keyof typeof STATUS_PARAMS;

export type SavedNotice = 'draf' | 'diajukan' | 'dihapus';

export type LogParams = {
  view: LogView;
  date: string;
  status: StatusParam | null;
  saved: SavedNotice | null;
  /** The entry just saved (`kegiatan=`), whose way to the server the notice follows. */
  entry: string | null;
};

function isOneOf<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

/** The list's state from the query string; a status filter alone opens the month. */
export function parseLogParams(search: URLSearchParams, today: string): LogParams {
  const statusWord = search.get('status');
  const status = isOneOf(Object.keys(STATUS_PARAMS) as StatusParam[], statusWord)
    ? statusWord
    : null;
  const viewWord = search.get('tampilan');
  const view = isOneOf(LOG_VIEWS, viewWord) ? viewWord : status ? 'bulan' : 'hari';
  const dateWord = search.get('tanggal');
  const saved = search.get('tersimpan');
  return {
    view,
    date: dateWord && isIsoDate(dateWord) ? dateWord : today,
    status,
    saved: isOneOf(['draf', 'diajukan', 'dihapus'] as const, saved) ? saved : null,
    entry: search.get('kegiatan'),
  };
}

/** The link to a state of the list (without the saved notice). */
export function logHref(p: Pick<LogParams, 'view' | 'date' | 'status'>): string {
  const q = new URLSearchParams({ tampilan: p.view, tanggal: p.date });
  if (p.status) q.set('status', p.status);
  return `/kegiatan?${q.toString()}`;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function nextMonthStart(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** First and last date a view shows (weeks run Monday to Sunday). */
export function rangeOf(view: LogView, date: string): { from: string; to: string } {
  if (view === 'hari') return { from: date, to: date };
  if (view === 'minggu') {
    const from = addDays(date, 1 - isoWeekday(date));
    return { from, to: addDays(from, 6) };
  }
  return { from: monthStart(date), to: addDays(nextMonthStart(date), -1) };
}

/** The date of the previous (-1) or next (+1) day, week or month. */
export function shiftDate(view: LogView, date: string, direction: 1 | -1): string {
  if (view === 'hari') return addDays(date, direction);
  if (view === 'minggu') return addDays(date, 7 * direction);
  return direction === 1 ? nextMonthStart(date) : monthStart(addDays(monthStart(date), -1));
}
