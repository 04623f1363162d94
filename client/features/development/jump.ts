/** Moving within the long "Pengembangan" page: to a record's heading, scrolled into view and focused. */

/** The id of a record's heading in "Yang dihitung dan yang menunggu". */
export const recordAnchor = (key: string) => `dev-record-${key}`;

/** Scrolls to the element with `id` and moves the focus there (a heading becomes focusable). */
export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  // Focus scrolls the target into view on its own; at the top it stays clear of the bottom bar.
  target.focus();
  if ('scrollIntoView' in target) target.scrollIntoView({ block: 'start' });
}
