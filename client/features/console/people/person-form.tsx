/**
 * Adding a person or correcting one: every field of the person's document. The NIP is checked by
 * core's NIP rules as it is typed in; the rest by core when saving (unit open, superior active,
 * no cycle, TMT), each refusal next to its field with what was typed kept. Moving a person is a
 * mutasi (mutasi-form.tsx), changing a status has its own card: both keep the riwayat.
 */
import { useState } from 'react';
import { isIsoDate, isNip } from '../../../core/ids';
import { nipProblems } from '../../../core/org-import/nip-rules';
import { fullName, nameParts } from '../../../core/org-import/person-name';
import {
  ASN_KINDS,
  JENIS_JABATAN,
  KELAS_JABATAN_MAX,
  type AsnKind,
  type JenisJabatan,
} from '../../../core/vocabulary';
import {
  createEmployee,
  editEmployee,
  type EmployeeFields,
} from '../../../data/commands/save-employee';
import type { EmployeeRow } from '../../../data/read-model';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link, navigate } from '../../../ui/navigation';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { fieldErrorOf } from './command-reason';
import { peopleMessages } from './people-messages';
import { cleanNip, PersonNipField, superiorProblem, UnitSelect } from './person-fields';
import type { Directory } from './use-directory';

const SHOWN = [
  'nip',
  'name',
  'position',
  'unitId',
  'superiorNip',
  'rank',
  'kelasJabatan',
  'assignedFrom',
] as const;

type Values = {
  nip: string;
  nama: string;
  gelarDepan: string;
  gelarBelakang: string;
  kind: AsnKind;
  position: string;
  jenisJabatan: JenisJabatan;
  rank: string;
  kelasJabatan: string;
  unitId: string;
  superiorNip: string;
  assignedFrom: string;
};

function valuesOf(person: EmployeeRow | null): Values {
  if (person === null)
    return {
      nip: '',
      nama: '',
      gelarDepan: '',
      gelarBelakang: '',
      kind: 'pns',
      position: '',
      jenisJabatan: 'pelaksana',
      rank: '',
      kelasJabatan: '',
      unitId: '',
      superiorNip: '',
      assignedFrom: '',
    };
  return {
    nip: person.nip,
    ...nameParts(person),
    kind: person.kind,
    position: person.position,
    jenisJabatan: person.jenisJabatan ?? (person.functional ? 'fungsional' : 'pelaksana'),
    rank: person.rank ?? '',
    kelasJabatan: person.kelasJabatan?.toString() ?? '',
    unitId: person.unitId,
    superiorNip: person.superiorNip ?? '',
    assignedFrom: person.assignedFrom ?? '',
  };
}

/** The typed kelas jabatan as a whole number, or null when empty or not a whole number. */
function kelasOf(typed: string): number | null {
  return /^\d{1,2}$/.test(typed.trim()) ? Number(typed.trim()) : null;
}

/** The document's fields from the form; status and activity stay as they are (a new person: aktif). */
function fieldsOf(v: Values, person: EmployeeRow | null): EmployeeFields {
  const nama = v.nama.trim();
  const gelarDepan = v.gelarDepan.trim();
  const gelarBelakang = v.gelarBelakang.trim();
  const rank = v.rank.trim();
  return {
    nip: cleanNip(v.nip),
    name: fullName({ nama, gelarDepan, gelarBelakang }),
    ...(gelarDepan !== '' ? { gelarDepan } : {}),
    ...(gelarBelakang !== '' ? { gelarBelakang } : {}),
    position: v.position.trim(),
    unitId: v.unitId,
    superiorNip: cleanNip(v.superiorNip) || null,
    ...(rank !== '' ? { rank } : {}),
    // Emptied: no kelas jabatan (an edit drops the stored one).
    kelasJabatan: kelasOf(v.kelasJabatan) ?? undefined,
    kind: v.kind,
    functional: v.jenisJabatan === 'fungsional',
    jenisJabatan: v.jenisJabatan,
    active: person?.active ?? true,
    ...(person === null
      ? { status: 'aktif' as const }
      : person.status !== undefined
        ? { status: person.status }
        : {}),
    ...(v.assignedFrom !== '' ? { assignedFrom: v.assignedFrom } : {}),
  };
}

export function PersonForm({ person, dir }: { person: EmployeeRow | null; dir: Directory }) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const reasonOf = useReason();
  const writable = useConsoleWritable();
  const [values, setValues] = useState<Values>(() => valuesOf(person));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key === 'nama' ? 'name' : key]: '', form: '' }));
  };
  const isNew = person === null;
  const today = format.today();

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    const nip = cleanNip(values.nip);
    if (isNew) {
      const problem = nip === '' ? t('required') : (nipProblems(nip, today)[0] ?? null);
      if (problem !== null) found.nip = problem;
      else if (isNip(nip) && dir.person.has(nip)) found.nip = t('nipTaken');
    }
    if (values.nama.trim() === '') found.name = t('required');
    if (values.position.trim() === '') found.position = t('required');
    if (values.unitId === '') found.unitId = t('required');
    const superior = superiorProblem(values.superiorNip, dir, t);
    if (superior !== null) found.superiorNip = superior;
    const kelas = kelasOf(values.kelasJabatan);
    if (
      values.kelasJabatan.trim() !== '' &&
      (kelas === null || kelas < 1 || kelas > KELAS_JABATAN_MAX)
    )
      found.kelasJabatan = t('kelasJabatanInvalid', { max: KELAS_JABATAN_MAX });
    if (values.assignedFrom !== '' && !isIsoDate(values.assignedFrom))
      found.assignedFrom = t('dateInvalid');
    return found;
  }

  async function submit() {
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const fields = fieldsOf(values, person);
    const result = isNew ? await createEmployee(fields, ctx) : await editEmployee(fields, ctx);
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorOf(result, reasonOf(result), SHOWN));
      return;
    }
    syncNow();
    navigate(sectionPath('pegawai', fields.nip));
  }

  const disabled = !writable || busy;
  const text = (key: 'nama' | 'gelarDepan' | 'gelarBelakang' | 'position' | 'rank') => ({
    value: values[key],
    disabled,
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });
  return (
    <section aria-labelledby="person-form-title">
      <h2 id="person-form-title">
        {isNew ? t('createTitle') : t('editTitle', { name: person.name })}
      </h2>
      {!isNew && <p className="muted">{t('editMoveHint')}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="console-form">
          <TextField
            label={t('nip')}
            hint={t('nipHint')}
            inputMode="numeric"
            autoComplete="off"
            value={values.nip}
            error={errors.nip || undefined}
            disabled={disabled || !isNew}
            onChange={(e) => set('nip')(e.target.value)}
          />
          <TextField label={t('bareName')} error={errors.name || undefined} {...text('nama')} />
          <TextField label={t('gelarDepan')} hint={t('optional')} {...text('gelarDepan')} />
          <TextField label={t('gelarBelakang')} hint={t('optional')} {...text('gelarBelakang')} />
          <Select
            label={t('asnKind')}
            value={values.kind}
            options={ASN_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            disabled={disabled}
            onChange={(e) => set('kind')(e.target.value)}
          />
          <TextField
            label={t('position')}
            error={errors.position || undefined}
            {...text('position')}
          />
          <Select
            label={t('jenisJabatan')}
            value={values.jenisJabatan}
            options={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenis.${j}`) }))}
            disabled={disabled}
            onChange={(e) => set('jenisJabatan')(e.target.value)}
          />
          <TextField
            label={t('rank')}
            hint={t('optional')}
            error={errors.rank || undefined}
            {...text('rank')}
          />
          <TextField
            label={t('kelasJabatan')}
            hint={t('kelasJabatanHint', { max: KELAS_JABATAN_MAX })}
            inputMode="numeric"
            autoComplete="off"
            value={values.kelasJabatan}
            error={errors.kelasJabatan || undefined}
            disabled={disabled}
            onChange={(e) => set('kelasJabatan')(e.target.value)}
          />
          <UnitSelect
            label={t('unit')}
            value={values.unitId}
            dir={dir}
            error={errors.unitId || undefined}
            disabled={disabled}
            onChange={set('unitId')}
          />
          <PersonNipField
            label={t('superior')}
            hint={t('superiorHint')}
            value={values.superiorNip}
            dir={dir}
            error={errors.superiorNip || undefined}
            disabled={disabled}
            onChange={set('superiorNip')}
          />
          <TextField
            type="date"
            label={t('tmt')}
            hint={`${t('tmtHintFirst')}. ${t('optional')}`}
            max={today}
            value={values.assignedFrom}
            error={errors.assignedFrom || undefined}
            disabled={disabled || !isNew}
            onChange={(e) => set('assignedFrom')(e.target.value)}
          />
        </div>
        {errors.form && (
          <Banner tone="danger" role="alert">
            {errors.form}
          </Banner>
        )}
        <div className="console-actions">
          <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
            {t('save')}
          </Button>
          <Link
            to={isNew ? sectionPath('pegawai') : sectionPath('pegawai', person.nip)}
            className="people-link"
          >
            {t('cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
