/**
 * Hasil kerja: per RHK the realisasi of each IKI summarised from the activity logs next to the
 * period's target (and the employee's own self-assessment), a rating with a note and evidence;
 * then the overall hasil kerja rating.
 */
import type { AppraisalBody, ItemPath, ItemPatch } from '../../../core/appraisal-draft';
import type { IkiSummary } from '../../../core/realisasi';
import type { Rhk } from '../../../core/schemas/work';
import { feedbackAbout, type AppraisalContext } from '../../../data/queries/appraisal-queries';
import { Chip } from '../../../ui/chip';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from '../shared/appraisal-messages';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';
import { FoldingSection } from './editor-nav';
import { RatedCard } from './rated-card';
import type { ReasonCheck } from './reason-fields';
import '../shared/rating.css';

type Props = {
  doc: AppraisalBody;
  ctx: AppraisalContext;
  summaries: readonly IkiSummary[];
  edit: (path: ItemPath, patch: ItemPatch) => void;
  commit: () => void;
  readOnly: boolean;
  reasons: ReasonCheck;
  /** Unfolded, and how to fold or unfold it (the editor keeps which sections are folded). */
  open: boolean;
  onToggle: () => void;
};

function IkiTable({ rhk, ctx, summaries }: Pick<Props, 'ctx' | 'summaries'> & { rhk: Rhk }) {
  const t = useT(appraiseMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const self = ctx.selfAssessment?.items ?? [];
  return (
    <div className="table-scroll">
      <table className="iki-table">
        <thead>
          <tr>
            <th scope="col">{t('ikiColumn')}</th>
            <th scope="col">{t('targetColumn')}</th>
            <th scope="col">{t('realisasiColumn')}</th>
            <th scope="col">{t('logColumn')}</th>
            <th scope="col">{t('selfColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rhk.iki.map((iki) => {
            const s = summaries.find((x) => x.rhkId === rhk.id && x.ikiId === iki.id);
            const mine = self.find((x) => x.rhkId === rhk.id && x.ikiId === iki.id);
            const capaian = s?.capaian ?? null;
            return (
              <tr key={iki.id}>
                <th scope="row">
                  <span translate="no">{iki.text}</span>
                  <span className="muted iki-table__aspect">{vocab.aspect(iki.aspect)}</span>
                </th>
                <td>
                  {format.number(s?.target ?? iki.target)} {iki.satuan}
                </td>
                <td>
                  <strong>{format.number(s?.realisasi ?? 0)}</strong>
                  {capaian !== null && <span className="muted"> ({format.percent(capaian)})</span>}
                </td>
                <td className="muted">
                  {t('logFacts', {
                    entries: s?.entries ?? 0,
                    hours: format.number((s?.minutes ?? 0) / 60, { maximumFractionDigits: 1 }),
                    verified: format.percent(s?.verifiedShare ?? 0),
                  })}
                </td>
                <td>
                  {mine ? (
                    <>
                      {format.number(mine.realisasi)}
                      {mine.note && <span className="muted"> · {mine.note}</span>}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function HasilKerjaSection({
  doc,
  ctx,
  summaries,
  edit,
  commit,
  readOnly,
  reasons,
  open,
  onToggle,
}: Props) {
  const t = useT(appraiseMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const rhkList = ctx.plan.skp?.rhk ?? [];
  const status = t('ratedOf', {
    rated: rhkList.filter((r) => doc.rhk[r.id]?.rating).length,
    total: rhkList.length,
  });
  return (
    <FoldingSection
      headingId="hasil-kerja-heading"
      title={vocab.hasilKerja}
      status={status}
      open={open}
      onToggle={onToggle}
    >
      {ctx.selfAssessment?.reflection && (
        <blockquote className="self-reflection">
          <p className="muted">{t('selfReflection')}</p>
          <p>{ctx.selfAssessment.reflection}</p>
        </blockquote>
      )}
      {rhkList.map((rhk, i) => {
        const label = tShared('rhkNumber', { n: i + 1 });
        return (
          <RatedCard
            key={rhk.id}
            label={`${label}: ${rhk.text}`}
            title={
              <>
                {label} <Chip tone="info">{vocab.kind(rhk.kind)}</Chip>
              </>
            }
            legend={t('ratingOf', { what: label })}
            noteLabel={t('noteLabel')}
            item={doc.rhk[rhk.id]}
            path={{ kind: 'rhk', rhkId: rhk.id }}
            evidence={{
              activities: ctx.activities.filter((a) => a.rhkId === rhk.id),
              feedback: feedbackAbout(ctx, { rhkId: rhk.id }),
              logs: ctx.activities,
            }}
            reasons={reasons}
            edit={edit}
            commit={commit}
            readOnly={readOnly}
          >
            <p className="rated-card__text" translate="no">
              {rhk.text}
            </p>
            <IkiTable rhk={rhk} ctx={ctx} summaries={summaries} />
          </RatedCard>
        );
      })}
      <RatedCard
        overall
        label={tShared('overallHasil')}
        title={tShared('overallHasil')}
        legend={tShared('overallHasil')}
        noteLabel={t('overallHasilNote')}
        item={doc.hasilKerja}
        path={{ kind: 'hasilKerja' }}
        reasons={reasons}
        edit={edit}
        commit={commit}
        readOnly={readOnly}
      />
    </FoldingSection>
  );
}
