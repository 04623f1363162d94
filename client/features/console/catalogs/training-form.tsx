/**
 * Adding or changing one development activity of the catalog. What is typed is kept as a draft
 * until it is saved; each field is checked before writing and core judges the write; a wrong field
 * gets its reason next to it and everything typed stays.
 */
import type { TrainingDoc } from '../../../core/schemas/development';
import {
  BERAKHLAK,
  COMPETENCY_AREAS,
  DEV_FORMS_KLASIKAL,
  DEV_FORMS_NONKLASIKAL,
  DEV_MODES,
  type CompetencyArea,
  type DevFocus,
  type DevForm,
  type DevMode,
} from '../../../core/vocabulary';
import { saveTraining } from '../../../data/commands/save-training';
import { useDraft } from '../../../data/drafts';
import { useCommandContext } from '../../../data/user-data';
import { Field } from '../../../ui/field';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextArea, TextField } from '../../../ui/text-field';
import { useDevelopmentVocabulary } from '../../../ui/use-development-vocabulary';
import { ChecklistField } from './checklist-field';
import { EntryFormFrame } from './entry-controls';
import {
  checkTraining,
  TRAINING_FIELD_ORDER,
  trainingFieldOf,
  trainingInputOf,
  trainingValuesOf,
  type TrainingValues,
} from './training-form-rules';
import { trainingsMessages } from './trainings-messages';
import { useEntryForm } from './use-entry-form';

type Props = {
  /** The stored activity; null for a new one. */
  doc: TrainingDoc | null;
  writable: boolean;
  onSaved: (title: string) => void;
  onCancel: () => void;
};

const FOCUS: readonly DevFocus[] = ['hasil-kerja', ...BERAKHLAK];

export function TrainingForm({ doc, writable, onSaved, onCancel }: Props) {
  const t = useT(trainingsMessages);
  const dv = useDevelopmentVocabulary();
  const ctx = useCommandContext();
  const [values, setValues, draft] = useDraft<TrainingValues>(
    `kelola:pengembangan:${doc?.trainingId ?? 'baru'}`,
    trainingValuesOf(doc),
  );
  const { errorOf, set, frame } = useEntryForm({
    values,
    setValues,
    check: checkTraining,
    order: TRAINING_FIELD_ORDER,
    message: t,
    idOf: (field) => `training-${field}`,
    fieldOf: trainingFieldOf,
    save: () =>
      saveTraining(doc?.trainingId ?? null, trainingInputOf(values, doc?.archived === true), ctx),
    onSaved: async () => {
      await draft.discard();
      onSaved(values.title.trim());
    },
  });

  return (
    <EntryFormFrame
      titleId="training-form-title"
      title={doc ? t('editTitle') : t('newTitle')}
      {...frame}
      writable={writable}
      backLabel={t('backToList')}
      onCancel={onCancel}
    >
      <div className="console-form">
        <TextField
          id="training-title"
          label={t('fTitle')}
          value={values.title}
          maxLength={160}
          error={errorOf('title')}
          onChange={(e) => set('title')(e.target.value)}
        />
        <TextArea
          id="training-description"
          label={t('fDescription')}
          value={values.description}
          maxLength={1000}
          rows={3}
          error={errorOf('description')}
          onChange={(e) => set('description')(e.target.value)}
        />
        <Field label={t('fForm')}>
          {(control) => (
            <select
              {...control}
              className="field__control"
              value={values.form}
              onChange={(e) => set('form')(e.target.value as DevForm)}
            >
              {(
                [
                  ['klasikal', DEV_FORMS_KLASIKAL],
                  ['nonklasikal', DEV_FORMS_NONKLASIKAL],
                ] as const
              ).map(([group, forms]) => (
                <optgroup key={group} label={dv.group(group)}>
                  {forms.map((f) => (
                    <option key={f} value={f}>
                      {dv.form(f)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Select
          label={t('fArea')}
          value={values.area}
          options={COMPETENCY_AREAS.map((a) => ({ value: a, label: dv.area(a) }))}
          onChange={(e) => set('area')(e.target.value as CompetencyArea)}
        />
        <TextField
          id="training-jp"
          label={t('fJp')}
          hint={t('fJpHint')}
          inputMode="numeric"
          autoComplete="off"
          value={values.jp}
          error={errorOf('jp')}
          onChange={(e) => set('jp')(e.target.value)}
        />
        <TextField
          id="training-provider"
          label={t('fProvider')}
          value={values.provider}
          maxLength={160}
          error={errorOf('provider')}
          onChange={(e) => set('provider')(e.target.value)}
        />
        <Select
          label={t('fMode')}
          value={values.mode}
          options={DEV_MODES.map((m) => ({ value: m, label: dv.mode(m) }))}
          onChange={(e) => set('mode')(e.target.value as DevMode)}
        />
        <TextField
          id="training-start"
          type="date"
          label={t('fStart')}
          hint={t('fDatesHint')}
          value={values.start}
          error={errorOf('start')}
          onChange={(e) => set('start')(e.target.value)}
        />
        <TextField
          id="training-end"
          type="date"
          label={t('fEnd')}
          value={values.end}
          error={errorOf('end')}
          onChange={(e) => set('end')(e.target.value)}
        />
        <TextField
          id="training-seats"
          label={t('fSeats')}
          hint={t('fSeatsHint')}
          inputMode="numeric"
          autoComplete="off"
          value={values.seats}
          error={errorOf('seats')}
          onChange={(e) => set('seats')(e.target.value)}
        />
      </div>
      <ChecklistField
        id="training-focus"
        legend={t('fFocus')}
        hint={t('fFocusHint')}
        options={FOCUS}
        labelOf={dv.focus}
        chosen={values.focus}
        onChange={set('focus')}
        error={errorOf('focus')}
        listClassName="console-dev-focus"
      />
    </EntryFormFrame>
  );
}
