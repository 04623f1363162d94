/**
 * Creating or changing one activity template. Fields are checked before writing and core judges
 * the write; a wrong field gets its reason next to it and everything typed stays.
 */
import { useState } from 'react';
import type { CatalogRow } from '../../../data/read-model';
import { saveCatalog } from '../../../data/commands/save-catalog';
import { useCommandContext } from '../../../data/user-data';
import { IKI_ASPECTS, type IkiAspect } from '../../../core/vocabulary';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useVocabulary } from '../../../ui/use-vocabulary';
import {
  checkCatalog,
  fieldOfCommand,
  inputOf,
  type CatalogField,
  type CatalogValues,
} from './catalog-form-rules';
import { catalogsMessages } from './catalogs-messages';
import { EntryFormFrame } from './entry-controls';
import { PositionPicker } from './position-picker';
import { useEntryForm } from './use-entry-form';

type Props = {
  /** The stored template; null for a new one. */
  row: CatalogRow | null;
  positions: readonly string[];
  writable: boolean;
  onSaved: (name: string) => void;
  onCancel: () => void;
};

const FIELD_ORDER: CatalogField[] = ['code', 'name', 'satuan', 'minutes', 'positions'];

function valuesOf(row: CatalogRow | null): CatalogValues {
  return {
    code: row?.code ?? '',
    name: row?.name ?? '',
    satuan: row?.satuan ?? '',
    minutes: row?.defaultMinutes === undefined ? '' : String(row.defaultMinutes),
    aspect: row?.aspect ?? '',
    positions: [...(row?.positions ?? [])],
  };
}

export function CatalogForm({ row, positions, writable, onSaved, onCancel }: Props) {
  const t = useT(catalogsMessages);
  const vocab = useVocabulary();
  const ctx = useCommandContext();
  const [values, setValues] = useState(() => valuesOf(row));
  const { errorOf, set, frame } = useEntryForm({
    values,
    setValues,
    check: checkCatalog,
    order: FIELD_ORDER,
    message: t,
    idOf: (field) => `catalog-${field}`,
    fieldOf: fieldOfCommand,
    save: () => saveCatalog(inputOf(values, row?.archived === true), ctx, { create: row === null }),
    onSaved: () => onSaved(values.name.trim()),
  });
  return (
    <EntryFormFrame
      titleId="catalog-form-title"
      title={row ? t('editTitle') : t('newTitle')}
      {...frame}
      writable={writable}
      backLabel={t('backToList')}
      onCancel={onCancel}
    >
      <div className="console-form">
        <TextField
          id="catalog-code"
          label={t('code')}
          hint={t('codeHint')}
          value={values.code}
          readOnly={row !== null}
          autoComplete="off"
          spellCheck={false}
          error={errorOf('code')}
          onChange={(e) => set('code')(e.target.value)}
        />
        <TextField
          id="catalog-name"
          label={t('name')}
          value={values.name}
          maxLength={200}
          error={errorOf('name')}
          onChange={(e) => set('name')(e.target.value)}
        />
        <TextField
          id="catalog-satuan"
          label={t('satuan')}
          value={values.satuan}
          maxLength={40}
          error={errorOf('satuan')}
          onChange={(e) => set('satuan')(e.target.value)}
        />
        <TextField
          id="catalog-minutes"
          label={t('minutes')}
          hint={t('minutesHint')}
          inputMode="numeric"
          value={values.minutes}
          error={errorOf('minutes')}
          onChange={(e) => set('minutes')(e.target.value)}
        />
        <Select
          label={t('aspect')}
          value={values.aspect}
          placeholder={t('noAspect')}
          options={IKI_ASPECTS.map((a) => ({ value: a, label: vocab.aspect(a) }))}
          onChange={(e) => set('aspect')(e.target.value as IkiAspect | '')}
        />
      </div>
      <PositionPicker
        options={positions}
        chosen={values.positions}
        onChange={set('positions')}
        error={errorOf('positions')}
      />
    </EntryFormFrame>
  );
}
