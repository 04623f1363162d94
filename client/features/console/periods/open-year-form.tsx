/** Opening a year: its annual period and four quarters, through openYear (core's buildYearPeriods). */
import { useState, type FormEvent } from 'react';
import { isPeriodYear, PERIOD_YEARS } from '../../../core/periods';
import { openYear } from '../../../data/commands/open-year';
import { useCommandContext } from '../../../data/user-data';
import { Button } from '../../../ui/button';
import { useT } from '../../../ui/i18n';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { periodsMessages } from './periods-messages';

type Props = {
  writable: boolean;
  /** What happened, in words, for the section's notice. */
  onDone: (notice: { tone: 'success' | 'neutral' | 'danger'; text: string }) => void;
};

export function OpenYearForm({ writable, onDone }: Props) {
  const t = useT(periodsMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = year.trim();
    const value = Number(typed);
    const ok = /^\d{4}$/.test(typed) && isPeriodYear(value);
    setInvalid(!ok);
    if (!ok) return;
    setBusy(true);
    try {
      const result = await openYear(value, ctx);
      if (!result.ok) onDone({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
      else if (result.opened.length > 0)
        onDone({ tone: 'success', text: t('opened', { year: typed }) });
      else onDone({ tone: 'neutral', text: t('existed', { year: typed }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="console-toolbar" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('year')}
        inputMode="numeric"
        autoComplete="off"
        value={year}
        error={
          invalid
            ? t('yearInvalid', { min: String(PERIOD_YEARS.min), max: String(PERIOD_YEARS.max) })
            : undefined
        }
        onChange={(e) => setYear(e.target.value)}
      />
      <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
        {t('openYear')}
      </Button>
    </form>
  );
}
