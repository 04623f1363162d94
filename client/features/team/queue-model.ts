/** The verification queue's shape and movement, as pure functions over the queue's entries. */
import type { ActivityRow } from '../../data/read-model';

export type QueueDay = { date: string; entries: ActivityRow[] };
export type QueuePerson = { nip: string; name: string; count: number; days: QueueDay[] };

/** Entries (already ordered by person, date and time) grouped by person, then by date. */
export function groupQueue(
  entries: readonly ActivityRow[],
  names: ReadonlyMap<string, string>,
): QueuePerson[] {
  const people: QueuePerson[] = [];
  for (const entry of entries) {
    let person = people[people.length - 1];
    if (person?.nip !== entry.nip) {
      person = { nip: entry.nip, name: names.get(entry.nip) ?? entry.nip, count: 0, days: [] };
      people.push(person);
    }
    let day = person.days[person.days.length - 1];
    if (day?.date !== entry.date) {
      day = { date: entry.date, entries: [] };
      person.days.push(day);
    }
    day.entries.push(entry);
    person.count += 1;
  }
  return people;
}

/** The entry after (+1) or before (-1) the current one; the first entry when none is current. */
export function neighbour(
  entries: readonly ActivityRow[],
  currentId: string | null,
  direction: 1 | -1,
): string | null {
  if (entries.length === 0) return null;
  const index = currentId === null ? -1 : entries.findIndex((e) => e.id === currentId);
  if (index < 0) return entries[0]?.id ?? null;
  const next = Math.min(entries.length - 1, Math.max(0, index + direction));
  return entries[next]?.id ?? null;
}

/** Where to go once `decided` leave the queue: the next undecided entry after the current one, else the one before. */
export function nextAfterDecision(
  entries: readonly ActivityRow[],
  currentId: string | null,
  decided: readonly string[],
): string | null {
  const gone = new Set(decided);
  const index = Math.max(
    0,
    entries.findIndex((e) => e.id === currentId),
  );
  const after = entries.slice(index).find((e) => !gone.has(e.id));
  const before = entries
    .slice(0, index)
    .reverse()
    .find((e) => !gone.has(e.id));
  return (after ?? before)?.id ?? null;
}

/** Toggles ids in a selection: all of them on when any is off, else all off. */
export function toggleAll(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(selected);
  const allOn = ids.every((id) => next.has(id));
  for (const id of ids) {
    if (allOn) next.delete(id);
    else next.add(id);
  }
  return next;
}
