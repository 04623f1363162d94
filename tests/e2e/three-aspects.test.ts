// The three aspects in real Chromium against the demo server: Dewi reads hers for the year so far
// on her phone's Beranda (kehadiran from the imported attendance, "Cara dihitung" opened) and on
// the Rapor of her last final appraisal, and Sri finds them in her appraisal editor on the tablet.
// No axe violations on any of the three.
import { describe, expect, it } from 'vitest';
import { civilDate, quarterOf } from '../../client/core/dates';
import { signIn } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

const today = civilDate(Date.now());
const QUARTER = `${today.slice(0, 4)}-q${quarterOf(today)}`;

describe('the three aspects', () => {
  const h = useHarness();

  it('Dewi reads hers on her phone: on Beranda for the year so far, and on her Rapor', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, DEWI.nip);
    const card = page.getByRole('region', { name: 'Tiga aspek kinerja' });
    const attendance = card.getByRole('region', { name: 'Kehadiran' });
    // The seed imported every month of this year up to yesterday.
    await attendance.getByText(/^Hadir \d+ dari \d+ hari kerja$/).waitFor();
    await attendance.getByText('Cara dihitung').click();
    await attendance.getByText('Terlambat (TL)', { exact: true }).waitFor();
    await attendance.getByText(/^Dari rekap mesin presensi kantor/).waitFor();
    await card.getByRole('region', { name: 'Kualitas pekerjaan' }).waitFor();
    await card.getByRole('region', { name: 'Kontribusi terhadap tim' }).waitFor();
    expect(
      await attendance.getByRole('link', { name: 'Buka Kehadiran' }).getAttribute('href'),
    ).toBe('/kehadiran');
    await expectNoAxeViolations(page, 'Beranda with the three aspects');
    await card.screenshot({ path: shotPath('three-aspects-beranda-phone.png') });

    // Her latest final appraisal's Rapor.
    await card.getByRole('link', { name: 'Buka Rapor' }).click();
    const aspects = page.getByRole('region', { name: 'Tiga aspek penilaian' });
    const quality = aspects.getByRole('region', { name: 'Kualitas pekerjaan' });
    // The demo logs that quarter too (approved, each on its first submission).
    await quality.getByText('Disetujui tanpa dikembalikan', { exact: true }).waitFor();
    await quality.getByText('Hasil Kerja', { exact: true }).waitFor();
    // Each logged IKI's row shows the figure Sri's note cites (one source: the quarter's logs).
    const note = await page
      .getByText(/^Jumlah jam pelajaran yang dilaksanakan: realisasi \d+ dari target \d+/)
      .first()
      .textContent();
    const [, realisasi, target] = /realisasi (\d+) dari target (\d+)/.exec(note ?? '') ?? [];
    expect(Number(realisasi)).toBeGreaterThan(0);
    await page
      .getByText(`realisasi ${realisasi} dari target periode ${target} jam pelajaran`)
      .first()
      .waitFor();
    await aspects
      .getByRole('region', { name: 'Kontribusi terhadap tim' })
      .getByText('Kolaboratif', { exact: true })
      .waitFor();
    await expectNoAxeViolations(page, 'the Rapor with the three aspects');
    await aspects.screenshot({ path: shotPath('three-aspects-rapor-phone.png') });
  });

  it('Sri finds them in her appraisal editor on the tablet', async () => {
    const page = await (await h.context('tablet')).newPage();
    await signIn(page, SRI.nip);
    await page.goto(`/penilaian/${DEWI.nip}/${QUARTER}`);
    const aspects = page.getByRole('region', { name: 'Tiga aspek penilaian' });
    const attendance = aspects.getByRole('region', { name: 'Kehadiran' });
    await attendance.getByText(/^Hadir \d+ dari \d+ hari kerja$/).waitFor();
    await aspects.getByRole('region', { name: 'Kontribusi terhadap tim' }).waitFor();
    await expectNoAxeViolations(page, 'the appraisal editor with the three aspects');
    await aspects.screenshot({ path: shotPath('three-aspects-editor-tablet.png') });
  });
});
