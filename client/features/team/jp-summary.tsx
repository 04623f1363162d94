/**
 * A person's JP for the year in words and a bar: "8 / 20 JP", whether it is below target (said in
 * text, never by colour alone), and what waits for verification.
 */
import { reachedTarget, type JpProgress } from '../../core/jp';
import { Chip } from '../../ui/chip';
import { useT } from '../../ui/i18n';
import { developmentMessages } from './development-messages';

export function JpSummary({ progress }: { progress: JpProgress }) {
  const t = useT(developmentMessages);
  const { verified, pending, target, year } = progress;
  const reached = reachedTarget(progress);
  return (
    <div className="jp-summary">
      <p className="jp-summary__line">
        <strong className="jp-summary__figure">{t('jpOfTarget', { verified, target })}</strong>{' '}
        {reached ? (
          <Chip tone="success">{t('targetReached')}</Chip>
        ) : (
          <Chip tone="warning">{t('belowTarget')}</Chip>
        )}
      </p>
      <progress
        className="jp-summary__bar"
        max={Math.max(target, 1)}
        value={Math.min(verified, Math.max(target, 1))}
        aria-label={t('jpLabel', { year: String(year), verified, target })}
      />
      {pending > 0 && <p className="muted">{t('jpPending', { pending })}</p>}
    </div>
  );
}
