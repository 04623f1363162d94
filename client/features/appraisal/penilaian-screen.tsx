/**
 * /penilaian for heads: the team overview, one report's appraisal (`/penilaian/{nip}/{period}`),
 * its evaluation document (`…/dokumen`), and objections to decide (`/penilaian/keberatan/…`).
 * SKP approvals (`/penilaian/skp/…`) are the SKP feature's own route.
 */
import { lazy, Suspense } from 'react';
import { isNip } from '../../core/ids';
import { useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { AppraisalEditor } from './appraisal-editor';
import { TeamOverview } from './team-overview';

const EvaluationDocument = lazy(async () => ({
  default: (await import('./evaluation-document')).EvaluationDocument,
}));
const ObjectionDecisionScreen = lazy(async () => ({
  default: (await import('./objection-decision-screen')).ObjectionDecisionScreen,
}));

export function PenilaianScreen() {
  const { pathname } = useLocation();
  const parts = pathname.split('/').filter(Boolean).slice(1);
  const [a, b, c] = parts;
  let screen = <TeamOverview />;
  if (a === 'keberatan' && b && c && isNip(b)) {
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
