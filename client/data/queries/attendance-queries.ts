/**
 * A person's attendance on this device: the months imported by the Pengelola with the corrections
 * applied to them (core/attendance.ts makes the days that count of the two).
 */
import { attendanceMonth, type AttendanceMonth } from '../../core/attendance';
import { correctionStatus, type CorrectionStatus } from '../../core/attendance-rules';
import { ids } from '../../core/ids';
import type {
  AttendanceAppliedDoc,
  AttendanceCorrectionDoc,
  AttendanceDecisionDoc,
  AttendanceDoc,
  TppSettings,
} from '../../core/schemas/attendance';
import type { SettingDoc } from '../../core/schemas/reference';
import { tppSettingsOf } from '../../core/tpp';
import type { ReadModel } from '../read-model';

async function docsOfType<T>(rm: ReadModel, type: string, nip: string): Promise<T[]> {
  const rows = await rm.docs.where('[type+ownerNip]').equals([type, nip]).toArray();
  // A row keeps the document without its CouchDB fields: its id comes back from the row.
  return rows.map((r) => ({ ...r.doc, _id: r.id }) as T);
}

/** The imported months of a person from `from` to `to` (`yyyy-mm`, both included), oldest first. */
export async function attendanceMonthsOf(
  rm: ReadModel,
  nip: string,
  from: string,
  to: string,
): Promise<AttendanceMonth[]> {
  const [months, applied, { attendanceSchema }] = await Promise.all([
    docsOfType<AttendanceDoc>(rm, 'attendance', nip),
    docsOfType<AttendanceAppliedDoc>(rm, 'attendance-applied', nip),
    // Loaded here, not with the module: Beranda's three aspects card reads these months, and a
    // static import put zod and the schemas (26 kB gzip) on the first screen. This runs inside
    // live queries: the import stays in this Promise.all (Dexie's own in its zone), or is wrapped
    // in Promise.resolve. Awaited bare, a native promise loses the zone, and reads after it would
    // not be observed (shown in Chromium under the dev server, where Vite does not wrap imports).
    import('../../core/schemas/attendance'),
  ]);
  return (
    months
      // A month stored before the daily layout (a summary of counts) is left out, never misread.
      .filter((m) => m.month >= from && m.month <= to && attendanceSchema.safeParse(m).success)
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((m) => attendanceMonth(m, applied))
  );
}

/** A correction request with the head's decision and the Pengelola's application, and its status. */
export type CorrectionRecord = {
  request: AttendanceCorrectionDoc;
  /** The decision on this version of the request (a decision of an older version is left out). */
  decision: AttendanceDecisionDoc | null;
  applied: AttendanceAppliedDoc | null;
  status: CorrectionStatus;
};

/**
 * The correction requests on this device (of `nips` when given), each with its decision and
 * application, newest request first. A Pengelola's device holds those of the units they keep.
 */
export async function correctionRecords(
  rm: ReadModel,
  nips?: readonly string[],
): Promise<CorrectionRecord[]> {
  const types = ['attendance-correction', 'attendance-decision', 'attendance-applied'] as const;
  const rows =
    nips === undefined
      ? await rm.docs.where('type').anyOf(types).toArray()
      : await rm.docs
          .where('[type+ownerNip]')
          .anyOf(types.flatMap((t) => nips.map((n) => [t, n] as [string, string])))
          .toArray();
  const byId = new Map(rows.map((r) => [r.id, { ...r.doc, _id: r.id }]));
  return rows
    .filter((r) => r.type === 'attendance-correction')
    .map((r) => {
      const request = byId.get(r.id) as unknown as AttendanceCorrectionDoc;
      const found = (id: string) => byId.get(id) as unknown;
      const decided = found(ids.attendanceDecision(request.nip, request.date)) as
        AttendanceDecisionDoc | undefined;
      const applied =
        (found(ids.attendanceApplied(request.nip, request.date)) as AttendanceAppliedDoc) ?? null;
      const decision = decided?.requestedAt === request.requestedAt ? decided : null;
      return { request, decision, applied, status: correctionStatus(request, decision, applied) };
    })
    .sort((a, b) => b.request.requestedAt.localeCompare(a.request.requestedAt));
}

/** The TPP rules in force on this device (the Pengelola's settings, else the common defaults). */
export async function tppSettings(rm: ReadModel): Promise<TppSettings> {
  const row = await rm.docs.get(ids.setting('kinerja'));
  return tppSettingsOf(row?.doc as SettingDoc | undefined);
}
