// Kelola → Katalog → Ekspektasi perilaku as Ratna (Pengelola Kinerja at BKPSDM) keeps it, on a
// laptop and on a 360 px phone: the demo's texts are listed, a new text with the missing fields
// says what is wrong next to each, and every screen has zero axe violations.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { useHarness } from './support/harness';

const RATNA = '198602142010012015';
const DEMO_TEXT = 'Menyelesaikan layanan pada hari yang sama bila berkas lengkap';

async function openExpectations(page: Page): Promise<void> {
  await page.goto('/kelola/katalog');
  await page
    .getByRole('navigation', { name: 'Bagian katalog' })
    .getByRole('link', { name: 'Ekspektasi perilaku' })
    .click();
  await page.waitForURL((url) => url.pathname === '/kelola/katalog/ekspektasi');
  await page.getByRole('heading', { level: 2, name: 'Katalog ekspektasi perilaku' }).waitFor();
  await page.getByRole('rowheader', { name: new RegExp(DEMO_TEXT) }).waitFor();
}

describe('console: the catalog of expectation texts', () => {
  const h = useHarness();

  it('on a laptop: lists the demo texts, checks a new one next to its fields', async () => {
    const context = await h.browser.newContext({
      baseURL: h.server.url,
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    try {
      const page = await context.newPage();
      await signIn(page, RATNA);
      await waitForSynced(page);
      await openExpectations(page);
      await expectNoAxeViolations(page, 'laptop /kelola/katalog/ekspektasi');

      await page.getByRole('button', { name: 'Teks ekspektasi baru' }).click();
      await page.getByRole('heading', { level: 3, name: 'Teks ekspektasi baru' }).waitFor();
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('Pilih nilai BerAKHLAK.').waitFor();
      await page.getByText('Isi teks ekspektasi.').waitFor();
      await expectNoAxeViolations(page, 'laptop /kelola/katalog/ekspektasi/baru with errors');
    } finally {
      await context.close();
    }
  });

  it('on a 360 px phone: the list reads and every control is a big target', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await openExpectations(page);
    await expectNoAxeViolations(page, 'phone /kelola/katalog/ekspektasi');
    // A checkbox's touch target is its whole labelled row (ui/checkbox.tsx).
    const heights = await page
      .locator('main button, main select, main input:not([type="checkbox"]), main label.check')
      .evaluateAll((els) =>
        els
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => e.getBoundingClientRect().height),
      );
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });
});
