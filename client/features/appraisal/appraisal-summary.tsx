/**
 * A final appraisal as people read it: every rating with its reason and evidence, hasil kerja
 * per RHK and perilaku per BerAKHLAK value, with the overall ratings. Used by "Rapor saya" and by
 * the atasan deciding an objection.
 */
import type { ReactNode } from 'react';
import type { RatedItem } from '../../core/schemas/appraisal';
import { BERAKHLAK } from '../../core/vocabulary';
import type { AppraisalContext } from '../../data/queries/appraisal-queries';
import type { AppraisalRow } from '../../data/read-model';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { performanceMessages } from './performance-messages';
import { useVocab } from './use-vocab';

type Props = { ctx: AppraisalContext; appraisal: AppraisalRow };

function Evidence({ ids, ctx }: { ids: readonly string[]; ctx: AppraisalContext }) {
  const t = useT(performanceMessages);
  const format = useFormat();
  if (ids.length === 0) return null;
  return (
    <ul className="evidence-cited" aria-label={t('evidenceCited')}>
      {ids.map((id) => {
        const [activityId = id, photo] = id.split('#');
        const act = ctx.activities.find((a) => a.id === activityId);
        const fb = ctx.feedback.find((f) => f.id === id);
        const text = act
          ? photo
            ? t('evidencePhoto', { name: photo, date: format.date(act.date, 'short') })
            : `${format.date(act.date, 'short')} · ${act.kegiatan} (${format.number(act.realisasi)} ${act.satuan})`
          : fb
            ? t('evidenceFeedback', { date: format.date(fb.date, 'short'), text: fb.text })
            : t('evidenceElsewhere');
        return <li key={id}>{text}</li>;
      })}
    </ul>
  );
}

function Rated({
  title,
  item,
  ctx,
}: {
  title: ReactNode;
  item: RatedItem | undefined;
  ctx: AppraisalContext;
}) {
  const t = useT(performanceMessages);
  const vocab = useVocab();
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
      {item?.note && <p className="rated-line__note">{item.note}</p>}
      <Evidence ids={item?.evidence ?? []} ctx={ctx} />
    </li>
  );
}

export function AppraisalSummary({ ctx, appraisal }: Props) {
  const t = useT(performanceMessages);
  const vocab = useVocab();
  const rhkList = ctx.plan.skp?.rhk ?? [];
  const otherRhk = Object.keys(appraisal.rhk).filter((id) => !rhkList.some((r) => r.id === id));
  return (
    <>
      <section aria-labelledby="sum-hasil">
        <h2 id="sum-hasil">{vocab.hasilKerja}</h2>
        <ul className="rated-lines">
          {rhkList.map((rhk, i) => (
            <Rated
              key={rhk.id}
              title={
                <>
                  {t('rhkNumber', { n: i + 1 })}: <span translate="no">{rhk.text}</span>
                </>
              }
              item={appraisal.rhk[rhk.id]}
              ctx={ctx}
            />
          ))}
          {otherRhk.map((id) => (
            <Rated
              key={id}
              title={
                /^rhk-\d+$/.test(id)
                  ? t('rhkNumber', { n: Number(id.slice(4)) })
                  : t('rhkId', { id })
              }
              item={appraisal.rhk[id]}
              ctx={ctx}
            />
          ))}
          <Rated title={t('overallHasil')} item={appraisal.hasilKerja} ctx={ctx} />
        </ul>
      </section>
      <section aria-labelledby="sum-perilaku">
        <h2 id="sum-perilaku">{vocab.perilaku}</h2>
        <ul className="rated-lines">
          {BERAKHLAK.map((v) => (
            <Rated key={v} title={vocab.value(v)} item={appraisal.perilaku[v]} ctx={ctx} />
          ))}
          <Rated title={t('overallPerilaku')} item={appraisal.perilakuOverall} ctx={ctx} />
        </ul>
      </section>
    </>
  );
}
