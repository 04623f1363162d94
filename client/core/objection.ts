/**
 * The objection window of PP 30/2019 Pasal 59: the employee may object within 14 days of the
 * final appraisal. The last day counts; the rule itself lives in validate-write.ts.
 */
import { addDays, civilDate, daysBetween, DEFAULT_TIME_ZONE } from './dates';
import { OBJECTION_WINDOW_DAYS } from './validate-write-appraisal';

export type ObjectionWindow = {
  /** The civil date the appraisal became final. */
  finalDay: string;
  /** The last day on which an objection is accepted. */
  lastDay: string;
  /** Whole days left after today (0 on the last day); negative once closed. */
  daysLeft: number;
  open: boolean;
};

/** The objection window of an appraisal finalised at `finalizedAt`, seen at `now` (epoch ms). */
export function objectionWindow(
  finalizedAt: string,
  now: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): ObjectionWindow {
  const finalDay = civilDate(Date.parse(finalizedAt), timeZone);
  const lastDay = addDays(finalDay, OBJECTION_WINDOW_DAYS);
  const daysLeft = daysBetween(civilDate(now, timeZone), lastDay);
  return { finalDay, lastDay, daysLeft, open: daysLeft >= 0 };
}
