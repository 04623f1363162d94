/** Sessions or days of study, each with its date and hours, added and removed one by one. */
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { developmentMessages } from './development-messages';
import type { SessionErrors, SessionRow } from './form-checks';

type Props = {
  rows: readonly SessionRow[];
  onChange: (rows: SessionRow[]) => void;
  errors: SessionErrors;
  today: string;
  disabled: boolean;
};

export function SessionsField({ rows, onChange, errors, today, disabled }: Props) {
  const t = useT(developmentMessages);
  const set = (i: number, patch: Partial<SessionRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="dev-sessions">
      <legend>{t('sessions')}</legend>
      {rows.map((row, i) => {
        const n = String(i + 1);
        const e = errors[i] ?? {};
        return (
          <div className="dev-session" key={i}>
            <TextField
              type="date"
              label={t('sessionDate', { n })}
              value={row.date}
              max={today}
              disabled={disabled}
              error={e.date ? t(e.date) : undefined}
              onChange={(ev) => set(i, { date: ev.target.value })}
            />
            <TextField
              label={t('sessionHours', { n })}
              inputMode="decimal"
              value={row.hours}
              disabled={disabled}
              error={e.hours ? t(e.hours) : undefined}
              onChange={(ev) => set(i, { hours: ev.target.value })}
            />
            {rows.length > 1 && (
              <Button
                variant="ghost"
                disabled={disabled}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('removeSession', { n })}
              </Button>
            )}
          </div>
        );
      })}
      <Button
        disabled={disabled || rows.length >= 60}
        onClick={() => onChange([...rows, { date: today, hours: '1' }])}
      >
        {t('addSession')}
      </Button>
    </fieldset>
  );
}
