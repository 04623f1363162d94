/**
 * A group's predikat spread as bars against its curve (SE MenPANRB 03/2023), with the curve's
 * state in words: within it, broken (which rule), or not yet to be judged (how many are still to
 * be rated, as `checkCurve` says). Without a rating (an org-wide spread) only the bars.
 */
import { curveLimits, predikatSpread } from '../../core/report-figures';
import type { ReportPerson } from '../../core/schemas/report';
import { PREDIKATS, type OrgRating } from '../../core/vocabulary';
import { LimitBarChart } from '../../ui/charts/limit-bar-chart';
import { curveText } from './report-tables';
import type { ReportWords } from './use-report-words';

type Props = {
  caption: string;
  rows: readonly ReportPerson[];
  rating: OrgRating | null;
  w: ReportWords;
};

const NOT_RATED = 'belum-dinilai';

export function SpreadChart({ caption, rows, rating, w }: Props) {
  const spread = predikatSpread(rows);
  const data = [
    ...PREDIKATS.map((p) => ({ key: p, label: w.predikat(p), value: spread.counts[p] })),
    { key: NOT_RATED, label: w.t('colNotRated'), value: spread.notRated, apart: true },
  ];
  const limits = rating
    ? curveLimits(rating, spread.total).map((l) => ({
        key: l.code,
        over: l.predikats,
        bound: l.bound,
        value: l.people,
        text: w.t(l.bound === 'at-most' ? 'limitAtMost' : 'limitAtLeast', {
          count: l.people,
          predikat: l.predikats.map((p) => w.predikat(p)).join(' / '),
        }),
      }))
    : [];
  return (
    <div className="report-spread">
      <LimitBarChart
        caption={caption}
        data={data}
        limits={limits}
        labelHeader={w.t('predikatAxis')}
        valueHeader={w.t('countAxis')}
        limitHeader={w.t('limitAxis')}
      />
      {rating && <p className="report-spread__state">{curveText(rows, rating, w)}</p>}
    </div>
  );
}
