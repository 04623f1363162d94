// The head's side of competency development (issue 14) in real Chromium against the real server
// with the demo: Dewi's request for "Manajemen Waktu dan Prioritas Kerja" reaches Sri's tablet;
// offline, Sri follows Perlu tindakan to Tim and on to Dewi's page, sees her JP, tries to decline without a
// reason (the error next to the field), then approves; back online the decision reaches the
// server. The Tim screen shows each teacher's JP, and Dewi's page fits a 360 px phone. Zero axe
// violations.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goOffline, goOnline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer } from './support/server-docs';

const KEY = 'manajemen-waktu';
const TITLE = 'Manajemen Waktu dan Prioritas Kerja';

/** Dewi's request, sent the way her phone's sync sends it (the gatekeeper judges it). */
async function dewiRequests(context: BrowserContext): Promise<void> {
  const employee = await context.request.get(`/couch/kinerja/employee:${DEWI.nip}`);
  const { unitId } = (await employee.json()) as { unitId: string };
  const now = new Date().toISOString();
  const id = `enrolment:${DEWI.nip}:${KEY}`;
  const res = await context.request.put(`/couch/kinerja/${encodeURIComponent(id)}`, {
    data: {
      _id: id,
      type: 'enrolment',
      schemaVersion: 1,
      nip: DEWI.nip,
      key: KEY,
      unitId,
      trainingId: KEY,
      self: null,
      note: 'Tenggat administrasi kelas sering bertumpuk.',
      planItemId: null,
      requestedAt: now,
      withdrawnAt: null,
      completion: null,
      updatedAt: now,
    },
  });
  expect(res.status()).toBe(201);
}

describe('the head decides development requests', () => {
  const h = useHarness();

  it('Sri approves Dewi’s request offline on her tablet, from Perlu tindakan', async () => {
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await dewiRequests(phone);

    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    await goOffline(tablet);

    const skipTour = sri.getByRole('button', { name: 'Lewati' });
    if (await skipTour.isVisible()) await skipTour.click();
    // Hendra's request (the demo's) waits too: the item opens Tim, which counts them per person.
    await sri
      .getByRole('region', { name: 'Perlu tindakan' })
      .getByRole('link', { name: /^2 permohonan pengembangan menunggu keputusan Anda/ })
      .click();
    await sri
      .locator('p', { hasText: '2 permohonan pengembangan menunggu keputusan Anda' })
      .waitFor();
    await sri
      .getByRole('region', { name: DEWI.name })
      .getByRole('link', { name: '1 permohonan menunggu keputusan' })
      .click();
    await sri.getByRole('heading', { level: 1, name: new RegExp(DEWI.name) }).waitFor();
    const section = sri.getByRole('region', { name: 'Pengembangan kompetensi' });
    await section.getByText(/ \/ 20 JP$/).waitFor();
    const request = section.getByRole('article', { name: TITLE });

    await request.getByRole('button', { name: 'Tolak' }).click();
    await request.getByRole('button', { name: 'Kirim penolakan' }).click();
    await request.getByText('Tuliskan alasan penolakan, paling sedikit 10 karakter.').waitFor();
    await expectNoAxeViolations(sri, 'a staff member’s development requests with an error');
    await request.getByRole('button', { name: 'Batal' }).click();

    await request.getByRole('button', { name: 'Setujui' }).click();
    await section.getByText('Tidak ada permohonan yang menunggu keputusan.').waitFor();
    await section.getByRole('article', { name: TITLE }).getByText('Disetujui').waitFor();
    await expectNoAxeViolations(sri, 'a staff member’s development (tablet)');
    await sri.screenshot({ path: shotPath('development-head-member-tablet.png'), fullPage: true });

    await goOnline(tablet);
    await untilOnServer(tablet, `enrolment-decision:${DEWI.nip}:${KEY}`, (docs) =>
      docs.some((d) => d.decision === 'approved' && d.appraiserNip === SRI.nip),
    );
  });

  it('Tim shows each teacher’s JP; Dewi’s page fits a 360 px phone', async () => {
    const phone = await h.context('phone');
    const sri = await phone.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await sri.goto('/tim');
    const card = sri.getByRole('region', { name: DEWI.name });
    await card.getByText(/ \/ 20 JP$/).waitFor();
    await expectNoAxeViolations(sri, 'Tim with the team’s JP (phone)');
    await sri.goto(`/tim/${DEWI.nip}`);
    await sri
      .getByRole('region', { name: 'Pengembangan kompetensi' })
      .getByText(/ \/ 20 JP$/)
      .waitFor();
    const overflow = await sri.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoAxeViolations(sri, 'a staff member’s development (phone)');
    await sri.screenshot({ path: shotPath('development-head-member-phone.png'), fullPage: true });
  });
});
