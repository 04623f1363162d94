/** "Laporkan selesai": the day it ended, sessions when the form counts them, a note, the certificate. */
import { useState, type FormEvent } from 'react';
import type { JpRule } from '../../core/schemas/development';
import type { PhotoInput } from '../../data/commands/photo-docs';
import { reportCompletion } from '../../data/commands/development-staff';
import { useDraft } from '../../data/drafts';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextArea, TextField } from '../../ui/text-field';
import { PhotoField } from '../../ui/photo-field';
import { useReason } from '../../ui/use-reason';
import { developmentMessages } from './development-messages';
import { checkSessions, dateProblem, type SessionErrors, type SessionRow } from './form-checks';
import { SessionsField } from './sessions-field';

type Props = {
  recordKey: string;
  title: string;
  rule: JpRule;
  storedCertificate: string | null;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

type Values = { date: string; note: string; sessions: SessionRow[] };

export function CompletionForm(props: Props) {
  const { recordKey, title, rule, today } = props;
  const t = useT(developmentMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const counted = rule.basis === 'per-session' || rule.basis === 'per-hour';
  const [values, setValues, draft] = useDraft<Values>(
    `dev-completion:${ctx.user.nip}:${recordKey}`,
    { date: today, note: '', sessions: counted ? [{ date: today, hours: '2' }] : [] },
  );
  const [photo, setPhoto] = useState<PhotoInput | null>(null);
  const [errors, setErrors] = useState<{ date?: string; form?: string; sessions: SessionErrors }>({
    sessions: [],
  });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = dateProblem(values.date, today);
    const checked = checkSessions(values.sessions, today);
    const noSessions = counted && values.sessions.length === 0;
    if (date || !checked.sessions || noSessions) {
      setErrors({
        ...(date ? { date: t(date) } : {}),
        ...(noSessions ? { form: t('sessionsRequired') } : {}),
        sessions: checked.errors,
      });
      return;
    }
    setBusy(true);
    const res = await reportCompletion(
      recordKey,
      {
        date: values.date,
        sessions: checked.sessions,
        note: values.note,
        certificate: photo ?? undefined,
      },
      ctx,
    );
    setBusy(false);
    if (!res.ok) {
      setErrors(
        res.field === 'completion.date'
          ? { date: reasonOf(res), sessions: [] }
          : { form: reasonOf(res), sessions: [] },
      );
      return;
    }
    await draft.discard();
    props.onDone(t('reported'));
  };

  return (
    <form className="dev-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{t('reportTitle', { title })}</h4>
      <TextField
        type="date"
        label={t('doneDate')}
        value={values.date}
        max={today}
        required
        disabled={busy}
        error={errors.date}
        onChange={(e) => setValues((v) => ({ ...v, date: e.target.value }))}
      />
      {counted && (
        <SessionsField
          rows={values.sessions}
          errors={errors.sessions}
          today={today}
          disabled={busy}
          onChange={(sessions) => setValues((v) => ({ ...v, sessions }))}
        />
      )}
      <TextArea
        label={t('note')}
        value={values.note}
        maxLength={500}
        disabled={busy}
        onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
      />
      <PhotoField
        label={t('certificate')}
        what={t('certificateWord')}
        hint={t('certificateHint')}
        chosen={photo}
        onChosen={setPhoto}
        storedName={props.storedCertificate}
        disabled={busy}
      />
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {t('sendReport')}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
