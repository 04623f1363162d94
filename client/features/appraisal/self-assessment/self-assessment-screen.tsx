/**
 * Penilaian mandiri: before the appraisal, the employee states the realisasi of each IKI (the
 * activity logs give a starting number) with a note, and a reflection on the period. Typing is
 * kept on the device; "Simpan draf" and "Ajukan" write it. Closed once the appraisal is final.
 */
import { useState } from 'react';
import type { SelfAssessmentDoc } from '../../../core/schemas/appraisal';
import { saveSelfAssessment } from '../../../data/commands/save-self-assessment';
import { useDraft } from '../../../data/drafts';
import { useCommandContext } from '../../../data/user-data';
import { realisasiOf, type AppraisalContext } from '../../../data/queries/appraisal-queries';
import { Banner } from '../../../ui/banner';
import { Button, buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useDirtyForm } from '../../../ui/dirty-forms';
import { EmptyState } from '../../../ui/empty-state';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { TextArea, TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { appraisalMessages } from '../shared/appraisal-messages';
import { PeriodFeedbackCard } from '../shared/period-feedback-card';
import { useAppraisalContext } from '../shared/use-appraisal-context';
import { selfAssessmentMessages } from './self-assessment-messages';
import '../shared/appraisal.css';

type Form = { items: SelfAssessmentDoc['items']; reflection: string };

function initialForm(ctx: AppraisalContext): Form {
  const stored = ctx.selfAssessment;
  if (stored) return { items: stored.items, reflection: stored.reflection };
  const sums = realisasiOf(ctx);
  return {
    items: sums.map((s) => ({ rhkId: s.rhkId, ikiId: s.ikiId, realisasi: s.realisasi, note: '' })),
    reflection: '',
  };
}

function SelfAssessmentForm({ ctx }: { ctx: AppraisalContext }) {
  const reasonOf = useReason();
  const t = useT(selfAssessmentMessages);
  const tShared = useT(appraisalMessages);
  const format = useFormat();
  const [form, setForm, draft] = useDraft<Form>(
    `self-assessment:${ctx.period.periodId}`,
    initialForm(ctx),
  );
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const commandCtx = useCommandContext();
  const closed = ctx.appraisal?.status === 'final';
  useDirtyForm(draft.ready && !closed && result === null);
  const sums = realisasiOf(ctx);
  const setItem = (i: number, patch: Partial<Form['items'][number]>) =>
    setForm((f) => ({ ...f, items: f.items.map((it, j) => (j === i ? { ...it, ...patch } : it)) }));

  const save = async (submit: boolean) => {
    setBusy(true);
    const r = await saveSelfAssessment(
      { periodId: ctx.period.periodId, ...form, submit },
      commandCtx,
    );
    setBusy(false);
    if (r.ok) await draft.discard();
    setResult(
      r.ok
        ? { ok: true, text: submit ? t('selfSubmitted') : t('selfSaved') }
        : { ok: false, text: reasonOf(r) },
    );
  };

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()}>
      {closed && <Banner tone="info">{t('selfClosed')}</Banner>}
      {result && (
        <Banner tone={result.ok ? 'success' : 'danger'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </Banner>
      )}
      {(ctx.plan.skp?.rhk ?? []).map((rhk, n) => (
        <Card
          key={rhk.id}
          title={
            <>
              {tShared('rhkNumber', { n: n + 1 })}: <span translate="no">{rhk.text}</span>
            </>
          }
          headingLevel={2}
        >
          {rhk.iki.map((iki) => {
            const i = form.items.findIndex((x) => x.rhkId === rhk.id && x.ikiId === iki.id);
            const item = form.items[i];
            const logged = sums.find((s) => s.rhkId === rhk.id && s.ikiId === iki.id);
            if (!item) return null;
            return (
              <fieldset key={iki.id} className="self-item" disabled={closed}>
                <legend translate="no">{iki.text}</legend>
                <p className="muted">
                  {t('selfTargetLine', {
                    target: format.number(logged?.target ?? iki.target),
                    satuan: iki.satuan,
                    logged: format.number(logged?.realisasi ?? 0),
                    entries: logged?.entries ?? 0,
                  })}
                </p>
                <TextField
                  label={t('selfRealisasi', { satuan: iki.satuan })}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  value={String(item.realisasi)}
                  onChange={(e) => setItem(i, { realisasi: Number(e.currentTarget.value) || 0 })}
                />
                <TextArea
                  label={t('selfNote')}
                  rows={2}
                  value={item.note}
                  onChange={(e) => setItem(i, { note: e.currentTarget.value })}
                />
              </fieldset>
            );
          })}
        </Card>
      ))}
      <TextArea
        label={t('reflectionLabel')}
        hint={t('reflectionHint')}
        rows={5}
        value={form.reflection}
        readOnly={closed}
        onChange={(e) => setForm((f) => ({ ...f, reflection: e.currentTarget.value }))}
      />
      {!closed && (
        <div className="row">
          <Button busy={busy} onClick={() => void save(false)}>
            {t('saveDraft')}
          </Button>
          <Button variant="primary" busy={busy} onClick={() => void save(true)}>
            {t('submitSelf')}
          </Button>
        </div>
      )}
    </form>
  );
}

export function SelfAssessmentScreen({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(selfAssessmentMessages);
  const tShared = useT(appraisalMessages);
  const format = useFormat();
  const ctx = useAppraisalContext(nip, periodId);
  if (ctx === undefined) return <Skeleton lines={6} height="2rem" announce />;
  return (
    <>
      <Link to="/kinerja" className={buttonClass('ghost')}>
        ← {tShared('backToPerformance')}
      </Link>
      <h1>{t('selfTitle', { period: ctx ? format.period(ctx.period) : periodId })}</h1>
      <Link to="/tentang" className={buttonClass('ghost')}>
        {t('aboutLink')}
      </Link>
      {!ctx || !ctx.plan.skp ? (
        <EmptyState title={t('selfNoSkp')} />
      ) : (
        <SelfAssessmentForm ctx={ctx} />
      )}
      {ctx && <PeriodFeedbackCard ctx={ctx} />}
    </>
  );
}
