/**
 * The Atasan Pejabat Penilai decides an objection: reads the appraisal and the employee's
 * reasons, then upholds the result or changes the ratings with a reason. The predikat follows
 * the matrix; the decision is written once and is final. Works offline.
 */
import { useState } from 'react';
import { predikat as matrixPredikat } from '../../../core/predikat';
import type { Rating } from '../../../core/vocabulary';
import { decideObjection } from '../../../data/commands/respond-appraisal';
import { useDraft } from '../../../data/drafts';
import { useCommandContext } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button, buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { Dialog } from '../../../ui/dialog';
import { useDirtyForm } from '../../../ui/dirty-forms';
import { EmptyState } from '../../../ui/empty-state';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { TextArea } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { appraisalMessages } from '../shared/appraisal-messages';
import { AppraisalSummary } from '../shared/appraisal-summary';
import { PredikatCard } from '../shared/predikat-card';
import { RatingChoice } from '../shared/rating-choice';
import { useAppraisalContext } from '../shared/use-appraisal-context';
import { useCitedEvidence } from '../shared/use-cited-evidence';
import { decidedRatings } from './decided-ratings';
import { DecisionNotice } from './decision-notice';
import { objectionMessages } from './objection-messages';
import { useDecisionText } from './use-decision-text';
import '../shared/appraisal.css';

type Form = {
  outcome: 'upheld' | 'changed' | null;
  hasil: Rating | null;
  perilaku: Rating | null;
  reason: string;
};
const EMPTY: Form = { outcome: null, hasil: null, perilaku: null, reason: '' };

export function ObjectionDecisionScreen({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(objectionMessages);
  const reasonOf = useReason();
  const tShared = useT(appraisalMessages);
  const format = useFormat();
  const ctx = useAppraisalContext(nip, periodId);
  const commandCtx = useCommandContext();
  const [form, setForm, draft] = useDraft<Form>(`objection-decision:${nip}:${periodId}`, EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const decisionText = useDecisionText();
  // What the appraisal cites, opened from the server: the employee's logs are not on this device.
  const cited = useCitedEvidence(ctx, ctx?.appraisal);
  useDirtyForm(form.reason.trim() !== '' && !ctx?.decision);

  if (ctx === undefined) return <Skeleton lines={8} height="2rem" announce />;
  const appraisal = ctx?.appraisal;
  const ack = ctx?.acknowledgement;
  if (!ctx || !appraisal || !ack || ack.kind !== 'object')
    return <EmptyState title={t('noObjection')} />;
  const name = appraisal.parties?.pegawai.name ?? ctx.employee?.name ?? nip;
  const changed = form.outcome === 'changed';
  const newPredikat =
    changed && form.hasil && form.perilaku ? matrixPredikat(form.hasil, form.perilaku) : null;
  const ready =
    form.outcome !== null && form.reason.trim() !== '' && (!changed || newPredikat !== null);
  // What the decision would do, said again in the confirmation.
  const decidedPredikat = changed ? newPredikat : appraisal.predikat;
  const pending =
    ready && form.outcome && decidedPredikat
      ? decidedRatings(appraisal, {
          outcome: form.outcome,
          hasilKerja: form.hasil,
          perilaku: form.perilaku,
          predikat: decidedPredikat,
        })
      : null;

  const decide = async () => {
    if (!form.outcome) return;
    setConfirming(false);
    setBusy(true);
    const result = await decideObjection(
      {
        nip,
        periodId,
        outcome: form.outcome,
        hasilKerja: form.hasil,
        perilaku: form.perilaku,
        reason: form.reason,
      },
      commandCtx,
    );
    setBusy(false);
    if (result.ok) await draft.discard();
    else setError(reasonOf(result));
  };

  return (
    <div className="objection">
      <Link to="/penilaian" className={buttonClass('ghost')}>
        ← {tShared('backToTeam')}
      </Link>
      <h1>{t('decisionTitle', { name })}</h1>
      <p className="muted">
        <span>{format.period(ctx.period)}</span> ·{' '}
        {t('appraiserLine', { name: appraisal.parties?.penilai.name ?? appraisal.appraiserNip })}
      </p>
      <Link to={`/penilaian/${nip}/${periodId}/dokumen`} className={buttonClass('secondary')}>
        {tShared('openDocument')}
      </Link>
      <Card title={t('objectionReasons')}>
        <p className="muted">{t('objectedOn', { date: format.date(ack.at) })}</p>
        <blockquote className="objection-text" translate="no">
          {ack.reasons}
        </blockquote>
      </Card>
      <div className="appraisal__layout">
        <div className="appraisal__main">
          <AppraisalSummary ctx={ctx} appraisal={appraisal} cited={cited} />
        </div>
        <aside className="appraisal__side">
          <PredikatCard
            hasilKerja={changed ? form.hasil : appraisal.hasilKerja.rating}
            perilaku={changed ? form.perilaku : appraisal.perilakuOverall.rating}
            predikat={changed ? newPredikat : appraisal.predikat}
            reason={changed ? null : appraisal.predikatNote}
          />
          {ctx.decision ? (
            <Card title={t('decisionDone')}>
              <DecisionNotice ctx={ctx} />
            </Card>
          ) : (
            <Card title={t('decideTitle')}>
              {error && (
                <Banner tone="danger" role="alert">
                  {error}
                </Banner>
              )}
              <fieldset className="outcome">
                <legend>{t('outcomeLegend')}</legend>
                {(['upheld', 'changed'] as const).map((o) => (
                  <label key={o} className="check">
                    <input
                      type="radio"
                      name="outcome"
                      checked={form.outcome === o}
                      onChange={() => setForm({ ...form, outcome: o })}
                    />
                    <span>{o === 'upheld' ? t('outcomeUpheld') : t('outcomeChanged')}</span>
                  </label>
                ))}
              </fieldset>
              {changed && (
                <>
                  <RatingChoice
                    showLegend
                    legend={t('newHasil')}
                    value={form.hasil}
                    onChange={(hasil) => setForm({ ...form, hasil })}
                  />
                  <RatingChoice
                    showLegend
                    legend={t('newPerilaku')}
                    value={form.perilaku}
                    onChange={(perilaku) => setForm({ ...form, perilaku })}
                  />
                </>
              )}
              <TextArea
                label={t('reasonLabel')}
                rows={4}
                value={form.reason}
                onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
                onBlur={() => void draft.flush()}
              />
              <p className="muted">{t('finalWarning')}</p>
              <Button
                variant="primary"
                block
                busy={busy}
                disabled={!ready}
                onClick={() => setConfirming(true)}
              >
                {t('decide')}
              </Button>
              <Dialog
                alert
                open={confirming && pending !== null}
                title={t('confirmTitle', { name })}
                onClose={() => setConfirming(false)}
                actions={
                  <>
                    <Button onClick={() => setConfirming(false)}>{t('confirmBack')}</Button>
                    <Button variant="primary" onClick={() => void decide()}>
                      {t('confirmDecide')}
                    </Button>
                  </>
                }
              >
                {pending && <p>{decisionText(pending)}</p>}
                <p>
                  <strong>{t('confirmFinal')}</strong>
                </p>
              </Dialog>
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}
