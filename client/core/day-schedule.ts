/**
 * A person's entries of one day sorted by start time, for the overlap rule over a whole push: a
 * push brings many entries of one day, and comparing each with every entry of its day is
 * quadratic (a day of 180 entries, the bench's worst case). The schedule is built once per loaded
 * day (WriteContext.underPrefixes), kept current as the batch accepts entries (noteScheduled,
 * from noteAccepted), and answers "does this range overlap another entry" in about log n steps.
 * It only says whether; which entries overlap (the refusal's reason) is still listed by
 * overlappingEntries, so a refusal reads exactly as before.
 */
import { minutesOfDay } from './dates';

type Loaded = ReadonlyMap<string, unknown>;
type Slot = { id: string; start: number; end: number };

export class DaySchedule {
  /** Entries with well-formed times, by start (then end); `maxEnd[i]` is the latest end of 0..i. */
  private slots: Slot[] = [];
  private maxEnd: number[] = [];
  /** The size of the day's map when last followed: a change not made through noteScheduled shows. */
  mapSize = 0;

  static of(day: Loaded): DaySchedule {
    const schedule = new DaySchedule();
    for (const [id, doc] of day) {
      const slot = slotOf(id, doc);
      if (slot) schedule.slots.push(slot);
    }
    schedule.slots.sort((a, b) => a.start - b.start || a.end - b.end);
    schedule.mapSize = day.size;
    schedule.refreshFrom(0);
    return schedule;
  }

  /** An independent copy (its slots are never changed in place, only replaced). */
  clone(): DaySchedule {
    const copy = new DaySchedule();
    copy.slots = this.slots.slice();
    copy.maxEnd = this.maxEnd.slice();
    copy.mapSize = this.mapSize;
    return copy;
  }

  /** Puts a document's current revision in place of its earlier one (a deletion takes it out). */
  set(id: string, doc: unknown): void {
    const old = this.slots.findIndex((s) => s.id === id);
    let from = this.slots.length;
    if (old >= 0) {
      this.slots.splice(old, 1);
      from = old;
    }
    const slot = slotOf(id, doc);
    if (slot) {
      const at = this.firstStartingAtOrAfter(slot.start, slot.end);
      this.slots.splice(at, 0, slot);
      from = Math.min(from, at);
    }
    this.refreshFrom(from);
  }

  /** True when another entry of the day shares a minute with `start`–`end` (touching does not). */
  overlaps(id: string, start: string, end: string): boolean {
    const s = minutesOfDay(start);
    const e = minutesOfDay(end);
    if (Number.isNaN(s) || Number.isNaN(e)) return false;
    // Only entries starting before `e` can overlap; walk back while any of them ends after `s`.
    for (let i = this.firstStartingAtOrAfter(e, -1) - 1; i >= 0; i--) {
      if ((this.maxEnd[i] ?? -1) <= s) return false;
      const slot = this.slots[i];
      if (slot && slot.end > s && slot.id !== id) return true;
    }
    return false;
  }

  /** The first position whose slot starts after `start`, or at `start` ending at `end` or later. */
  private firstStartingAtOrAfter(start: number, end: number): number {
    let lo = 0;
    let hi = this.slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const slot = this.slots[mid] as Slot;
      if (slot.start < start || (slot.start === start && slot.end < end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private refreshFrom(from: number): void {
    this.maxEnd.length = this.slots.length;
    let max = from > 0 ? (this.maxEnd[from - 1] ?? -1) : -1;
    for (let i = from; i < this.slots.length; i++) {
      max = Math.max(max, (this.slots[i] as Slot).end);
      this.maxEnd[i] = max;
    }
  }
}

/** A live entry's times in minutes; none for a deletion or times that are not `HH:mm`. */
function slotOf(id: string, doc: unknown): Slot | null {
  const d = doc as { _deleted?: boolean; start?: unknown; end?: unknown } | null;
  if (d === null || d._deleted || typeof d.start !== 'string' || typeof d.end !== 'string')
    return null;
  const start = minutesOfDay(d.start);
  const end = minutesOfDay(d.end);
  // A time that is not HH:mm (NaN) overlaps nothing, as overlappingEntries compares it.
  return Number.isNaN(start) || Number.isNaN(end) ? null : { id, start, end };
}

const schedules = new WeakMap<Loaded, DaySchedule>();

/** The schedule of a loaded day, built at its first question. */
export function scheduleOf(day: Loaded): DaySchedule {
  let schedule = schedules.get(day);
  if (!schedule || schedule.mapSize !== day.size) {
    schedule = DaySchedule.of(day);
    schedules.set(day, schedule);
  }
  return schedule;
}

/** A loaded day took a document's new revision (noteAccepted): its schedule, if built, follows. */
export function noteScheduled(day: Loaded, id: string, doc: unknown): void {
  const schedule = schedules.get(day);
  if (!schedule) return;
  schedule.set(id, doc);
  schedule.mapSize = day.size;
}

/**
 * A copy of a loaded day for one batch to change (noteAccepted), with a copy of the day's
 * schedule: a day kept across batches and kept current through noteScheduled has its schedule
 * built once, not once per batch.
 */
export function copyDay<T>(day: ReadonlyMap<string, T>): Map<string, T> {
  const copy = new Map(day);
  schedules.set(copy, scheduleOf(day).clone());
  return copy;
}
