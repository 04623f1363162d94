/**
 * A console table that may scroll sideways on a phone: its frame is a named region that takes
 * focus, so that a keyboard can scroll it too, and the caption names both.
 */
import type { ReactNode } from 'react';

type Props = {
  caption: string;
  /** The caption read by screen readers only (a heading above already says it). */
  hideCaption?: boolean;
  className?: string;
  /** The header row(s). */
  head: ReactNode;
  children: ReactNode;
};

export function ScrollTable({ caption, hideCaption = false, className, head, children }: Props) {
  return (
    <div className="console-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={className ? `console-table ${className}` : 'console-table'}>
        <caption className={hideCaption ? 'visually-hidden' : 'import-caption'}>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
