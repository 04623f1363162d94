/**
 * Fairness aids while rating: the team's spread of predikat against the unit's organisation
 * rating with the SE MenPANRB 03/2023 rules it breaks, and hints against halo and leniency bias.
 * They warn; they never block.
 */
import { predikatOf, type AppraisalBody } from '../../../core/appraisal-draft';
import { checkCurve, type CURVE_RULES } from '../../../core/distribution';
import { allTopHint, haloHint, teamLeniencyHint, type BiasHint } from '../../../core/fairness';
import type { OrgRatingDoc } from '../../../core/schemas/reference';
import { PREDIKATS, type OrgRating, type Predikat, type Rating } from '../../../core/vocabulary';
import type { TeamMemberAppraisal } from '../../../data/queries/appraisal-queries';
import { Banner } from '../../../ui/banner';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from '../shared/appraisal-messages';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';

type Props = {
  doc: AppraisalBody;
  team: readonly TeamMemberAppraisal[];
  orgRating: OrgRatingDoc | null;
  /** The period the organisation rating was set for, when it is an earlier one. */
  orgRatingPeriodLabel: string | null;
  headsUnit: boolean;
};

type CurveCode = (typeof CURVE_RULES)[OrgRating][number]['code'];

type Row = {
  nip: string;
  predikat: Predikat | null;
  hasil: Rating | null;
  perilaku: Rating | null;
};

/** The team's current ratings, with this draft in place of its stored version. */
function teamRows(doc: AppraisalBody, team: readonly TeamMemberAppraisal[]): Row[] {
  const rows = team.map(({ employee, appraisal }) => {
    const a = employee.nip === doc.nip ? doc : appraisal;
    return {
      nip: employee.nip,
      predikat: a ? (a.status === 'final' ? a.predikat : predikatOf(a)) : null,
      hasil: a?.hasilKerja.rating ?? null,
      perilaku: a?.perilakuOverall.rating ?? null,
    };
  });
  if (!rows.some((r) => r.nip === doc.nip)) {
    rows.push({
      nip: doc.nip,
      predikat: predikatOf(doc),
      hasil: doc.hasilKerja.rating,
      perilaku: doc.perilakuOverall.rating,
    });
  }
  return rows;
}

export function FairnessPanel({ doc, team, orgRating, orgRatingPeriodLabel, headsUnit }: Props) {
  const t = useT(appraiseMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const rows = teamRows(doc, team);
  const predikats = rows.flatMap((r) => (r.predikat ? [r.predikat] : []));
  const curve = orgRating
    ? checkCurve(
        orgRating.rating,
        rows.map((r) => r.predikat),
      )
    : null;
  const broken = curve?.broken ?? [];
  // Leniency is judged for the work results and the behaviour apart, and said for each.
  type Shown = { hint: BiasHint; about: 'hasil' | 'perilaku' | null };
  const hints = [
    { hint: haloHint(doc.perilaku), about: null },
    { hint: teamLeniencyHint(rows.flatMap((r) => (r.hasil ? [r.hasil] : []))), about: 'hasil' },
    {
      hint: teamLeniencyHint(rows.flatMap((r) => (r.perilaku ? [r.perilaku] : []))),
      about: 'perilaku',
    },
    { hint: allTopHint(predikats), about: null },
  ].filter((h): h is Shown => h.hint !== null);

  const hintText = ({ hint: h, about }: Shown) =>
    h.code === 'halo'
      ? t('hintHalo', { rating: vocab.rating(h.rating) })
      : h.code === 'leniency-team'
        ? t(about === 'perilaku' ? 'hintLeniencyPerilaku' : 'hintLeniencyHasil', {
            count: h.count,
            rating: vocab.rating(h.rating),
          })
        : t('hintAllTop', { count: h.count });

  return (
    <section className="fairness" aria-labelledby="fairness-heading">
      <h2 id="fairness-heading">{t('fairnessTitle')}</h2>
      {orgRating ? (
        <p>
          {t('orgRatingIs', { rating: vocab.org(orgRating.rating) })}
          {orgRatingPeriodLabel && (
            <span className="muted">
              {' '}
              {tShared('orgRatingEarlier', { period: orgRatingPeriodLabel })}
            </span>
          )}
        </p>
      ) : (
        <p className="muted">{t('orgRatingNone')}</p>
      )}
      {headsUnit && orgRating && (
        <Banner tone="info">{t('headsUnit', { rating: vocab.org(orgRating.rating) })}</Banner>
      )}
      <table className="spread">
        <caption>{t('spreadCaption', { rated: predikats.length, total: rows.length })}</caption>
        <tbody>
          {PREDIKATS.map((p) => {
            const n = predikats.filter((x) => x === p).length;
            return (
              <tr key={p}>
                <th scope="row">{vocab.predikat(p)}</th>
                <td>{format.number(n)}</td>
                <td className="muted">
                  {predikats.length > 0 ? format.percent(n / predikats.length) : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {curve && curve.pending === 0 && broken.length === 0 && (
        <p className="fairness__ok">{t('curveOk')}</p>
      )}
      {curve && curve.pending > 0 && broken.length === 0 && (
        <p className="muted">{t('curvePending', { pending: curve.pending, total: curve.total })}</p>
      )}
      {broken.length > 0 && (
        <Banner tone="warning">
          {t('curveBroken')} {broken.map((b) => tShared(`curve.${b.code as CurveCode}`)).join('; ')}
          .
        </Banner>
      )}
      {hints.map((h) => (
        <Banner key={`${h.hint.code}-${h.about ?? ''}`} tone="warning">
          {hintText(h)}
        </Banner>
      ))}
    </section>
  );
}
