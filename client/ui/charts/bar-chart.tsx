/**
 * A bar chart on visx: vertical (a value per step, e.g. logged person-days per week) or
 * horizontal (a value per named thing, e.g. the share of people who logged, per unit). Every bar
 * carries its value as text, so the picture reads without colour; the figure's table has the
 * same numbers (chart-figure.tsx).
 */
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { ReactNode } from 'react';
import { BarRow, ROW_HEIGHT } from './bar-row';
import { ChartFigure } from './chart-figure';
import { useChartWidth } from './use-chart-width';

export type BarDatum = {
  key: string;
  label: string;
  value: number;
  /** The value as shown on the bar and in the table ("12", "75 %"). */
  display: string;
};

type Props = {
  caption: ReactNode;
  data: readonly BarDatum[];
  orientation: 'vertical' | 'horizontal';
  /** Headers of the table's two columns (what a bar is, what its value is). */
  labelHeader: string;
  valueHeader: string;
  /** The top of the scale (default: the largest value); 1 for shares. */
  max?: number;
  /** Buttons beside "Tampilkan tabel". */
  actions?: ReactNode;
};

const VERTICAL_HEIGHT = 200;
const LABEL_SPACE = 20;

export function BarChart({
  caption,
  data,
  orientation,
  labelHeader,
  valueHeader,
  max,
  actions,
}: Props) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const top = Math.max(max ?? 0, ...data.map((d) => d.value), 1);
  const table = {
    head: [labelHeader, valueHeader],
    rows: data.map((d) => ({ key: d.key, cells: [d.label, d.display] })),
  };
  return (
    <ChartFigure caption={caption} table={table} actions={actions}>
      <div ref={ref}>
        {orientation === 'vertical' ? (
          <VerticalBars data={data} width={width} top={top} />
        ) : (
          <HorizontalBars data={data} width={width} top={top} />
        )}
      </div>
    </ChartFigure>
  );
}

type BarsProps = { data: readonly BarDatum[]; width: number; top: number };

function VerticalBars({ data, width, top }: BarsProps) {
  const height = VERTICAL_HEIGHT;
  const x = scaleBand({ domain: data.map((d) => d.key), range: [0, width], padding: 0.25 });
  const y = scaleLinear({ domain: [0, top], range: [height - LABEL_SPACE, LABEL_SPACE] });
  return (
    <svg width={width} height={height} aria-hidden="true" className="chart__svg">
      <line
        className="chart__axis"
        x1={0}
        x2={width}
        y1={height - LABEL_SPACE}
        y2={height - LABEL_SPACE}
      />
      {data.map((d) => {
        const barX = x(d.key) ?? 0;
        const barY = y(d.value);
        const center = barX + x.bandwidth() / 2;
        return (
          <Group key={d.key}>
            <Bar
              className="chart__bar"
              data-bar={d.label}
              data-value={d.value}
              x={barX}
              y={barY}
              width={x.bandwidth()}
              height={height - LABEL_SPACE - barY}
            />
            <text className="chart__value" x={center} y={barY - 4} textAnchor="middle">
              {d.display}
            </text>
            <text className="chart__label" x={center} y={height - 4} textAnchor="middle">
              {d.label}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}

function HorizontalBars({ data, width, top }: BarsProps) {
  // Room at the right for the value of a full bar.
  const x = scaleLinear({ domain: [0, top], range: [0, Math.max(width - 56, 40)] });
  return (
    <svg width={width} height={data.length * ROW_HEIGHT} aria-hidden="true" className="chart__svg">
      {data.map((d, i) => (
        <BarRow
          key={d.key}
          label={d.label}
          value={d.value}
          display={d.display}
          index={i}
          width={x(d.value)}
        />
      ))}
    </svg>
  );
}
