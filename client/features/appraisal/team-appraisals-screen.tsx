/**
 * /penilaian for heads, the feature's other door: the team overview, one report's appraisal
 * (`/penilaian/{nip}/{period}`, appraise/), its evaluation document (`…/dokumen`, document/),
 * objections to decide (`/penilaian/keberatan/…`, objection/) and, for an Atasan Pejabat
 * Penilai, the calibration of the appraisers under them (`/penilaian/kalibrasi`, calibration/).
 * SKP approvals (`/penilaian/skp/…`) are the SKP feature's own route.
 */
import { lazy, Suspense } from 'react';
import { isNip } from '../../core/ids';
import { useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { AppraisalEditor } from './appraise/appraisal-editor';
import { TeamAppraisalsOverview } from './team-appraisals-overview';

const EvaluationDocument = lazy(async () => ({
  default: (await import('./document/evaluation-document')).EvaluationDocument,
}));
const CalibrationScreen = lazy(async () => ({
  default: (await import('./calibration/calibration-screen')).CalibrationScreen,
}));
const ObjectionDecisionScreen = lazy(async () => ({
  default: (await import('./objection/objection-decision-screen')).ObjectionDecisionScreen,
}));

export function TeamAppraisalsScreen() {
  const { pathname } = useLocation();
  const parts = pathname.split('/').filter(Boolean).slice(1);
  const [a, b, c] = parts;
  let screen = <TeamAppraisalsOverview />;
  if (a === 'kalibrasi') {
    screen = <CalibrationScreen />;
  } else if (a === 'keberatan' && b && c && isNip(b)) {
    screen = <ObjectionDecisionScreen nip={b} periodId={c} />;
  } else if (a && b && isNip(a)) {
    screen =
      c === 'dokumen' ? (
        <EvaluationDocument nip={a} periodId={b} />
      ) : (
        <AppraisalEditor key={`${a}:${b}`} nip={a} periodId={b} />
      );
  }
  return <Suspense fallback={<Skeleton lines={6} height="2rem" announce />}>{screen}</Suspense>;
}
