/**
 * "Beri umpan balik": the head writes an apresiasi, perlu perbaikan or bimbingan (or a dialog
 * kinerja), about an RHK, a BerAKHLAK value, activities and photos. What is typed autosaves to
 * the device (useDraft) and stays when core refuses a save; the reason shows next to its field.
 */
import { useState } from 'react';
import { carriedActions, hasActions, openActions } from '../../core/feedback-rules';
import { deleteFeedback, saveFeedback } from '../../data/commands/save-feedback';
import { useDraft } from '../../data/drafts';
import type { FeedbackFormData } from '../../data/queries/team-member-queries';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button, buttonClass } from '../../ui/button';
import { useDirtyForm } from '../../ui/dirty-forms';
import { useT } from '../../ui/i18n';
import { Link, navigate } from '../../ui/navigation';
import { TextArea } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { useVocabulary } from '../../ui/use-vocabulary';
import { noteUsefulAction } from '../../ui/useful-action';
import { SHARE_TEXT_ID, ShareProposalField } from './share-proposal-field';
import { WithdrawFeedback } from './withdraw-feedback';
import { actionFieldId, AgreedActionsField, type OfferedAction } from './agreed-actions-field';
import { FeedbackAboutFields } from './feedback-about-fields';
import { feedbackFormMessages } from './feedback-form-messages';
import {
  carryKey,
  checkForm,
  fieldOfCommand,
  firstError,
  FORM_KINDS,
  inputOf,
  LIMITS,
  type FieldKey,
  type FormValues,
} from './feedback-form-model';

const FIELD_IDS: Record<string, string> = {
  text: 'feedback-text',
  shareText: SHARE_TEXT_ID,
  wentWell: 'feedback-went-well',
  toImprove: 'feedback-to-improve',
  about: 'feedback-about',
  actions: 'feedback-actions',
};

function idOf(key: FieldKey): string {
  const row = /^action-(\d+)-(text|due)$/.exec(key);
  if (row) return actionFieldId(Number(row[1]), row[2] as 'text' | 'due');
  return FIELD_IDS[key] ?? 'feedback-text';
}

const KIND_HINTS = {
  apresiasi: 'kindHintApresiasi',
  'perlu-perbaikan': 'kindHintPerbaikan',
  bimbingan: 'kindHintBimbingan',
} as const;

type Props = {
  nip: string;
  /** The stored feedback being changed; null for a new one. */
  feedbackId: string | null;
  /** A dialog kinerja's period. */
  periodId: string | null;
  draftKey: string;
  initial: FormValues;
  data: FeedbackFormData;
  /** The staff member's page, where the form returns. */
  back: string;
};

export function FeedbackForm({ nip, feedbackId, periodId, draftKey, initial, data, back }: Props) {
  const t = useT(feedbackFormMessages);
  const vocab = useVocabulary();
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [values, setValues, draft] = useDraft(draftKey, initial);
  const [edited, setEdited] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<{ field: FieldKey | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useDirtyForm(edited || draft.restored);

  // Open actions of earlier sessions (before the one changed), whoever held them, offered to carry over.
  const since = data.sessions.find((f) => f._id === feedbackId)?.createdAt;
  const earlier = data.sessions.filter(
    (f) => f._id !== feedbackId && (since === undefined || f.createdAt < since),
  );
  // carriedActions lists them in openActions' order: where each was agreed comes from there.
  const carried = carriedActions(earlier);
  const open = openActions(earlier);
  const offered: OfferedAction[] = carried.map((a, i) => ({
    ...a,
    fromKind: open[i]?.kind ?? 'bimbingan',
    fromDate: open[i]?.date ?? '',
  }));
  const sessionDates = new Map(data.sessions.map((f) => [f._id, f.date]));
  const chosenCarried = carried.filter((a) => values.carry.includes(carryKey(a)));

  const errors = checkForm(values);
  const errorOf = (key: FieldKey): string | undefined => {
    const e = attempted ? errors[key] : undefined;
    if (e?.code === 'tooLong') return t('tooLong', { max: e.max ?? 0 });
    if (e) {
      if (key === 'text') return values.kind === 'dialog' ? t('agendaRequired') : t('textRequired');
      if (key === 'shareText') return t('shareRequired');
      return t('actionRequired');
    }
    return refusal?.field === key ? refusal.text : undefined;
  };

  const update = (fn: (prev: FormValues) => FormValues) => {
    setEdited(true);
    setRefusal(null);
    setValues(fn);
  };
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      update((prev) => ({ ...prev, [key]: value }));

  const save = async () => {
    setAttempted(true);
    setRefusal(null);
    const first = firstError(checkForm(values), values);
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setBusy(true);
    const input = inputOf(values, {
      id: feedbackId,
      nip,
      periodId,
      offered: carried,
      activities: data.activities,
    });
    const result = await saveFeedback(input, ctx);
    setBusy(false);
    if (!result.ok) {
      const field = fieldOfCommand(result.field, chosenCarried.length);
      setRefusal({ field, text: reasonOf(result) });
      if (field) document.getElementById(idOf(field))?.focus();
      return;
    }
    void draft.discard();
    noteUsefulAction();
    navigate(`${back}?tersimpan=${values.kind}`);
  };

  const withdraw = async () => {
    if (!feedbackId) return;
    setBusy(true);
    const result = await deleteFeedback(feedbackId, ctx);
    setBusy(false);
    if (!result.ok) {
      setRefusal({ field: null, text: reasonOf(result) });
      return;
    }
    await draft.discard();
    navigate(`${back}?tersimpan=ditarik`);
  };

  const dialog = values.kind === 'dialog';
  const invalid = attempted && firstError(errors, values) !== null;
  return (
    <form
      className="feedback-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {draft.restored && (
        <Banner
          tone="info"
          actions={
            <Button variant="ghost" onClick={() => void draft.discard()}>
              {t('discard')}
            </Button>
          }
        >
          {t('restored')}
        </Banner>
      )}
      <div role="alert">
        {invalid && <Banner tone="danger">{t('fixMarked')}</Banner>}
        {refusal && <Banner tone="danger">{t('refused', { reason: refusal.text })}</Banner>}
      </div>
      {!dialog && (
        <fieldset className="feedback-form__group feedback-kinds">
          <legend>{t('kindLegend')}</legend>
          {FORM_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="feedback-kind"
                value={k}
                checked={values.kind === k}
                onChange={() => set('kind')(k)}
              />
              <span>
                {vocab.feedbackKind(k)}
                <span className="field__hint check__hint">{t(KIND_HINTS[k])}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <TextArea
        id={FIELD_IDS.text}
        label={dialog ? vocab.dialogPart('agenda') : t('textLabel')}
        hint={t('counter', { count: values.text.length, max: LIMITS.text })}
        rows={dialog ? 3 : 5}
        maxLength={LIMITS.text}
        value={values.text}
        error={errorOf('text')}
        onChange={(e) => set('text')(e.currentTarget.value)}
        onBlur={() => void draft.flush()}
      />
      {dialog &&
        (['wentWell', 'toImprove'] as const).map((part) => (
          <TextArea
            key={part}
            id={FIELD_IDS[part]}
            label={vocab.dialogPart(part)}
            hint={t('counter', { count: values[part].length, max: LIMITS.dialog })}
            rows={4}
            maxLength={LIMITS.dialog}
            value={values[part]}
            error={errorOf(part)}
            onChange={(e) => set(part)(e.currentTarget.value)}
          />
        ))}
      {hasActions(values.kind) && (
        <AgreedActionsField
          values={values}
          offered={offered}
          sessionDates={sessionDates}
          errorOf={errorOf}
          update={update}
        />
      )}
      {!dialog && (
        <FeedbackAboutFields
          values={values}
          rhk={data.rhk}
          activities={data.activities}
          error={errorOf('about')}
          update={update}
        />
      )}
      {values.kind === 'apresiasi' && (
        <ShareProposalField values={values} error={errorOf('shareText')} update={update} />
      )}
      <div className="team-decide">
        <Button type="submit" variant="primary" busy={busy}>
          {t('save')}
        </Button>
        <Link to={back} className={buttonClass('secondary')}>
          {t('cancel')}
        </Link>
      </div>
      <p className="field__hint">{t('saveHint')}</p>
      {feedbackId && <WithdrawFeedback busy={busy} onConfirm={withdraw} />}
    </form>
  );
}
