/**
 * Submit a whole day at once: every own draft and returned entry of a date goes to the appraiser
 * (status submitted, next round), each through saveActivity and so through core's rules.
 */
import { activityStatus } from '../../core/activity-status';
import { verificationIdFor } from '../../core/ids';
import type { ActivityDoc, VerificationDoc } from '../../core/schemas/work';
import type { LocalDb } from '../local-db';
import { getDocs, type CommandContext } from './context';
import type { CommandResult } from './result';
import { saveActivity, type ActivityInput } from './save-activity';
import { command } from './in-flight';

/** The person's activities of one date, as stored, with their status. */
export async function ownActivitiesOn(
  db: LocalDb,
  nip: string,
  date: string,
): Promise<{ doc: ActivityDoc; status: ReturnType<typeof activityStatus> }[]> {
  const prefix = `activity:${nip}:${date}:`;
  const res = await db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
  const docs = res.rows.flatMap((r) => (r.doc ? [r.doc as unknown as ActivityDoc] : []));
  const vers = await getDocs(
    db,
    docs.map((d) => verificationIdFor(d._id) ?? ''),
  );
  return docs.map((doc) => {
    const ver = vers.get(verificationIdFor(doc._id) ?? '') as unknown as
      VerificationDoc | undefined;
    return { doc, status: activityStatus(doc, ver) };
  });
}

/** The work fields of a stored activity as a new command input (without its id and photos). */
export function inputOf(doc: ActivityDoc, submit: boolean): ActivityInput {
  return {
    date: doc.date,
    start: doc.start,
    end: doc.end,
    kegiatan: doc.kegiatan,
    uraian: doc.uraian,
    rhkId: doc.rhkId,
    ikiId: doc.ikiId,
    realisasi: doc.realisasi,
    satuan: doc.satuan,
    links: doc.links,
    location: doc.location,
    catalogCode: doc.catalogCode,
    submit,
  };
}

export type SubmitDayResult = { id: string; result: CommandResult }[];

/** Submits every draft or returned activity of the signed-in person on `date`. */
export const submitDay = command(async function submitDay(
  date: string,
  ctx: CommandContext,
): Promise<SubmitDayResult> {
  const own = await ownActivitiesOn(ctx.db, ctx.user.nip, date);
  const out: SubmitDayResult = [];
  for (const { doc, status } of own) {
    if (status !== 'draft' && status !== 'returned') continue;
    const input = { ...inputOf(doc, true), id: doc._id };
    out.push({ id: doc._id, result: await saveActivity(input, ctx) });
  }
  return out;
});
