import type { CSSProperties } from 'react';
import { commonMessages } from './common-messages';
import { useT } from './i18n';

type SkeletonProps = {
  /** Number of bars. */
  lines?: number;
  /** Height of each bar: reserve the height of what will replace it so nothing shifts. */
  height?: CSSProperties['height'];
  width?: CSSProperties['width'];
  /** Announce "Memuat…" to screen readers (once per loading region). */
  announce?: boolean;
};

/** Grey bars that hold the place of content still loading. */
export function Skeleton({
  lines = 1,
  height = '1.25rem',
  width = '100%',
  announce = false,
}: SkeletonProps) {
  const t = useT(commonMessages);
  return (
    <div role={announce ? 'status' : undefined}>
      {announce && <span className="visually-hidden">{t('loading')}</span>}
      {Array.from({ length: lines }, (_, i) => (
        <span
          key={i}
          aria-hidden="true"
          className="skeleton"
          style={{ height, width: i === lines - 1 && lines > 1 ? '60%' : width }}
        />
      ))}
    </div>
  );
}
