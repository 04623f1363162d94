/**
 * The reasons the editor asks for (core/appraisal-reasons.ts) as the screen shows them: which
 * note fields lack one, whether "Finalkan" has been tried (then the message is an error, not a
 * hint), and how to bring a note field into view and focus it.
 */

export type ReasonCheck = {
  /** The field paths (core `MissingReason.path`) of the notes that still lack a reason. */
  lacking: ReadonlySet<string>;
  /** "Finalkan" was tried with reasons missing: each such field shows the message as an error. */
  shown: boolean;
  /** Counts the attempts: a card lacking a reason unfolds again at each one. */
  reveal: number;
};

/** The DOM id of the note field of a field path. */
export const reasonFieldId = (path: string) => `alasan-${path}`;

/** The DOM id of an evidence checkbox of an activity (the picker and the feedback link to it). */
export const evidenceFieldId = (activityId: string) => `bukti-${activityId}`;

/**
 * Brings a field into view and focuses it, after the render that unfolds it: inside a folded
 * evidence list (a closed details element) it opens the list first.
 */
export function focusField(id: string): void {
  requestAnimationFrame(() => {
    const field = document.getElementById(id);
    if (!field) return;
    const details = field.closest('details');
    if (details && !details.open) details.open = true;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  });
}
