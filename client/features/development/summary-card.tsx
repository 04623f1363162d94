/**
 * The top of "Pengembangan": the JP ring of the year and what is under way, the person's own next
 * step first (a report to send), each a link to its record further down the page.
 */
import type { EnrolmentStatus } from '../../core/development-rules';
import type { JpProgress } from '../../core/jp';
import type { DevRecord } from '../../data/queries/development-queries';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { JpRing } from '../../ui/jp-ring';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { developmentMessages } from './development-messages';
import { jumpTo, recordAnchor } from './jump';

/** Under way, the person's next step first; a decided, seated or checked record is not. */
const UNDER_WAY: readonly EnrolmentStatus[] = [
  'confirmed',
  'rejected',
  'requested',
  'approved',
  'reported',
];

type Props = { year: number; progress: JpProgress; records: readonly DevRecord[] };

export function SummaryCard({ year, progress, records }: Props) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const underWay = records
    .filter((r) => UNDER_WAY.includes(r.status))
    .sort((a, b) => UNDER_WAY.indexOf(a.status) - UNDER_WAY.indexOf(b.status));
  const next = (status: EnrolmentStatus) =>
    status === 'confirmed'
      ? t('todoReport')
      : status === 'rejected'
        ? t('todoReportAgain')
        : dv.status(status);
  return (
    <Card title={t('jpTitle', { year: String(year) })}>
      <JpRing progress={progress} />
      <p className="muted">{t('jpExplain')}</p>
      {underWay.length > 0 && (
        <>
          <h3 className="dev-summary__title">{t('underWay')}</h3>
          <ul className="dev-summary">
            {underWay.map((r) => {
              const e = r.enrolment;
              const mine = r.status === 'confirmed' || r.status === 'rejected';
              return (
                <li key={e._id}>
                  <a
                    href={`#${recordAnchor(e.key)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      jumpTo(recordAnchor(e.key));
                    }}
                    translate="no"
                  >
                    {e.self?.title ?? r.training?.title ?? e.key}
                  </a>
                  {mine ? <strong>{next(r.status)}</strong> : <span>{next(r.status)}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}
