/**
 * What stands after an objection (PP 30/2019 Pasal 59): the decision's ratings where it changed
 * them, else the appraisal's. The Rapor, the document and the decision notice read them here, so
 * a decision that changed a rating but not the predikat never reads as a changed predikat.
 */
import type { ObjectionDecisionDoc } from '../../../core/schemas/appraisal';
import type { Predikat, Rating } from '../../../core/vocabulary';
import type { AppraisalRow } from '../../../data/read-model';

export type DecidedRatings = {
  hasilKerja: Rating | null;
  perilaku: Rating | null;
  predikat: Predikat | null;
  /** The appraisal's own ratings, before the decision. */
  before: { hasilKerja: Rating | null; perilaku: Rating | null; predikat: Predikat | null };
  /** How the decision reads: no decision, upheld, ratings changed with the same predikat, or a new predikat. */
  change: 'none' | 'upheld' | 'ratings' | 'predikat';
};

type Decision = Pick<ObjectionDecisionDoc, 'outcome' | 'hasilKerja' | 'perilaku' | 'predikat'>;

/** The ratings that stand for `appraisal` after `decision` (if any). */
export function decidedRatings(
  appraisal: Pick<AppraisalRow, 'hasilKerja' | 'perilakuOverall' | 'predikat'>,
  decision: Decision | null,
): DecidedRatings {
  const before = {
    hasilKerja: appraisal.hasilKerja.rating,
    perilaku: appraisal.perilakuOverall.rating,
    predikat: appraisal.predikat,
  };
  if (!decision) return { ...before, before, change: 'none' };
  if (decision.outcome === 'upheld')
    return { ...before, predikat: decision.predikat, before, change: 'upheld' };
  return {
    hasilKerja: decision.hasilKerja,
    perilaku: decision.perilaku,
    predikat: decision.predikat,
    before,
    change: decision.predikat === before.predikat ? 'ratings' : 'predikat',
  };
}
