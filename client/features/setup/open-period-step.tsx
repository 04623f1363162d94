/** Step 2: opening the first year's periods through the ordinary write path (openYear). */
import { useState, type FormEvent } from 'react';
import { openYear } from '../../data/commands/open-year';
import { useCommandContext } from '../../data/user-data';
import { isPeriodYear, PERIOD_YEARS } from '../../core/periods';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { setupMessages } from './setup-messages';
import { StepCard } from './step-card';
import type { SetupStatus } from './use-setup-status';

type Outcome = { kind: 'opened' | 'existed'; year: number } | { kind: 'refused'; reason: string };

export function OpenPeriodStep({ status }: { status: SetupStatus | undefined }) {
  const t = useT(setupMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(year.trim());
    const ok = /^\d{4}$/.test(year.trim()) && isPeriodYear(value);
    setInvalid(!ok);
    setOutcome(null);
    if (!ok) return;
    setBusy(true);
    try {
      const result = await openYear(value, ctx);
      if (!result.ok) setOutcome({ kind: 'refused', reason: reasonOf(result) });
      else setOutcome({ kind: result.opened.length > 0 ? 'opened' : 'existed', year: value });
    } finally {
      setBusy(false);
    }
  }

  return (
    <StepCard title={t('periodTitle')} done={status ? status.periods.length > 0 : undefined}>
      <p>{t('periodBody')}</p>
      <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('year')}
          inputMode="numeric"
          autoComplete="off"
          value={year}
          error={invalid ? t('yearInvalid', PERIOD_YEARS) : undefined}
          onChange={(e) => setYear(e.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy}>
          {t('openPeriod')}
        </Button>
      </form>
      <div aria-live="polite">
        {outcome?.kind === 'opened' && (
          <Banner tone="success" role="status">
            {t('periodOpened', { year: String(outcome.year) })}
          </Banner>
        )}
        {outcome?.kind === 'existed' && (
          <Banner role="status">{t('periodExisted', { year: String(outcome.year) })}</Banner>
        )}
        {outcome?.kind === 'refused' && (
          <Banner tone="danger" role="alert">
            {t('periodRefused', { reason: outcome.reason })}
          </Banner>
        )}
      </div>
      {status &&
        (status.periods.length === 0 ? (
          <p className="muted">{t('periodsNone')}</p>
        ) : (
          <>
            <p>{t('periodsNow')}</p>
            <ul className="setup-list">
              {status.periods.map((p) => (
                <li key={p.id} translate="no">
                  {p.label}
                </li>
              ))}
            </ul>
          </>
        ))}
    </StepCard>
  );
}
