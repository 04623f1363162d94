/**
 * Finding one's way in a long appraisal on a tablet: sections that fold behind their heading
 * (a button with aria-expanded), and a jump list (a nav of links to the section headings) that
 * unfolds the section it jumps to and moves the focus there.
 */
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../../ui/i18n';
import { appraiseMessages } from './appraise-messages';

/** Which sections are folded, and a jump that unfolds its target first. */
export function useFoldedSections() {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setFolded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const unfold = (id: string) =>
    setFolded((prev) => {
      if (!prev.has(id)) return prev;
      const next = new Set(prev);
      next.delete(id);
      return next;
    });
  return { folded, toggle, unfold };
}

type SectionProps = {
  /** The heading's id, which the jump list links to. */
  headingId: string;
  title: ReactNode;
  /** Short state shown beside the title (e.g. "3 dari 5 dinilai"), read with it. */
  status?: ReactNode;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
};

/** A section of the editor whose heading folds and unfolds it. */
export function FoldingSection({
  headingId,
  title,
  status,
  open,
  onToggle,
  children,
}: SectionProps) {
  const bodyId = useId();
  return (
    <section className="appraisal-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="folding-heading" tabIndex={-1}>
        <button
          type="button"
          className="folding-heading__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span>{title}</span>
          {status && <span className="folding-heading__status">{status}</span>}
          <span className="collapse-mark" aria-hidden="true" />
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

export type Jump = { headingId: string; label: string };

/** Links to the editor's section headings; a jump unfolds the section and focuses its heading. */
export function JumpList({
  jumps,
  onJump,
}: {
  jumps: readonly Jump[];
  onJump: (id: string) => void;
}) {
  const t = useT(appraiseMessages);
  const go = (id: string) => {
    onJump(id);
    // After the unfolded section renders: bring its heading into view and move the focus there.
    requestAnimationFrame(() => {
      const heading = document.getElementById(id);
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
  };
  return (
    <nav className="jump-list" aria-label={t('jumpListLabel')}>
      <ul>
        {jumps.map((j) => (
          <li key={j.headingId}>
            <a
              href={`#${j.headingId}`}
              onClick={(e) => {
                e.preventDefault();
                go(j.headingId);
              }}
            >
              {j.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
