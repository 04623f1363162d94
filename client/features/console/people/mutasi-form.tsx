/**
 * Mutasi / pindah: a new unit, superior and/or position from a TMT, with the decree. The TMT is
 * at most today (a move dated later would need a scheduled change, which the app does not keep)
 * and not before the current assignment's; core decides both, the form says them beforehand. A
 * refusal is shown next to its field and what was typed stays.
 */
import { useState } from 'react';
import { isIsoDate } from '../../../core/ids';
import { moveEmployee } from '../../../data/commands/save-employee';
import type { EmployeeRow } from '../../../data/read-model';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link, navigate } from '../../../ui/navigation';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { fieldErrorOf } from './command-reason';
import { peopleMessages } from './people-messages';
import { cleanNip, PersonNipField, superiorProblem, UnitSelect } from './person-fields';
import type { Directory } from './use-directory';

const MUTASI_FIELDS = ['unitId', 'superiorNip', 'position', 'assignedFrom'] as const;

type Values = { unitId: string; superiorNip: string; position: string; tmt: string; note: string };

export function MutasiForm({ person, dir }: { person: EmployeeRow; dir: Directory }) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const reasonOf = useReason();
  const writable = useConsoleWritable();
  const today = format.today();
  const [values, setValues] = useState<Values>({
    unitId: person.unitId,
    superiorNip: person.superiorNip ?? '',
    position: person.position,
    tmt: today,
    note: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors({});
  };

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (values.unitId === '') found.unitId = t('required');
    const superior = superiorProblem(values.superiorNip, dir, t);
    if (superior !== null) found.superiorNip = superior;
    if (values.position.trim() === '') found.position = t('required');
    if (!isIsoDate(values.tmt)) found.assignedFrom = t('dateInvalid');
    const unchanged =
      values.unitId === person.unitId &&
      (cleanNip(values.superiorNip) || null) === person.superiorNip &&
      values.position.trim() === person.position;
    if (unchanged) found.form = t('mutasiNothing');
    return found;
  }

  async function submit() {
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const note = values.note.trim();
    const result = await moveEmployee(
      person.nip,
      {
        unitId: values.unitId,
        superiorNip: cleanNip(values.superiorNip) || null,
        position: values.position.trim(),
        tmt: values.tmt,
        ...(note !== '' ? { note } : {}),
      },
      ctx,
    );
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorOf(result, reasonOf(result), MUTASI_FIELDS));
      return;
    }
    syncNow();
    navigate(sectionPath('pegawai', person.nip));
  }

  const disabled = !writable || busy;
  return (
    <section aria-labelledby="mutasi-title">
      <h2 id="mutasi-title">{t('mutasiTitle', { name: person.name })}</h2>
      <p className="muted">{t('mutasiIntro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="console-form">
          <UnitSelect
            label={t('newUnit')}
            value={values.unitId}
            dir={dir}
            error={errors.unitId}
            disabled={disabled}
            onChange={set('unitId')}
          />
          <PersonNipField
            label={t('newSuperior')}
            hint={t('superiorHint')}
            value={values.superiorNip}
            dir={dir}
            error={errors.superiorNip}
            disabled={disabled}
            onChange={set('superiorNip')}
          />
          <TextField
            label={t('newPosition')}
            value={values.position}
            error={errors.position}
            disabled={disabled}
            onChange={(e) => set('position')(e.target.value)}
          />
          <TextField
            type="date"
            label={t('tmt')}
            hint={
              person.assignedFrom
                ? t('tmtHint', { date: format.date(person.assignedFrom) })
                : t('tmtHintFirst')
            }
            max={today}
            min={person.assignedFrom}
            value={values.tmt}
            error={errors.assignedFrom}
            disabled={disabled}
            onChange={(e) => set('tmt')(e.target.value)}
          />
          <TextField
            label={t('mutasiNote')}
            hint={t('optional')}
            maxLength={300}
            value={values.note}
            disabled={disabled}
            onChange={(e) => set('note')(e.target.value)}
          />
        </div>
        {errors.form && (
          <Banner tone="danger" role="alert">
            {errors.form}
          </Banner>
        )}
        <div className="console-actions">
          <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
            {t('mutasiSave')}
          </Button>
          <Link to={sectionPath('pegawai', person.nip)} className="people-link">
            {t('cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
