// The plan-and-appraisal journey (issue 7) in real Chromium against the real server: Sri submits
// her SKP for next year, Dewi links hers to Sri's RHK and Sri approves it; Sri appraises Dewi's
// quarter offline on a tablet and a desktop, the two drafts merge, she finalises; Dewi objects on
// her phone and Bambang decides, reading Dewi's RHK from her SKP on his own device and the log Sri
// cited and the ekspektasi khusus pimpinan, opened from the server on demand. Every rating other
// than Sesuai and the predikat need a written reason: "Finalkan" without them is refused next to
// each field, and the Rapor and the document show each reason.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { civilDate, quarterOf } from '../../client/core/dates';
import { goOffline, goOnline, signIn, waitForServiceWorker } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import {
  card,
  fillFirstRhk,
  isRated,
  matrixCell,
  noteOf,
  rate,
  submitSkp,
  untilRemote,
  waitForRemote,
  waitUntilSent,
} from './appraisal-pages';

const BAMBANG = { nip: '197203151998031002', name: 'Bambang Sutrisno' } as const;
const today = civilDate(Date.now());
const YEAR = Number(today.slice(0, 4));
const QUARTER = `${YEAR}-q${quarterOf(today)}`;
const APPRAISAL = `/penilaian/${DEWI.nip}/${QUARTER}`;
const SRI_RHK = 'Meningkatnya mutu pembelajaran berdiferensiasi di SD Negeri Gayungan I';
/** The first RHK of Dewi's SKP of this year (seeded), and its IKI. */
const DEWI_RHK = /^Tersusunnya perencanaan pembelajaran kelas/;
const DEWI_IKI = 'Jumlah modul ajar yang disusun';
const HASIL_REASON = 'Dua dari tiga RHK melampaui target triwulan; modul ajar dipakai rekan.';
const PREDIKAT_REASON =
  'Baik: hasil kerja di atas ekspektasi dan perilaku sesuai ekspektasi menurut matriks.';
const REASON_NEEDED = 'Tuliskan alasan untuk nilai ini (paling sedikit 10 karakter).';
const OBJECTION =
  'Realisasi modul ajar saya 7 dokumen, bukan 5; buktinya ada di progres harian tanggal 3 dan 10.';

async function openAppraisal(page: Page): Promise<void> {
  await page.goto(APPRAISAL);
  await page.getByRole('heading', { level: 1, name: /Penilaian kinerja Dewi/ }).waitFor();
  await card(page, /^RHK 1:/).waitFor();
}

async function desktopContext(h: ReturnType<typeof useHarness>): Promise<BrowserContext> {
  return h.context('tablet', { viewport: { width: 1440, height: 900 }, hasTouch: false });
}

describe('appraisal journey: plan, appraise across devices offline, explain, object', () => {
  const h = useHarness();

  it("Sri submits her SKP for next year; Dewi links hers to Sri's RHK and Sri approves it", async () => {
    const next = String(YEAR + 1);
    // Sri's own plan first: its RHK are what her staff's RHK support.
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitUntilSent(sri);
    await sri.goto(`/kinerja/skp/${next}`);
    const iki = 'Persentase guru yang berdiferensiasi';
    await fillFirstRhk(sri, { text: SRI_RHK, iki, target: '80', satuan: 'persen' });
    await submitSkp(sri);

    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitUntilSent(dewi);
    await dewi.goto('/kinerja');
    await dewi.getByRole('link', { name: `SKP tahun ${next}` }).click();
    await fillFirstRhk(dewi, {
      text: 'Terlaksananya pembelajaran berdiferensiasi kelas 4A',
      iki: 'Jumlah modul ajar berdiferensiasi',
      target: '24',
      satuan: 'dokumen',
    });
    // The superior's RHK come from Sri's SKP, which is on Dewi's phone now.
    const parent = dewi.getByLabel('RHK atasan yang didukung (RHK 1)');
    await untilRemote(
      dewi,
      async () => (await parent.locator('option', { hasText: SRI_RHK }).count()) > 0,
    );
    await parent.selectOption({ label: `RHK 1: ${SRI_RHK}` });
    await dewi.getByText(/Pilihan dari SKP Sri Wahyuni.* \(Diajukan\)/).waitFor();
    await dewi.getByRole('button', { name: 'Tambah IKI pada RHK 1' }).click();
    await dewi.getByLabel('IKI 1.2', { exact: true }).fill('Persentase murid tuntas KKTP');
    await dewi.getByLabel('Aspek IKI 1.2').selectOption('kualitas');
    await dewi.getByLabel('Target IKI 1.2').fill('85');
    await dewi.getByLabel('Satuan IKI 1.2').fill('persen');
    await expectNoAxeViolations(dewi, 'the SKP form (phone)');
    await submitSkp(dewi);

    // Sri sees which of her RHK Dewi's supports, with its text, and approves.
    await sri.goto('/penilaian');
    const toApprove = sri.getByRole('link', {
      name: new RegExp(`SKP Dewi Lestari.* tahun ${next}`),
    });
    await waitForRemote(sri, toApprove);
    await toApprove.click();
    await sri.getByText('Terlaksananya pembelajaran berdiferensiasi kelas 4A').waitFor();
    await sri.getByText('Mendukung RHK atasan 1:').waitFor();
    await sri.getByText(SRI_RHK).waitFor();
    await sri
      .getByLabel('Kolaboratif')
      .fill('Menggerakkan komunitas belajar kelas atas setiap bulan.');
    await expectNoAxeViolations(sri, 'the SKP approval (tablet)');
    await sri.getByRole('button', { name: 'Setujui' }).click();
    await sri.getByText('SKP disetujui.').waitFor();
    await waitUntilSent(sri);

    await dewi.goto(`/kinerja/skp/${next}`);
    await waitForRemote(dewi, dewi.getByText('Disetujui oleh Pejabat Penilai Kinerja'));
    await dewi.getByText('Menggerakkan komunitas belajar kelas atas setiap bulan.').waitFor();
    await dewi.getByText(SRI_RHK).waitFor();
    expect(await dewi.getByLabel('Uraian RHK 1').count()).toBe(0);
  });

  it('Sri appraises offline on a tablet and a desktop, finalises; Dewi objects; Bambang decides', async () => {
    const id = `appraisal:${DEWI.nip}:${QUARTER}`;

    // Tablet: the draft is started online, then typed offline; autosave survives a reload.
    const tablet = await h.context('tablet');
    const sriTab = await tablet.newPage();
    await signIn(sriTab, SRI.nip);
    await waitForServiceWorker(sriTab);
    await waitUntilSent(sriTab);
    await sriTab.goto('/penilaian');
    await sriTab.getByRole('link', { name: 'Penilaian Dewi Lestari, S.Pd.' }).click();
    await card(sriTab, /^RHK 1:/).waitFor();
    // A long appraisal on a tablet: a jump list to the section headings, sections that fold.
    const jumps = sriTab.getByRole('navigation', { name: 'Langsung ke bagian' });
    await jumps.getByRole('link', { name: 'Perilaku Kerja' }).click();
    await sriTab.waitForFunction(() => document.activeElement?.id === 'perilaku-heading');
    const hasilToggle = sriTab.getByRole('button', { name: /^Hasil Kerja/ });
    await hasilToggle.click();
    expect(await hasilToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await card(sriTab, /^RHK 1:/).isVisible()).toBe(false);
    await jumps.getByRole('link', { name: 'Hasil Kerja' }).click();
    await card(sriTab, /^RHK 1:/).waitFor();
    await goOffline(tablet);
    await rate(
      sriTab,
      /^RHK 1:/,
      'Di Atas Ekspektasi',
      'Modul ajar berdiferensiasi melampaui target.',
    );
    // Sri cites Dewi's latest log of RHK 1 as evidence: Bambang's device opens it on demand.
    const rhk1 = card(sriTab, /^RHK 1:/);
    await rhk1.getByText(/^Bukti dukung \(0 dipilih\)$/).click();
    const citedLog = rhk1.getByRole('checkbox').first();
    await citedLog.check();
    // Its label is "{date} · {kegiatan}", then the hint with the realisasi.
    const citedLabel = await citedLog.evaluate((el) => {
      const input = el as HTMLInputElement;
      const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      return (input.labels?.[0]?.textContent ?? '').replace(hint?.textContent ?? '', '');
    });
    const citedKegiatan = citedLabel.split(' · ')[1] ?? '';
    expect(citedKegiatan).not.toBe('');
    await rate(sriTab, /^RHK 2:/, 'Sesuai Ekspektasi', 'Jam pelajaran terlaksana sesuai jadwal.');
    // Typed but never blurred: only the device's autosave holds it.
    await noteOf(sriTab, /^RHK 3:/).fill('Asesmen rutin');
    await sriTab.getByText('Ketikan disimpan sementara di perangkat ini').waitFor();
    await sriTab.reload();
    await card(sriTab, /^RHK 3:/).waitFor();
    expect(await noteOf(sriTab, /^RHK 3:/).inputValue()).toBe('Asesmen rutin');
    expect(await isRated(sriTab, /^RHK 1:/, 'Di Atas Ekspektasi')).toBe(true);
    // Rated just before its note was typed: the note must not take the rating away.
    expect(await isRated(sriTab, /^RHK 2:/, 'Sesuai Ekspektasi')).toBe(true);
    await goOnline(tablet);
    await waitUntilSent(sriTab);

    // Desktop: after a sync the same draft continues there.
    const desktop = await desktopContext(h);
    const sriDesk = await desktop.newPage();
    await signIn(sriDesk, SRI.nip);
    await waitUntilSent(sriDesk);
    await openAppraisal(sriDesk);
    await untilRemote(sriDesk, async () => (await noteOf(sriDesk, /^RHK 3:/).inputValue()) !== '');
    expect(await noteOf(sriDesk, /^RHK 3:/).inputValue()).toBe('Asesmen rutin');
    expect(await isRated(sriDesk, /^RHK 1:/, 'Di Atas Ekspektasi')).toBe(true);

    // Both offline, each edits other items; back online, both devices hold both edits.
    await goOffline(tablet);
    await goOffline(desktop);
    await rate(
      sriTab,
      'Kolaboratif',
      'Di Atas Ekspektasi',
      'Dari tablet: menggerakkan komunitas belajar.',
    );
    await rate(sriDesk, 'Harmonis', 'Sesuai Ekspektasi', 'Dari desktop: suka menolong rekan.');
    await rate(sriDesk, /^RHK 3:/, 'Sesuai Ekspektasi');
    await goOnline(tablet);
    await goOnline(desktop);
    await waitUntilSent(sriTab);
    await waitUntilSent(sriDesk);
    for (const page of [sriTab, sriDesk]) {
      const note = (name: string) => noteOf(page, name).inputValue();
      await untilRemote(
        page,
        async () => (await note('Kolaboratif')) !== '' && (await note('Harmonis')) !== '',
      );
      expect(await note('Kolaboratif')).toMatch(/^Dari tablet/);
      expect(await note('Harmonis')).toMatch(/^Dari desktop/);
      expect(await isRated(page, /^RHK 3:/, 'Sesuai Ekspektasi')).toBe(true);
      expect(await noteOf(page, /^RHK 3:/).inputValue()).toBe('Asesmen rutin');
      expect(await isRated(page, /^RHK 2:/, 'Sesuai Ekspektasi')).toBe(true);
      expect(await isRated(page, 'Kolaboratif', 'Di Atas Ekspektasi')).toBe(true);
    }

    // The rest on the desktop; the predikat and its matrix cell follow the ratings.
    await rate(sriDesk, 'Hasil kerja keseluruhan', 'Di Atas Ekspektasi');
    for (const value of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Loyal', 'Adaptif']) {
      await rate(sriDesk, value, 'Sesuai Ekspektasi');
    }
    await rate(sriDesk, 'Perilaku kerja keseluruhan', 'Sesuai Ekspektasi');
    await matrixCell(sriDesk, 'baik').waitFor();
    await waitForRemote(sriTab, matrixCell(sriTab, 'baik'));
    await sriTab.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(sriTab, 'the appraisal (tablet)');
    await sriTab.screenshot({ path: shotPath('appraisal-tablet.png') });
    // "Finalkan" without the reasons: refused next to each field, the focus on the first one.
    const confirm = sriDesk.getByRole('dialog');
    await sriDesk.getByRole('button', { name: 'Finalkan' }).click();
    const hasilCard = card(sriDesk, 'Hasil kerja keseluruhan');
    const hasilReason = hasilCard.getByLabel('Alasan nilai hasil kerja');
    await hasilCard.getByText(REASON_NEEDED).waitFor();
    expect(await hasilReason.getAttribute('aria-invalid')).toBe('true');
    await sriDesk.waitForFunction(() => document.activeElement?.id === 'alasan-hasilKerja.note');
    const predikatReason = sriDesk.getByLabel('Alasan predikat');
    expect(await predikatReason.getAttribute('aria-invalid')).toBe('true');
    const missingReasons = sriDesk.getByRole('navigation', { name: /belum dapat difinalkan/ });
    expect(await missingReasons.getByRole('link').allTextContents()).toEqual([
      'Hasil kerja keseluruhan',
      'Alasan predikat',
    ]);
    expect(await confirm.isVisible()).toBe(false);
    await expectNoAxeViolations(sriDesk, 'the appraisal with reasons missing (desktop)');
    await hasilReason.fill(HASIL_REASON);
    await hasilReason.blur();
    await predikatReason.fill(PREDIKAT_REASON);
    await predikatReason.blur();
    expect(await isRated(sriDesk, 'Hasil kerja keseluruhan', 'Di Atas Ekspektasi')).toBe(true);
    await sriDesk.getByRole('button', { name: 'Finalkan' }).click();
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Finalkan' }).click();
    await sriDesk.getByText(/Penilaian ini final sejak/).waitFor();
    await waitUntilSent(sriDesk);

    // Final is final: not in the UI, not through _bulk_docs.
    await waitForRemote(sriTab, sriTab.getByText(/Penilaian ini final sejak/));
    for (const page of [sriTab, sriDesk]) {
      expect(await page.getByRole('button', { name: 'Finalkan' }).count()).toBe(0);
      expect(
        await card(page, /^RHK 1:/)
          .getByRole('radio', { name: 'Di Bawah Ekspektasi' })
          .isDisabled(),
      ).toBe(true);
    }
    const refused = await sriDesk.evaluate(async (docId) => {
      const url = `/couch/kinerja/${encodeURIComponent(docId)}`;
      const doc = await (await fetch(url, { credentials: 'include' })).json();
      doc.hasilKerja.rating = 'di-bawah';
      doc.predikat = 'butuh-perbaikan';
      const res = await fetch('/couch/kinerja/_bulk_docs', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ docs: [doc] }),
      });
      return {
        status: res.status,
        body: await res.json(),
        stored: await (await fetch(url, { credentials: 'include' })).json(),
      };
    }, id);
    expect(refused.body).toEqual([expect.objectContaining({ id, error: 'forbidden' })]);
    expect(refused.stored).toMatchObject({ status: 'final', predikat: 'baik' });

    // The printed evaluation document.
    await sriDesk.goto(`${APPRAISAL}/dokumen`);
    await sriDesk.getByRole('heading', { name: 'Dokumen Evaluasi Kinerja Pegawai' }).waitFor();
    await sriDesk.getByText('Drs. Bambang Sutrisno, M.Pd.').first().waitFor();
    await sriDesk.getByText(HASIL_REASON).waitFor();
    await sriDesk.getByText(PREDIKAT_REASON).waitFor();
    await sriDesk.emulateMedia({ media: 'print' });
    expect(await sriDesk.getByRole('button', { name: 'Cetak / simpan PDF' }).isVisible()).toBe(
      false,
    );
    await sriDesk.screenshot({ path: shotPath('dokumen-print.png'), fullPage: true });
    expect((await sriDesk.pdf({ format: 'A4' })).subarray(0, 4).toString()).toBe('%PDF');
    await sriDesk.emulateMedia({ media: 'screen' });

    // Dewi, phone: reads her Rapor and objects within the 14 days.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitUntilSent(dewi);
    await dewi.goto(`/kinerja/rapor/${QUARTER}`);
    await waitForRemote(dewi, dewi.getByRole('heading', { level: 1, name: /Rapor saya/ }));
    await dewi.getByText('Sisa 14 hari untuk mengajukan keberatan', { exact: false }).waitFor();
    await dewi.getByText('Dari tablet: menggerakkan komunitas belajar.').waitFor();
    await dewi.getByText(HASIL_REASON).waitFor();
    await dewi.getByText(PREDIKAT_REASON).waitFor();
    await matrixCell(dewi, 'baik').waitFor();
    await expectNoAxeViolations(dewi, 'Rapor saya (phone)');
    expect(await dewi.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // The summary comes first on a phone: the predikat and what to improve before the details,
    // and each IKI's realisasi against the same period target the details cite.
    const top = async (name: string) =>
      (await dewi.getByRole('heading', { name, exact: true }).boundingBox())?.y ?? Infinity;
    expect(await top('Yang perlu ditingkatkan')).toBeLessThan(await top('Rincian penilaian'));
    expect(await top('Predikat kinerja')).toBeLessThan(await top('Yang perlu ditingkatkan'));
    await dewi
      .getByText(/dari target periode/)
      .first()
      .waitFor();
    await dewi.screenshot({ path: shotPath('rapor-phone.png') });
    await dewi.getByRole('heading', { name: 'Tanggapan Anda' }).scrollIntoViewIfNeeded();
    await dewi.screenshot({ path: shotPath('rapor-phone-response.png') });
    await dewi.getByRole('button', { name: 'Ajukan keberatan' }).click();
    await dewi.getByLabel('Alasan keberatan').fill(OBJECTION);
    await dewi.getByRole('button', { name: 'Kirim keberatan' }).click();
    await dewi.getByText('Menunggu keputusan Atasan Pejabat Penilai Kinerja.').waitFor();
    await waitUntilSent(dewi);

    // Bambang, the Atasan Pejabat Penilai Kinerja: decides offline; the decision syncs later.
    const bambangTablet = await h.context('tablet');
    const bambang = await bambangTablet.newPage();
    await signIn(bambang, BAMBANG.nip);
    await waitUntilSent(bambang);
    await bambang.goto('/penilaian');
    await waitForRemote(bambang, bambang.getByRole('link', { name: 'Dewi Lestari, S.Pd.' }));
    await bambang.getByRole('link', { name: 'Dewi Lestari, S.Pd.' }).click();
    await bambang.getByText(OBJECTION).waitFor();
    // Dewi's SKP is on Bambang's device: each rated RHK with its text and IKI.
    await bambang.getByText(DEWI_RHK).first().waitFor();
    await bambang.getByText(DEWI_IKI).first().waitFor();
    expect(await bambang.getByText(/uraian SKP tidak ada di perangkat ini/).count()).toBe(0);
    // The log Sri cited is not synced to Bambang's device: it is opened from the server.
    const hasil = bambang.getByRole('region', { name: 'Hasil Kerja' });
    await hasil.getByText(citedKegiatan, { exact: false }).first().waitFor();
    expect(
      await hasil.getByText(/belum diunduh|tidak tersedia|tidak pada perangkat ini/).count(),
    ).toBe(0);
    // The document shows the ekspektasi khusus pimpinan of Dewi's SKP approval, opened the same way.
    await bambang.getByRole('link', { name: 'Dokumen Evaluasi Kinerja' }).click();
    await bambang.getByText(/^Menanggapi pertanyaan orang tua murid paling lambat/).waitFor();
    await bambang.getByRole('link', { name: /Kembali/ }).click();
    await bambang.getByText(OBJECTION).waitFor();
    await goOffline(bambangTablet);
    await bambang.getByRole('radio', { name: 'Ubah nilai' }).check();
    await bambang
      .getByRole('group', { name: 'Nilai perilaku kerja yang baru' })
      .getByRole('radio', { name: 'Di Atas Ekspektasi' })
      .check();
    await bambang
      .getByRole('group', { name: 'Nilai hasil kerja yang baru' })
      .getByRole('radio', { name: 'Di Atas Ekspektasi' })
      .check();
    await matrixCell(bambang, 'sangat-baik').waitFor();
    await bambang
      .getByLabel('Alasan keputusan')
      .fill('Progres harian menunjukkan 7 modul ajar; perilaku kolaboratif menonjol.');
    await expectNoAxeViolations(bambang, 'the objection decision (tablet)');
    await bambang.getByRole('button', { name: 'Putuskan' }).click();
    // A final decision is confirmed first, saying it cannot be undone.
    const decisionDialog = bambang.getByRole('alertdialog', { name: /^Putuskan keberatan/ });
    await decisionDialog.getByText(/tidak dapat dibatalkan/).waitFor();
    await decisionDialog.getByText(/predikat berubah dari Baik menjadi Sangat Baik/).waitFor();
    await expectNoAxeViolations(bambang, 'the decision confirmation (tablet)');
    await decisionDialog.getByRole('button', { name: 'Ya, putuskan' }).click();
    await bambang.getByText(/Keputusan atas keberatan/).waitFor();
    await goOnline(bambangTablet);
    await waitUntilSent(bambang);

    // Both see the decision.
    await waitForRemote(dewi, dewi.getByText(/predikat berubah dari Baik menjadi Sangat Baik/));
    await sriDesk.goto(APPRAISAL);
    await waitForRemote(
      sriDesk,
      sriDesk.getByText(/predikat berubah dari Baik menjadi Sangat Baik/),
    );
  });
});
