/**
 * "Ajukan koreksi": the day as it should be (status, scans in and out, prefilled from the imported
 * day or the request sent before), the reason with its length shown, and an optional photo of the
 * letter. What is typed is kept as a draft; a refusal shows next to its field and keeps it.
 */
import { useState, type FormEvent } from 'react';
import type { EffectiveDay } from '../../core/attendance';
import { CORRECTION_REASON_MIN } from '../../core/schemas/attendance';
import type { AttendanceCorrectionDoc } from '../../core/schemas/attendance';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../core/vocabulary';
import { requestCorrection } from '../../data/commands/attendance-staff';
import type { PhotoInput } from '../../data/commands/photo-docs';
import { useDraft } from '../../data/drafts';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { useT } from '../../ui/i18n';
import { PhotoField } from '../../ui/photo-field';
import { Select } from '../../ui/select';
import { TextArea, TextField } from '../../ui/text-field';
import { useAttendanceVocabulary } from '../../ui/use-attendance-vocabulary';
import { useReason } from '../../ui/use-reason';
import { attendanceMessages } from './attendance-messages';

type Props = {
  date: string;
  day: EffectiveDay | undefined;
  request: AttendanceCorrectionDoc | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
};

type Values = { status: AttendanceStatus; in: string; out: string; reason: string };
type Errors = { out?: string; reason?: string; form?: string };

/** Where a refusal is shown: next to the field it names, else under the form. */
function fieldOf(field: string | undefined): keyof Errors {
  if (field === 'reason') return 'reason';
  if (field === 'out' || field === 'change.out' || field === 'change') return 'out';
  return 'form';
}

export function CorrectionForm({ date, day, request, onDone, onCancel }: Props) {
  const t = useT(attendanceMessages);
  const v = useAttendanceVocabulary();
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const base = request?.change ?? day ?? null;
  const [values, setValues, draft] = useDraft<Values>(
    `attendance-correction:${ctx.user.nip}:${date}`,
    {
      status: base?.status ?? 'hadir',
      in: base?.in ?? '',
      out: base?.out ?? '',
      reason: request?.reason ?? '',
    },
  );
  const [letter, setLetter] = useState<PhotoInput | null>(null);
  const [dropLetter, setDropLetter] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Values>) => setValues((prev) => ({ ...prev, ...patch }));
  const reasonLength = values.reason.trim().length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked: Errors = {};
    if (reasonLength < CORRECTION_REASON_MIN)
      checked.reason = t('formReasonShort', { min: CORRECTION_REASON_MIN });
    if (values.in && values.out && values.out <= values.in) checked.out = t('formOutBeforeIn');
    setErrors(checked);
    if (checked.reason || checked.out) return;
    setBusy(true);
    const res = await requestCorrection(
      {
        date,
        change: { status: values.status, in: values.in || null, out: values.out || null },
        reason: values.reason,
        letter: letter ?? undefined,
        dropLetter,
      },
      ctx,
    );
    setBusy(false);
    if (!res.ok) {
      setErrors({ [fieldOf(res.field)]: reasonOf(res) });
      return;
    }
    await draft.discard();
    onDone(t('sent'));
  };

  return (
    <form className="att-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('formTitle')}</h3>
      <p className="muted">{t('formIntro')}</p>
      <Select
        label={t('formStatus')}
        value={values.status}
        disabled={busy}
        options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: v.status(s) }))}
        onChange={(e) => set({ status: e.target.value as AttendanceStatus })}
      />
      <div className="att-form__times">
        <TextField
          type="time"
          label={t('formIn')}
          hint={t('formTimeHint')}
          value={values.in}
          disabled={busy}
          onChange={(e) => set({ in: e.target.value })}
        />
        <TextField
          type="time"
          label={t('formOut')}
          hint={t('formTimeHint')}
          value={values.out}
          disabled={busy}
          error={errors.out}
          onChange={(e) => set({ out: e.target.value })}
        />
      </div>
      <TextArea
        label={t('formReason')}
        hint={t('formReasonCount', { count: reasonLength, min: CORRECTION_REASON_MIN })}
        value={values.reason}
        maxLength={500}
        required
        disabled={busy}
        error={errors.reason}
        onChange={(e) => set({ reason: e.target.value })}
      />
      <PhotoField
        label={t('formLetter')}
        what={t('formLetterWord')}
        hint={t('formLetterHint')}
        chosen={letter}
        onChosen={setLetter}
        storedName={dropLetter ? null : (request?.letter?.name ?? null)}
        disabled={busy}
      />
      {request?.letter && !letter && (
        <Checkbox
          label={t('formDropLetter')}
          checked={dropLetter}
          disabled={busy}
          onChange={(e) => setDropLetter(e.target.checked)}
        />
      )}
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {t('send')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
