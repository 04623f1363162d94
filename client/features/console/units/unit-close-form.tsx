/**
 * Closing a unit from a date, or reopening it. Core refuses to close a unit that still has active
 * people or open units under it, and says how many; the reason shows under the date.
 */
import { useState, type FormEvent } from 'react';
import { updateUnit } from '../../../data/commands/save-unit';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { useConsoleWritable } from '../use-console-writable';
import { unitsMessages } from './units-messages';
import type { UnitView } from './use-units-view';

export function UnitCloseForm({ unit }: { unit: UnitView }) {
  const t = useT(unitsMessages);
  const format = useFormat();
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const writable = useConsoleWritable();
  const [date, setDate] = useState(() => format.today());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<'closed' | 'reopened' | null>(null);
  const [busy, setBusy] = useState(false);

  async function write(closedOn: string | null) {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const result = await updateUnit(unit.unitId, { closedOn }, ctx);
      if (!result.ok) setError(reasonOf(result));
      else {
        setDone(closedOn === null ? 'reopened' : 'closed');
        syncNow();
      }
    } finally {
      setBusy(false);
    }
  }

  function close(event: FormEvent) {
    event.preventDefault();
    if (date === '') setError(t('dateRequired'));
    else void write(date);
  }

  return (
    <section className="unit-close" aria-labelledby={`close-${unit.unitId}`}>
      <h3 id={`close-${unit.unitId}`}>{t('closeTitle')}</h3>
      {unit.closedOn !== undefined ? (
        <>
          <p>{t('closedNotice', { date: format.date(unit.closedOn, 'long') })}</p>
          {error !== null && (
            <Banner tone="danger" role="alert">
              {t('refused', { reason: error })}
            </Banner>
          )}
          <Button busy={busy} disabled={!writable} onClick={() => void write(null)}>
            {t('reopen')}
          </Button>
        </>
      ) : (
        <form onSubmit={close} noValidate>
          <p className="muted">{t('closeHint')}</p>
          <TextField
            type="date"
            label={t('closeOn')}
            value={date}
            error={error ?? undefined}
            disabled={!writable}
            onChange={(e) => {
              setError(null);
              setDate(e.target.value);
            }}
          />
          <Button type="submit" variant="danger" busy={busy} disabled={!writable}>
            {t('close')}
          </Button>
        </form>
      )}
      <div aria-live="polite">
        {done !== null && (
          <Banner tone="success" role="status">
            {t(done)}
          </Banner>
        )}
      </div>
    </section>
  );
}
