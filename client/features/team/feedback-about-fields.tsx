/**
 * What a feedback is about: an RHK of the person's SKP, a BerAKHLAK value, some of their recent
 * activities and the evidence photos of the chosen ones (thumbnails come with the activity, so
 * they show offline).
 */
import { useState } from 'react';
import type { Rhk } from '../../core/schemas/work';
import { BERAKHLAK, type BerakhlakValue } from '../../core/vocabulary';
import type { ActivityRow } from '../../data/read-model';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Select } from '../../ui/select';
import { useVocabulary } from '../../ui/use-vocabulary';
import { feedbackFormMessages } from './feedback-form-messages';
import type { FormValues } from './feedback-form-model';

/** Activities listed before "show more". */
const SHOWN = 8;

type Props = {
  values: FormValues;
  rhk: readonly Rhk[];
  activities: readonly ActivityRow[];
  error: string | undefined;
  update: (fn: (prev: FormValues) => FormValues) => void;
};

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

export function FeedbackAboutFields({ values, rhk, activities, error, update }: Props) {
  const t = useT(feedbackFormMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const [all, setAll] = useState(false);
  // Chosen activities stay listed even beyond the first few.
  const shown = all
    ? activities
    : activities.filter((a, i) => i < SHOWN || values.activityIds.includes(a.id));
  const chosen = activities.filter((a) => values.activityIds.includes(a.id));
  return (
    <fieldset
      id="feedback-about"
      className="feedback-form__group"
      aria-describedby={error ? 'feedback-about-hint feedback-about-error' : 'feedback-about-hint'}
      tabIndex={-1}
    >
      <legend>{t('aboutLegend')}</legend>
      <p id="feedback-about-hint" className="field__hint">
        {t('aboutHint')}
      </p>
      <Select
        label={t('rhkLabel')}
        value={values.rhkId}
        options={[
          { value: '', label: t('rhkNone') },
          ...rhk.map((r) => ({ value: r.id, label: r.text, translate: false })),
        ]}
        onChange={(e) => {
          const rhkId = e.currentTarget.value;
          update((v) => ({ ...v, rhkId }));
        }}
      />
      <Select
        label={t('valueLabel')}
        value={values.value}
        options={[
          { value: '', label: t('valueNone') },
          ...BERAKHLAK.map((v) => ({ value: v, label: vocab.value(v) })),
        ]}
        onChange={(e) => {
          const value = e.currentTarget.value as BerakhlakValue | '';
          update((v) => ({ ...v, value }));
        }}
      />
      <fieldset className="feedback-form__choices">
        <legend>{t('activitiesLabel')}</legend>
        {activities.length === 0 && <p className="muted">{t('activitiesNone')}</p>}
        {shown.map((a) => (
          <Checkbox
            key={a.id}
            label={
              <>
                {format.date(a.date, 'short')} · <span translate="no">{a.kegiatan}</span>
              </>
            }
            checked={values.activityIds.includes(a.id)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              update((v) => ({ ...v, activityIds: toggle(v.activityIds, a.id, on) }));
            }}
          />
        ))}
        {shown.length < activities.length && (
          <Button variant="ghost" onClick={() => setAll(true)}>
            {t('showAllActivities', { count: activities.length - shown.length })}
          </Button>
        )}
      </fieldset>
      {chosen.some((a) => a.photos.length > 0) && (
        <fieldset className="feedback-form__choices">
          <legend>{t('photosLabel')}</legend>
          <ul className="feedback-photos">
            {chosen.flatMap((a) =>
              a.photos.map((p, i) => (
                <li key={p.id}>
                  <Checkbox
                    label={
                      <>
                        {p.thumb && <img src={p.thumb} alt="" />}
                        <span>
                          {t('photoOption', { n: i + 1, total: a.photos.length })} ·{' '}
                          <span translate="no">{a.kegiatan}</span>
                        </span>
                      </>
                    }
                    checked={values.photoIds.includes(p.id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      update((v) => ({ ...v, photoIds: toggle(v.photoIds, p.id, on) }));
                    }}
                  />
                </li>
              )),
            )}
          </ul>
        </fieldset>
      )}
      {error && (
        <p id="feedback-about-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
