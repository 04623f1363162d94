/**
 * /kinerja: the signed-in employee's own appraisals, one of the feature's two doors (the head's
 * is team-appraisals-screen.tsx). The overview, the self-assessment of a period
 * (`/kinerja/mandiri/{period}`, self-assessment/), "Rapor saya" (`/kinerja/rapor/{period}`,
 * rapor/) and the evaluation document (`/kinerja/dokumen/{period}`, document/). The SKP lives
 * under `/kinerja/skp` (the SKP feature). Words of the domain: docs/glossary.md.
 */
import { lazy, Suspense } from 'react';
import { useSessionStore } from '../../data/session-store';
import { useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { MyAppraisalsOverview } from './my-appraisals-overview';

const RaporScreen = lazy(async () => ({
  default: (await import('./rapor/rapor-screen')).RaporScreen,
}));
const SelfAssessmentScreen = lazy(async () => ({
  default: (await import('./self-assessment/self-assessment-screen')).SelfAssessmentScreen,
}));
const EvaluationDocument = lazy(async () => ({
  default: (await import('./document/evaluation-document')).EvaluationDocument,
}));

export function MyAppraisalsScreen() {
  const { pathname } = useLocation();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const [view, periodId] = pathname.split('/').filter(Boolean).slice(1);
  let screen = <MyAppraisalsOverview />;
  if (periodId && view === 'rapor') screen = <RaporScreen nip={nip} periodId={periodId} />;
  else if (periodId && view === 'mandiri')
    screen = <SelfAssessmentScreen nip={nip} periodId={periodId} />;
  else if (periodId && view === 'dokumen')
    screen = <EvaluationDocument nip={nip} periodId={periodId} />;
  return <Suspense fallback={<Skeleton lines={6} height="2rem" announce />}>{screen}</Suspense>;
}
