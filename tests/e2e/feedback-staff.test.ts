// The employee's "Umpan balik" in real Chromium against the demo: Dewi on a 360 px phone finds
// Sri's feedback, the new one counted; opens the apresiasi (marked read), agrees to
// share it as a praktik baik and sees it on Beranda; an empty reply is refused next to the field.
// The screens have no axe violations on the phone and the tablet (the phone's navigation for a
// head, with Lainnya, is in attendance-staff.test.ts).
import { describe, expect, it } from 'vitest';
import { goOffline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

const APRESIASI = /Modul ajar pecahan senilai/;
const UNIT = 'SD Negeri Gayungan I';

describe('feedback: the employee’s side', () => {
  const h = useHarness();

  it('Dewi reads her feedback, agrees to share an apresiasi, and sees it on Beranda', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Umpan balik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Umpan balik' }).waitFor();
    // The demo: an apresiasi not read yet, and a bimbingan, a perlu perbaikan and a dialog read.
    await page.getByText('1 umpan balik baru').waitFor();
    const list = page.getByRole('region', { name: 'Daftar umpan balik' });
    expect(await list.getByRole('link').count()).toBe(4);
    await expectNoAxeViolations(page, 'phone /umpan-balik');
    await page.screenshot({ path: shotPath('feedback-staff-list-phone.png'), fullPage: true });

    await list.getByRole('link', { name: APRESIASI }).click();
    const detail = page.getByRole('region', { name: 'Isi umpan balik' });
    const share = detail.getByRole('region', { name: /Praktik baik/ });
    await share.getByText(`Dibagikan ke rekan di ${UNIT}`).waitFor();
    await page.getByText('Semua umpan balik sudah dibaca.').waitFor();
    // The list hid on the phone: focus moved to the opened feedback's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expectNoAxeViolations(page, 'phone /umpan-balik?dok= (apresiasi)');

    await detail.getByRole('button', { name: 'Kirim balasan' }).click();
    await detail.getByText('Tulis balasan terlebih dahulu.').waitFor();
    expect(await detail.getByLabel('Balasan Anda').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'phone /umpan-balik reply refused');

    await share.getByRole('button', { name: 'Setujui dibagikan' }).click();
    await share.getByRole('button', { name: 'Tarik persetujuan' }).waitFor();
    await page.screenshot({ path: shotPath('feedback-staff-detail-phone.png'), fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
    const card = page.getByRole('region', { name: 'Praktik baik di unit Anda' });
    await card.getByText(/modul ajar pecahan senilai dengan asesmen awal/).waitFor();
    expect(await card.innerText()).toContain(DEWI.name);
    await expectNoAxeViolations(page, 'phone / with praktik baik');

    // With no network, the feedback still opens from the device and a reply is kept there.
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.goto('/umpan-balik');
    await list
      .getByRole('link', { name: /Bimbingan kinerja: kita bahas/ })
      .click({ timeout: 20_000 });
    await detail.getByLabel('Balasan Anda').fill('Baik Bu, mulai akhir bulan ini saya kirim.');
    await detail.getByRole('button', { name: 'Kirim balasan' }).click();
    await detail
      .getByRole('list', { name: 'Percakapan umpan balik' })
      .getByText('Baik Bu, mulai akhir bulan ini saya kirim.')
      .waitFor();
  });

  it('tablet: the list beside the opened bimbingan, with its agreed action', async () => {
    const page = await (await h.context('tablet')).newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    await page.goto('/umpan-balik');
    const list = page.getByRole('region', { name: 'Daftar umpan balik' });
    await list.getByRole('link', { name: /Bimbingan kinerja: kita bahas/ }).click();
    const actions = page.getByRole('region', { name: 'Tindakan yang disepakati' });
    await actions.getByText(/Kirim ringkasan perkembangan belajar/).waitFor();
    expect(await list.isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'tablet /umpan-balik?dok= (bimbingan)');
    await page.screenshot({ path: shotPath('feedback-staff-tablet.png'), fullPage: true });
  });
});
