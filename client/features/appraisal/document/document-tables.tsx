/**
 * The hasil kerja and perilaku tables of the evaluation document. Each row's "Umpan Balik
 * Berkelanjutan Berdasarkan Bukti Dukung" is the period's feedback about that RHK or value on this
 * device, then the appraiser's reason for the rating.
 */
import type { IkiSummary } from '../../../core/realisasi';
import { BERAKHLAK } from '../../../core/vocabulary';
import {
  feedbackAbout,
  type AppraisalContext,
  type FeedbackTopic,
} from '../../../data/queries/appraisal-queries';
import type { AppraisalRow } from '../../../data/read-model';
import type { BerakhlakValue, Rating } from '../../../core/vocabulary';
import type { DecidedRatings } from '../objection/decided-ratings';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { ratedRhkOf } from '../shared/rated-rhk';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { documentMessages } from './document-messages';

type Props = { ctx: AppraisalContext; appraisal: AppraisalRow; decided: DecidedRatings };

/** An overall rating as it stands, saying so when the decision on an objection changed it. */
function OverallRating({ now, before }: { now: Rating | null; before: Rating | null }) {
  const t = useT(documentMessages);
  const vocab = useAppraisalVocabulary();
  if (!now) return <>—</>;
  if (now === before || !before) return <>{vocab.rating(now)}</>;
  return (
    <>
      {vocab.rating(now)}{' '}
      <span className="eval-doc__guide">
        {t('changedByDecision', { before: vocab.rating(before) })}
      </span>
    </>
  );
}

/** The feedback column of one row: the period's feedback about it, then the reason of its rating. */
function FeedbackCell({
  ctx,
  topic,
  reason,
  rowSpan,
}: {
  ctx: AppraisalContext;
  topic: FeedbackTopic | null;
  reason: string | undefined;
  rowSpan?: number;
}) {
  const t = useT(documentMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const feedback = topic ? feedbackAbout(ctx, topic) : [];
  const why = reason?.trim();
  return (
    <td rowSpan={rowSpan}>
      {feedback.length === 0 && !why && '—'}
      {feedback.length > 0 && (
        <ul className="eval-doc__feedback">
          {feedback.map((f) => (
            <li key={f.id}>
              {format.date(f.date)} · {vocab.feedbackKind(f.kind)}:{' '}
              <span translate="no">{f.text}</span>
            </li>
          ))}
        </ul>
      )}
      {why && (
        <p className="eval-doc__reason">
          <strong>{t('reasonLabel')}</strong> <span translate="no">{why}</span>
        </p>
      )}
    </td>
  );
}

export function DocumentHasilKerja({
  ctx,
  appraisal,
  decided,
  summaries,
}: Props & { summaries: readonly IkiSummary[] }) {
  const t = useT(documentMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  // The SKP is on every device that reads the appraisal (the atasan's through `plan:`); a rated
  // RHK it lacks (not synced yet, or removed from the SKP later) still prints by number.
  const rated = ratedRhkOf(ctx.plan.skp, appraisal.rhk);
  return (
    <table className="eval-doc__table">
      <thead>
        <tr>
          <th scope="col">{t('no')}</th>
          <th scope="col">{t('rhk')}</th>
          <th scope="col">{t('aspect')}</th>
          <th scope="col">{t('iki')}</th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('realisasi')}</th>
          <th scope="col">{t('rating')}</th>
          <th scope="col">{t('feedback')}</th>
        </tr>
      </thead>
      <tbody>
        {rated.flatMap(({ id, n, rhk, item }, i) => {
          const ratingCell = <td>{item?.rating ? vocab.rating(item.rating) : '—'}</td>;
          if (!rhk) {
            return [
              <tr key={id}>
                <td>{i + 1}</td>
                <td colSpan={5}>{t('rhkNotOnDevice', { id: n === null ? id : String(n) })}</td>
                {ratingCell}
                <FeedbackCell ctx={ctx} topic={{ rhkId: id }} reason={item?.note} />
              </tr>,
            ];
          }
          return rhk.iki.map((iki, j) => {
            const s = summaries.find((x) => x.rhkId === rhk.id && x.ikiId === iki.id);
            const span = rhk.iki.length;
            return (
              <tr key={`${rhk.id}:${iki.id}`}>
                {j === 0 && <td rowSpan={span}>{i + 1}</td>}
                {j === 0 && (
                  <td rowSpan={span}>
                    <span translate="no">{rhk.text}</span>{' '}
                    <span className="muted">({vocab.kind(rhk.kind)})</span>
                  </td>
                )}
                <td>{vocab.aspect(iki.aspect)}</td>
                <td translate="no">{iki.text}</td>
                <td>{s ? `${format.number(s.target)} ${iki.satuan}` : '—'}</td>
                <td>
                  {s && s.entries > 0
                    ? `${format.number(s.realisasi)} ${iki.satuan}${s.capaian === null ? '' : ` (${format.percent(s.capaian)})`}`
                    : '—'}
                </td>
                {j === 0 && (
                  <td rowSpan={span}>{item?.rating ? vocab.rating(item.rating) : '—'}</td>
                )}
                {j === 0 && (
                  <FeedbackCell
                    ctx={ctx}
                    topic={{ rhkId: id }}
                    reason={item?.note}
                    rowSpan={span}
                  />
                )}
              </tr>
            );
          });
        })}
        <tr className="eval-doc__total">
          <th scope="row" colSpan={6}>
            {t('hasilKerjaRating')}
          </th>
          <td>
            <OverallRating now={decided.hasilKerja} before={decided.before.hasilKerja} />
          </td>
          <FeedbackCell ctx={ctx} topic={null} reason={appraisal.hasilKerja.note} />
        </tr>
      </tbody>
    </table>
  );
}

export function DocumentPerilaku({
  ctx,
  appraisal,
  decided,
  expectations,
}: Props & { expectations: Partial<Record<BerakhlakValue, string>> }) {
  const t = useT(documentMessages);
  const vocab = useAppraisalVocabulary();
  return (
    <table className="eval-doc__table">
      <thead>
        <tr>
          <th scope="col">{t('no')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('expectation')}</th>
          <th scope="col">{t('feedback')}</th>
          <th scope="col">{t('rating')}</th>
        </tr>
      </thead>
      <tbody>
        {BERAKHLAK.map((v, i) => {
          const item = appraisal.perilaku[v];
          return (
            <tr key={v}>
              <td>{i + 1}</td>
              <td>
                <strong>{vocab.value(v)}</strong>
                <br />
                <span className="eval-doc__guide">{vocab.guide(v)}</span>
              </td>
              <td>{expectations[v] || '—'}</td>
              <FeedbackCell ctx={ctx} topic={{ value: v }} reason={item?.note} />
              <td>{item?.rating ? vocab.rating(item.rating) : '—'}</td>
            </tr>
          );
        })}
        <tr className="eval-doc__total">
          <th scope="row" colSpan={3}>
            {t('perilakuRating')}
          </th>
          <FeedbackCell ctx={ctx} topic={null} reason={appraisal.perilakuOverall.note} />
          <td>
            <OverallRating now={decided.perilaku} before={decided.before.perilaku} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
