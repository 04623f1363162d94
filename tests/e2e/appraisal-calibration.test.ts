// Calibration by the Atasan Pejabat Penilai Kinerja (DOMAIN.md: "sees the ratings that the
// appraisers under them give") in real Chromium against the real server: Bambang reads Sri's
// final appraisals of the previous quarter (seeded) with the unit's curve, then one of them as the
// printed document with the RHK and IKI of Dewi's SKP, which is on his device (`plan:` channel).
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { civilDate, quarterOf } from '../../client/core/dates';
import { signIn } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI } from './support/demo';
import { useHarness } from './support/harness';
import { waitForRemote, waitUntilSent } from './appraisal-pages';

const BAMBANG = '197203151998031002';
const SRI_NAME = 'Sri Wahyuni, S.Pd., M.Pd.';
const ROMAN = ['I', 'II', 'III', 'IV'];
const today = civilDate(Date.now());
const year = Number(today.slice(0, 4));
const quarter = quarterOf(today);
/** The previous quarter, whose final appraisals the demo seeds. */
const previous = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
const PREVIOUS_LABEL = `Triwulan ${ROMAN[previous.quarter - 1]} ${previous.year}`;

/** The count of a predikat in the spread table of a period card. */
const countOf = (card: Locator, predikat: string) =>
  card
    .getByRole('table', { name: /Sebaran predikat/ })
    .getByRole('row', { name: new RegExp(`^${predikat}\\b`) })
    .getByRole('cell')
    .first()
    .textContent();

describe('calibration: the atasan sees the spread of the ratings their appraisers give', () => {
  const h = useHarness();

  it("Bambang reads Sri's final appraisals of the previous quarter with the curve check", async () => {
    const tablet = await h.context('tablet');
    const bambang = await tablet.newPage();
    await signIn(bambang, BAMBANG);
    await waitUntilSent(bambang);
    await bambang.goto('/penilaian');
    await bambang.getByRole('link', { name: 'Buka kalibrasi' }).click();
    await bambang.getByRole('heading', { level: 1, name: 'Kalibrasi penilaian' }).waitFor();

    const sri = bambang.getByRole('region', { name: SRI_NAME });
    const card = sri.getByRole('region', { name: PREVIOUS_LABEL });
    await waitForRemote(bambang, card);
    await card.getByText('4 penilaian final · 0 masih draf').waitFor();
    // SD Negeri Gayungan I is rated Baik: one Sangat Baik, two Baik, one Butuh Perbaikan fit.
    expect(await countOf(card, 'Sangat Baik')).toBe('1');
    expect(await countOf(card, 'Baik')).toBe('2');
    expect(await countOf(card, 'Butuh Perbaikan')).toBe('1');
    await card.getByText('Capaian kinerja organisasi SD Negeri Gayungan I: Baik.').waitFor();
    await card.getByText('Sebaran predikat sesuai kurva distribusi SE MenPANRB 03/2023.').waitFor();
    await card.getByText('Tidak ada petunjuk bias pada penilaian ini.').waitFor();
    for (const name of ['Agus Prasetyo', 'Dewi Lestari', 'Hendra Gunawan', 'Rina Marlina']) {
      await card.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
    }
    // Suharti appraises Fajar but has written no appraisal: said so, not blamed on the device
    // (every appraisal she writes reaches Bambang's device through review:{her NIP}).
    await bambang
      .getByRole('region', { name: /^Suharti/ })
      .getByText(/^Pejabat ini belum menulis penilaian\./)
      .waitFor();
    await expectNoAxeViolations(bambang, 'the calibration (tablet)');

    // One of them as the evaluation document: Dewi's RHK and IKI, from her SKP on this device.
    await card.getByRole('link', { name: /^Dewi Lestari/ }).click();
    await bambang.getByRole('heading', { name: 'Dokumen Evaluasi Kinerja Pegawai' }).waitFor();
    expect(bambang.url()).toContain(`/penilaian/${DEWI.nip}/`);
    await bambang
      .getByRole('cell', { name: /^Tersusunnya perencanaan pembelajaran kelas/ })
      .waitFor();
    await bambang
      .getByRole('cell', { name: 'Jumlah modul ajar yang disusun', exact: true })
      .waitFor();
    expect(await bambang.getByText(/uraian SKP tidak ada di perangkat ini/).count()).toBe(0);
    // The period's logs (Dewi's emp: channel) are not on Bambang's device: said once, not left as
    // a column of dashes. The SKP approval with the expectations is fetched when the document opens.
    await bambang.getByText(/^Realisasi dihitung dari progres harian periode ini/).waitFor();
    await bambang
      .getByRole('cell', { name: /^Menanggapi pertanyaan orang tua murid paling lambat/ })
      .waitFor();
    expect(await bambang.getByText(/yang belum diunduh ke perangkat ini/).count()).toBe(0);
    await expectNoAxeViolations(bambang, 'the evaluation document on the atasan’s tablet');
  });
});
