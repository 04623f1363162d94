/**
 * The rows of the day an entry was just saved on, handed to the list the form opens next: the
 * list's first render shows them (with the new entry), instead of a skeleton until its live query
 * first answers, which queues behind the IndexedDB work a save sets off (the feed projecting it
 * again, the push, the drafts). The live query takes over once it answers. They are the day as
 * the form shows it with the saved entry's row as the save projected it, with no read at all;
 * only without those are they read from the read model.
 *
 * Held in memory for the one navigation that follows the save: the next list of the same read
 * model (so the same person on this device) takes them or drops them, and rows older than
 * HANDOFF_FRESH_MS are never shown (a list opened later reads for itself).
 */
import type { ActivityRow, ReadModel } from '../../data/read-model';
import { activitiesInRange, byDateAndTime } from '../../data/queries/activity-queries';

/** How long the form waits for the day's rows before it opens the list without them. */
export const HANDOFF_WAIT_MS = 300;
/** How long handed rows may wait for their list. */
const HANDOFF_FRESH_MS = 2_000;

type Handed = { rm: ReadModel; nip: string; date: string; rows: ActivityRow[]; at: number };
let handed: Handed | null = null;

/** The saved entry's row as projected, and the day's entries the form showed (of its date). */
export type SavedDay = { saved: ActivityRow | undefined; day: readonly ActivityRow[] | undefined };

/**
 * Hands `nip`'s entries of `date` to the list opened next: `known`'s day with its saved row when
 * both are there and of that day, else read. Resolves once they are handed, or after
 * HANDOFF_WAIT_MS without them (a busy database: the list then shows its skeleton until its own
 * query answers); never rejects.
 */
export function handOverDay(
  rm: ReadModel,
  nip: string,
  date: string,
  known?: SavedDay,
): Promise<void> {
  handed = null;
  const saved = known?.saved;
  if (known?.day && saved?.nip === nip && saved.date === date) {
    const rows = [...known.day.filter((r) => r.id !== saved.id), saved].sort(byDateAndTime);
    handed = { rm, nip, date, rows, at: Date.now() };
    return Promise.resolve();
  }
  const read = activitiesInRange(rm, nip, date, date).then(
    (rows) => {
      handed = { rm, nip, date, rows, at: Date.now() };
    },
    () => undefined,
  );
  return Promise.race([read, new Promise<void>((r) => setTimeout(r, HANDOFF_WAIT_MS))]);
}

/** The rows handed over for exactly this day's list, if any; whatever was handed is dropped. */
export function takeHandedDay(
  rm: ReadModel,
  nip: string,
  from: string,
  to: string,
): ActivityRow[] | undefined {
  const h = handed;
  handed = null;
  if (!h || h.rm !== rm || h.nip !== nip || h.date !== from || h.date !== to) return undefined;
  return Date.now() - h.at <= HANDOFF_FRESH_MS ? h.rows : undefined;
}
