/**
 * The clock of tests against a live server and a real browser. Activities may not end later than
 * the writer's clock (core's isFutureEntry), and the tests log "today" at office hours; so the
 * live server, the test devices and the pages run on the real clock moved forward to 22:00 WIB
 * of the real day when it is earlier. The civil date stays the real one; time runs at its real
 * pace. Without this, a suite run at 06:00 WIB would be refused its 08:00 entries.
 */
import { civilDate, DEFAULT_TIME_ZONE } from '../dates';

/** The time of day tests run at, at the earliest: 22:00 in WIB. */
const LATE_MS = 22 * 60 * 60_000;

/** How far the test clock is ahead of the real one (0 after 22:00 WIB). */
export function offsetToLate(realNow: number): number {
  const midnight = Date.parse(`${civilDate(realNow, DEFAULT_TIME_ZONE)}T00:00:00+07:00`);
  return Math.max(0, midnight + LATE_MS - realNow);
}

/** Fixed for the life of the test process, so that its time runs on without jumps. */
export const TEST_CLOCK_OFFSET_MS = offsetToLate(Date.now());

/** Now on the test clock, epoch ms. */
export function testNow(): number {
  return Date.now() + TEST_CLOCK_OFFSET_MS;
}
