/**
 * Builds the PWA once for the browser tests: `vite build` when dist/ is missing, older than any
 * source (client/, public/, vite.config.ts, package-lock.json), or always when CI is set.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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

const CACHE = path.join(repoRoot, 'node_modules/.cache');
const LOCK = path.join(CACHE, 'kinerja-build.lock');
/** Which test run built dist/ last: in CI every run builds once, whatever the timestamps say. */
const RUN_MARKER = path.join(CACHE, 'kinerja-build.run');
const STALE_LOCK_MS = 5 * 60_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `fn` holding a lock file, so two test processes never build into dist/ at once. */
function withBuildLock(fn: () => void): void {
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (Date.now() - since > STALE_LOCK_MS) rmSync(LOCK, { force: true });
      sleepSync(250);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** The test run: Vitest's workers (and a bench's steps) share their parent process. */
function runId(): string {
  return String(process.ppid);
}

let built = false;

/**
 * Makes sure dist/ is a fresh build: builds when it is older than the sources, and in CI once
 * per test run. Test files of one run share the build.
 */
export function ensureBuild(): string {
  if (built) return distDir;
  withBuildLock(() => {
    const builtThisRun = existsSync(RUN_MARKER) && readFileSync(RUN_MARKER, 'utf8') === runId();
    if ((process.env.CI && !builtThisRun) || !isBuildFresh()) {
      viteBuild();
      writeFileSync(RUN_MARKER, runId());
    }
  });
  built = true;
  return distDir;
}
