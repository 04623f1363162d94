/**
 * Takes the manifest's store screenshots (public/screenshots/) and the layout screenshots of the
 * docs (docs/screenshots/) from the real app in Chromium, signed in as the demo people.
 * Run: npx tsx tests/e2e/support/take-screenshots.ts   (then rebuild: the manifest files are in dist)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { signIn, waitForSynced } from './app';
import { deviceOptions, launchBrowser } from './browser';
import { ensureBuild, repoRoot } from './build';
import { DEWI, SRI } from './demo';
import { startServer } from './server';

const publicDir = path.join(repoRoot, 'public/screenshots');
const docsDir = path.join(repoRoot, 'docs/screenshots');

type Shot = { file: string; path: string };

async function capture(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions,
  nip: string,
  shots: Shot[],
): Promise<void> {
  const context = await browser.newContext({ ...options, baseURL });
  const page: Page = await context.newPage();
  await signIn(page, nip);
  await waitForSynced(page);
  for (const shot of shots) {
    await page.goto(shot.path);
    await page.locator('main h1').first().waitFor();
    // Let live queries fill the skeletons.
    await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, null, {
      timeout: 15_000,
    });
    // A settled status bar ("Terakhir disinkron …"), not a passing "Menyinkronkan…".
    await page.waitForFunction(
      () => document.querySelector('.sync-bar')?.getAttribute('data-state') === 'synced',
      null,
      { timeout: 30_000 },
    );
    await page.screenshot({ path: shot.file });
    process.stdout.write(`${path.relative(repoRoot, shot.file)}\n`);
  }
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(publicDir, { recursive: true });
  mkdirSync(docsDir, { recursive: true });
  const server = await startServer({ staticDir: ensureBuild() });
  const browser = await launchBrowser();
  try {
    const phone = deviceOptions('phone');
    const tablet = deviceOptions('tablet');
    // Store screenshots: 360 x 640 at 3x = 1080 x 1920; 1024 x 768 at 2x = 2048 x 1536.
    await capture(
      browser,
      server.url,
      { ...phone, viewport: { width: 360, height: 640 }, deviceScaleFactor: 3 },
      DEWI.nip,
      [{ file: path.join(publicDir, 'phone-beranda.png'), path: '/' }],
    );
    await capture(browser, server.url, { ...tablet, deviceScaleFactor: 2 }, SRI.nip, [
      { file: path.join(publicDir, 'tablet-beranda.png'), path: '/' },
    ]);
    // Layout screenshots for the docs, at 2x.
    await capture(browser, server.url, { ...phone, deviceScaleFactor: 2 }, DEWI.nip, [
      { file: path.join(docsDir, 'phone-beranda.png'), path: '/' },
      { file: path.join(docsDir, 'phone-profil.png'), path: '/profil' },
    ]);
    await capture(browser, server.url, { ...tablet, deviceScaleFactor: 2 }, SRI.nip, [
      { file: path.join(docsDir, 'tablet-beranda.png'), path: '/' },
      { file: path.join(docsDir, 'tablet-profil.png'), path: '/profil' },
    ]);
    const context = await browser.newContext({ ...phone, baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/masuk');
    await page.locator('main h1').waitFor();
    await page.screenshot({ path: path.join(docsDir, 'phone-masuk.png') });
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
