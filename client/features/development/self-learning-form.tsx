/**
 * "Catat belajar mandiri": self-directed learning with its days or sessions, and a certificate;
 * the form opens from its button (at once when a typed draft came back).
 */
import { useState, type FormEvent } from 'react';
import {
  logSelfLearning,
  SELF_LEARNING_FORMS,
  type SelfLearningForm as Form,
} from '../../data/commands/development-staff';
import type { PhotoInput } from '../../data/commands/photo-docs';
import { useDraft } from '../../data/drafts';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { Select } from '../../ui/select';
import { PhotoField } from '../../ui/photo-field';
import { TextField } from '../../ui/text-field';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { useReason } from '../../ui/use-reason';
import { developmentMessages } from './development-messages';
import { checkSessions, type SessionErrors, type SessionRow } from './form-checks';
import { SessionsField } from './sessions-field';
import { useFormOnDemand } from './use-form-on-demand';

type Values = { form: Form; title: string; provider: string; sessions: SessionRow[] };

export function SelfLearningForm({
  today,
  onMessage,
}: {
  today: string;
  onMessage: (message: string) => void;
}) {
  const t = useT(developmentMessages);
  const reasonOf = useReason();
  const dv = useDevelopmentVocabulary();
  const ctx = useCommandContext();
  const initial: Values = {
    form: 'belajar-mandiri',
    title: '',
    provider: '',
    sessions: [{ date: today, hours: '2' }],
  };
  const [values, setValues, draft] = useDraft<Values>(`dev-self:${ctx.user.nip}`, initial);
  const [photo, setPhoto] = useState<PhotoInput | null>(null);
  const [errors, setErrors] = useState<{ title?: string; form?: string; sessions: SessionErrors }>({
    sessions: [],
  });
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const typed = draft.restored && JSON.stringify(values) !== JSON.stringify(initial);
  const { open, openerId, formRef, show, hide } = useFormOnDemand(typed);
  const close = async () => {
    setErrors({ sessions: [] });
    setPhoto(null);
    await draft.discard();
    hide();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkSessions(values.sessions, today);
    const noTitle = values.title.trim() === '';
    const noSessions = values.sessions.length === 0;
    if (noTitle || !checked.sessions || noSessions) {
      setErrors({
        ...(noTitle ? { title: t('selfNameRequired') } : {}),
        ...(noSessions ? { form: t('sessionsRequired') } : {}),
        sessions: checked.errors,
      });
      return;
    }
    setBusy(true);
    const res = await logSelfLearning(
      { ...values, sessions: checked.sessions, note: '', certificate: photo ?? undefined },
      ctx,
    );
    setBusy(false);
    if (!res.ok) {
      setErrors({ form: reasonOf(res), sessions: [] });
      return;
    }
    await close();
    onMessage(t('selfSaved'));
  };

  return (
    <Card title={t('selfTitle')}>
      <p className="muted">{t('selfIntro')}</p>
      {!open ? (
        <Button id={openerId} variant="primary" onClick={show}>
          {t('selfOpen')}
        </Button>
      ) : (
        <form ref={formRef} className="dev-form" onSubmit={(e) => void submit(e)} noValidate>
          <Select
            label={t('selfForm')}
            value={values.form}
            disabled={busy}
            options={SELF_LEARNING_FORMS.map((f) => ({ value: f, label: dv.form(f) }))}
            onChange={(e) => set({ form: e.target.value as Form })}
          />
          <TextField
            label={t('selfName')}
            value={values.title}
            maxLength={160}
            required
            disabled={busy}
            error={errors.title}
            onChange={(e) => set({ title: e.target.value })}
          />
          <TextField
            label={t('selfProvider')}
            value={values.provider}
            maxLength={160}
            disabled={busy}
            onChange={(e) => set({ provider: e.target.value })}
          />
          <SessionsField
            rows={values.sessions}
            errors={errors.sessions}
            today={today}
            disabled={busy}
            onChange={(sessions) => set({ sessions })}
          />
          <PhotoField
            label={t('certificate')}
            what={t('certificateWord')}
            hint={t('certificateHint')}
            chosen={photo}
            onChosen={setPhoto}
            storedName={null}
            disabled={busy}
          />
          {errors.form && (
            <p className="field__error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="row">
            <Button type="submit" variant="primary" busy={busy}>
              {t('saveSelf')}
            </Button>
            <Button onClick={() => void close()} disabled={busy}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
