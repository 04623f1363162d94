/**
 * An import's file fields, "Periksa berkas" and "Terapkan" (the organisation's two files, or a
 * month of attendance). A field's problem (no file, not a CSV, rows refused) shows next to it;
 * Terapkan stays disabled, and says why, until a clean check of the files now chosen.
 */
import { useId, type ReactNode } from 'react';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { Field } from '../../../ui/field';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';
import type { CsvImport, ImportReply } from './use-csv-import';

/** One file field: the kind of file, its label and the hint under it (the columns). */
export type ImportField<K extends string> = { kind: K; label: string; hint: string };

type Props<K extends string, R extends ImportReply> = {
  im: CsvImport<K, R>;
  online: boolean;
  title: string;
  intro: string;
  fields: readonly ImportField<K>[];
  /** What the first field says when no file is chosen. */
  noFile: string;
  /** How many rows of this file the answer shown below the form refused. */
  refused(kind: K): number;
  onApply: () => void;
  /** Shown under the introduction (a template to download). */
  children?: ReactNode;
};

export function ImportForm<K extends string, R extends ImportReply>({
  im,
  online,
  title,
  intro,
  fields,
  noFile,
  refused,
  onApply,
  children,
}: Props<K, R>) {
  const t = useT(importMessages);
  const formId = useId();
  const hintId = useId();

  const fieldError = (kind: K) => {
    const problem = im.problems[kind];
    if (problem === 'noFile') return noFile;
    if (problem === 'notCsv') return t('notCsv');
    if (problem === 'unreadable') return t('unreadable');
    const count = refused(kind);
    return count > 0 ? t('rowsRefused', { count }) : undefined;
  };

  const applyHint = !online
    ? t('needsNetwork')
    : im.checked && im.checked.errors.length === 0 && im.changes(im.checked) === 0
      ? t('nothingToApply')
      : im.mayApply
        ? null
        : t('applyHint');

  return (
    <Card title={title}>
      <p>{intro}</p>
      {children}
      <form
        id={formId}
        className="console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void im.check();
        }}
      >
        {fields.map((f) => (
          <Field
            key={`${f.kind}-${im.generation[f.kind]}`}
            label={f.label}
            hint={f.hint}
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
