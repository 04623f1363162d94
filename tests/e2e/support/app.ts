/** What a person does in the app, as helpers: sign in, wait for sync and the service worker, go offline. */
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo';

export type SignInOptions = { password?: string; stayOnDevice?: boolean };

/** Signs in through the sign-in screen (in Indonesian, the default) and waits for Beranda. */
export async function signIn(page: Page, nip: string, options: SignInOptions = {}): Promise<void> {
  const { password = DEMO_PASSWORD, stayOnDevice = true } = options;
  await page.goto('/masuk');
  await page.getByLabel('NIP', { exact: true }).fill(nip);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByLabel('Tetap masuk di perangkat ini').setChecked(stayOnDevice);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('main h1').first().waitFor();
}

/** Waits until the sync bar reports a completed sync ("Terakhir disinkron …" or its English). */
export async function waitForSynced(page: Page, timeout = 60_000): Promise<void> {
  await page
    .getByRole('region', { name: /Status sinkronisasi|Sync status/ })
    .getByText(/Terakhir disinkron|Last synced/)
    .first()
    .waitFor({ timeout });
}

/** Waits until a service worker is active (its precache complete) for this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
}

/** True when the page is controlled by a service worker. */
export function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/** Cuts the network of the whole context (pages, and with them navigator.onLine). */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
}

/** Every visible text node on screen except data marked translate="no", trimmed, for comparing languages. */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      // Data (names, NIPs, activity titles) is marked translate="no": it stays as written.
      if (parent.closest('[aria-hidden="true"], [translate="no"], script, style, noscript'))
        continue;
      const rect = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      texts.push(text);
    }
    return texts;
  });
}

/**
 * Follows an item of the main navigation by its name. On a phone with more items than the bar
 * holds, the item is under "Lainnya" (More), which is opened first.
 */
export async function openNavItem(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
  await nav.getByRole('link').first().waitFor();
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    await nav.getByRole('button', { name: /^(Lainnya|More)$/ }).click();
  }
  await link.click();
}
