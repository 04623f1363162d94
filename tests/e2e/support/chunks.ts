/** The built app's chunks: what a chunk loads with it (its static imports), read from dist/assets. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './build';

/** Relative `./x.js` imports that load with a module, not later (`import(...)` is skipped). */
function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const re = /(?:import|export)\s*(?:[\w*{}\s,$]+?from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;
  for (const match of code.matchAll(re)) {
    const before = code.slice(Math.max(0, (match.index ?? 0) - 1), match.index);
    if (before !== '.' && match[1]) found.add(match[1]);
  }
  return [...found];
}

/** A chunk and everything it statically imports, as file paths under dist/assets. */
export function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const spec of staticImportsOf(code)) closure(path.resolve(path.dirname(entry), spec), seen);
  return seen;
}

/** The path of the chunk named `prefix-<hash>.js` under dist/assets. */
export function chunk(prefix: string): string {
  const assets = path.join(distDir, 'assets');
  const name = readdirSync(assets).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!name) throw new Error(`no ${prefix} chunk in dist/assets`);
  return path.join(assets, name);
}
