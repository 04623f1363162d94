// The frame: navigation per device and role, skip link and focus on route change, no layout
// shift while screens load, and the sign-in screen's messages for each way signing in fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goOffline, signIn, waitForSynced } from './support/app';
import { distDir } from './support/build';
import { chunk, closure } from './support/chunks';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';

describe('shell: frame and sign-in', () => {
  const h = useHarness();

  it('the entry chunk every first visit loads carries no document schemas (zod)', async () => {
    await h.context('phone');
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = readFileSync(path.join(distDir, entry ?? ''), 'utf8');
    // zod's own option and a schema's sentence: there whenever a schema module is pulled in.
    expect(code).not.toContain('jitless');
    expect(code).not.toContain('Hari kerja berulang');
  });

  it("Beranda's chunk and what loads with it carry no document schemas (zod)", async () => {
    await h.context('phone');
    for (const file of closure(chunk('home-screen'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, path.basename(file)).not.toContain('jitless');
      expect(code, path.basename(file)).not.toContain('Hari kerja berulang');
    }
  });

  it('phone: a bottom bar without Tim for staff, the rest under Lainnya', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, DEWI.nip);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.locator('.app-nav__label').allInnerTexts()).toEqual([
      'Beranda',
      'Kegiatan',
      'Kinerja',
      'Kehadiran',
      'Umpan balik',
      'Lainnya',
    ]);
    const box = await nav.boundingBox();
    expect(box?.y).toBeGreaterThan(700);
    expect(box?.width).toBe(360);
    for (const link of await nav.getByRole('link').all()) {
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    await nav.getByRole('button', { name: 'Lainnya' }).click();
    expect(await nav.getByRole('list').last().getByRole('link').allInnerTexts()).toEqual([
      'Pengembangan',
      'Profil',
    ]);
  });

  it('tablet: a side bar with Tim for heads, and the current item marked', async () => {
    const page = await (await h.context('tablet')).newPage();
    await signIn(page, SRI.nip);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.locator('.app-nav__label').allInnerTexts()).toEqual([
      'Beranda',
      'Kegiatan',
      'Kinerja',
      'Kehadiran',
      'Umpan balik',
      'Pengembangan',
      'Tim',
      'Laporan',
      'Profil',
    ]);
    const navBox = await nav.boundingBox();
    const mainBox = await page.getByRole('main').boundingBox();
    expect(navBox && mainBox && navBox.x + navBox.width <= mainBox.x).toBe(true);
    await nav.getByRole('link', { name: 'Tim' }).click();
    expect(await nav.getByRole('link', { name: 'Tim' }).getAttribute('aria-current')).toBe('page');
  });

  it('skip link first, then focus moves to the new heading on navigation', async () => {
    const page = await (await h.context('tablet')).newPage();
    await signIn(page, DEWI.nip);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Langsung ke konten utama',
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Profil' }).click();
    await page.getByRole('heading', { name: 'Profil', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toBe('Profil · Kinerja ASN');
  });

  it('Beranda loads without layout shift', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    // Opening the app with its data on the device: what the first sync brings may move cards
    // (Perlu tindakan grows with what waits), which is content arriving, not the page loading.
    await waitForSynced(page);
    await page.addInitScript(() => {
      const w = window as Window & { cls?: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) w.cls = (w.cls ?? 0) + entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.reload();
    await page
      .getByRole('region', { name: 'Kegiatan terakhir' })
      .getByRole('listitem')
      .first()
      .waitFor();
    // Loaded: every placeholder replaced and the sync bar settled; shifts are reported after the
    // frame they happen in, so two more frames pass before the sum is read.
    await expect.poll(() => page.locator('.skeleton').count()).toBe(0);
    await waitForSynced(page);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const cls = await page.evaluate(() => (window as Window & { cls?: number }).cls ?? 0);
    expect(cls).toBeLessThan(0.1);
  });

  it('says clearly why signing in failed: wrong password with the tries left, then too many attempts', async () => {
    const page = await (await h.context('phone')).newPage();
    await page.goto('/masuk');
    // A NIP one digit short is named as such next to the field, without asking the server.
    let asked = 0;
    page.on('request', (req) => {
      if (new URL(req.url()).pathname === '/api/session') asked++;
    });
    await page.getByLabel('NIP', { exact: true }).fill(SRI.nip.slice(0, 17));
    await page.getByLabel('Kata sandi', { exact: true }).fill('apa saja');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByText('NIP terdiri dari 18 angka; yang terisi 17 angka.').waitFor();
    expect(asked).toBe(0);
    /** Signs in with a wrong password and waits for the server's answer. */
    const attempt = async (password: string) => {
      await page.getByLabel('NIP', { exact: true }).fill(SRI.nip);
      await page.getByLabel('Kata sandi', { exact: true }).fill(password);
      const answered = page.waitForResponse(
        (res) =>
          new URL(res.url()).pathname === '/api/session' && res.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await answered;
    };
    const refusal = page.getByText(/NIP atau kata sandi salah|Terlalu banyak percobaan masuk/);
    await attempt('salah-sekali');
    await page
      .getByText(
        'NIP atau kata sandi salah. Periksa lalu coba lagi. Sisa 4 percobaan sebelum dijeda.',
      )
      .waitFor();
    for (let i = 0; i < 6; i++) {
      const limited = page.getByText(
        /Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ (menit|detik)\./,
      );
      if (await limited.count()) break;
      await attempt(`salah-${i}`);
      // The answer is on screen (the previous one was cleared when the form was sent).
      await refusal.first().waitFor();
    }
    await page
      .getByText(/Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ (menit|detik)\./)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Masuk', exact: true }).isDisabled()).toBe(true);
  });

  it('says that the first sign-in needs the network', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await page.goto('/masuk');
    // The sign-in screen is its own chunk: let it arrive before the network goes.
    await page.getByLabel('NIP', { exact: true }).waitFor();
    await goOffline(context);
    await page.getByLabel('NIP', { exact: true }).fill(DEWI.nip);
    await page.getByLabel('Kata sandi', { exact: true }).fill('gayungan2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByText(/Masuk pertama kali di perangkat ini memerlukan jaringan/).waitFor();
  });
});
