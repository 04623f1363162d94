/**
 * /kinerja: the employee's own performance. The overview, the self-assessment of a period
 * (`/kinerja/mandiri/{period}`), "Rapor saya" (`/kinerja/rapor/{period}`) and the evaluation
 * document (`/kinerja/dokumen/{period}`). The SKP lives under `/kinerja/skp` (the SKP feature).
 */
import { lazy, Suspense } from 'react';
import { useSessionStore } from '../../data/session-store';
import { useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { PerformanceOverview } from './my-appraisals-overview';

const RaporScreen = lazy(async () => ({
  default: (await import('./rapor/rapor-screen')).RaporScreen,
}));
const SelfAssessmentScreen = lazy(async () => ({
  default: (await import('./self-assessment/self-assessment-screen')).SelfAssessmentScreen,
}));
const EvaluationDocument = lazy(async () => ({
  default: (await import('./document/evaluation-document')).EvaluationDocument,
}));

export function PerformanceScreen() {
  const { pathname } = useLocation();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const [view, periodId] = pathname.split('/').filter(Boolean).slice(1);
  let screen = <PerformanceOverview />;
  if (periodId && view === 'rapor') screen = <RaporScreen nip={nip} periodId={periodId} />;
  else if (periodId && view === 'mandiri')
    screen = <SelfAssessmentScreen nip={nip} periodId={periodId} />;
  else if (periodId && view === 'dokumen')
    screen = <EvaluationDocument nip={nip} periodId={periodId} />;
  return <Suspense fallback={<Skeleton lines={6} height="2rem" announce />}>{screen}</Suspense>;
}
