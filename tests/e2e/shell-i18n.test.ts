// Switching to English changes every string on screen: the same screens are read in Indonesian
// and in English, and no visible text may stay the same, except data (marked translate="no"),
// figures, and words that are the same in both languages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, visibleTexts, waitForSynced } from './support/app';
import { SRI } from './support/demo';
import { useHarness } from './support/harness';

/** Words that English borrows unchanged (acronyms of the rule, the product's name). */
const SAME_IN_BOTH = new Set(['SKP', 'NIP', 'RHK', 'IKI', 'Kinerja', 'BerAKHLAK', '·', '—', '–']);

/** Figures, dates in digits, times and punctuation only. */
const FIGURE = /^[\d\s.,:;%/()+\-–—·‹›«»]*$/;

/** A short date whose month abbreviation is the same in Indonesian and English ("27 Nov"). */
const SAME_DATE = /^\d{1,2} (Jan|Feb|Mar|Apr|Jun|Jul|Sep|Nov)( \d{4})?$/;

/** The shell's own screens, and the feature screens it frames. */
const SHELL_SCREENS = ['/', '/profil', '/sinkron'];
const FEATURE_SCREENS = [
  '/kegiatan',
  '/kinerja',
  '/tim',
  '/tentang',
  '/data-saya',
  '/pengembangan',
  '/umpan-balik',
];

async function textsOf(page: Page, path: string): Promise<Set<string>> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('.skeleton').count(), { timeout: 15_000 }).toBe(0);
  const texts = await visibleTexts(page);
  return new Set(
    texts.filter((text) => !FIGURE.test(text) && !SAME_DATE.test(text) && !SAME_IN_BOTH.has(text)),
  );
}

function untranslated(indonesian: Set<string>, english: Set<string>): string[] {
  return [...indonesian].filter((text) => english.has(text));
}

describe('shell: language switch', () => {
  const h = useHarness();

  it('changes every string of the sign-in screen', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    const indonesian = await textsOf(page, '/masuk');
    expect(indonesian).toContain('Masuk');
    await page.getByRole('button', { name: 'Use English' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kinerja' }).waitFor();
    const english = new Set(await visibleTexts(page));
    expect(untranslated(indonesian, english)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  for (const [label, screens] of [
    ['shell screens', SHELL_SCREENS],
    ['feature screens', FEATURE_SCREENS],
  ] as const) {
    it(`changes every string of the ${label} after choosing English in Profil`, async () => {
      const context = await h.context('tablet');
      const page = await context.newPage();
      await signIn(page, SRI.nip);
      await waitForSynced(page);
      const indonesian = new Map<string, Set<string>>();
      for (const path of screens) indonesian.set(path, await textsOf(page, path));

      await page.goto('/profil');
      await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
      await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      const problems: string[] = [];
      for (const path of screens) {
        const english = await textsOf(page, path);
        for (const text of untranslated(indonesian.get(path) ?? new Set(), english)) {
          problems.push(`${path}: "${text}"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
