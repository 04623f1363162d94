/**
 * The three aspects side by side (a column on a phone): kehadiran, kualitas pekerjaan and
 * kontribusi terhadap tim, each with its summary, the ratings it rests on (once they may be
 * shown), the figures behind it and "Cara dihitung". Everything is in words and numbers: no
 * colour carries a meaning. Core computes them (core/three-aspects.ts); this only says them.
 */
import { useId, type ReactNode } from 'react';
import type { ThreeAspects } from '../core/three-aspects';
import type { Aspect, AspectFigure, AspectLine } from '../core/three-aspects-lines';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../core/vocabulary';
import { appraisalVocabularyMessages } from './appraisal-vocabulary-messages';
import { useT, type ParamValue } from './i18n';
import { threeAspectsMessages } from './three-aspects-messages';
import { useAttendanceVocabulary } from './use-attendance-vocabulary';
import { useVocabulary } from './use-vocabulary';
import './three-aspects.css';

const ASPECTS = ['attendance', 'quality', 'team'] as const;

function isStatus(label: string): label is AttendanceStatus {
  return (ATTENDANCE_STATUSES as readonly string[]).includes(label);
}

/** The texts of the three aspects in the person's language. */
function useAspectWords() {
  const t = useT(threeAspectsMessages);
  const tRating = useT(appraisalVocabularyMessages);
  const vocab = useVocabulary();
  const attendance = useAttendanceVocabulary();
  // Core pairs every line key with its numbers (AspectLineParams), which TypeScript cannot follow
  // through a union: the messages file is checked against the same keys.
  const say = t as (key: AspectLine['key'], params: Record<string, ParamValue>) => string;
  return {
    t,
    line: (l: AspectLine) => say(l.key, l.params),
    figureLabel: (f: AspectFigure) =>
      isStatus(f.label) ? attendance.status(f.label) : t(`label.${f.label}`),
    ratingLabel: (label: Aspect['ratings'][number]['label']) =>
      label === 'hasilKerja' || label === 'perilaku' ? tRating(label) : vocab.value(label),
    rating: (r: Aspect['ratings'][number]['rating']) =>
      r ? tRating(`rating.${r}`) : t('notRated'),
  };
}

function Facts({ children }: { children: ReactNode }) {
  return <dl className="aspects__facts">{children}</dl>;
}

function AspectCard({
  name,
  aspect,
  compact,
  level,
  action,
}: {
  name: string;
  aspect: Aspect;
  compact: boolean;
  level: 3 | 4;
  action: ReactNode;
}) {
  const words = useAspectWords();
  const headingId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const figures = (
    <Facts>
      {aspect.figures.map((f) => (
        <div key={f.label}>
          <dt>{words.figureLabel(f)}</dt>
          <dd>{words.line(f.line)}</dd>
        </div>
      ))}
    </Facts>
  );
  return (
    <section className="aspects__card" aria-labelledby={headingId}>
      <Heading id={headingId} className="aspects__name">
        {name}
      </Heading>
      <p className="aspects__summary">{words.line(aspect.summary)}</p>
      {aspect.ratings.length > 0 && (
        <Facts>
          {aspect.ratings.map((r) => (
            <div key={r.label}>
              <dt>{words.ratingLabel(r.label)}</dt>
              <dd>{words.rating(r.rating)}</dd>
            </div>
          ))}
        </Facts>
      )}
      {!compact && aspect.figures.length > 0 && figures}
      <details className="aspects__how">
        <summary>{words.t('how')}</summary>
        {compact && aspect.figures.length > 0 && figures}
        <ul>
          {aspect.how.map((h) => (
            <li key={h.key}>{words.line(h)}</li>
          ))}
        </ul>
      </details>
      {action && <div className="aspects__action">{action}</div>}
    </section>
  );
}

type Props = {
  aspects: ThreeAspects;
  /** Beranda's card: the summaries, with the figures folded under "Cara dihitung". */
  compact?: boolean;
  /** The level of each aspect's heading (3 under a page's h2, 4 inside a card). */
  level?: 3 | 4;
  /** A link under an aspect (the employee's Kehadiran page under kehadiran). */
  actions?: Partial<Record<(typeof ASPECTS)[number], ReactNode>>;
};

/** The three aspects, each with its figures and "Cara dihitung". */
export function ThreeAspectsGrid({ aspects, compact = false, level = 3, actions = {} }: Props) {
  const { t } = useAspectWords();
  return (
    <div className={compact ? 'aspects aspects--compact' : 'aspects'}>
      {ASPECTS.map((a) => (
        <AspectCard
          key={a}
          name={t(`aspect.${a}`)}
          aspect={aspects[a]}
          compact={compact}
          level={level}
          action={actions[a]}
        />
      ))}
    </div>
  );
}
