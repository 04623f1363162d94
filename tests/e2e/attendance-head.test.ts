// The head's side of attendance (issue 15) in real Chromium against the demo: Sri's Tim shows
// each teacher's month (late days, TPP deduction); a correction request Dewi sent shows in Perlu
// tindakan and on Dewi's page, which fits a 360 px phone; Sri approves it offline on her tablet
// and the decision reaches the server once she is online. Zero axe violations on each screen.
// The employee's and the Pengelola's screens are in their own tests; here Dewi's request is
// written as her sync would write it.
import { describe, expect, it } from 'vitest';
import { goOffline, goOnline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer, type ServerDoc } from './support/server-docs';

/** The month before the current one in WIB, `yyyy-mm`: the demo imported it whole. */
function lastMonth(): string {
  const today = new Date(Date.now() + 7 * 3_600_000);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

describe('the head decides attendance corrections', () => {
  const h = useHarness();

  it('Dewi’s request waits in Perlu tindakan and on her page; Sri approves it offline', async () => {
    // Dewi asks, as her phone's sync would, for a day of last month as dinas luar.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    const month = lastMonth();
    const read = async (id: string) =>
      (await (await phone.request.get(`/couch/kinerja/${id}`)).json()) as ServerDoc;
    const employee = await read(`employee:${DEWI.nip}`);
    const attendance = (await read(`attendance:${DEWI.nip}:${month}`)) as {
      days: { date: string; status: string }[];
    };
    const date = attendance.days.find((d) => d.status === 'hadir')?.date;
    expect(date).toBeDefined();
    const id = `attendance-correction:${DEWI.nip}:${date}`;
    const put = await phone.request.put(`/couch/kinerja/${id}`, {
      data: {
        _id: id,
        type: 'attendance-correction',
        schemaVersion: 1,
        nip: DEWI.nip,
        date,
        unitId: employee.unitId,
        change: { status: 'dinas-luar', in: null, out: null },
        reason: 'Mendampingi siswa lomba di kecamatan sesuai surat tugas.',
        letter: null,
        requestedAt: new Date().toISOString(),
      },
    });
    expect(put.status()).toBe(201);

    // Sri, on her tablet: Tim shows the month and the request; Perlu tindakan leads to it.
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    await sri
      .getByRole('link', { name: /1 permohonan koreksi kehadiran menunggu keputusan Anda/ })
      .click();
    await sri.waitForURL(`**/tim/${DEWI.nip}`);
    const att = sri.getByRole('region', { name: 'Kehadiran' });
    const request = att.getByRole('article', { name: /^Koreksi kehadiran / });
    await request.getByText('Dinas luar', { exact: true }).waitFor();
    await expectNoAxeViolations(sri, 'a staff member’s attendance with a request (tablet)');
    await sri.screenshot({ path: shotPath('attendance-head-member-tablet.png'), fullPage: true });

    await sri.goto('/tim');
    const card = sri.getByRole('region', { name: /^Dewi Lestari/ });
    // The demo imported Dewi's months: the line names the latest up to this one.
    await card
      .getByText(/^Kehadiran [^:]+ \d{4}: terlambat \d+ hari, potongan TPP [\d,]+%$/)
      .waitFor();
    await card.getByRole('link', { name: '1 koreksi kehadiran menunggu keputusan' }).waitFor();
    await expectNoAxeViolations(sri, 'Tim with the team’s attendance (tablet)');
    await sri.screenshot({ path: shotPath('attendance-head-team-tablet.png'), fullPage: true });

    // Offline, Sri approves; the decision goes up when the signal returns.
    await sri.goto(`/tim/${DEWI.nip}`);
    await request.waitFor();
    await goOffline(tablet);
    await request.getByRole('button', { name: 'Setujui' }).click();
    await att.getByText('Tidak ada permohonan koreksi yang menunggu keputusan.').waitFor();
    await att.getByText('Disetujui atasan, menunggu diterapkan Pengelola').waitFor();
    await goOnline(tablet);
    await untilOnServer(
      tablet,
      `attendance-decision:${DEWI.nip}:${date}`,
      (docs) => docs[0]?.decision === 'approved' && docs[0]?.appraiserNip === SRI.nip,
    );

    // The same page on a 360 px phone: nothing wider than the screen.
    const sriPhone = await (await h.context('phone')).newPage();
    await signIn(sriPhone, SRI.nip);
    await waitForSynced(sriPhone);
    await sriPhone.goto(`/tim/${DEWI.nip}`);
    await sriPhone
      .getByRole('region', { name: 'Kehadiran' })
      .getByText('Disetujui atasan, menunggu diterapkan Pengelola')
      .waitFor();
    const overflow = await sriPhone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoAxeViolations(sriPhone, 'a staff member’s attendance (phone)');
    await sriPhone.screenshot({
      path: shotPath('attendance-head-member-phone.png'),
      fullPage: true,
    });
  });
});
