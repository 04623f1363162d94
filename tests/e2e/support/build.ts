/**
 * Builds the PWA once for the browser tests: `vite build` when dist/ is missing, older than any
 * source (client/, public/, vite.config.ts, package-lock.json), or always when CI is set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const distDir = path.join(repoRoot, 'dist');

const SOURCES = ['client', 'public', 'vite.config.ts', 'package-lock.json'];

/** Newest modification time under a path (files only; test files count too, harmlessly). */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when dist/ holds a build at least as new as every source. */
export function isBuildFresh(outDir = distDir): boolean {
  const marker = path.join(outDir, 'sw.js');
  if (!existsSync(marker) || !existsSync(path.join(outDir, 'index.html'))) return false;
  const built = statSync(marker).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(repoRoot, source)) <= built);
}

/** Runs `vite build` into `outDir` with extra environment (e.g. a build id). */
export function viteBuild(outDir = distDir, env: Record<string, string> = {}): void {
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: repoRoot,
      // Vitest runs with NODE_ENV=test, which would give a development build of React.
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

let built = false;

/** Makes sure dist/ is a fresh build; builds at most once per test process. */
export function ensureBuild(): string {
  if (built) return distDir;
  if (process.env.CI || !isBuildFresh()) viteBuild();
  built = true;
  return distDir;
}
