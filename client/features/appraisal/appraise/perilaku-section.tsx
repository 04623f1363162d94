/**
 * Perilaku kerja: each BerAKHLAK value with its behaviour guide and the leader's specific
 * expectation from the SKP, rated with a note; then the overall perilaku rating. Kolaboratif and
 * Harmonis are marked: they carry the "kontribusi terhadap tim" of the founding brief.
 */
import type { AppraisalBody, ItemPath, ItemPatch } from '../../../core/appraisal-draft';
import { TEAM_VALUES } from '../../../core/three-aspects';
import { BERAKHLAK } from '../../../core/vocabulary';
import { feedbackAbout, type AppraisalContext } from '../../../data/queries/appraisal-queries';
import { Chip } from '../../../ui/chip';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from '../shared/appraisal-messages';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';
import { FoldingSection } from './editor-nav';
import { RatedCard } from './rated-card';
import type { ReasonCheck } from './reason-fields';

type Props = {
  doc: AppraisalBody;
  ctx: AppraisalContext;
  edit: (path: ItemPath, patch: ItemPatch) => void;
  commit: () => void;
  readOnly: boolean;
  reasons: ReasonCheck;
  /** Unfolded, and how to fold or unfold it (the editor keeps which sections are folded). */
  open: boolean;
  onToggle: () => void;
};

export function PerilakuSection({
  doc,
  ctx,
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
  const status = t('ratedOf', {
    rated: BERAKHLAK.filter((v) => doc.perilaku[v]?.rating).length,
    total: BERAKHLAK.length,
  });
  return (
    <FoldingSection
      headingId="perilaku-heading"
      title={vocab.perilaku}
      status={status}
      open={open}
      onToggle={onToggle}
    >
      {BERAKHLAK.map((value) => {
        const expectation = ctx.expectations[value];
        return (
          <RatedCard
            key={value}
            label={vocab.value(value)}
            title={
              <>
                {vocab.value(value)}
                {TEAM_VALUES.includes(value) && <Chip tone="info">{t('teamContribution')}</Chip>}
              </>
            }
            legend={t('ratingOf', { what: vocab.value(value) })}
            noteLabel={t('noteLabel')}
            item={doc.perilaku[value]}
            path={{ kind: 'perilaku', value }}
            evidence={{
              activities: [],
              feedback: feedbackAbout(ctx, { value }),
              logs: ctx.activities,
            }}
            reasons={reasons}
            edit={edit}
            commit={commit}
            readOnly={readOnly}
          >
            <p className="muted rated-card__text">{vocab.guide(value)}</p>
            {expectation && (
              <p className="rated-card__expectation">
                <strong>{t('expectation')}</strong> <span translate="no">{expectation}</span>
              </p>
            )}
          </RatedCard>
        );
      })}
      <RatedCard
        overall
        label={tShared('overallPerilaku')}
        title={tShared('overallPerilaku')}
        legend={tShared('overallPerilaku')}
        noteLabel={t('overallPerilakuNote')}
        item={doc.perilakuOverall}
        path={{ kind: 'perilakuOverall' }}
        reasons={reasons}
        edit={edit}
        commit={commit}
        readOnly={readOnly}
      />
    </FoldingSection>
  );
}
