/**
 * The rows of the day an entry was just saved on, read from the read model right after the save
 * and handed to the list the form opens next: the list's first render shows them (with the new
 * entry), instead of a skeleton until its live query first answers, which queues behind the
 * IndexedDB work a save sets off (the feed projecting it again, the push, the drafts). The live
 * query takes over once it answers. Held in memory for one navigation: the next list takes or
 * drops it.
 */
import type { ActivityRow } from '../../data/read-model';
import { activitiesInRange } from '../../data/queries/activity-queries';
import type { ReadModel } from '../../data/read-model';

let handed: { nip: string; date: string; rows: ActivityRow[] } | null = null;

/** Reads `nip`'s entries of `date` for the list opened next. */
export async function handOverDay(rm: ReadModel, nip: string, date: string): Promise<void> {
  handed = { nip, date, rows: await activitiesInRange(rm, nip, date, date) };
}

/** The rows handed over for exactly this day's list, if any; whatever was handed is dropped. */
export function takeHandedDay(nip: string, from: string, to: string): ActivityRow[] | undefined {
  const h = handed;
  handed = null;
  return h && h.nip === nip && h.date === from && h.date === to ? h.rows : undefined;
}
