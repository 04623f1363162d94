/**
 * "Ulangi kemarin": copies the entries of the person's last logged day (within a week) to a new
 * date as drafts, without photos or location, so they are reviewed before being submitted. A copy
 * keeps its times unless an entry of that date holds them: then it follows the day's last entry
 * (core's copyTimes), so no copy is refused for an overlap.
 */
import { copyTimes } from '../../core/activity-rules';
import { addDays, civilDate, minutesAt, timeOfDay } from '../../core/dates';
import { parseId } from '../../core/ids';
import type { ActivityDoc } from '../../core/schemas/work';
import type { CommandContext } from './context';
import type { CommandResult } from './result';
import { saveActivity } from './save-activity';
import { inputOf, ownActivitiesOn } from './submit-day';
import { command } from './in-flight';

const LOOK_BACK_DAYS = 7;

/** The latest date before `date` (within a week) on which the person logged something. */
async function previousLoggedDay(ctx: CommandContext, date: string): Promise<string | null> {
  const nip = ctx.user.nip;
  const res = await ctx.db.allDocs({
    startkey: `activity:${nip}:${date}:`,
    endkey: `activity:${nip}:${addDays(date, -LOOK_BACK_DAYS)}:`,
    descending: true,
    limit: 1,
  });
  const row = res.rows[0];
  const parsed = row ? parseId(row.id) : null;
  return parsed?.type === 'activity' ? parsed.date : null;
}

export type RepeatResult = { from: string | null; results: CommandResult[] };

/** Copies the last logged day's entries to `date` as drafts; entries already there are skipped. */
export const repeatPreviousDay = command(async function repeatPreviousDay(
  date: string,
  ctx: CommandContext,
): Promise<RepeatResult> {
  const from = await previousLoggedDay(ctx, date);
  if (from === null) return { from, results: [] };
  const [source, existing] = await Promise.all([
    ownActivitiesOn(ctx.db, ctx.user.nip, from),
    ownActivitiesOn(ctx.db, ctx.user.nip, date),
  ]);
  const key = (d: ActivityDoc) => `${d.start}|${d.kegiatan}`;
  const present = new Set(existing.map((e) => key(e.doc)));
  const now = (ctx.now ?? Date.now)();
  const latest =
    date === civilDate(now, ctx.timeZone) ? timeOfDay(minutesAt(now, ctx.timeZone)) : undefined;
  const day = existing.map((e) => e.doc);
  const results: CommandResult[] = [];
  for (const { doc } of source.sort((a, b) => a.doc.start.localeCompare(b.doc.start))) {
    if (present.has(key(doc))) continue;
    const times = copyTimes(doc, day, latest);
    const result = await saveActivity(
      { ...inputOf(doc, false), ...times, date, location: null },
      ctx,
    );
    if (result.ok) day.push({ ...doc, ...times });
    results.push(result);
  }
  return { from, results };
});
