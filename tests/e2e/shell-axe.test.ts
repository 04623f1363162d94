// Zero axe violations (WCAG 2.2 A and AA, and axe's best practices) on every main screen, at
// phone and tablet sizes, in the light theme and on the shell's screens in the dark theme.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { deviceContext, type Device } from './support/browser';
import { SRI } from './support/demo';
import { useHarness } from './support/harness';

const SCREENS = [
  '/',
  '/kegiatan',
  '/kegiatan/baru',
  '/kinerja',
  '/tim',
  '/profil',
  '/data-saya',
  '/tentang',
  '/sinkron',
];
const DARK_SCREENS = ['/', '/profil'];

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('.skeleton').count(), { timeout: 15_000 }).toBe(0);
}

describe.each<Device>(['phone', 'tablet'])('shell: accessibility on a %s', (device) => {
  const h = useHarness();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await deviceContext(h.browser, device, h.server.url);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it('sign-in screen', async () => {
    await page.goto('/masuk');
    await page.locator('main h1').waitFor();
    await expectNoAxeViolations(page, `${device} /masuk`);
    // The error state: the message next to the fields.
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByText('Isi NIP Anda').waitFor();
    await expectNoAxeViolations(page, `${device} /masuk with errors`);
  });

  it.each(SCREENS)('%s', async (path) => {
    if (new URL(page.url()).pathname === '/masuk' || page.url() === 'about:blank') {
      await signIn(page, SRI.nip);
      await waitForSynced(page);
    }
    await open(page, path);
    await expectNoAxeViolations(page, `${device} ${path}`);
  });

  it.each(DARK_SCREENS)('%s in the dark theme', async (path) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, path);
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
    await expectNoAxeViolations(page, `${device} ${path} (dark)`);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
