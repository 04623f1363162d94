// The first-run tour and "Tentang penilaian" on Dewi's phone. The tour shows once on Beranda,
// framing the real "Catat kegiatan"; skipped, it stays away after a reload, and Profil brings it
// back. Tentang penilaian, from Profil and from her Rapor, marks her own last predikat (the seed's
// previous quarter: hasil kerja and perilaku Di Atas, so Sangat Baik) and links each rule to its
// regulation on the page; no axe violation, nothing wider than the phone, all of it in English
// too, and offline.
import { describe, expect, it } from 'vitest';
import { goOffline, openNavItem, signIn, visibleTexts, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

describe('about appraisal and the first-run tour', () => {
  const h = useHarness();

  it('Dewi gets the tour once, gets it back from Profil, and reads how she is appraised', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    const tour = page.getByRole('region', { name: 'Panduan singkat' });

    // First run: step 1 of 4 frames the real "Catat kegiatan", which stays in view and clickable.
    await tour.getByText('Panduan singkat · Langkah 1 dari 4').waitFor();
    expect(await page.locator('[data-tour-current]').innerText()).toBe('Catat kegiatan');
    const log = page.getByRole('link', { name: 'Catat kegiatan' });
    expect(await log.isVisible()).toBe(true);
    await log.click({ trial: true });
    await waitForSynced(page);
    await expectNoAxeViolations(page, 'phone / with the tour');
    await page.screenshot({ path: shotPath('about-tour-phone.png') });
    await tour.getByRole('button', { name: 'Berikutnya' }).click();
    await tour.getByRole('heading', { name: 'Status sinkron' }).waitFor();
    expect(await page.locator('[data-tour-current]').getAttribute('class')).toContain('sync-bar');
    await tour.getByRole('button', { name: 'Lewati' }).click();
    await tour.waitFor({ state: 'detached' });

    // Not again on this device: Beranda comes back whole, without it.
    await page.reload();
    await page.getByRole('link', { name: 'Catat kegiatan' }).waitFor();
    expect(await tour.count()).toBe(0);

    // Profil brings it back, with focus on its first step; Escape closes it.
    await openNavItem(page, 'Profil');
    await page.getByRole('link', { name: 'Tampilkan panduan lagi' }).click();
    await tour.getByRole('heading', { name: 'Catat kegiatan setiap hari' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Catat kegiatan setiap hari');
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('Escape');
    await tour.waitFor({ state: 'detached' });

    // Tentang penilaian from Profil: her own last predikat marked in the matrix.
    await openNavItem(page, 'Profil');
    await page.getByRole('link', { name: 'Tentang penilaian' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tentang penilaian' }).waitFor();
    const marked = page.locator('.predikat-matrix td[aria-current="true"]');
    await marked.waitFor();
    expect(await marked.getAttribute('data-predikat')).toBe('sangat-baik');
    await page
      .getByText(/Penilaian final terakhir Anda, Triwulan .*predikat Sangat Baik/)
      .waitFor();
    await page.getByText(/Unit Anda, Triwulan/).waitFor();
    await expect.poll(() => page.locator('.skeleton').count()).toBe(0);
    await expectNoAxeViolations(page, 'phone /tentang');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.screenshot({ path: shotPath('about-phone.png') });
    const section = (name: string) => page.getByRole('region', { name });
    await section('Dari nilai ke predikat').screenshot({
      path: shotPath('about-predikat-phone.png'),
    });
    await section('Kurva distribusi: mengapa tidak semua bisa Sangat Baik').screenshot({
      path: shotPath('about-curve-phone.png'),
    });

    // A rule's citation leads to its article under "Dasar hukum", on the page.
    await page.getByRole('link', { name: 'PP 30/2019 Pasal 59' }).first().click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe('#dasar-pp-30-2019-pasal-59');
    expect(await page.locator('#dasar-pp-30-2019-pasal-59').innerText()).toMatch(/14 hari/);

    // From her Rapor (opened from the page), back to Tentang penilaian.
    await page.getByRole('link', { name: /^Buka Rapor Triwulan/ }).click();
    await page.getByRole('heading', { level: 1, name: /Rapor saya/ }).waitFor();
    await page.getByRole('link', { name: 'Tentang penilaian' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tentang penilaian' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tentang');

    // In English every text of the page changes, but for names, acronyms and figures.
    await marked.waitFor();
    const indonesian = new Set(await visibleTexts(page));
    await openNavItem(page, 'Profil');
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('link', { name: 'About appraisal' }).click();
    await page.getByRole('heading', { level: 1, name: 'About appraisal' }).waitFor();
    await marked.waitFor();
    const same = (await visibleTexts(page)).filter(
      (text) => indonesian.has(text) && !/^[\d\s.,:;%()–-]*$|^(SKP|BerAKHLAK|·)$/.test(text),
    );
    expect(same).toEqual([]);

    // Offline, it still answers from the device, her predikat marked.
    await goOffline(context);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'About appraisal' }).waitFor();
    await marked.waitFor();
    expect(await marked.getAttribute('data-predikat')).toBe('sangat-baik');
  });

  it('Sri, a head on a tablet, is led to Tim first, and the open tour blocks nothing', async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, SRI.nip);
    const tour = page.getByRole('region', { name: 'Panduan singkat' });
    await tour.getByRole('heading', { name: 'Tim' }).waitFor();
    expect(await page.locator('[data-tour-current]').getAttribute('data-tour')).toBe('nav-team');

    // It takes no focus (the skip link is still first) and covers nothing: the framed item works.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Langsung ke konten utama',
    );
    // The focused skip link lies over the brand; it goes back out of sight before axe looks.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await waitForSynced(page);
    await expectNoAxeViolations(page, 'tablet / with the tour');
    await page.screenshot({ path: shotPath('about-tour-tablet.png') });
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Tim' }).click();
    expect(await nav.getByRole('link', { name: 'Tim' }).getAttribute('aria-current')).toBe('page');
    expect(await tour.count()).toBe(0);
    await nav.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('link', { name: 'Catat kegiatan' }).waitFor();
    expect(await tour.count()).toBe(0);
  });
});
