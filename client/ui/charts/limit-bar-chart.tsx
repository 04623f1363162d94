/**
 * Bars of counts against limits, on visx: the predikat spread of a unit against the SE 03/2023
 * curve's rules ("paling banyak 7 Baik", "paling sedikit 1 Butuh Perbaikan atau Kurang"). Bars
 * lie horizontally, each under its name (long predikat names fit a 360 px phone); a limit is a
 * dashed line across the bars it is about, named in the legend under the picture; a bar of
 * people not rated yet is hatched and named, so no difference is colour alone.
 */
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { useId, type ReactNode } from 'react';
import { BarRow, ROW_HEIGHT } from './bar-row';
import { ChartFigure } from './chart-figure';
import { useChartWidth } from './use-chart-width';

export type LimitDatum = {
  key: string;
  label: string;
  value: number;
  /** Drawn hatched: a count that is not one of the categories (not rated yet). */
  apart?: boolean;
};

export type Limit = {
  key: string;
  /** The data keys the limit is about (adjacent bars). */
  over: readonly string[];
  bound: 'at-most' | 'at-least';
  value: number;
  /** The rule in words, for the table. */
  text: string;
};

type Props = {
  caption: ReactNode;
  data: readonly LimitDatum[];
  limits: readonly Limit[];
  labelHeader: string;
  valueHeader: string;
  limitHeader: string;
};

/** Room at the right of a full bar for its value. */
const VALUE_SPACE = 40;

export function LimitBarChart({
  caption,
  data,
  limits,
  labelHeader,
  valueHeader,
  limitHeader,
}: Props) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const hatchId = useId().replace(/:/g, '');
  const top = Math.max(1, ...data.map((d) => d.value), ...limits.map((l) => l.value));
  const height = data.length * ROW_HEIGHT;
  const x = scaleLinear({ domain: [0, top], range: [0, Math.max(width - VALUE_SPACE, 40)] });
  const rowOf = new Map(data.map((d, i) => [d.key, i]));
  const limitsOf = (key: string) => limits.filter((l) => l.over.includes(key));
  const table = {
    head: [labelHeader, valueHeader, limitHeader],
    rows: data.map((d) => ({
      key: d.key,
      cells: [
        d.label,
        String(d.value),
        limitsOf(d.key)
          .map((l) => l.text)
          .join('; ') || '–',
      ],
    })),
  };
  return (
    <ChartFigure caption={caption} table={table}>
      <div ref={ref}>
        <svg width={width} height={height} aria-hidden="true" className="chart__svg">
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse">
              <path d="M0 6 L6 0" className="chart__hatch" />
            </pattern>
          </defs>
          {data.map((d, i) => (
            <BarRow
              key={d.key}
              label={d.label}
              value={d.value}
              display={String(d.value)}
              index={i}
              width={x(d.value)}
              className={d.apart ? 'chart__bar chart__bar--apart' : undefined}
              style={d.apart ? { fill: `url(#${hatchId})` } : undefined}
            />
          ))}
          {limits.map((l) => {
            const rows = l.over
              .map((k) => rowOf.get(k))
              .filter((v): v is number => v !== undefined);
            if (rows.length === 0) return null;
            const lx = x(l.value);
            return (
              <Group key={l.key} data-limit={l.key}>
                <line
                  className="chart__limit"
                  x1={lx}
                  x2={lx}
                  y1={Math.min(...rows) * ROW_HEIGHT + 16}
                  y2={(Math.max(...rows) + 1) * ROW_HEIGHT - 4}
                />
              </Group>
            );
          })}
        </svg>
        {limits.length > 0 && (
          <ul className="chart__legend">
            {limits.map((l) => (
              <li key={l.key}>
                <span className="chart__legend-line" aria-hidden="true" />
                {l.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </ChartFigure>
  );
}
