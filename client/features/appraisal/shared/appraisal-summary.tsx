/**
 * A final appraisal as people read it: every rating with its reason and evidence, hasil kerja
 * per RHK (with the RHK's text and IKI from the SKP) and perilaku per BerAKHLAK value, with the
 * overall ratings. Used by "Rapor saya" and by the atasan deciding an objection (with the cited
 * evidence their device opened on demand).
 */
import type { ReactNode } from 'react';
import { parseId } from '../../../core/ids';
import type { IkiSummary } from '../../../core/realisasi';
import type { RatedItem } from '../../../core/schemas/appraisal';
import type { Rhk } from '../../../core/schemas/work';
import { BERAKHLAK } from '../../../core/vocabulary';
import { realisasiOf, type AppraisalContext } from '../../../data/queries/appraisal-queries';
import type { AppraisalRow } from '../../../data/read-model';
import { Chip } from '../../../ui/chip';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from './appraisal-messages';
import { EvidenceThumb, photoOf } from './evidence-thumb';
import { IkiProgress } from './iki-progress';
import { ratedRhkOf, type RatedRhk } from './rated-rhk';
import type { CitedActivity, CitedEvidence, MissingState } from './use-cited-evidence';
import { useAppraisalVocabulary } from './use-appraisal-vocabulary';
import './rating.css';

type Props = {
  ctx: AppraisalContext;
  appraisal: AppraisalRow;
  /**
   * The cited evidence this device opened on demand (the atasan's view); without it, evidence
   * not on the device is counted as kept on the devices of the employee and the appraiser.
   */
  cited?: CitedEvidence;
};

/** How many cited pieces do not show, and why, as one line each. */
function MissingLines({
  ids,
  onDemand,
}: {
  ids: readonly string[];
  onDemand: CitedEvidence | undefined;
}) {
  const t = useT(appraisalMessages);
  if (ids.length === 0) return null;
  if (!onDemand) return <li>{t('evidenceElsewhere', { count: ids.length })}</li>;
  const count = (state: MissingState) =>
    ids.filter((id) => onDemand.missing.get(id.split('#')[0] ?? '') === state).length;
  const feedback = ids.filter((id) => parseId(id)?.type === 'feedback').length;
  const lines = [
    { key: 'loading', n: count('loading'), text: 'evidenceLoading' },
    { key: 'offline', n: count('offline'), text: 'evidenceOffline' },
    { key: 'refused', n: count('refused'), text: 'evidenceUnavailable' },
    { key: 'feedback', n: feedback, text: 'evidenceFeedbackElsewhere' },
  ] as const;
  return (
    <>
      {lines
        .filter((l) => l.n > 0)
        .map((l) => (
          <li key={l.key} className="muted">
            {t(l.text, { count: l.n })}
          </li>
        ))}
    </>
  );
}

function Evidence({
  ids,
  ctx,
  cited,
}: {
  ids: readonly string[];
  ctx: AppraisalContext;
  cited: CitedEvidence | undefined;
}) {
  const t = useT(appraisalMessages);
  const format = useFormat();
  if (ids.length === 0) return null;
  const activityOf = (id: string): CitedActivity | undefined => {
    const activityId = id.split('#')[0] ?? '';
    return ctx.activities.find((a) => a.id === activityId) ?? cited?.activities.get(activityId);
  };
  const feedbackOf = (id: string) => ctx.feedback.find((f) => f.id === id);
  const here = ids.filter((id) => activityOf(id) || feedbackOf(id));
  // The employee's logs and feedback are not sent to the atasan's device: what was not opened
  // on demand is said in a line with its count.
  const notHere = ids.filter((id) => !here.includes(id));
  return (
    <ul className="evidence-cited" aria-label={t('evidenceCited')}>
      {here.map((id) => {
        const photo = id.split('#')[1];
        const act = activityOf(id);
        const fb = feedbackOf(id);
        if (act && photo) {
          const date = format.date(act.date, 'short');
          return (
            <li key={id} className="evidence-cited__photo">
              <EvidenceThumb
                photo={photoOf(act.photos, photo)}
                alt={t('evidencePhoto', { date, kegiatan: act.kegiatan })}
              />
              <span aria-hidden="true">
                {date} · {act.kegiatan}
              </span>
            </li>
          );
        }
        const text = act
          ? `${format.date(act.date, 'short')} · ${act.kegiatan} (${format.number(act.realisasi)} ${act.satuan})`
          : fb
            ? t('evidenceFeedback', { date: format.date(fb.date, 'short'), text: fb.text })
            : '';
        return <li key={id}>{text}</li>;
      })}
      <MissingLines ids={notHere} onDemand={cited} />
    </ul>
  );
}

/** The IKI of an RHK with what the period's logs achieved against the period's target. */
function IkiList({ rhk, summaries }: { rhk: Rhk; summaries: readonly IkiSummary[] }) {
  const vocab = useAppraisalVocabulary();
  return (
    <ul className="rated-line__iki">
      {rhk.iki.map((iki) => {
        const s = summaries.find((x) => x.rhkId === rhk.id && x.ikiId === iki.id);
        return (
          <li key={iki.id}>
            <span translate="no">{iki.text}</span>{' '}
            <span className="muted">· {vocab.aspect(iki.aspect)}</span>
            {s && <IkiProgress summary={s} />}
          </li>
        );
      })}
    </ul>
  );
}

function RhkTitle({ r }: { r: RatedRhk }) {
  const t = useT(appraisalMessages);
  if (r.rhk) {
    return (
      <>
        {t('rhkNumber', { n: r.n ?? 0 })}: <span translate="no">{r.rhk.text}</span>
      </>
    );
  }
  return <>{r.n !== null ? t('rhkNotOnDevice', { n: r.n }) : t('rhkId', { id: r.id })}</>;
}

function Rated({
  title,
  item,
  ctx,
  cited,
  children,
}: {
  title: ReactNode;
  item: RatedItem | undefined;
  ctx: AppraisalContext;
  cited: CitedEvidence | undefined;
  children?: ReactNode;
}) {
  const t = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  return (
    <li className="rated-line">
      <div className="rated-line__head">
        <span className="rated-line__title">{title}</span>
        {item?.rating ? (
          <Chip
            tone={
              item.rating === 'di-bawah' ? 'danger' : item.rating === 'di-atas' ? 'success' : 'info'
            }
          >
            {vocab.rating(item.rating)}
          </Chip>
        ) : (
          <Chip>{t('notRated')}</Chip>
        )}
      </div>
      {children}
      {item?.note && <p className="rated-line__note">{item.note}</p>}
      <Evidence ids={item?.evidence ?? []} ctx={ctx} cited={cited} />
    </li>
  );
}

export function AppraisalSummary({ ctx, appraisal, cited }: Props) {
  const t = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const rated = ratedRhkOf(ctx.plan.skp, appraisal.rhk);
  const summaries = realisasiOf(ctx);
  return (
    <>
      <section aria-labelledby="sum-hasil">
        <h2 id="sum-hasil">{vocab.hasilKerja}</h2>
        <ul className="rated-lines">
          {rated.map((r) => (
            <Rated key={r.id} title={<RhkTitle r={r} />} item={r.item} ctx={ctx} cited={cited}>
              {r.rhk && <IkiList rhk={r.rhk} summaries={summaries} />}
            </Rated>
          ))}
          <Rated title={t('overallHasil')} item={appraisal.hasilKerja} ctx={ctx} cited={cited} />
        </ul>
      </section>
      <section aria-labelledby="sum-perilaku">
        <h2 id="sum-perilaku">{vocab.perilaku}</h2>
        <ul className="rated-lines">
          {BERAKHLAK.map((v) => (
            <Rated
              key={v}
              title={vocab.value(v)}
              item={appraisal.perilaku[v]}
              ctx={ctx}
              cited={cited}
            />
          ))}
          <Rated
            title={t('overallPerilaku')}
            item={appraisal.perilakuOverall}
            ctx={ctx}
            cited={cited}
          />
        </ul>
      </section>
    </>
  );
}
