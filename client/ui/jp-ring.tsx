/**
 * A person's JP of the year as a ring: verified JP as a solid arc, pending JP as a striped arc
 * after it, and the figures in words ("12 / 20 JP", "8 JP menunggu verifikasi"), so colour is
 * never the only cue. Beranda shows it small; the Pengembangan screen large.
 */
import type { JpProgress } from '../core/jp';
import { useDevelopmentVocabulary } from './use-development-vocabulary';
import './jp-ring.css';

const R = 42;
const C = 2 * Math.PI * R;

type Props = {
  progress: Pick<JpProgress, 'year' | 'target' | 'verified' | 'pending'>;
  size?: 'small' | 'large';
};

export function JpRing({ progress, size = 'large' }: Props) {
  const dv = useDevelopmentVocabulary();
  const { target, verified, pending, year } = progress;
  const whole = Math.max(target, 1);
  const done = Math.min(verified / whole, 1);
  const waiting = Math.min(pending / whole, 1 - done);
  const figures = dv.figures(progress);
  return (
    <div className="jp-ring" data-size={size}>
      <svg
        viewBox="0 0 100 100"
        role="img"
        aria-label={dv.t('jpRingLabel', { ...figures, year: String(year) })}
      >
        <circle className="jp-ring__track" cx="50" cy="50" r={R} />
        {waiting > 0 && (
          <circle
            className="jp-ring__pending"
            cx="50"
            cy="50"
            r={R}
            strokeDasharray={`${waiting * C} ${C}`}
            strokeDashoffset={-done * C}
          />
        )}
        {done > 0 && (
          <circle
            className="jp-ring__verified"
            cx="50"
            cy="50"
            r={R}
            strokeDasharray={`${done * C} ${C}`}
          />
        )}
      </svg>
      <div className="jp-ring__figures" aria-hidden="true">
        <strong className="jp-ring__value" translate="no">
          {dv.ofTarget(progress)}
        </strong>
        {pending > 0 && <span className="jp-ring__waiting">{dv.pending(progress)}</span>}
      </div>
    </div>
  );
}
