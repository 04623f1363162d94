/**
 * One row of a horizontal bar chart: the name above, the bar, and its value as text at the bar's
 * end, so the picture reads without colour. Shared by the bar chart and the limit bar chart.
 */
import { Group } from '@visx/group';
import { Bar } from '@visx/shape';
import type { CSSProperties } from 'react';

/** The height of one row: the name, then the bar (at least a touch target's height). */
export const ROW_HEIGHT = 44;

type Props = {
  label: string;
  value: number;
  /** The value as written at the bar's end. */
  display: string;
  /** The row's index (its place from the top). */
  index: number;
  /** The bar's length in pixels. */
  width: number;
  className?: string;
  style?: CSSProperties;
};

export function BarRow({ label, value, display, index, width, className, style }: Props) {
  return (
    <Group top={index * ROW_HEIGHT}>
      <text className="chart__label" x={0} y={14}>
        {label}
      </text>
      <Bar
        className={className ?? 'chart__bar'}
        style={style}
        data-bar={label}
        data-value={value}
        x={0}
        y={18}
        width={width}
        height={ROW_HEIGHT - 24}
      />
      <text className="chart__value" x={width + 6} y={33}>
        {display}
      </text>
    </Group>
  );
}
