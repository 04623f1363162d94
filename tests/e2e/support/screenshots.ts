/**
 * Where the journey tests save their screenshots. A test run never writes into tracked files:
 * the pictures go to tests/.tmp/screenshots unless SCREENSHOTS=docs asks for the docs' own copies
 * (docs/screenshots), which is done on purpose when the screens change.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build';

export const SHOTS =
  process.env.SCREENSHOTS === 'docs'
    ? path.join(repoRoot, 'docs/screenshots')
    : path.join(repoRoot, 'tests/.tmp/screenshots');

/** The path of one screenshot, its folder made. */
export function shotPath(file: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, file);
}
