/**
 * Setting, moving or removing a period's batas pengisian. The date is checked against the
 * period (core's latestSubmitBy) before writing; a refusal shows next to the field, the typed
 * date kept.
 */
import { useState } from 'react';
import { latestSubmitBy } from '../../../core/periods';
import { savePeriod } from '../../../data/commands/save-period';
import type { PeriodRow } from '../../../data/read-model';
import { useCommandContext } from '../../../data/user-data';
import { Button } from '../../../ui/button';
import { commonMessages } from '../../../ui/common-messages';
import { Dialog } from '../../../ui/dialog';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { periodsMessages } from './periods-messages';

type Props = {
  period: PeriodRow;
  writable: boolean;
  onClose: () => void;
  onSaved: (removed: boolean) => void;
};

export function SubmitByDialog({ period, writable, onClose, onSaved }: Props) {
  const t = useT(periodsMessages);
  const reasonOf = useReason();
  const tc = useT(commonMessages);
  const f = useFormat();
  const ctx = useCommandContext();
  const [value, setValue] = useState(period.submitBy ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = latestSubmitBy(period);
  const range = { from: f.date(period.start), to: f.date(latest) };

  async function save(submitBy: string | null) {
    if (submitBy !== null && !(submitBy >= period.start && submitBy <= latest)) {
      setError(t('submitByInvalid', range));
      return;
    }
    setError(null);
    setBusy(true);
    const result = await savePeriod(period.periodId, { submitBy }, ctx);
    setBusy(false);
    if (!result.ok) setError(reasonOf(result));
    else onSaved(submitBy === null);
  }

  return (
    <Dialog
      open
      title={t('submitByTitle', { period: f.period(period) })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          {period.submitBy !== undefined && (
            <Button disabled={!writable || busy} onClick={() => void save(null)}>
              {t('remove')}
            </Button>
          )}
          <Button
            variant="primary"
            busy={busy}
            disabled={!writable}
            onClick={() => void save(value === '' ? null : value)}
          >
            {tc('save')}
          </Button>
        </>
      }
    >
      <TextField
        type="date"
        label={t('submitBy')}
        hint={t('submitByHint', range)}
        value={value}
        min={period.start}
        max={latest}
        error={error ?? undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
      />
    </Dialog>
  );
}
