/**
 * The Pengelola's side of competency development over the Dexie read model: the queue of records
 * waiting for them (a seat to confirm after the head's approval, a completion to verify) in the
 * units they keep, and who is below this year's JP target, unit by unit. Records come from
 * development-queries.ts and JP from core/jp.ts through `jpProgressFor`: on a Pengelola's device
 * that counts the verified and pending records only, since the coaching heads record lives in
 * feedback the Pengelola does not receive.
 */
import { keepsUnit } from '../../core/org-scope';
import type { User } from '../../core/org-chart';
import { reachedTarget, type JpProgress } from '../../core/jp';
import type { ReadModel } from '../read-model';
import { developmentRecords, jpProgressFor, type DevRecord } from './development-queries';

/** One record waiting for the Pengelola, with whom it is of and the class's seats. */
export type QueueEntry = {
  record: DevRecord;
  name: string;
  unitName: string;
  /** Seats confirmed for the same catalog activity (records on this device). */
  seatsTaken: number;
  /** Seats on offer; null: no limit, or self-directed learning. */
  seatsOffered: number | null;
};

export type DevelopmentQueue = {
  /** Approved by the head, waiting for Konfirmasi kursi or Kuota penuh; oldest first. */
  seats: QueueEntry[];
  /** Completions reported, waiting for Verifikasi or Kembalikan; oldest report first. */
  checks: QueueEntry[];
};

/** The records waiting for `user` in the units they keep. */
export async function developmentQueue(rm: ReadModel, user: User): Promise<DevelopmentQueue> {
  const [byNip, employees, units] = await Promise.all([
    developmentRecords(rm),
    rm.employees.toArray(),
    rm.units.toArray(),
  ]);
  const unitMap = new Map(units.map((u) => [u.unitId, u]));
  const nameOf = new Map(employees.map((e) => [e.nip, e.name]));
  const all = [...byNip.values()].flat();
  const taken = new Map<string, number>();
  for (const r of all) {
    const t = r.enrolment.trainingId;
    if (t !== null && r.admin?.seat?.status === 'confirmed' && r.enrolment.withdrawnAt === null)
      taken.set(t, (taken.get(t) ?? 0) + 1);
  }
  const entry = (record: DevRecord): QueueEntry => ({
    record,
    name: nameOf.get(record.enrolment.nip) ?? record.enrolment.nip,
    unitName: unitMap.get(record.enrolment.unitId)?.name ?? record.enrolment.unitId,
    seatsTaken: record.enrolment.trainingId ? (taken.get(record.enrolment.trainingId) ?? 0) : 0,
    seatsOffered: record.training?.seats ?? null,
  });
  const kept = all.filter((r) => keepsUnit(user, unitMap, r.enrolment.unitId));
  return {
    seats: kept
      .filter((r) => r.status === 'approved')
      .sort((a, b) => (a.decision?.decidedAt ?? '').localeCompare(b.decision?.decidedAt ?? ''))
      .map(entry),
    checks: kept
      .filter((r) => r.status === 'reported')
      .sort((a, b) =>
        (a.enrolment.completion?.reportedAt ?? '').localeCompare(
          b.enrolment.completion?.reportedAt ?? '',
        ),
      )
      .map(entry),
  };
}

/** A person below the JP target, with what counts so far and what waits for verification. */
export type BelowTargetPerson = { nip: string; name: string; kind: string; progress: JpProgress };

/** A unit the Pengelola keeps: how many active people it has, and who of them is below target. */
export type UnitBelowTarget = {
  unitId: string;
  unitName: string;
  people: number;
  below: BelowTargetPerson[];
};

/**
 * For each unit `user` keeps with active people, who is below the JP target in `year` (verified
 * JP under the target of their ASN kind), by name; units by name.
 */
export async function belowTargetByUnit(
  rm: ReadModel,
  user: User,
  year: number,
): Promise<UnitBelowTarget[]> {
  const [employees, units] = await Promise.all([rm.employees.toArray(), rm.units.toArray()]);
  const unitMap = new Map(units.map((u) => [u.unitId, u]));
  const people = employees.filter((e) => e.active && keepsUnit(user, unitMap, e.unitId));
  const progress = await jpProgressFor(
    rm,
    people.map((p) => p.nip),
    year,
  );
  const out = new Map<string, UnitBelowTarget>();
  for (const p of people) {
    const unit = out.get(p.unitId) ?? {
      unitId: p.unitId,
      unitName: unitMap.get(p.unitId)?.name ?? p.unitId,
      people: 0,
      below: [],
    };
    unit.people += 1;
    const jp = progress.get(p.nip);
    if (jp && !reachedTarget(jp))
      unit.below.push({ nip: p.nip, name: p.name, kind: p.kind, progress: jp });
    out.set(p.unitId, unit);
  }
  const sorted = [...out.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'id'));
  for (const u of sorted) u.below.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return sorted;
}
