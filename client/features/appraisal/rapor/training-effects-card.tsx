/**
 * "Apakah pengembangan membantu?": for each area that a verified catalog activity addressed since
 * the previous final appraisal, the rating there before and now.
 */
import { useRaporEffects } from '../../../data/queries/development-staff-queries';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { trainingEffectsMessages } from './training-effects-messages';

export function TrainingEffectsCard({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(trainingEffectsMessages);
  const vocab = useAppraisalVocabulary();
  const data = useRaporEffects(nip, periodId);
  if (!data) return null;
  return (
    <Card title={t('title')}>
      {!data.hasBefore && <p className="muted">{t('noBefore')}</p>}
      <ul className="link-list">
        {data.effects.map((e) => (
          <li key={e.area}>
            <strong>{vocab.area(e.area)}</strong>
            <p>
              {t('beforeAfter', {
                before: e.before ? vocab.rating(e.before) : t('noRating'),
                after: e.after ? vocab.rating(e.after) : t('noRating'),
              })}
              {e.change && <> · {t(`change.${e.change}`)}</>}
            </p>
            <p className="muted">
              {t('from', {
                titles: e.trainings.map((id) => data.titles.get(id) ?? id).join(', '),
              })}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
