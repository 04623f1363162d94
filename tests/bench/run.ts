/**
 * `npm run bench`: runs every `tests/bench/*-bench.ts` module's exported `bench*` functions and
 * prints one table. Figures are compared with a peer measured in the same run (ratios), because
 * these machines are noisy; nothing here is a pass/fail threshold.
 * Usage: npm run bench [-- file-filter [function-filter]], e.g. `npm run bench -- server Longpoll`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './bench-types';
import { within } from './bench-waits';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const fnFilter = process.argv[3];
/**
 * The last resort of a bench that hangs where no wait of its own is bounded: its row says FAILED
 * and the others run. Far above the longest group (the activity journey takes about 10 minutes);
 * a module whose group takes longer exports its own `BENCH_BOUND_MS` (the scale bench).
 */
const BENCH_BOUND_MS = 45 * 60_000;

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function printTable(rows: BenchRow[]): void {
  const header = ['group', 'measure', 'value', 'unit', 'peer', 'peer value', 'ratio', 'target'];
  const body = rows.map((r) => [
    r.group,
    r.name,
    fmt(r.value),
    r.unit,
    r.peer?.name ?? '',
    r.peer ? fmt(r.peer.value) : '',
    r.peer && r.peer.value !== 0 ? `${fmt(r.value / r.peer.value)}x` : '',
    r.target ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const b of body) process.stdout.write(`${line(b)}\n`);
}

/** A failure as one table cell: Playwright's messages run over many lines (call logs). */
function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').slice(0, 400);
}

async function main(): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('-bench.ts'))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (!name.startsWith('bench') || typeof fn !== 'function') continue;
      if (fnFilter && !name.includes(fnFilter)) continue;
      process.stderr.write(`running ${file} ${name} ...\n`);
      const started = Date.now();
      try {
        const bound = typeof mod.BENCH_BOUND_MS === 'number' ? mod.BENCH_BOUND_MS : BENCH_BOUND_MS;
        rows.push(...(await within((fn as Bench)(), bound, `${file} ${name}`)));
      } catch (err) {
        rows.push({
          group: file.replace('-bench.ts', ''),
          name: `${name} FAILED: ${oneLine(err)}`,
          value: Number.NaN,
          unit: '',
        });
      }
      process.stderr.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  }
  printTable(rows);
}

await main();
// A benchmark that leaves a handle open (a socket, a child) must not keep the table from ending.
process.exit(0);
