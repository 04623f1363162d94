// Competency development across three people and three devices (issue 14), in real Chromium
// against the real server with the demo: Dewi, offline on her phone, requests "Manajemen Waktu";
// Sri, offline on her tablet, first tries to decline without a reason (the error beside the field)
// and then approves; Ratna, the Pengelola, confirms the seat in the console; Dewi reports
// completion with a certificate photo compressed on the phone; Ratna opens the certificate on
// demand and verifies it; Dewi's JP ring on Beranda moves by the activity's 8 JP. Zero axe
// violations on each screen.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goOffline, goOnline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { repoRoot } from './support/build';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer } from './support/server-docs';
import { waitForRemote } from './appraisal-pages';

const KEY = 'manajemen-waktu';
const TITLE = 'Manajemen Waktu dan Prioritas Kerja';
const RATNA = '198602142010012015';
const WHO = `Dewi Lestari, S.Pd., ${TITLE}`;

/** Dewi's verified JP of the year, as her Beranda ring says it. */
async function ringJp(page: Page): Promise<number> {
  await page.goto('/');
  const ring = page.getByRole('region', { name: 'Pengembangan kompetensi' });
  const text = await ring.getByText(/^[\d.,]+ \/ 20 JP$/).innerText();
  return Number(/^([\d.,]+) \//.exec(text)?.[1]?.replace(',', '.'));
}

describe('development journey: request, approval, seat, certificate, verification', () => {
  const h = useHarness();

  it('Dewi’s request goes through Sri and Ratna, and her ring moves by 8 JP', async () => {
    // Dewi, offline on her phone, requests the training.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForSynced(dewi);
    await waitForServiceWorker(dewi);
    const before = await ringJp(dewi);
    // The signal drops with the page open (Chromium's emulation does not carry navigator.onLine
    // over to a page loaded while offline).
    await dewi.goto('/pengembangan');
    await goOffline(phone);
    const catalog = dewi.getByRole('region', { name: 'Katalog pengembangan' });
    await catalog.getByRole('button', { name: `Ajukan: ${TITLE}` }).click();
    await catalog
      .getByLabel('Alasan atau yang ingin dipelajari (boleh kosong)')
      .fill('Tenggat rapor dan administrasi kelas sering bertumpuk.');
    await catalog.getByRole('button', { name: 'Kirim permohonan' }).click();
    await dewi.getByText('Tersimpan di perangkat; dikirim saat online.').waitFor();
    const records = dewi.getByRole('region', { name: 'Yang dihitung dan yang menunggu' });
    const mine = records.getByRole('listitem').filter({ hasText: TITLE });
    await mine.getByText('Menunggu persetujuan atasan').waitFor();
    await goOnline(phone);
    await untilOnServer(phone, `enrolment:${DEWI.nip}:${KEY}`, (docs) => docs.length === 1);

    // Sri, offline on her tablet, decides.
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    await goOffline(tablet);
    await sri.goto(`/tim/${DEWI.nip}`);
    const section = sri.getByRole('region', { name: 'Pengembangan kompetensi' });
    const request = section.getByRole('article', { name: TITLE });
    await request.getByRole('button', { name: 'Tolak' }).click();
    await request.getByRole('button', { name: 'Kirim penolakan' }).click();
    await request.getByText('Tuliskan alasan penolakan, paling sedikit 10 karakter.').waitFor();
    await request.getByRole('button', { name: 'Batal' }).click();
    await request.getByRole('button', { name: 'Setujui' }).click();
    await section.getByRole('article', { name: TITLE }).getByText('Disetujui').waitFor();
    await expectNoAxeViolations(sri, 'Dewi’s development on Sri’s tablet');
    await sri.screenshot({ path: shotPath('development-head-tablet.png'), fullPage: true });
    await goOnline(tablet);
    await untilOnServer(tablet, `enrolment-decision:${DEWI.nip}:${KEY}`, (docs) =>
      docs.some((d) => d.decision === 'approved'),
    );

    // Ratna confirms the seat in the console.
    const laptop = await h.context('tablet');
    const ratna = await laptop.newPage();
    await signIn(ratna, RATNA);
    await waitForSynced(ratna);
    // Her Beranda says what waits for her: Dewi's and the demo's Agus's seats. (A new device opens
    // the first-run tour on Beranda once its cards are there; she skips it.)
    await ratna.getByRole('button', { name: 'Lewati' }).click();
    await ratna
      .getByRole('region', { name: 'Perlu tindakan' })
      .getByRole('link', { name: /^2 permohonan pengembangan menunggu konfirmasi kursi/ })
      .click();
    await ratna.waitForURL('**/kelola/pengembangan');
    await waitForRemote(ratna, ratna.getByRole('button', { name: `Konfirmasi kursi: ${WHO}` }));
    await ratna.getByRole('button', { name: `Konfirmasi kursi: ${WHO}` }).click();
    await untilOnServer(laptop, `enrolment-admin:${DEWI.nip}:${KEY}`, (docs) =>
      docs.some((d) => (d.seat as { status?: string } | null)?.status === 'confirmed'),
    );

    // Dewi reports completion with a photo of her certificate.
    await dewi.goto('/pengembangan');
    const seated = records.getByRole('listitem').filter({ hasText: TITLE });
    await waitForRemote(dewi, seated.getByRole('button', { name: 'Laporkan selesai' }));
    await seated.getByRole('button', { name: 'Laporkan selesai' }).click();
    await seated
      .getByLabel('Foto sertifikat')
      .setInputFiles(path.join(repoRoot, 'public/screenshots/phone-beranda.png'));
    await seated.getByText(/^Sertifikat dipilih: /).waitFor();
    await seated.getByRole('button', { name: 'Kirim laporan' }).click();
    await records
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .getByText('Laporan selesai, menunggu verifikasi')
      .waitFor();
    await expectNoAxeViolations(dewi, 'Dewi’s report on her phone');
    await untilOnServer(phone, `enrolment:${DEWI.nip}:${KEY}`, (docs) =>
      docs.some((d) => d.completion !== null),
    );

    // Ratna opens the certificate on demand and verifies.
    const entry = ratna.getByRole('article', { name: new RegExp(TITLE) });
    await waitForRemote(ratna, ratna.getByRole('button', { name: `Verifikasi: ${WHO}` }));
    await entry.getByRole('button', { name: 'Buka sertifikat' }).click();
    await entry.getByRole('img', { name: `Sertifikat: ${TITLE}` }).waitFor();
    await expectNoAxeViolations(ratna, 'the Pengelola’s queue with a certificate open');
    await ratna.screenshot({ path: shotPath('development-console-tablet.png'), fullPage: true });
    await ratna.getByRole('button', { name: `Verifikasi: ${WHO}` }).click();
    await untilOnServer(laptop, `enrolment-admin:${DEWI.nip}:${KEY}`, (docs) =>
      docs.some((d) => (d.verification as { status?: string } | null)?.status === 'verified'),
    );

    // Dewi's ring counts the 8 JP.
    await dewi.goto('/');
    const ring = dewi.getByRole('region', { name: 'Pengembangan kompetensi' });
    await waitForRemote(dewi, ring.getByText(`${before + 8} / 20 JP`, { exact: true }));
    expect(await ringJp(dewi)).toBe(before + 8);
    await ring.scrollIntoViewIfNeeded();
    await dewi.screenshot({ path: shotPath('development-ring-phone.png') });
    // The page: the ring, what counted, the catalog, the rencana pengembangan and the rules.
    await dewi.goto('/pengembangan');
    await records
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .getByText('Diverifikasi')
      .waitFor();
    await expectNoAxeViolations(dewi, 'Dewi’s Pengembangan after verification');
    await dewi.screenshot({ path: shotPath('development-phone.png'), fullPage: true });
  });
});
