/**
 * Creating or changing one expectation text: its BerAKHLAK value, the text, and the jenis jabatan
 * it suits. Fields are checked before writing and core judges the write; a wrong field gets its
 * reason next to it and everything typed stays.
 */
import { useState } from 'react';
import {
  BERAKHLAK,
  JENIS_JABATAN,
  type BerakhlakValue,
  type JenisJabatan,
} from '../../../core/vocabulary';
import { failure } from '../../../data/commands/result';
import { saveExpectation } from '../../../data/commands/save-expectation';
import type { ExpectationText } from '../../../data/queries/expectation-queries';
import { useCommandContext } from '../../../data/user-data';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextArea } from '../../../ui/text-field';
import { useVocabulary } from '../../../ui/use-vocabulary';
import { peopleMessages } from '../people/people-messages';
import { ChecklistField } from './checklist-field';
import { EntryFormFrame } from './entry-controls';
import { expectationsMessages } from './expectations-messages';
import { useEntryForm } from './use-entry-form';

type Props = {
  /** The stored text; null for a new one. */
  row: ExpectationText | null;
  writable: boolean;
  onSaved: (value: BerakhlakValue) => void;
  onCancel: () => void;
};

type Values = { value: BerakhlakValue | ''; text: string; jenisJabatan: JenisJabatan[] };
type Field = 'value' | 'text' | 'jenisJabatan';
const FIELD_ORDER: readonly Field[] = ['value', 'text', 'jenisJabatan'];

/** The wrong fields, in the form's order, with the message key of each. */
function check(v: Values): Partial<Record<Field, 'valueRequired' | 'textRequired'>> {
  return {
    ...(v.value === '' ? { value: 'valueRequired' as const } : {}),
    ...(v.text.trim() === '' ? { text: 'textRequired' as const } : {}),
  };
}

/** The form field a command's refused document field belongs to. */
function fieldOf(field: string | undefined): Field | null {
  const head = field?.split('.')[0];
  return head === 'value' || head === 'text' || head === 'jenisJabatan' ? head : null;
}

export function ExpectationForm({ row, writable, onSaved, onCancel }: Props) {
  const t = useT(expectationsMessages);
  const tp = useT(peopleMessages);
  const vocab = useVocabulary();
  const ctx = useCommandContext();
  const [values, setValues] = useState<Values>(() => ({
    value: row?.value ?? '',
    text: row?.text ?? '',
    jenisJabatan: [...(row?.jenisJabatan ?? [])],
  }));
  const {
    errorOf,
    update: set,
    frame,
  } = useEntryForm({
    values,
    setValues,
    check,
    order: FIELD_ORDER,
    message: t,
    idOf: (field) => `expectation-${field}`,
    fieldOf,
    save: () =>
      values.value === ''
        ? Promise.resolve(failure('invalid', t('valueRequired'), 'value'))
        : saveExpectation(
            {
              code: row?.code ?? null,
              value: values.value,
              text: values.text,
              jenisJabatan: values.jenisJabatan,
              archived: row?.archived === true,
            },
            ctx,
          ),
    onSaved: () => {
      if (values.value !== '') onSaved(values.value);
    },
  });
  return (
    <EntryFormFrame
      titleId="expectation-form-title"
      title={row ? t('editTitle') : t('newTitle')}
      {...frame}
      writable={writable}
      backLabel={t('backToList')}
      onCancel={onCancel}
    >
      <Select
        id="expectation-value"
        label={t('value')}
        value={values.value}
        placeholder={t('choose')}
        options={BERAKHLAK.map((v) => ({ value: v, label: vocab.value(v) }))}
        error={errorOf('value')}
        onChange={(e) => set({ value: e.target.value as BerakhlakValue | '' })}
      />
      <TextArea
        id="expectation-text"
        label={t('text')}
        hint={values.value === '' ? t('textHint') : vocab.guide(values.value)}
        rows={3}
        maxLength={1000}
        value={values.text}
        error={errorOf('text')}
        onChange={(e) => set({ text: e.target.value })}
      />
      <ChecklistField
        id="expectation-jenisJabatan"
        legend={t('jenisJabatan')}
        hint={t('jenisHint')}
        options={JENIS_JABATAN}
        labelOf={(j) => tp(`jenis.${j}`)}
        chosen={values.jenisJabatan}
        onChange={(jenisJabatan) => set({ jenisJabatan })}
        error={errorOf('jenisJabatan')}
      />
    </EntryFormFrame>
  );
}
