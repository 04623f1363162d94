// The head's side of continuous feedback (issue 13) in real Chromium against the real server with
// the demo: Sri, offline on her tablet, opens Dewi's page from Tim, writes an apresiasi proposed
// as praktik baik and a bimbingan with an agreed action; back online they reach the server. The
// page fits a 360 px phone; axe finds nothing on the page or on the form showing its errors.
import { describe, expect, it } from 'vitest';
import { goOffline, goOnline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer } from './support/server-docs';

const SAVED = 'Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.';

describe('the head gives feedback from Tim', () => {
  const h = useHarness();

  it('Sri writes an apresiasi and a bimbingan for Dewi offline on her tablet', async () => {
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    await goOffline(tablet);

    await sri
      .getByRole('navigation')
      .getByRole('link', { name: 'Tim', exact: true })
      .first()
      .click();
    await sri
      .getByRole('link', { name: new RegExp(DEWI.name) })
      .first()
      .click();
    await sri.getByRole('heading', { level: 1, name: new RegExp(DEWI.name) }).waitFor();
    await sri
      .getByRole('region', { name: /^Bulan / })
      .getByText('Hari tercatat')
      .waitFor();
    await expectNoAxeViolations(sri, 'a staff member’s page (tablet)');
    await sri.screenshot({ path: shotPath('feedback-head-member-tablet.png'), fullPage: true });

    await sri.getByRole('link', { name: 'Beri umpan balik', exact: true }).click();
    await sri.getByRole('button', { name: 'Simpan' }).click();
    await sri.getByText('Tulis isi umpan balik.').waitFor();
    await expectNoAxeViolations(sri, 'the feedback form with its errors');
    await sri.getByLabel('Isi umpan balik').fill('Pojok baca kelas 4A membuat anak rajin membaca.');
    await sri.getByLabel('Usulkan dibagikan sebagai praktik baik').check();
    await sri
      .getByLabel('Teks yang dibagikan ke unit')
      .fill('Pojok baca kelas 4A: buku bergilir tiap pekan.');
    await sri.screenshot({ path: shotPath('feedback-head-form-tablet.png'), fullPage: true });
    await sri.getByRole('button', { name: 'Simpan' }).click();
    await sri.getByText(SAVED).waitFor();

    await sri.getByRole('link', { name: 'Beri umpan balik', exact: true }).click();
    await sri.getByLabel(/^Bimbingan/).check();
    await sri.getByLabel('Isi umpan balik').fill('Bimbingan modul ajar berdiferensiasi.');
    await sri.getByRole('button', { name: 'Tambah tindakan' }).click();
    await sri
      .getByLabel('Tindakan 1', { exact: true })
      .fill('Susun satu modul ajar berdiferensiasi');
    await sri.getByRole('button', { name: 'Simpan' }).click();
    await sri.getByText(SAVED).waitFor();
    const given = sri.getByRole('region', { name: 'Umpan balik yang diberikan' });
    await given
      .getByRole('heading', { level: 3, name: /^Bimbingan/ })
      .first()
      .waitFor();
    await sri
      .getByRole('region', { name: 'Tindakan yang belum selesai' })
      .getByText('Susun satu modul ajar berdiferensiasi')
      .waitFor();

    await goOnline(tablet);
    await untilOnServer(tablet, `feedback:${DEWI.nip}:`, (docs) => {
      const texts = docs.map((d) => d.text);
      return (
        texts.includes('Pojok baca kelas 4A membuat anak rajin membaca.') &&
        texts.includes('Bimbingan modul ajar berdiferensiasi.')
      );
    });
  });

  it('Dewi’s page fits a 360 px phone', async () => {
    const phone = await h.context('phone');
    const sri = await phone.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await sri.goto(`/tim/${DEWI.nip}`);
    await sri
      .getByRole('region', { name: /^Bulan / })
      .getByText('Hari tercatat')
      .waitFor();
    const overflow = await sri.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoAxeViolations(sri, 'a staff member’s page (phone)');
    await sri.screenshot({ path: shotPath('feedback-head-member-phone.png'), fullPage: true });
  });
});
