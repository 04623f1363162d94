/**
 * The appraisal of one report for one period, by the Pejabat Penilai Kinerja on a tablet: the
 * three aspects, hasil kerja per RHK with realisasi and evidence, perilaku per BerAKHLAK value,
 * the predikat with its matrix cell, fairness aids, trainings, and "Finalkan". Works offline; the
 * draft autosaves on the device and syncs between the appraiser's devices.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { missingForFinal, predikatOf } from '../../../core/appraisal-draft';
import {
  missingReasons,
  PREDIKAT_NOTE_PATH,
  type MissingReason,
} from '../../../core/appraisal-reasons';
import { recommendTrainings, weakAreas } from '../../../core/recommendations';
import { realisasiOf, orgRatingFor, teamAppraisals } from '../../../data/queries/appraisal-queries';
import { signingParties } from '../../../data/queries/signing-parties';
import { useReadModel } from '../../../data/user-data';
import { useSessionStore } from '../../../data/session-store';
import { Banner } from '../../../ui/banner';
import { Button, buttonClass } from '../../../ui/button';
import { Chip } from '../../../ui/chip';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useDirtyForm } from '../../../ui/dirty-forms';
import { EmptyState } from '../../../ui/empty-state';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { TextArea } from '../../../ui/text-field';
import { DecisionNotice } from '../objection/decision-notice';
import { appraisalMessages } from '../shared/appraisal-messages';
import { PredikatCard } from '../shared/predikat-card';
import { useAppraisalContext } from '../shared/use-appraisal-context';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';
import { JumpList, useFoldedSections } from './editor-nav';
import { MissingList, ReasonsList, sectionOf } from './missing-lists';
import { FairnessPanel } from './fairness-panel';
import { HasilKerjaSection } from './hasil-kerja-section';
import { PerilakuSection } from './perilaku-section';
import { focusField, reasonFieldId } from './reason-fields';
import { ThreeAspects } from './three-aspects';
import { TrainingPanel } from './training-panel';
import { useAppraisalDraft } from './use-appraisal-draft';
import '../shared/appraisal.css';

export function AppraisalEditor({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(appraiseMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const rm = useReadModel();
  const me = useSessionStore((s) => s.user?.nip ?? '');
  const today = format.today();
  const ctx = useAppraisalContext(nip, periodId);
  const team = useLiveQuery(
    () => teamAppraisals(rm, me, periodId, today),
    [rm, me, periodId, today],
    [],
  );
  const unitId = ctx?.employee?.unitId ?? null;
  const orgRating = useLiveQuery(
    async () => (rm && ctx && unitId ? await orgRatingFor(rm, unitId, ctx.period) : null),
    [rm, unitId, ctx?.period.periodId],
    null,
  );
  const orgPeriod = useLiveQuery(
    async () =>
      rm && orgRating ? await rm.periods.get(`period:${orgRating.periodId}`) : undefined,
    [rm, orgRating?.periodId],
  );
  const rhkKey = ctx?.plan.skp?.rhk.map((r) => r.id).join(',');
  const rhkIds = useMemo(
    () => (rhkKey === undefined ? undefined : rhkKey.split(',').filter(Boolean)),
    [rhkKey],
  );
  const draft = useAppraisalDraft({
    nip,
    periodId,
    appraiserNip: me,
    stored: ctx === undefined ? undefined : (ctx?.appraisal ?? null),
    rhkIds: ctx === undefined ? undefined : (rhkIds ?? []),
  });
  const [confirming, setConfirming] = useState(false);
  const [missingShown, setMissingShown] = useState(false);
  const [partiesMissing, setPartiesMissing] = useState(false);
  const [reasonsShown, setReasonsShown] = useState(false);
  const [reveal, setReveal] = useState(0);
  const sections = useFoldedSections();
  useDirtyForm(['typing', 'kept', 'saving'].includes(draft.saveState));

  if (ctx === null) return <EmptyState title={t('periodUnknown')} />;
  if (ctx === undefined || draft.doc === null) return <Skeleton lines={8} height="2rem" announce />;
  const doc = draft.doc;
  const final = doc.status === 'final';
  const readOnly = final || doc.appraiserNip !== me;
  const name = ctx.employee?.name ?? doc.parties?.pegawai.name ?? nip;
  const summaries = realisasiOf(ctx);
  const missing = missingForFinal(doc, rhkIds ?? []);
  const unexplained = readOnly ? [] : missingReasons(doc);
  const reasons = {
    lacking: new Set(unexplained.map((m) => m.path)),
    shown: reasonsShown,
    reveal,
  };
  const predikatLacks = reasons.lacking.has(PREDIKAT_NOTE_PATH);
  const livePredikat = final ? doc.predikat : predikatOf(doc);
  const section = { doc, ctx, edit: draft.edit, commit: draft.commit, readOnly, reasons };
  const folding = (id: string) => ({
    open: !sections.folded.has(id),
    onToggle: () => sections.toggle(id),
  });
  const jumps = [
    { headingId: 'hasil-kerja-heading', label: vocab.hasilKerja },
    { headingId: 'perilaku-heading', label: vocab.perilaku },
    { headingId: 'predikat-heading', label: tShared('predikatTitle') },
    { headingId: 'three-aspects-heading', label: t('threeAspects') },
    { headingId: 'fairness-heading', label: t('fairnessTitle') },
    { headingId: 'trainings-heading', label: t('trainingsTitle') },
  ];

  /** Unfolds the card of a missing reason and moves the focus to its note field. */
  const jumpToReason = (m: MissingReason) => {
    const heading = sectionOf(m);
    if (heading) sections.unfold(heading);
    setReveal((n) => n + 1);
    focusField(reasonFieldId(m.path));
  };

  /** "Finalkan": asks for what is missing, or else for confirmation. */
  const tryFinalize = () => {
    if (missing.length > 0) setMissingShown(true);
    const first = unexplained[0];
    if (first) {
      setReasonsShown(true);
      for (const m of unexplained) {
        const heading = sectionOf(m);
        if (heading) sections.unfold(heading);
      }
      jumpToReason(first);
    }
    if (missing.length === 0 && !first) setConfirming(true);
  };

  const finalize = async () => {
    const parties = await signingParties(rm, nip, me, today);
    if (!parties) {
      setPartiesMissing(true);
      return;
    }
    if (doc.recommendations.length === 0) {
      draft.setRecommendations(recommendTrainings(weakAreas(doc), ctx.trainings));
    }
    const result = await draft.finalize(parties);
    if (result?.ok) setConfirming(false);
  };

  return (
    <div className="appraisal">
      <header className="appraisal__header">
        <Link to={`/penilaian?periode=${periodId}`} className={buttonClass('ghost')}>
          ← {tShared('backToTeam')}
        </Link>
        <h1>{t('editorTitle', { name })}</h1>
        <Link to="/tentang" className={buttonClass('ghost')}>
          {t('aboutLink')}
        </Link>
      </header>
      <div className="appraisal__sticky">
        <p className="row appraisal__bar">
          <span className="muted">
            <span translate="no">{ctx.employee?.position}</span> ·{' '}
            <span>{format.period(ctx.period)}</span>
          </span>
          <Chip tone={final ? 'success' : 'warning'}>
            {final ? tShared('statusFinal') : tShared('statusDraft')}
          </Chip>
          <Chip tone="info">
            {livePredikat
              ? t('predikatChip', { predikat: vocab.predikat(livePredikat) })
              : t('predikatNone')}
          </Chip>
          {!final && (
            <span>
              {missing.length > 0 ? t('toRate', { count: missing.length }) : t('allRated')}
            </span>
          )}
          {unexplained.length > 0 && <span>{t('toExplain', { count: unexplained.length })}</span>}
          <span className="muted" role="status">
            {draft.saveState === 'typing' || draft.saveState === 'saving'
              ? t('saving')
              : draft.saveState === 'kept'
                ? t('keptOnDevice')
                : draft.saveState === 'saved'
                  ? t('savedOnDevice')
                  : ''}
          </span>
        </p>
        <JumpList jumps={jumps} onJump={sections.unfold} />
      </div>
      {draft.error && (
        <Banner tone="danger" role="alert">
          {draft.error}
        </Banner>
      )}
      {final && (
        <Banner
          tone="success"
          actions={
            <Link to={`/penilaian/${nip}/${periodId}/dokumen`} className={buttonClass('secondary')}>
              {tShared('openDocument')}
            </Link>
          }
        >
          {t('finalNotice', { date: format.date(doc.finalizedAt ?? doc.updatedAt) })}
        </Banner>
      )}
      {!final && ctx.plan.status !== 'approved' && (
        <Banner tone="warning">{t('skpNotApproved')}</Banner>
      )}
      {ctx.acknowledgement && (
        <Banner tone={ctx.acknowledgement.kind === 'object' ? 'warning' : 'info'}>
          {ctx.acknowledgement.kind === 'object'
            ? t('employeeObjected', { reasons: ctx.acknowledgement.reasons })
            : t('employeeAccepted')}
        </Banner>
      )}
      <DecisionNotice ctx={ctx} />
      <div className="appraisal__grid">
        <div className="appraisal__aspects">
          <ThreeAspects nip={nip} period={ctx.period} doc={doc} view="appraiser" />
        </div>
        <div className="appraisal__predikat">
          <PredikatCard
            hasilKerja={doc.hasilKerja.rating}
            perilaku={doc.perilakuOverall.rating}
            predikat={livePredikat}
            reason={readOnly ? doc.predikatNote : null}
          >
            {!readOnly && (
              <>
                <TextArea
                  id={reasonFieldId(PREDIKAT_NOTE_PATH)}
                  label={tShared('predikatReason')}
                  rows={3}
                  value={doc.predikatNote}
                  hint={predikatLacks && !reasonsShown ? t('predikatReasonHint') : undefined}
                  error={predikatLacks && reasonsShown ? t('predikatReasonHint') : undefined}
                  onChange={(e) => draft.setPredikatNote(e.currentTarget.value)}
                  onBlur={() => void draft.commit()}
                />
                <Button variant="primary" block onClick={tryFinalize}>
                  {t('finalize')}
                </Button>
                {missingShown && missing.length > 0 && (
                  <MissingList missing={missing} rhkIds={rhkIds ?? []} />
                )}
                {reasonsShown && unexplained.length > 0 && (
                  <ReasonsList missing={unexplained} rhkIds={rhkIds ?? []} onJump={jumpToReason} />
                )}
              </>
            )}
          </PredikatCard>
        </div>
        <div className="appraisal__fairness">
          <FairnessPanel
            doc={doc}
            team={team}
            orgRating={orgRating}
            orgRatingPeriodLabel={
              orgRating && orgRating.periodId !== periodId
                ? orgPeriod
                  ? format.period(orgPeriod)
                  : orgRating.periodId
                : null
            }
            headsUnit={ctx.unit?.headNip === nip}
          />
        </div>
        <div className="appraisal__work">
          <HasilKerjaSection
            {...section}
            {...folding('hasil-kerja-heading')}
            summaries={summaries}
          />
          <PerilakuSection {...section} {...folding('perilaku-heading')} />
        </div>
        <div className="appraisal__trainings">
          <TrainingPanel
            doc={doc}
            trainings={ctx.trainings}
            readOnly={readOnly}
            onChange={(trainingIds) => {
              draft.setRecommendations(trainingIds);
              void draft.commit();
            }}
          />
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('confirmTitle')}
        onClose={() => setConfirming(false)}
        confirmLabel={t('finalize')}
        busy={draft.saveState === 'saving'}
        onConfirm={() => void finalize()}
      >
        <p>{t('confirmBody', { name })}</p>
        {partiesMissing && (
          <Banner tone="danger" role="alert">
            {t('partiesMissing')}
          </Banner>
        )}
      </ConfirmDialog>
    </div>
  );
}
