// Ratna (Pengelola Kinerja at BKPSDM) applies an attendance correction on a tablet: Dewi asked for a
// past day as dinas luar and Sri approved it (sent from their accounts); Ratna's Beranda says a
// correction waits, Kelola → Kehadiran shows it beside the imported day, and "Terapkan" with its
// confirmation applies it. Zero axe violations, the dialog open too.
import { describe, expect, it } from 'vitest';
import { addDays, isWorkingDay } from '../../client/core/dates';
import { makeAttendanceDecision, makeCorrection, today } from '../../client/core/testing/factories';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_PASSWORD, DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { untilOnServer } from './support/server-docs';

const RATNA = '198602142010012015';

/** A working day a week or more ago: the seed imported it. */
function pastWorkingDay(): string {
  let d = addDays(today(), -7);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

describe('Kelola → Kehadiran on a tablet', () => {
  const h = useHarness();

  it('Ratna applies the correction Sri approved', async () => {
    const date = pastWorkingDay();
    const request = makeCorrection({
      nip: DEWI.nip,
      date,
      unitId: 'sdn-gayungan-1',
      reason: 'Mengikuti rapat KKG di gugus sesuai surat tugas kepala sekolah.',
      requestedAt: new Date().toISOString(),
    });
    const decision = makeAttendanceDecision(request, {
      appraiserNip: SRI.nip,
      decidedAt: new Date().toISOString(),
    });
    const context = await h.context('tablet');
    const send = async (nip: string, doc: object) => {
      const res = await context.request.post(`${h.server.url}/couch/kinerja/_bulk_docs`, {
        headers: { Authorization: `Basic ${btoa(`${nip}:${DEMO_PASSWORD}`)}` },
        data: { docs: [doc] },
      });
      expect(await res.json()).toEqual([expect.objectContaining({ ok: true })]);
    };
    await send(DEWI.nip, request);
    await send(SRI.nip, decision);

    const page = await context.newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await page.getByRole('link', { name: /1 koreksi kehadiran menunggu diterapkan/ }).click();
    await page.waitForURL((url) => url.pathname === '/kelola/kehadiran');
    await page.getByRole('heading', { name: 'Menunggu diterapkan (1)' }).waitFor();
    await expectNoAxeViolations(page, 'tablet /kelola/kehadiran');
    await page.getByRole('button', { name: /^Terapkan: Dewi Lestari/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Terapkan koreksi kehadiran?' });
    await dialog.getByText(/menjadi: Dinas luar/).waitFor();
    await expectNoAxeViolations(page, 'tablet /kelola/kehadiran, confirming');
    await dialog.getByRole('button', { name: 'Ya, terapkan' }).click();
    await page.getByText(/^Koreksi kehadiran Dewi Lestari.* diterapkan\.$/).waitFor();
    await page.getByRole('heading', { name: 'Menunggu diterapkan (0)' }).waitFor();
    await untilOnServer(
      context,
      `attendance-applied:${DEWI.nip}:${date}`,
      (docs) => docs.length === 1 && docs[0]?.appliedBy === RATNA,
    );
    await context.close();
  });
});
