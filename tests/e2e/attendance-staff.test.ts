// The employee's "Kehadiran" on a 360 px phone, in real Chromium against the demo: the month as a
// calendar that fits (no sideways scrolling, every day a touch target), the TPP breakdown with the
// rules in force, a day's details and the correction form, with zero axe violations; a head's
// phone bar with Kehadiran and Tim, the rest under Lainnya.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

/** Each item inside the 360 px screen, at least 44 px each way, its label (if any) inside it. */
async function expectTouchTargets(items: Locator, width = 360): Promise<void> {
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const label = item.locator('.app-nav__label');
    if ((await label.count()) === 0) continue;
    const inner = await label.boundingBox();
    expect(
      box && inner && inner.x >= box.x - 0.5 && inner.x + inner.width <= box.x + box.width + 0.5,
      `${await label.innerText()}: label ${JSON.stringify(inner)} in item ${JSON.stringify(box)}`,
    ).toBe(true);
  }
}

describe('attendance: the employee’s side', () => {
  const h = useHarness();

  it('Dewi reads her month on her phone, its TPP, and opens a correction', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await expectTouchTargets(nav.locator('.app-nav__list > li > .app-nav__link'));
    await nav.getByRole('link', { name: 'Kehadiran' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kehadiran' }).waitFor();
    expect(await page.title()).toBe('Kehadiran · Kinerja ASN');

    // The latest month first (this one, up to yesterday); the one before is a whole month.
    const calendar = page.getByRole('region', { name: /^Kalender / });
    await calendar.getByRole('table').waitFor();
    const latest = await calendar.getByRole('heading').innerText();
    await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
    await expect.poll(() => calendar.getByRole('heading').innerText()).not.toBe(latest);
    // Her school works six days a week: six columns, each day still a touch target.
    expect(await calendar.getByRole('columnheader').count()).toBe(6);
    await expectTouchTargets(calendar.getByRole('cell').getByRole('button'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page
      .getByRole('region', { name: /^Ringkasan / })
      .getByText(/hari kerja$/)
      .waitFor();
    await expectNoAxeViolations(page, 'phone / Kehadiran');
    await page.screenshot({ path: shotPath('attendance-calendar-phone.png'), fullPage: true });

    const tpp = page.getByRole('region', { name: 'TPP bulan ini' });
    await tpp.getByText(/dari TPP$/).waitFor();
    await tpp.getByText('Aturan TPP yang berlaku (Perkada)').click();
    await tpp.getByRole('table', { name: 'Terlambat masuk' }).waitFor();
    await expectNoAxeViolations(page, 'phone / TPP rules open');
    await tpp.screenshot({ path: shotPath('attendance-tpp-phone.png') });

    // A day opens its details, and the form to correct it.
    await calendar
      .getByRole('button', { name: /: Hadir/ })
      .first()
      .click();
    const day = page.getByRole('region', { name: /^Rincian / });
    await day.getByText('Presensi masuk').waitFor();
    await day.getByRole('button', { name: 'Ajukan koreksi' }).click();
    await day.getByLabel('Status yang seharusnya').selectOption('dinas-luar');
    await day.getByLabel('Alasan').fill('Rapat');
    await day.getByRole('button', { name: 'Kirim permohonan' }).click();
    await day.getByText('Tulis alasan paling sedikit 10 karakter').waitFor();
    await expectNoAxeViolations(page, 'phone / correction form with an error');
    await day.screenshot({ path: shotPath('attendance-correction-phone.png') });
  });

  it('a head’s phone keeps Kehadiran and Tim in the bar, the rest under Lainnya', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, SRI.nip);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Tim' }).waitFor();
    expect(await nav.locator('.app-nav__label').allInnerTexts()).toEqual([
      'Beranda',
      'Kegiatan',
      'Kinerja',
      'Kehadiran',
      'Tim',
      'Lainnya',
    ]);
    await expectTouchTargets(nav.locator('.app-nav__list > li > .app-nav__link'));
    await nav.getByRole('button', { name: 'Lainnya' }).click();
    const more = nav.getByRole('list').last();
    expect(await more.getByRole('link').allInnerTexts()).toEqual([
      'Umpan balik',
      'Pengembangan',
      'Laporan',
      'Profil',
    ]);
    await expectTouchTargets(more.getByRole('link'));
    await expectNoAxeViolations(page, 'phone / Lainnya open');
    await page.screenshot({ path: shotPath('attendance-nav-phone-head.png') });
    await more.getByRole('link', { name: 'Profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    expect(await nav.getByRole('button', { name: 'Lainnya' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await nav.getByRole('list').count()).toBe(1);

    // In English too, every label stays inside its item.
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    const english = page.getByRole('navigation', { name: 'Main navigation' });
    await expectTouchTargets(english.locator('.app-nav__list > li > .app-nav__link'));
    await page.screenshot({ path: shotPath('attendance-nav-phone-head-en.png') });
  });
});
