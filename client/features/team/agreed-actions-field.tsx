/**
 * The agreed actions of a bimbingan or the development actions of a dialog kinerja: the still
 * open actions of earlier sessions (the previous appraiser's too) offered to carry over, then rows of text and due
 * date to add and remove.
 */
import type { AgreedAction } from '../../core/schemas/work';
import type { FeedbackKind } from '../../core/vocabulary';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { useVocabulary } from '../../ui/use-vocabulary';
import { feedbackFormMessages } from './feedback-form-messages';
import {
  carryKey,
  emptyAction,
  LIMITS,
  type ActionRow,
  type FormValues,
} from './feedback-form-model';

/** An offered action with where it was agreed. */
export type OfferedAction = AgreedAction & { fromKind: FeedbackKind; fromDate: string };

type Props = {
  values: FormValues;
  offered: readonly OfferedAction[];
  /** Dates of the sessions carried actions came from, by feedback id. */
  sessionDates: ReadonlyMap<string, string>;
  errorOf: (key: `action-${number}-text` | `action-${number}-due`) => string | undefined;
  update: (fn: (prev: FormValues) => FormValues) => void;
};

export const actionFieldId = (i: number, part: 'text' | 'due') => `feedback-action-${i}-${part}`;

export function AgreedActionsField({ values, offered, sessionDates, errorOf, update }: Props) {
  const t = useT(feedbackFormMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const setRow = (i: number, patch: Partial<ActionRow>) =>
    update((v) => ({ ...v, actions: v.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  return (
    <fieldset className="feedback-form__group" id="feedback-actions" tabIndex={-1}>
      <legend>{values.kind === 'dialog' ? vocab.dialogPart('actions') : t('actionsLegend')}</legend>
      <p className="field__hint">{t('actionsHint')}</p>
      {offered.length > 0 && (
        <fieldset className="feedback-form__choices">
          <legend>{t('carryLegend')}</legend>
          <p className="field__hint">{t('carryHint')}</p>
          {offered.map((a) => (
            <Checkbox
              key={carryKey(a)}
              label={
                <>
                  {t('carryOption')} <span translate="no">{a.text}</span>
                </>
              }
              hint={[
                t('carryFrom', {
                  kind: vocab.feedbackKind(a.fromKind),
                  date: format.date(a.fromDate),
                }),
                a.due ? t('carryDue', { date: format.date(a.due) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              checked={values.carry.includes(carryKey(a))}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const key = carryKey(a);
                update((v) => ({
                  ...v,
                  carry: on ? [...new Set([...v.carry, key])] : v.carry.filter((k) => k !== key),
                }));
              }}
            />
          ))}
        </fieldset>
      )}
      <ol className="feedback-actions">
        {values.actions.map((a, i) => {
          const n = i + 1;
          const from = a.carriedFrom ? sessionDates.get(a.carriedFrom) : undefined;
          return (
            <li key={i} className="feedback-actions__row">
              <TextField
                id={actionFieldId(i, 'text')}
                label={t('actionText', { n })}
                hint={
                  from
                    ? t('actionCarriedFrom', { date: format.date(from) })
                    : a.status === 'done'
                      ? vocab.actionStatus('done')
                      : undefined
                }
                value={a.text}
                maxLength={LIMITS.action}
                error={errorOf(`action-${i}-text`)}
                onChange={(e) => setRow(i, { text: e.currentTarget.value })}
              />
              <TextField
                id={actionFieldId(i, 'due')}
                type="date"
                label={t('actionDue', { n })}
                value={a.due}
                error={errorOf(`action-${i}-due`)}
                onChange={(e) => setRow(i, { due: e.currentTarget.value })}
              />
              <Button
                variant="ghost"
                className="feedback-actions__remove"
                onClick={() =>
                  update((v) => ({ ...v, actions: v.actions.filter((_, j) => j !== i) }))
                }
              >
                {t('removeAction', { n })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => update((v) => ({ ...v, actions: [...v.actions, emptyAction()] }))}>
        {t('addAction')}
      </Button>
    </fieldset>
  );
}
