/**
 * Training recommendations: the catalog's trainings for the weak areas (rated Di Bawah) first,
 * marked as suggested; the appraiser picks which go into the appraisal.
 */
import type { AppraisalBody } from '../../../core/appraisal-draft';
import { recommendTrainings, weakAreas } from '../../../core/recommendations';
import type { TrainingRow } from '../../../data/read-model';
import { Checkbox } from '../../../ui/checkbox';
import { useT } from '../../../ui/i18n';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';

type Props = {
  doc: AppraisalBody;
  trainings: readonly TrainingRow[];
  onChange: (trainingIds: string[]) => void;
  readOnly: boolean;
};

export function TrainingPanel({ doc, trainings, onChange, readOnly }: Props) {
  const t = useT(appraiseMessages);
  const vocab = useAppraisalVocabulary();
  const areas = weakAreas(doc);
  const suggested = recommendTrainings(areas, trainings, 5);
  const chosen = doc.recommendations;
  const order = (x: TrainingRow) => {
    const i = suggested.indexOf(x.trainingId);
    return chosen.includes(x.trainingId) ? -1 : i < 0 ? 99 : i;
  };
  const shown = [...trainings].sort((a, b) => order(a) - order(b)).slice(0, 6);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <section className="trainings" aria-labelledby="trainings-heading">
      <h2 id="trainings-heading">{t('trainingsTitle')}</h2>
      <p className="muted">
        {areas.length === 0
          ? t('noWeakAreas')
          : t('weakAreas', { areas: areas.map(vocab.area).join(', ') })}
      </p>
      <ul className="trainings__list">
        {shown.map((tr) => (
          <li key={tr.trainingId}>
            <Checkbox
              label={tr.title}
              hint={[
                suggested.includes(tr.trainingId) ? t('suggested') : null,
                t('trainingFacts', { hours: tr.jp, mode: tr.mode }),
                tr.focus.map(vocab.area).join(', '),
              ]
                .filter(Boolean)
                .join(' · ')}
              checked={chosen.includes(tr.trainingId)}
              disabled={readOnly}
              onChange={(e) => toggle(tr.trainingId, e.currentTarget.checked)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
