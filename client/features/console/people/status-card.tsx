/**
 * A person's status (aktif, cuti, tugas belajar, diberhentikan, pensiun) and changing it from a
 * date. Anything but aktif ends sign-in and every session and takes the person out of appraisal
 * duty; the change is kept in the riwayat with its date and decree.
 */
import { useState } from 'react';
import { isIsoDate } from '../../../core/ids';
import { EMPLOYEE_STATUSES, type EmployeeStatus } from '../../../core/vocabulary';
import { changeEmployeeStatus } from '../../../data/commands/save-employee';
import type { EmployeeRow } from '../../../data/read-model';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { useConsoleWritable } from '../use-console-writable';
import { fieldErrorOf } from './command-reason';
import { statusOf } from './people-filter';
import { peopleMessages } from './people-messages';
import type { Directory } from './use-directory';

const SHOWN = ['status', 'assignedFrom'] as const;

export function StatusCard({ person, dir }: { person: EmployeeRow; dir: Directory }) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const reasonOf = useReason();
  const writable = useConsoleWritable();
  const today = format.today();
  const current = statusOf(person);
  const [status, setStatus] = useState<EmployeeStatus | ''>('');
  const [from, setFrom] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const found: Record<string, string> = {};
    if (status === '' || status === current) found.status = t('statusSame');
    if (!isIsoDate(from)) found.assignedFrom = t('dateInvalid');
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0 || status === '') return;
    setBusy(true);
    const result = await changeEmployeeStatus(person.nip, { status, from, note }, ctx);
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorOf(result, reasonOf(result), SHOWN));
      return;
    }
    syncNow();
    setStatus('');
    setNote('');
    setSaved(true);
  }

  const disabled = !writable || busy;
  // Leaving people without a working appraiser is the Pengelola's call, but it is said first.
  const leads =
    status !== '' && status !== 'aktif'
      ? dir.people.filter((p) => p.active && p.superiorNip === person.nip).length
      : 0;
  return (
    <Card title={t('statusTitle')} headingLevel={3}>
      <p>
        {t('statusNow', {
          status: t(current === null ? 'status.unknown' : `status.${current}`),
        })}
      </p>
      <p className="muted">{t('statusInactiveHint')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="console-form">
          <Select
            label={t('statusNew')}
            value={status}
            placeholder={t('choose')}
            options={EMPLOYEE_STATUSES.map((s) => ({
              value: s,
              label: t(`status.${s}`),
              disabled: s === current,
            }))}
            error={errors.status}
            disabled={disabled}
            onChange={(e) => {
              setStatus(e.target.value as EmployeeStatus | '');
              setErrors({});
            }}
          />
          <TextField
            type="date"
            label={t('statusFrom')}
            hint={t('tmtHintFirst')}
            max={today}
            value={from}
            error={errors.assignedFrom}
            disabled={disabled}
            onChange={(e) => {
              setFrom(e.target.value);
              setErrors({});
            }}
          />
          <TextField
            label={t('statusNote')}
            hint={t('optional')}
            maxLength={200}
            value={note}
            disabled={disabled}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        {leads > 0 && (
          <Banner tone="warning" role="status">
            {t('statusLeads', { count: leads })}
          </Banner>
        )}
        {errors.form && (
          <Banner tone="danger" role="alert">
            {errors.form}
          </Banner>
        )}
        <div className="console-actions">
          <Button type="submit" busy={busy} disabled={!writable}>
            {t('statusSave')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">{saved && <Banner tone="success">{t('statusSaved')}</Banner>}</div>
    </Card>
  );
}
