/**
 * An outline icon drawn inline from one SVG path on a 24-unit grid, in the text's colour: no icon
 * font, no extra request. Decorative: the control it sits in carries the accessible name.
 */
export function Icon({
  d,
  size = 24,
  className,
}: {
  d: string;
  size?: number;
  className?: string;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}
