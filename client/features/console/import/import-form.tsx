/**
 * The two file fields, "Periksa berkas" and "Terapkan". A field's problem (no file, not a CSV,
 * rows refused) shows next to it; Terapkan stays disabled, and says why, until a clean check of
 * the files now chosen.
 */
import { useId } from 'react';
import type { OrgImportReply } from '../../../data/admin-api';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { Field } from '../../../ui/field';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';
import { changeCount, type ImportFileKind, type OrgImport } from './use-org-import';

type Props = {
  im: OrgImport;
  online: boolean;
  /** The answer shown below the form (its refused rows are counted next to each field). */
  shown: OrgImportReply | null;
  onApply: () => void;
};

const FIELDS = [
  { kind: 'units', label: 'unitsFile', hint: 'unitsHint' },
  { kind: 'people', label: 'peopleFile', hint: 'peopleHint' },
] as const;

export function ImportForm({ im, online, shown, onApply }: Props) {
  const t = useT(importMessages);
  const formId = useId();
  const hintId = useId();

  const fieldError = (kind: ImportFileKind) => {
    const problem = im.problems[kind];
    if (problem === 'noFile') return t('noFile');
    if (problem === 'notCsv') return t('notCsv');
    if (problem === 'unreadable') return t('unreadable');
    const refused = shown?.errors.filter((e) => e.file === kind).length ?? 0;
    return refused > 0 ? t('rowsRefused', { count: refused }) : undefined;
  };

  const applyHint = !online
    ? t('needsNetwork')
    : im.checked && im.checked.errors.length === 0 && changeCount(im.checked) === 0
      ? t('nothingToApply')
      : im.mayApply
        ? null
        : t('applyHint');

  return (
    <Card title={t('importTitle')}>
      <p>{t('importIntro')}</p>
      <form
        id={formId}
        className="console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void im.check();
        }}
      >
        {FIELDS.map((f) => (
          <Field
            key={`${f.kind}-${im.generation[f.kind]}`}
            label={t(f.label)}
            hint={t(f.hint)}
            error={fieldError(f.kind)}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv"
                className="field__control import-file"
                disabled={!online || im.busy !== null}
                onChange={(event) => im.choose(f.kind, event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        ))}
      </form>
      <div className="console-actions">
        <Button
          type="submit"
          form={formId}
          variant={im.mayApply ? 'secondary' : 'primary'}
          busy={im.busy === 'check'}
          disabled={!online || im.busy === 'apply'}
        >
          {t('check')}
        </Button>
        <Button
          variant="primary"
          busy={im.busy === 'apply'}
          disabled={!online || !im.mayApply}
          aria-describedby={applyHint ? hintId : undefined}
          onClick={onApply}
        >
          {t('apply')}
        </Button>
      </div>
      {applyHint && (
        <p id={hintId} className="muted">
          {applyHint}
        </p>
      )}
    </Card>
  );
}
