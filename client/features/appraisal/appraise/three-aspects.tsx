/**
 * The founding brief's three aspects of one person's period, on the Rapor and in the head's
 * appraisal editor: Kehadiran (the period's attendance, context for Akuntabel), Kualitas pekerjaan
 * (the hasil kerja rating with its evidence, and the activities approved without return) and
 * Kontribusi terhadap tim (RHK that intervene the superior's, apresiasi, Kolaboratif and Harmonis),
 * each with its figures and how it is computed (the shared ui/three-aspects.tsx). The editor passes
 * its live draft, so the ratings follow each edit.
 */
import type { ComponentProps } from 'react';
import type { AppraisalBody } from '../../../core/appraisal-draft';
import { threeAspects, type AspectsView } from '../../../core/three-aspects';
import { useThreeAspectSources } from '../../../data/queries/three-aspects-queries';
import type { PeriodRow } from '../../../data/read-model';
import { useT } from '../../../ui/i18n';
import { Skeleton } from '../../../ui/skeleton';
import { ThreeAspectsGrid } from '../../../ui/three-aspects';
import { appraiseMessages } from './appraise-messages';

type Props = {
  nip: string;
  period: Pick<PeriodRow, 'start' | 'end' | 'year'>;
  doc: Pick<AppraisalBody, 'status' | 'rhk' | 'hasilKerja' | 'perilaku' | 'perilakuOverall'>;
  /** The employee sees the ratings once final; the appraiser also in the draft. */
  view: AspectsView;
  /** A link under an aspect (the Rapor leads from kehadiran to the Kehadiran page). */
  actions?: ComponentProps<typeof ThreeAspectsGrid>['actions'];
};

export function ThreeAspects({ nip, period, doc, view, actions }: Props) {
  const t = useT(appraiseMessages);
  const sources = useThreeAspectSources(nip, period, period.year);
  return (
    <section aria-labelledby="three-aspects-heading">
      <h2 id="three-aspects-heading" className="three-aspects__title">
        {t('threeAspects')}
      </h2>
      {sources === undefined ? (
        <Skeleton lines={3} height="2rem" />
      ) : (
        <ThreeAspectsGrid
          aspects={threeAspects(sources, { range: period, appraisal: doc, view })}
          actions={actions}
        />
      )}
    </section>
  );
}
