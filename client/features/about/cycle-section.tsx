/** The cycle of a year, step by step, with this year's periods as the Pengelola opened them. */
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { aboutMessages } from './about-messages';
import { Basis } from './basis';
import type { AboutFacts } from './use-about-facts';

const STEPS = [
  ['stepSkp', 'stepSkpBody'],
  ['stepLogs', 'stepLogsBody'],
  ['stepFeedback', 'stepFeedbackBody'],
  ['stepAppraisal', 'stepAppraisalBody'],
  ['stepDialog', 'stepDialogBody'],
] as const;

function Periods({ facts }: { facts: AboutFacts }) {
  const t = useT(aboutMessages);
  const format = useFormat();
  return (
    <>
      <h3>{t('periodsTitle', { year: String(facts.year) })}</h3>
      {facts.periods.length === 0 ? (
        <p className="muted">{t('periodsNone')}</p>
      ) : (
        <ul className="about-periods">
          {facts.periods.map((p) => (
            <li key={p.periodId} aria-current={p.periodId === facts.currentPeriodId || undefined}>
              <strong>{format.period(p)}</strong>{' '}
              {p.periodId === facts.currentPeriodId ? (
                <Chip tone="info">{t('periodCurrent')}</Chip>
              ) : (
                <Chip tone={p.status === 'open' ? 'success' : 'neutral'}>
                  {t(p.status === 'open' ? 'periodOpen' : 'periodClosed')}
                </Chip>
              )}
              <span className="about-periods__dates muted">
                {t('periodRange', { start: format.date(p.start), end: format.date(p.end) })}
                {p.submitBy && ` · ${t('periodSubmitBy', { date: format.date(p.submitBy) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CycleSection({ facts }: { facts: AboutFacts | undefined }) {
  const t = useT(aboutMessages);
  return (
    <Card title={t('cycleTitle')} id="siklus">
      <ol className="about-steps">
        {STEPS.map(([title, body]) => (
          <li key={title}>
            <strong>{t(title)}</strong>
            <p>{t(body)}</p>
          </li>
        ))}
      </ol>
      <Basis
        cites={[
          { law: 'permenpanrb-6-2022', article: '5' },
          { law: 'permenpanrb-6-2022', article: '3' },
        ]}
      />
      {facts === undefined ? <Skeleton lines={3} /> : <Periods facts={facts} />}
    </Card>
  );
}
