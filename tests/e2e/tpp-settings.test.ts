// Ratna (Pengelola Kinerja of the whole organisation) keeps the Perkada's TPP rules in Kelola →
// Pengaturan on a 360 px phone: the demo's saved rules with a base per kelas jabatan, a bracket
// below the one before it refused next to its field, then saved; zero axe violations and no
// sideways scrolling.
import { describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { useHarness } from './support/harness';

const RATNA = '198602142010012015';

describe('TPP rules in Pengaturan on a phone', () => {
  const h = useHarness();

  it('Ratna fixes a bracket and saves the rules', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await page.goto('/kelola/pengaturan');
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Aturan TPP (Perkada)' }),
    });
    await form.getByText('Yang berlaku: aturan yang disimpan Pengelola.').waitFor();
    await form.getByRole('button', { name: 'Tampilkan dasar TPP per kelas jabatan' }).click();
    expect(await form.getByLabel('Kelas jabatan 9 (Rp)').inputValue()).toBe('4500000');
    const late = form.getByRole('group', { name: 'Terlambat masuk (TL)' });
    const second = late.getByRole('group', { name: 'Kelompok 2' }).getByLabel('Sampai menit ke-');
    await second.fill('20');
    await form.getByRole('button', { name: 'Simpan aturan TPP' }).click();
    await late.getByText('Batas menit harus lebih besar dari kelompok sebelumnya').waitFor();
    expect(await second.inputValue()).toBe('20');
    await expectNoAxeViolations(page, 'phone /kelola/pengaturan with a TPP error');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await second.fill('45');
    await form.getByRole('button', { name: 'Simpan aturan TPP' }).click();
    await form.getByText('Aturan TPP disimpan.').waitFor();
    await context.close();
  });
});
