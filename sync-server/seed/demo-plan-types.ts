/**
 * The shape of the demo plans: what a post plans for the year (RHK with IKI) and the task
 * templates its holder logs from. Apart from demo-plans.ts so that the plan tables
 * (demo-plans-pemerintahan.ts, demo-plans-sekolah.ts) and the module that picks from them do not
 * import each other.
 */
import type { BerakhlakValue, IkiAspect } from '../../client/core/vocabulary';

export type IkiPlan = {
  id: string;
  aspect: IkiAspect;
  text: string;
  target: number;
  satuan: string;
};

export type RhkPlan = {
  id: string;
  kind: 'utama' | 'tambahan';
  text: string;
  parentRhkId: string | null;
  iki: IkiPlan[];
};

export type TaskPlan = {
  catalogCode: string | null;
  rhkId: string;
  ikiId: string;
  kegiatan: readonly string[];
  uraian: readonly string[];
  satuan: string;
  realisasi: readonly [number, number];
  /** Duration: a range in minutes, or minutes per unit of realisasi (a jam pelajaran is 35). */
  minutes: readonly [number, number] | { perUnit: number };
  /** Relative frequency among the non-daily tasks. */
  weight: number;
  /** Done every working day, up to `perDay` entries. */
  daily?: { perDay: number };
  /** Field work: the entry carries a location near the unit. */
  withLocation?: boolean;
  /** What the superior writes when returning such an entry. */
  returnNote: string;
};

export type JobPlan = {
  rhk: RhkPlan[];
  tasks: TaskPlan[];
  /** Ekspektasi khusus pimpinan that the superior writes when approving this SKP. */
  expectations: Partial<Record<BerakhlakValue, string>>;
};

export type PlanContext = { kelas: string; kelurahan: string; unitName: string };
