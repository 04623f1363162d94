/**
 * /penilaian for heads: the team overview, one report's appraisal (`/penilaian/{nip}/{period}`),
 * its evaluation document (`…/dokumen`), objections to decide (`/penilaian/keberatan/…`) and,
 * for an Atasan Pejabat Penilai, the calibration of the appraisers under them (`/penilaian/kalibrasi`).
 * SKP approvals (`/penilaian/skp/…`) are the SKP feature's own route.
 */
import { lazy, Suspense } from 'react';
import { isNip } from '../../core/ids';
import { useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { AppraisalEditor } from './appraise/appraisal-editor';
import { TeamOverview } from './team-appraisals-overview';

const EvaluationDocument = lazy(async () => ({
  default: (await import('./document/evaluation-document')).EvaluationDocument,
}));
const CalibrationScreen = lazy(async () => ({
  default: (await import('./calibration/calibration-screen')).CalibrationScreen,
}));
const ObjectionDecisionScreen = lazy(async () => ({
  default: (await import('./objection/objection-decision-screen')).ObjectionDecisionScreen,
}));

export function PenilaianScreen() {
  const { pathname } = useLocation();
  const parts = pathname.split('/').filter(Boolean).slice(1);
  const [a, b, c] = parts;
  let screen = <TeamOverview />;
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
