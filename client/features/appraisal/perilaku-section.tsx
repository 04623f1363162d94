/**
 * Perilaku kerja: each BerAKHLAK value with its behaviour guide and the leader's specific
 * expectation from the SKP, rated with a note; then the overall perilaku rating. Kolaboratif and
 * Harmonis are marked: they carry the "kontribusi terhadap tim" of the founding brief.
 */
import type { AppraisalBody, ItemPath, ItemPatch } from '../../core/appraisal-draft';
import { BERAKHLAK, type BerakhlakValue } from '../../core/vocabulary';
import type { AppraisalContext } from '../../data/queries/appraisal-queries';
import { Chip } from '../../ui/chip';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { EvidencePicker } from './evidence-picker';
import { penilaianMessages } from './penilaian-messages';
import { RatingChoice } from './rating-choice';
import { useVocab } from './use-vocab';

export const TEAM_VALUES: readonly BerakhlakValue[] = ['kolaboratif', 'harmonis'];

type Props = {
  doc: AppraisalBody;
  ctx: AppraisalContext;
  edit: (path: ItemPath, patch: ItemPatch) => void;
  commit: () => void;
  readOnly: boolean;
};

export function PerilakuSection({ doc, ctx, edit, commit, readOnly }: Props) {
  const t = useT(penilaianMessages);
  const vocab = useVocab();
  return (
    <section className="appraisal-section" aria-labelledby="perilaku-heading">
      <h2 id="perilaku-heading">{vocab.perilaku}</h2>
      {BERAKHLAK.map((value) => {
        const item = doc.perilaku[value];
        const path: ItemPath = { kind: 'perilaku', value };
        const expectation = ctx.expectations[value];
        return (
          <article key={value} className="rated-card" aria-label={vocab.value(value)}>
            <h3 className="rated-card__title">
              {vocab.value(value)}
              {TEAM_VALUES.includes(value) && <Chip tone="info">{t('teamContribution')}</Chip>}
            </h3>
            <p className="muted rated-card__text">{vocab.guide(value)}</p>
            {expectation && (
              <p className="rated-card__expectation">
                <strong>{t('expectation')}</strong> <span translate="no">{expectation}</span>
              </p>
            )}
            <RatingChoice
              legend={t('ratingOf', { what: vocab.value(value) })}
              value={item?.rating ?? null}
              disabled={readOnly}
              onChange={(rating) => {
                edit(path, { rating });
                void commit();
              }}
            />
            <TextArea
              label={t('noteLabel')}
              rows={2}
              value={item?.note ?? ''}
              readOnly={readOnly}
              onChange={(e) => edit(path, { note: e.currentTarget.value })}
              onBlur={() => void commit()}
            />
            <EvidencePicker
              activities={[]}
              feedback={ctx.feedback.filter((f) => f.value === value)}
              selected={item?.evidence ?? []}
              disabled={readOnly}
              onChange={(evidence) => {
                edit(path, { evidence });
                void commit();
              }}
            />
          </article>
        );
      })}
      <article className="rated-card rated-card--overall" aria-label={t('overallPerilaku')}>
        <h3 className="rated-card__title">{t('overallPerilaku')}</h3>
        <RatingChoice
          legend={t('overallPerilaku')}
          value={doc.perilakuOverall.rating}
          disabled={readOnly}
          onChange={(rating) => {
            edit({ kind: 'perilakuOverall' }, { rating });
            void commit();
          }}
        />
        <TextArea
          label={t('overallPerilakuNote')}
          rows={2}
          value={doc.perilakuOverall.note}
          readOnly={readOnly}
          onChange={(e) => edit({ kind: 'perilakuOverall' }, { note: e.currentTarget.value })}
          onBlur={() => void commit()}
        />
      </article>
    </section>
  );
}
