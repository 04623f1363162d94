// First start without the demo (issue 12) in real Chromium against the real server on SEED=none:
// the admin signs in to an empty organisation, Profil works and "Keluar" is in the frame, the
// admin opens the first period and names a Pengelola, who activates with a one-time code,
// chooses a password, changes it in Profil, signs in with the new one, and after a reset takes
// the new code in the sync dialog without signing out.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openNavItem, signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { useHarness } from './support/harness';
import { untilOnServer } from './support/server-docs';

const ADMIN_PASSWORD = 'admin-e2e-password';
const WULAN = { nip: '199002022015032001', name: 'Wulan Sari, S.Psi.' } as const;
const YEAR = new Date().getFullYear();

/** The frame's "Keluar", then the sign-in screen. */
async function signOutFromFrame(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Keluar', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/masuk', { timeout: 20_000 });
  await page.getByLabel('NIP', { exact: true }).waitFor();
}

describe('first start without the demo', () => {
  const h = useHarness({ seed: 'none' });

  it('admin: Profil works on an empty organisation, and Keluar is in the frame', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, 'admin', { password: ADMIN_PASSWORD });
    await waitForSynced(page);
    await page.getByText('Organisasi ini belum berisi unit kerja dan pegawai.').waitFor();
    // Beranda of an account that is nobody in the directory: the date alone, no daily log, and
    // the way to the console.
    const subtitle = await page.locator('main h1 + p').innerText();
    expect(subtitle.trim()).not.toMatch(/·$/);
    expect(await page.getByRole('link', { name: 'Catat kegiatan' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Kelola organisasi' }).waitFor();
    // On a phone the admin's bar keeps five items: Profil may be under Lainnya.
    await openNavItem(page, 'Profil');
    await page.getByRole('heading', { name: 'Profil', level: 1 }).waitFor();
    const identity = page.getByRole('region', { name: 'Data diri' });
    await identity.getByText('Administrator Sistem').waitFor();
    expect(await identity.getByText('Admin', { exact: true }).count()).toBe(1);
    await page.getByRole('region', { name: 'Ubah kata sandi' }).waitFor();
    expect(await page.getByText('Terjadi kesalahan').count()).toBe(0);
    await expectNoAxeViolations(page, 'Profil of the admin');
    await signOutFromFrame(page);
  });

  it('admin opens the first period and names a Pengelola, who activates, changes the password and comes back from a reset', async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, 'admin', { password: ADMIN_PASSWORD });
    // The directory goes in as the import would put it: a unit and a person, as the admin.
    const put = await context.request.post('/couch/kinerja/_bulk_docs', {
      data: {
        docs: [
          {
            _id: 'unit:bkpsdm',
            type: 'unit',
            schemaVersion: 1,
            unitId: 'bkpsdm',
            name: 'Badan Kepegawaian dan Pengembangan SDM',
            parentId: null,
            headNip: null,
          },
          {
            _id: `employee:${WULAN.nip}`,
            type: 'employee',
            schemaVersion: 1,
            nip: WULAN.nip,
            name: WULAN.name,
            position: 'Analis SDM Aparatur',
            unitId: 'bkpsdm',
            superiorNip: null,
            kind: 'pns',
            functional: true,
            acting: [],
            active: true,
          },
        ],
      },
    });
    expect(put.status()).toBe(201);

    await page.getByRole('navigation').getByRole('link', { name: 'Persiapan' }).click();
    await page.getByRole('heading', { name: 'Persiapan awal', level: 1 }).waitFor();
    await page.getByText('npm run org:import -- --units unit.csv').waitFor();
    const periods = page.getByRole('region', { name: '2. Buka periode pertama' });
    await periods.getByLabel('Tahun').fill(String(YEAR));
    await periods.getByRole('button', { name: 'Buka periode' }).click();
    await periods.getByText(`Periode ${YEAR} dibuka: tahunan dan Triwulan I–IV.`).waitFor();
    await untilOnServer(context, 'period:', (docs) => docs.length === 5);
    await periods.getByText(`Triwulan IV ${YEAR}`).waitFor();
    await periods.getByRole('button', { name: 'Buka periode' }).click();
    await periods.getByText(`Periode ${YEAR} sudah ada; tidak ada yang diubah.`).waitFor();

    const pengelola = page.getByRole('region', { name: '3. Tunjuk Pengelola Kinerja' });
    await pengelola.getByLabel('NIP').fill('12345');
    await pengelola.getByRole('button', { name: 'Tunjuk' }).click();
    await pengelola.getByText('NIP harus 18 angka.').waitFor();
    await pengelola.getByLabel('NIP').fill(WULAN.nip);
    await pengelola.getByRole('button', { name: 'Tunjuk' }).click();
    await pengelola.getByText(`${WULAN.name} kini Pengelola Kinerja.`).waitFor();
    await pengelola.getByText(`${WULAN.name} (${WULAN.nip})`).waitFor();
    expect(await pengelola.getByText('Selesai').count()).toBe(1);

    const codes = page.getByRole('region', { name: 'Kode aktivasi' });
    expect(await codes.getByLabel('NIP').inputValue()).toBe(WULAN.nip);
    await codes.getByRole('button', { name: 'Buat kode aktivasi' }).click();
    const code = await codes.locator('.setup-code').innerText();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await expectNoAxeViolations(page, 'Persiapan awal');
    await waitForSynced(page);
    expect(await page.getByText('Organisasi ini belum berisi unit kerja').count()).toBe(0);

    // Wulan, on her own phone: NIP and code, then she must choose a password.
    const phone = await (await h.context('phone')).newPage();
    await phone.goto('/masuk');
    await phone.getByText('Lupa kata sandi?').click();
    await phone.getByText(/Minta kode aktivasi baru kepada Pengelola Kinerja di BKPSDM/).waitFor();
    await phone.getByLabel('NIP', { exact: true }).fill(WULAN.nip);
    await phone.getByLabel('Kata sandi', { exact: true }).fill(code.toLowerCase());
    await phone.getByRole('button', { name: 'Masuk', exact: true }).click();
    await phone.getByRole('heading', { name: 'Buat kata sandi', level: 1 }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/masuk');
    await phone.getByText('paling sedikit 8 karakter', { exact: false }).waitFor();
    await phone.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await phone.getByLabel('Ulangi kata sandi baru').fill('pendek');
    await phone.getByRole('button', { name: 'Simpan dan masuk' }).click();
    await phone.getByText('Kata sandi baru paling sedikit 8 karakter.').waitFor();
    await expectNoAxeViolations(phone, 'Buat kata sandi');
    await phone.getByLabel('Kata sandi baru', { exact: true }).fill('wulan menjaga kinerja');
    await phone.getByLabel('Ulangi kata sandi baru').fill('wulan menjaga kinerja');
    await phone.getByRole('button', { name: 'Simpan dan masuk' }).click();
    await phone.waitForURL((url) => url.pathname === '/');
    await phone.locator('main h1').first().waitFor();
    expect(await phone.getByRole('banner').getByText(WULAN.name).count()).toBe(1);

    // The code is used up.
    const reuse = await phone.request.post('/api/session', {
      data: { nip: WULAN.nip, password: code },
    });
    expect(reuse.status()).toBe(401);

    // Profil: "Ubah kata sandi", then Keluar and in again with the new one.
    await openNavItem(phone, 'Profil');
    const change = phone.getByRole('region', { name: 'Ubah kata sandi' });
    await change.getByLabel('Kata sandi sekarang').fill('salah sekali');
    await change.getByLabel('Kata sandi baru', { exact: true }).fill('kinerja tanpa kertas');
    await change.getByLabel('Ulangi kata sandi baru').fill('kinerja tanpa kertas');
    await change.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await change.getByText(/Kata sandi sekarang salah\. Sisa \d percobaan/).waitFor();
    await change.getByLabel('Kata sandi sekarang').fill('wulan menjaga kinerja');
    await change.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await change.getByText(/Kata sandi sudah diubah/).waitFor();
    await waitForSynced(phone);
    await signOutFromFrame(phone);
    await signIn(phone, WULAN.nip, { password: 'kinerja tanpa kertas' });

    // A reset while she works: her sync stops and asks her to sign in again; the new code lets
    // her choose a password right there, and the device goes on syncing, nothing signed out.
    await waitForSynced(phone);
    await codes.getByLabel('NIP').fill(WULAN.nip);
    await codes.getByRole('button', { name: 'Buat kode aktivasi' }).click();
    await expect.poll(() => codes.locator('.setup-code').innerText()).not.toBe(code);
    const second = await codes.locator('.setup-code').innerText();
    const bar = phone.getByRole('region', { name: 'Status sinkronisasi' });
    await bar.getByRole('button', { name: 'Masuk lagi' }).click({ timeout: 30_000 });
    const dialog = phone.getByRole('dialog');
    await dialog.getByLabel('Kata sandi', { exact: true }).fill(second);
    await dialog.getByRole('button', { name: 'Masuk lagi' }).click();
    await dialog.getByText(/Kode aktivasi Anda benar/).waitFor();
    await dialog.getByLabel('Kata sandi baru', { exact: true }).fill('sandi setelah reset');
    await dialog.getByLabel('Ulangi kata sandi baru').fill('sandi setelah reset');
    await dialog.getByRole('button', { name: 'Masuk lagi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await bar.getByText(/Terakhir disinkron/).waitFor({ timeout: 60_000 });
    const old = await phone.request.post('/api/session', {
      data: { nip: WULAN.nip, password: 'kinerja tanpa kertas' },
    });
    expect(old.status()).toBe(401);
  });
});
