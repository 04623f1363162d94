/**
 * Calendar arithmetic on plain `yyyy-mm-dd` dates and `HH:mm` times. Dates are civil dates
 * in the organisation's time zone (WIB, Asia/Jakarta, by default); no Date object leaks out.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
/** The parts of the instant asked last: a write batch asks about its one `now` for every document. */
let lastParts: { instantMs: number; timeZone: string; parts: Intl.DateTimeFormatPart[] } | null =
  null;

/** The date and clock parts of an instant (epoch ms) in a time zone. */
function partsIn(instantMs: number, timeZone: string): (type: string) => string {
  const last = lastParts;
  const parts =
    last !== null && last.instantMs === instantMs && last.timeZone === timeZone
      ? last.parts
      : formatParts(instantMs, timeZone);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

function formatParts(instantMs: number, timeZone: string): Intl.DateTimeFormatPart[] {
  // Building a formatter costs ~40 µs; the server asks once per written document.
  let fmt = zoneFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    zoneFormatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(new Date(instantMs));
  lastParts = { instantMs, timeZone, parts };
  return parts;
}

/** Today's civil date `yyyy-mm-dd` in a time zone, for an instant (epoch ms). */
export function civilDate(instantMs: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const get = partsIn(instantMs, timeZone);
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Minutes since midnight of an instant (epoch ms) in a time zone. */
export function minutesAt(instantMs: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  const get = partsIn(instantMs, timeZone);
  return Number(get('hour')) * 60 + Number(get('minute'));
}

/** Adds whole days to a civil date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** True on Monday to Friday. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5;
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour `HH:mm` time. */
export function isTime(value: string): boolean {
  return TIME_RE.test(value);
}

/** The digit at `i` of a text, or NaN. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/** Minutes since midnight of an `HH:mm` time (NaN for anything else, as isTime). */
export function minutesOfDay(time: string): number {
  // Read digit by digit: the overlap rule reads every time of a day for each entry of a push.
  if (time.length !== 5 || time.charCodeAt(2) !== 58) return Number.NaN;
  const hours = digitAt(time, 0) * 10 + digitAt(time, 1);
  const minutes = digitAt(time, 3) * 10 + digitAt(time, 4);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : Number.NaN;
}

/** `HH:mm` of minutes since midnight. */
export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes from start to end of one activity (negative when the end is before the start). */
export function durationMinutes(start: string, end: string): number {
  return minutesOfDay(end) - minutesOfDay(start);
}

/** The calendar quarter (1-4) of a date. */
export function quarterOf(date: string): 1 | 2 | 3 | 4 {
  const month = Number(date.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** First and last day of a quarter. */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): { start: string; end: string } {
  const startMonth = (quarter - 1) * 3 + 1;
  const start = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const end = addDays(
    quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(startMonth + 3).padStart(2, '0')}-01`,
    -1,
  );
  return { start, end };
}

/** Every date from start to end inclusive. */
export function eachDate(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}
