// From an empty data directory to a working organisation through the web page (issue 12), in
// real Chromium against the real server on SEED=none: the admin, on a laptop, checks a units
// file and a people file in Kelola → Impor & ekspor, reads the refused row, fixes the file,
// applies it and reads the activation codes of the two new people who may sign in (a retired
// officer gets none); opens the first period. Then the lurah (tablet)
// and her staff member (phone) activate with their codes, the staff member logs an activity and
// submits it, the lurah approves it, and the staff member sees it approved.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { activateWithCode } from './support/activate';
import { fillNewActivity } from './support/activity-entry';
import { expectNoAxeViolations } from './support/axe';
import {
  LURAH,
  MISTYPED_SUPERIOR,
  peopleCsv,
  RETIRED,
  STAFF,
  STAFF_ROW,
  UNITS_CSV,
} from './support/first-org';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer } from './support/server-docs';

const ADMIN_PASSWORD = 'admin-e2e-password';
const LAPTOP = { width: 1280, height: 800 } as const;
const YEAR = new Date().getFullYear();
const KEGIATAN = 'Melayani perekaman KTP elektronik warga RW 03';

/** The activation codes the admin read on the page, by NIP (the next journey uses them). */
const codes = new Map<string, string>();

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

async function chooseFiles(page: Page, people: string): Promise<void> {
  await page
    .getByLabel('Berkas unit kerja (unit.csv)')
    .setInputFiles(csvFile('unit.csv', UNITS_CSV));
  await page
    .getByLabel('Berkas pegawai (pegawai.csv)')
    .setInputFiles(csvFile('pegawai.csv', people));
}

describe('first start through the console: import, codes, a period, and the first verified activity', () => {
  const h = useHarness({ seed: 'none' });

  it('admin checks the files, reads the refused row, fixes it, applies, and opens the first period', async () => {
    const context = await h.context('tablet', { viewport: LAPTOP });
    const page = await context.newPage();
    await signIn(page, 'admin', { password: ADMIN_PASSWORD });
    await waitForSynced(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Kelola' }).click();
    await page.getByRole('heading', { name: 'Kelola organisasi', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Bagian kelola organisasi' })
      .getByRole('link', { name: 'Impor & ekspor' })
      .click();
    await page.waitForURL((url) => url.pathname === '/kelola/impor');
    const apply = page.getByRole('button', { name: 'Terapkan', exact: true });
    expect(await apply.isDisabled()).toBe(true);

    // The first try: the staff member's superior is mistyped. Nothing is written.
    await chooseFiles(page, peopleCsv(MISTYPED_SUPERIOR));
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page
      .getByText('1 kesalahan ditemukan. Tidak ada yang diubah.', { exact: false })
      .waitFor();
    const refused = page.getByRole('table', { name: 'Baris yang ditolak' }).getByRole('row').nth(1);
    expect(await refused.getByRole('cell').allInnerTexts()).toEqual([
      'berkas pegawai',
      String(STAFF_ROW),
      'nip_atasan',
      `Atasan ${MISTYPED_SUPERIOR} tidak ada di berkas pegawai maupun di data`,
    ]);
    await page.getByText('1 baris ditolak; lihat daftar di bawah.').waitFor();
    expect(await apply.isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'Impor & ekspor with a refused row');
    if (process.env.SCREENSHOTS === 'docs') {
      // The laptop's screen, scrolled so that the files, the buttons and the verdict show.
      await page
        .getByRole('region', { name: 'Hasil pemeriksaan' })
        .evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await page.screenshot({ path: shotPath('console-import.png') });
    }
    const before = await context.request.get('/api/admin/org-export?file=people');
    expect((await before.text()).includes(STAFF.nip)).toBe(false);

    // The fixed file: a clean check with its counts, then Terapkan after the confirmation.
    await page
      .getByLabel('Berkas pegawai (pegawai.csv)')
      .setInputFiles(csvFile('pegawai.csv', peopleCsv()));
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByText('Pemeriksaan selesai tanpa kesalahan.', { exact: false }).waitFor();
    const counts = page.getByRole('table', { name: 'Jumlah menurut jenis perubahan' });
    expect(
      await counts
        .getByRole('row', { name: /Unit kerja/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['2', '0', '0']);
    expect(
      await counts
        .getByRole('row', { name: /Pegawai/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['3', '0', '0']);
    await apply.click();
    const dialog = page.getByRole('dialog', { name: 'Terapkan impor?' });
    await dialog.getByText('Pegawai: 3 baru, 0 berubah.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Terapkan', exact: true }).click();
    await page.getByText('Impor diterapkan.', { exact: false }).waitFor();

    // The codes, once, with the warning: for the two who may sign in, not the retired officer;
    // and the same as kode-aktivasi.csv.
    const codesCard = page.getByRole('region', { name: 'Kode aktivasi pegawai baru' });
    await codesCard.getByText('Kode ini hanya ditampilkan sekali', { exact: false }).waitFor();
    expect(await codesCard.getByRole('row').count()).toBe(3);
    expect(await codesCard.getByText(RETIRED.nip).count()).toBe(0);
    for (const person of [LURAH, STAFF]) {
      const row = codesCard.getByRole('row', { name: new RegExp(person.nip) });
      const code = await row.locator('code').innerText();
      expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
      codes.set(person.nip, code);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      codesCard.getByRole('link', { name: 'Unduh kode-aktivasi.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kode-aktivasi.csv');
    const saved = await readFile(await download.path(), 'utf8');
    expect(
      saved
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(3);
    expect(saved.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('nip,nama,kode_aktivasi');
    for (const [nip, code] of codes)
      expect(saved).toMatch(new RegExp(`^${nip},.*,${code}\\r?$`, 'm'));
    await expectNoAxeViolations(page, 'Impor & ekspor after applying');

    // The export gives the stored organisation back in the import's layout.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh pegawai.csv' }).click(),
    ]);
    const people = await readFile(await exported.path(), 'utf8');
    expect(people).toContain(`${STAFF.nip},${STAFF.name},`);
    expect(people).toContain(`,${LURAH.nip},aktif`);

    // The first period, from Persiapan, once the imported organisation has reached this device.
    await page.getByRole('navigation').getByRole('link', { name: 'Persiapan' }).click();
    await page.getByText('Sekarang ada 2 unit kerja dan 3 pegawai.').waitFor({ timeout: 60_000 });
    const periods = page.getByRole('region', { name: '2. Buka periode pertama' });
    await periods.getByLabel('Tahun').fill(String(YEAR));
    await periods.getByRole('button', { name: 'Buka periode' }).click();
    await periods.getByText(`Periode ${YEAR} dibuka: tahunan dan Triwulan I–IV.`).waitFor();
    await untilOnServer(context, 'period:', (docs) => docs.length === 5);
  });

  it('the lurah and her staff member activate with their codes; an activity is submitted, approved, and seen approved', async () => {
    expect([...codes.keys()]).toEqual([LURAH.nip, STAFF.nip]);
    const phone = await h.context('phone');
    const staff = await phone.newPage();
    await activateWithCode(staff, STAFF.nip, codes.get(STAFF.nip) ?? '', 'bagus melayani warga');
    expect(await staff.getByRole('banner').getByText(STAFF.name, { exact: false }).count()).toBe(1);
    await waitForSynced(staff);

    const tablet = await h.context('tablet');
    const lurah = await tablet.newPage();
    // The code as handed over on paper may be typed in lower case.
    const lurahCode = (codes.get(LURAH.nip) ?? '').toLowerCase();
    await activateWithCode(lurah, LURAH.nip, lurahCode, 'ratih memimpin kelurahan');
    await waitForSynced(lurah);

    // The staff member logs today's work on the phone and submits it.
    await fillNewActivity(staff, {
      start: '08:00',
      end: '10:30',
      kegiatan: KEGIATAN,
      realisasi: '14',
      satuan: 'warga',
    });
    await staff.getByRole('button', { name: 'Ajukan', exact: true }).click();
    const entry = staff.locator('li.act-item', { hasText: KEGIATAN });
    await entry.getByText('Diajukan').waitFor();
    await untilOnServer(phone, `activity:${STAFF.nip}:`, (docs) =>
      docs.some((d) => d.kegiatan === KEGIATAN && d.status === 'submitted'),
    );

    // The lurah sees it in her queue and approves it.
    await lurah.goto(`/tim/verifikasi?pegawai=${STAFF.nip}`);
    await lurah.getByRole('button', { name: new RegExp(KEGIATAN) }).click({ timeout: 60_000 });
    await lurah.getByRole('button', { name: 'Setujui', exact: true }).click();
    await lurah.getByText(`Disetujui: ${KEGIATAN}`).waitFor();
    await untilOnServer(tablet, `verification:${STAFF.nip}:`, (docs) =>
      docs.some((d) => d.decision === 'approved'),
    );

    // Back on the phone: approved.
    await entry.getByText('Disetujui').waitFor({ timeout: 60_000 });
  });
});
