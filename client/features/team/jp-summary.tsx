/**
 * A person's JP for the year in words and a bar: "8 / 20 JP", whether it is below target (said in
 * text, never by colour alone), and what waits for verification: the shared words of the ring.
 */
import { reachedTarget, type JpProgress } from '../../core/jp';
import { Chip } from '../../ui/chip';
import { useT } from '../../ui/i18n';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { developmentMessages } from './development-messages';

export function JpSummary({ progress }: { progress: JpProgress }) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const { verified, pending, target, year } = progress;
  const figures = dv.figures(progress);
  return (
    <div className="jp-summary">
      <p className="jp-summary__line">
        <strong className="jp-summary__figure" translate="no">
          {dv.ofTarget(progress)}
        </strong>{' '}
        <Chip tone={reachedTarget(progress) ? 'success' : 'warning'}>{dv.standing(progress)}</Chip>
      </p>
      <progress
        className="jp-summary__bar"
        max={Math.max(target, 1)}
        value={Math.min(verified, Math.max(target, 1))}
        aria-label={t('jpLabel', { ...figures, year: String(year) })}
      />
      {pending > 0 && <p className="muted">{dv.pending(progress)}</p>}
    </div>
  );
}
