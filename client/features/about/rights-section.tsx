/**
 * The employee's rights: self-assessment, a reason for every rating, objection within core's
 * window (with the person's own open window, if any), and the atasan's final decision.
 */
import { OBJECTION_WINDOW_DAYS } from '../../core/validate-write-appraisal';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { aboutRulesMessages } from './about-rules-messages';
import { Basis } from './basis';
import type { LastResult } from './use-about-facts';

/** Where the person stands with their last final appraisal: answered, or the last day to. */
function YourAnswer({ result }: { result: LastResult }) {
  const t = useT(aboutRulesMessages);
  const format = useFormat();
  const period = result.period ? format.period(result.period) : result.periodId;
  if (result.answer === 'accept') return <p>{t('rightObjectAccepted', { period })}</p>;
  if (result.answer === 'object') return <p>{t('rightObjectObjected', { period })}</p>;
  if (!result.objectionUntil) return null;
  return (
    <p>{t('rightObjectOpen', { period, date: format.date(result.objectionUntil, 'long') })}</p>
  );
}

export function RightsSection({ lastResult }: { lastResult: LastResult | null }) {
  const t = useT(aboutRulesMessages);
  return (
    <Card title={t('rightsTitle')} id="hak">
      <dl className="about-terms">
        <dt>{t('rightSelf')}</dt>
        <dd>{t('rightSelfBody')}</dd>
        <dt>{t('rightReason')}</dt>
        <dd>
          {t('rightReasonBody')}
          <Basis cites={[{ law: 'permenpanrb-6-2022' }]} />
        </dd>
        <dt>{t('rightObject')}</dt>
        <dd>
          {t('rightObjectBody', { days: OBJECTION_WINDOW_DAYS })}
          {lastResult && <YourAnswer result={lastResult} />}
          <Basis cites={[{ law: 'pp-30-2019', article: '59' }]} />
        </dd>
        <dt>{t('rightDecision')}</dt>
        <dd>
          {t('rightDecisionBody')}
          <Basis cites={[{ law: 'pp-30-2019', article: '59' }]} />
        </dd>
      </dl>
    </Card>
  );
}
