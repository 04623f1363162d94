// The employee's "Pengembangan" in real Chromium against the demo, on a 360 px phone: Dewi sees
// her JP ring on Beranda and the page (belajar mandiri verified, one pending), requests
// "Manajemen Waktu" from the catalog and sees it wait for Sri; the page passes axe; the
// navigation keeps every item within a 360 px phone; Nur reports a seated training done with a
// certificate photo compressed on the phone.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { repoRoot } from './support/build';
import { shotPath } from './support/screenshots';

const TRAINING = 'Manajemen Waktu dan Prioritas Kerja';
/** Nur Hidayah: her Literasi Digital is approved and seated in the demo. */
const NUR = '199512252022032012';

describe('development: the employee’s side', () => {
  const h = useHarness();

  it('Dewi sees her JP and requests Manajemen Waktu on her phone', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    const ring = page.getByRole('region', { name: 'Pengembangan kompetensi' });
    await ring.getByText(/ \/ 20 JP tahun \d{4}/).waitFor();
    await ring.getByRole('link', { name: 'Buka Pengembangan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengembangan kompetensi' }).waitFor();
    await page.getByRole('img', { name: /dari 20 JP terverifikasi tahun/ }).waitFor();
    await expectNoAxeViolations(page, 'phone /pengembangan');
    await page.screenshot({ path: shotPath('development-staff-phone.png'), fullPage: true });
    await page.screenshot({ path: shotPath('development-staff-ring-phone.png') });

    const catalog = page.getByRole('region', { name: 'Katalog pengembangan' });
    await catalog.getByRole('button', { name: `Ajukan: ${TRAINING}` }).click();
    await catalog
      .getByLabel('Alasan atau yang ingin dipelajari (boleh kosong)')
      .fill('Tenggat rapor sering menumpuk');
    await catalog.getByRole('button', { name: 'Kirim permohonan' }).click();
    const records = page.getByRole('region', { name: 'Yang dihitung dan yang menunggu' });
    const mine = records.getByRole('listitem').filter({ hasText: TRAINING });
    await mine.getByText('Menunggu persetujuan atasan').waitFor();
    await mine.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('development-staff-requested-phone.png') });
    await expectNoAxeViolations(page, 'phone /pengembangan after a request');
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  it('Nur reports her seated training done with a certificate photo', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, NUR);
    await waitForSynced(page);
    await page.goto('/pengembangan');
    const records = page.getByRole('region', { name: 'Yang dihitung dan yang menunggu' });
    const seated = records.getByRole('listitem').filter({ hasText: 'Kursi dikonfirmasi' });
    await seated.getByRole('button', { name: 'Laporkan selesai' }).click();
    // A picture from the gallery is made smaller on the phone before it is stored.
    await seated
      .getByLabel('Foto sertifikat')
      .setInputFiles(path.join(repoRoot, 'public/screenshots/phone-beranda.png'));
    await seated.getByText(/^Sertifikat dipilih: /).waitFor();
    await seated.getByRole('button', { name: 'Kirim laporan' }).click();
    const reported = records
      .getByRole('listitem')
      .filter({ hasText: 'Laporan selesai, menunggu verifikasi' })
      .filter({ hasText: 'Literasi Digital untuk Perkantoran' });
    await reported.getByText('12 JP setelah diverifikasi').waitFor();
    await page.getByText('Laporan selesai tersimpan.').waitFor();
    await expectNoAxeViolations(page, 'phone /pengembangan after a report');
  });

  it('keeps the navigation within a 360 px phone, in both languages', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, DEWI.nip);
    const nav = page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
    const fits = async (link: string) => {
      await nav.getByRole('link', { name: link }).waitFor();
      for (const item of await nav.getByRole('link').all()) {
        const box = await item.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
        expect(box?.height).toBeGreaterThanOrEqual(44);
        // The label stays inside its own item (no word spills into the next one).
        const label = await item.locator('.app-nav__label').boundingBox();
        expect(
          box &&
            label &&
            label.x >= box.x - 0.5 &&
            label.x + label.width <= box.x + box.width + 0.5,
        ).toBe(true);
      }
      expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    };
    await fits('Pengembangan');
    await page.screenshot({ path: shotPath('development-nav-phone.png') });
    await page.goto('/profil');
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
    await fits('Development');
    await page.screenshot({ path: shotPath('development-nav-phone-en.png') });

    // A head's phone has Tim too: Pengembangan leaves the bar, Beranda's JP card leads there.
    const head = await (await h.context('phone')).newPage();
    await signIn(head, SRI.nip);
    const headNav = head.getByRole('navigation', { name: 'Navigasi utama' });
    await headNav.getByRole('link', { name: 'Tim' }).waitFor();
    expect(await headNav.getByRole('link', { name: 'Pengembangan' }).count()).toBe(0);
    await head
      .getByRole('region', { name: 'Pengembangan kompetensi' })
      .getByRole('link', { name: 'Buka Pengembangan' })
      .click();
    await head.getByRole('heading', { level: 1, name: 'Pengembangan kompetensi' }).waitFor();
    expect(await head.title()).toBe('Pengembangan kompetensi · Kinerja ASN');
  });
});
