/**
 * "Rencana pengembangan": the plan of the year, editable offline; suggestions from the latest
 * final appraisal's weak areas and the catalog, and the development actions agreed in a dialog
 * kinerja (marked as such). A new item's form opens from "Tambah rencana".
 */
import { useState, type FormEvent } from 'react';
import { planItemsFromDialogs, suggestPlanItems } from '../../core/development-plan';
import { newUlid } from '../../core/ids';
import type { DevelopmentPlanDoc, PlanItem, TrainingDoc } from '../../core/schemas/development';
import type { AppraisalDoc } from '../../core/schemas/appraisal';
import type { FeedbackDoc } from '../../core/schemas/work';
import { BERAKHLAK, type DevFocus } from '../../core/vocabulary';
import { addPlanItems, savePlan } from '../../data/commands/development-staff';
import { useDraft } from '../../data/drafts';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { useReason } from '../../ui/use-reason';
import { developmentMessages } from './development-messages';
import { useFormOnDemand } from './use-form-on-demand';

type Props = {
  year: number;
  plan: DevelopmentPlanDoc | null;
  appraisal: AppraisalDoc | null;
  catalog: readonly TrainingDoc[];
  dialogs: readonly FeedbackDoc[];
  onMessage: (message: string) => void;
};

const FOCI: readonly DevFocus[] = ['hasil-kerja', ...BERAKHLAK];
const STATUSES = ['planned', 'done', 'dropped'] as const;
type Values = { focus: DevFocus; text: string; due: string; status: PlanItem['status'] };

/** The fields of one item, for adding one or editing it. */
function ItemForm(props: {
  draftKey: string;
  initial: Values;
  heading: string;
  submitLabel: string;
  withStatus: boolean;
  /** When given, the form waits behind a button of this label (open at once on a typed draft). */
  openLabel?: string;
  onSave: (values: Values) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const [values, setValues, draft] = useDraft<Values>(props.draftKey, props.initial);
  const [error, setError] = useState<{ text?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const typed = draft.restored && JSON.stringify(values) !== JSON.stringify(props.initial);
  const onDemand = useFormOnDemand(typed);
  const { openerId, formRef, show, hide } = onDemand;
  const close = async () => {
    setError({});
    await draft.discard();
    hide();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.text.trim() === '') {
      setError({ text: t('planTextRequired') });
      return;
    }
    setBusy(true);
    const problem = await props.onSave(values);
    setBusy(false);
    if (problem !== null) {
      setError({ form: problem });
      return;
    }
    await close();
  };
  if (props.openLabel !== undefined && !onDemand.open)
    return (
      <Button id={openerId} onClick={show}>
        {props.openLabel}
      </Button>
    );
  return (
    <form ref={formRef} className="dev-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{props.heading}</h4>
      <Select
        label={t('planFocus')}
        value={values.focus}
        disabled={busy}
        options={FOCI.map((f) => ({ value: f, label: dv.focus(f) }))}
        onChange={(e) => set({ focus: e.target.value as DevFocus })}
      />
      <TextField
        label={t('planText')}
        value={values.text}
        maxLength={500}
        required
        disabled={busy}
        error={error.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <TextField
        type="date"
        label={t('planDueLabel')}
        value={values.due}
        disabled={busy}
        onChange={(e) => set({ due: e.target.value })}
      />
      {props.withStatus && (
        <Select
          label={t('planStatusLabel')}
          value={values.status}
          disabled={busy}
          options={STATUSES.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))}
          onChange={(e) => set({ status: e.target.value as Values['status'] })}
        />
      )}
      {error.form && (
        <p className="field__error" role="alert">
          {error.form}
        </p>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button onClick={props.onCancel} disabled={busy}>
            {t('cancel')}
          </Button>
        )}
        {props.openLabel !== undefined && (
          <Button onClick={() => void close()} disabled={busy}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

export function PlanSection({ year, plan, appraisal, catalog, dialogs, onMessage }: Props) {
  const reasonOf = useReason();
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const format = useFormat();
  const ctx = useCommandContext();
  const [editing, setEditing] = useState<string | null>(null);
  const items = plan?.items ?? [];
  const suggested = suggestPlanItems(appraisal, catalog, items, year).filter(
    (s) => !items.some((i) => i.id === s.id),
  );
  const fromDialogs = planItemsFromDialogs(dialogs, items, year);

  const write = async (next: PlanItem[]) => {
    const res = await savePlan(year, next, ctx);
    if (res.ok) onMessage(t('planSaved'));
    return res.ok ? null : reasonOf(res);
  };
  const add = async (extra: PlanItem[]) => {
    const res = await addPlanItems(year, extra, ctx);
    onMessage(res.ok ? t('planSaved') : reasonOf(res));
  };

  return (
    <Card title={t('planTitle', { year: String(year) })}>
      <p className="muted">{t('planIntro')}</p>
      {items.length === 0 ? (
        <p>{t('planNone')}</p>
      ) : (
        <ul className="dev-list">
          {items.map((item) => (
            <li key={item.id} className="dev-item" data-status={item.status}>
              {editing === item.id ? (
                <ItemForm
                  draftKey={`dev-plan:${ctx.user.nip}:${year}:${item.id}`}
                  initial={{
                    focus: item.focus,
                    text: item.text,
                    due: item.due ?? '',
                    status: item.status,
                  }}
                  heading={t('planEditOf', { text: item.text })}
                  submitLabel={t('planSave')}
                  withStatus
                  onCancel={() => setEditing(null)}
                  onSave={async (v) => {
                    const problem = await write(
                      items.map((i) =>
                        i.id === item.id
                          ? {
                              ...i,
                              focus: v.focus,
                              text: v.text,
                              due: v.due || null,
                              status: v.status,
                            }
                          : i,
                      ),
                    );
                    if (problem === null) setEditing(null);
                    return problem;
                  }}
                />
              ) : (
                <>
                  <div className="dev-item__head">
                    <h3 className="dev-item__title" translate="no">
                      {item.text}
                    </h3>
                    <Chip tone={item.status === 'done' ? 'success' : 'neutral'}>
                      {t(`planStatus.${item.status}`)}
                    </Chip>
                  </div>
                  <p className="muted">
                    {[
                      dv.focus(item.focus),
                      dv.form(item.form),
                      item.due ? t('planDue', { date: format.date(item.due) }) : '',
                    ]
                      .filter((x) => x !== '')
                      .join(' · ')}
                  </p>
                  {item.agreedIn !== null && <Chip tone="info">{t('planAgreed')}</Chip>}
                  <Button
                    aria-label={t('planEditOf', { text: item.text })}
                    onClick={() => setEditing(item.id)}
                  >
                    {t('planEdit')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {suggested.length > 0 && (
        <section className="dev-suggest" aria-label={t('planSuggestions')}>
          <h3>{t('planSuggestions')}</h3>
          <p>{t('planSuggestionsBody')}</p>
          <ul>
            {suggested.map((s) => (
              <li key={s.id}>
                {dv.focus(s.focus)}: {s.text}
              </li>
            ))}
          </ul>
          <Button onClick={() => void add(suggested)}>{t('addSuggestions')}</Button>
        </section>
      )}
      {fromDialogs.length > 0 && (
        <section className="dev-suggest" aria-label={t('planDialogs')}>
          <h3>{t('planDialogs')}</h3>
          <ul>
            {fromDialogs.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ul>
          <Button onClick={() => void add(fromDialogs)}>{t('addDialogs')}</Button>
        </section>
      )}
      <ItemForm
        draftKey={`dev-plan:${ctx.user.nip}:${year}:new`}
        initial={{ focus: 'hasil-kerja', text: '', due: '', status: 'planned' }}
        heading={t('planAdd')}
        submitLabel={t('planAdd')}
        withStatus={false}
        openLabel={t('planAdd')}
        onSave={(v) =>
          write([
            ...items,
            {
              id: `p-${newUlid().toLowerCase()}`,
              focus: v.focus,
              trainingId: null,
              form: 'belajar-mandiri',
              text: v.text,
              due: v.due || null,
              agreedIn: null,
              status: 'planned',
            },
          ])
        }
      />
    </Card>
  );
}
