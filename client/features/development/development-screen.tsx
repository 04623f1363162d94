/**
 * "Pengembangan": the person's competency development of the year on their own device, short
 * enough for a phone: first the JP ring (verified against pending) with what is under way, then
 * what counted and what waits, the compact catalog to request from, self-directed learning behind
 * its button, the rencana pengembangan, and how JP are counted (folded).
 */
import { useState } from 'react';
import { useMyDevelopment } from '../../data/queries/development-staff-queries';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { useOnline } from '../../ui/use-online';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { CatalogSection } from './catalog-section';
import { developmentMessages } from './development-messages';
import { PlanSection } from './plan-section';
import { RecordsList } from './records-list';
import { RulesSection } from './rules-section';
import { SelfLearningForm } from './self-learning-form';
import { SummaryCard } from './summary-card';
import './development.css';

export function DevelopmentScreen() {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const format = useFormat();
  const online = useOnline();
  const ctx = useCommandContext();
  const today = format.today();
  const year = Number(today.slice(0, 4));
  const data = useMyDevelopment(ctx.user.nip, year);
  const [message, setMessage] = useState<string | null>(null);
  const say = (text: string) => setMessage(online ? text : `${text} ${t('savedOffline')}`);

  return (
    <>
      <h1>{t('title')}</h1>
      {data === undefined ? (
        <Skeleton lines={6} height="2.75rem" />
      ) : (
        <>
          <p className="muted">{t('intro', { target: dv.jp(data.progress.target) })}</p>
          {!online && <Banner tone="info">{t('offline')}</Banner>}
          <div aria-live="polite" role="status" className="dev-message">
            {message && <Banner tone="success">{message}</Banner>}
          </div>
          <div className="columns">
            <SummaryCard year={year} progress={data.progress} records={data.records} />
            <RecordsList
              records={data.records}
              progress={data.progress}
              rules={data.settings.rules}
              today={today}
              onMessage={say}
            />
            <CatalogSection
              catalog={data.catalog}
              records={data.records}
              weak={data.weak}
              plan={data.plan}
              year={year}
              onMessage={say}
            />
            <SelfLearningForm today={today} onMessage={say} />
            <PlanSection
              year={year}
              plan={data.plan}
              appraisal={data.appraisal}
              catalog={data.catalog}
              dialogs={data.dialogs}
              onMessage={say}
            />
            <RulesSection
              kind={data.kind}
              targets={data.settings.targets}
              rules={data.settings.rules}
            />
          </div>
        </>
      )}
    </>
  );
}
