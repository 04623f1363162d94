/**
 * Bars of counts against limits, on visx: the predikat spread of a unit against the SE 03/2023
 * curve's rules ("paling banyak 7 Baik", "paling sedikit 1 Butuh Perbaikan atau Kurang"). A limit
 * is a dashed line across the bars it is about, with its words beside it; a bar of people not
 * rated yet is hatched and named, so no difference is colour alone.
 */
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n';
import { ChartFigure } from './chart-figure';
import { chartsMessages } from './charts-messages';
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

const HEIGHT = 220;
const LABEL_SPACE = 34;

export function LimitBarChart({
  caption,
  data,
  limits,
  labelHeader,
  valueHeader,
  limitHeader,
}: Props) {
  const t = useT(chartsMessages);
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const hatchId = useId().replace(/:/g, '');
  const top = Math.max(1, ...data.map((d) => d.value), ...limits.map((l) => l.value));
  const x = scaleBand({ domain: data.map((d) => d.key), range: [0, width], padding: 0.2 });
  const y = scaleLinear({ domain: [0, top], range: [HEIGHT - LABEL_SPACE, 18] });
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
  const short = (l: Limit) => t(l.bound === 'at-most' ? 'atMost' : 'atLeast', { count: l.value });
  return (
    <ChartFigure caption={caption} table={table}>
      <div ref={ref}>
        <svg width={width} height={HEIGHT} aria-hidden="true" className="chart__svg">
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse">
              <path d="M0 6 L6 0" className="chart__hatch" />
            </pattern>
          </defs>
          <line
            className="chart__axis"
            x1={0}
            x2={width}
            y1={HEIGHT - LABEL_SPACE}
            y2={HEIGHT - LABEL_SPACE}
          />
          {data.map((d) => {
            const barX = x(d.key) ?? 0;
            const barY = y(d.value);
            const center = barX + x.bandwidth() / 2;
            return (
              <Group key={d.key}>
                <Bar
                  className={d.apart ? 'chart__bar chart__bar--apart' : 'chart__bar'}
                  fill={d.apart ? `url(#${hatchId})` : undefined}
                  data-bar={d.label}
                  data-value={d.value}
                  x={barX}
                  y={barY}
                  width={x.bandwidth()}
                  height={HEIGHT - LABEL_SPACE - barY}
                />
                <text className="chart__value" x={center} y={barY - 4} textAnchor="middle">
                  {d.value}
                </text>
                <LabelLines x={center} y={HEIGHT - LABEL_SPACE + 14} label={d.label} />
              </Group>
            );
          })}
          {limits.map((l) => {
            const xs = l.over.map((k) => x(k)).filter((v): v is number => v !== undefined);
            if (xs.length === 0) return null;
            const from = Math.min(...xs);
            const to = Math.max(...xs) + x.bandwidth();
            const ly = y(l.value);
            return (
              <Group key={l.key} data-limit={l.key}>
                <line className="chart__limit" x1={from} x2={to} y1={ly} y2={ly} />
                <text className="chart__limit-text" x={from + 2} y={ly - 3}>
                  {short(l)}
                </text>
              </Group>
            );
          })}
        </svg>
      </div>
    </ChartFigure>
  );
}

/** A bar's name on up to two lines (Butuh / Perbaikan) under a narrow bar. */
function LabelLines({ x, y, label }: { x: number; y: number; label: string }) {
  const words = label.split(' ');
  const half = Math.ceil(words.length / 2);
  const lines =
    words.length > 1 ? [words.slice(0, half).join(' '), words.slice(half).join(' ')] : [label];
  return (
    <text className="chart__label" x={x} y={y} textAnchor="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
