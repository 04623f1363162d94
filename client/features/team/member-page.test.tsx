// @vitest-environment jsdom
// A head's page of one staff member on the lurah's tablet: the month's figures with the switcher,
// the feedback given with a mark for a new reply, open actions (overdue marked, "Selesai"), the
// appraisal in progress and the dialog kinerja due, a follow-up, the previous lurah's actions
// marked done by the new one, and no axe violations.
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import type { FeedbackDoc } from '../../core/schemas/work';
import {
  makeActivity,
  makeFeedback,
  makeFeedbackResponse,
  makeFinalAppraisal,
  makePraktikBaik,
  makeVerification,
} from '../../core/testing/factories';
import { eventually } from '../../data/testing/eventually';
import { kelurahanEmployee } from '../../data/testing/kelurahan';
import {
  CURRENT_QUARTER,
  HEAD,
  LAST_MONTH,
  OTHER,
  PREVIOUS_HEAD,
  PREVIOUS_QUARTER,
  put,
  show,
  STAFF,
  STAFF_NAME,
  stored,
  teamDeviceEachTest,
  TODAY,
  violations,
} from './testing/team-device';

const device = teamDeviceEachTest();

const at = (date: string, hour = 2) => `${date}T0${hour}:00:00.000Z`;

/** Last month: three days logged, one entry approved, one returned, two waiting. */
async function seedMonth() {
  const entry = (day: string, start: string) =>
    makeActivity({
      nip: STAFF,
      date: `${LAST_MONTH}-${day}`,
      start,
      end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`,
      status: 'submitted',
      round: 1,
    });
  const approved = entry('03', '08:00');
  const returned = entry('10', '08:00');
  await put(device, [
    approved,
    returned,
    entry('10', '10:00'),
    entry('17', '08:00'),
    makeVerification(approved, { appraiserNip: HEAD, decision: 'approved' }),
    makeVerification(returned, {
      appraiserNip: HEAD,
      decision: 'returned',
      note: 'Lampirkan foto.',
    }),
    // Another person's entry is not counted.
    makeActivity({ nip: OTHER, date: `${LAST_MONTH}-03`, status: 'submitted', round: 1 }),
  ]);
}

function bimbingan(): FeedbackDoc {
  return makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    kind: 'bimbingan',
    date: addDays(TODAY, -20),
    text: 'Kita sepakati perbaikan arsip surat masuk.',
    value: null,
    actions: [
      {
        id: 'arsip',
        text: 'Rapikan arsip surat masuk',
        due: addDays(TODAY, -3),
        status: 'open',
        carriedFrom: null,
      },
      {
        id: 'jadwal',
        text: 'Susun jadwal piket layanan',
        due: addDays(TODAY, 10),
        status: 'open',
        carriedFrom: null,
      },
    ],
    createdAt: at(addDays(TODAY, -20)),
    updatedAt: at(addDays(TODAY, -20)),
  });
}

describe('a staff member’s page', () => {
  it('shows the month’s figures and switches months', async () => {
    await seedMonth();
    show(device, `/tim/${STAFF}`);
    await screen.findByRole('heading', { name: STAFF_NAME, level: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Sebelumnya' }));
    const month = await screen.findByRole('region', { name: /^Bulan / });
    const figure = (label: string) =>
      within(month).getByText(label).closest('div')?.querySelector('dd')?.textContent;
    await eventually(() => expect(figure('Hari tercatat')).toBe('3'));
    expect(figure('Menunggu verifikasi')).toBe('2');
    expect(figure('Dikembalikan')).toBe('1');
    expect(figure('Disetujui')).toBe('1');
    expect(within(month).getByRole('link', { name: 'Verifikasi (2)' })).toBeTruthy();
    // No month after the current one.
    fireEvent.click(within(month).getByRole('button', { name: 'Berikutnya' }));
    await eventually(() =>
      expect(
        (within(month).getByRole('button', { name: 'Berikutnya' }) as HTMLButtonElement).disabled,
      ).toBe(true),
    );
  });

  it('lists the feedback with a new reply marked, open actions, the appraisal and the dialog due', async () => {
    const coaching = bimbingan();
    const praise = makeFeedback({
      nip: STAFF,
      authorNip: HEAD,
      date: addDays(TODAY, -2),
      text: 'Pelayanan KTP hari Senin cepat dan ramah.',
      value: 'berorientasi-pelayanan',
      rhkId: 'rhk-layanan',
      share: { text: 'Antrean KTP tertib dengan nomor urut.', proposedAt: at(addDays(TODAY, -2)) },
      createdAt: at(addDays(TODAY, -2)),
      updatedAt: at(addDays(TODAY, -2)),
    });
    await put(device, [
      coaching,
      praise,
      makeFeedbackResponse(coaching, {
        readAt: at(addDays(TODAY, -19)),
        replies: [{ text: 'Baik, Bu. Saya mulai minggu ini.', at: at(addDays(TODAY, -19)) }],
      }),
      makePraktikBaik(praise, { unitId: 'kelurahan-a' }),
      makeFinalAppraisal('sesuai', 'sesuai', {
        nip: STAFF,
        appraiserNip: HEAD,
        periodId: PREVIOUS_QUARTER.periodId,
      }),
    ]);
    show(device, `/tim/${STAFF}`);

    const list = await screen.findByRole('region', { name: 'Umpan balik yang diberikan' });
    const items = await within(list).findAllByRole('article');
    expect(items.map((a) => a.querySelector('h3')?.textContent?.split(' · ')[0])).toEqual([
      'Apresiasi',
      'Bimbingan',
    ]);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(within(second).getByText('Balasan baru')).toBeTruthy();
    expect(within(second).getByText('Baik, Bu. Saya mulai minggu ini.')).toBeTruthy();
    expect(within(first).queryByText('Balasan baru')).toBeNull();
    expect(
      within(first).getByText(/Meningkatnya kualitas layanan administrasi kependudukan/),
    ).toBeTruthy();
    expect(within(first).getByText(/Dibagikan ke unit sebagai praktik baik/)).toBeTruthy();

    const actions = screen.getByRole('region', { name: 'Tindakan yang belum selesai' });
    const rows = within(actions).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('p')?.textContent)).toEqual([
      'Rapikan arsip surat masuk',
      'Susun jadwal piket layanan',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Lewat tenggat')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText('Lewat tenggat')).toBeNull();

    const appraisal = screen.getByRole('region', { name: /^Penilaian / });
    expect(within(appraisal).getByText('Belum dimulai')).toBeTruthy();
    expect(
      within(appraisal).getByRole('link', { name: 'Buka penilaian' }).getAttribute('href'),
    ).toBe(`/penilaian/${STAFF}/${CURRENT_QUARTER.periodId}`);
    expect(
      within(appraisal).getByRole('link', { name: 'Catat dialog kinerja' }).getAttribute('href'),
    ).toBe(`/tim/${STAFF}/dialog/${PREVIOUS_QUARTER.periodId}`);

    expect(await violations()).toEqual([]);
  });

  it('marks an open action done', async () => {
    const coaching = bimbingan();
    await put(device, [coaching]);
    show(device, `/tim/${STAFF}`);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tandai selesai: Rapikan arsip surat masuk' }),
    );
    await screen.findByText('Ditandai selesai: Rapikan arsip surat masuk');
    const doc = await stored<FeedbackDoc>(device, coaching._id);
    expect(doc?.actions.map((a) => [a.id, a.status])).toEqual([
      ['arsip', 'done'],
      ['jadwal', 'open'],
    ]);
    const actions = screen.getByRole('region', { name: 'Tindakan yang belum selesai' });
    await eventually(() =>
      expect(within(actions).queryByText('Rapikan arsip surat masuk')).toBeNull(),
    );
  });

  it('marks done an action the previous lurah agreed, without changing anything else', async () => {
    // The lurah before a mutasi coached the staff member; the new lurah follows the actions up.
    const previous = kelurahanEmployee(PREVIOUS_HEAD, {
      name: 'Lurah Lama',
      unitId: 'kelurahan-b',
      superiorNip: null,
    });
    const coaching = { ...bimbingan(), authorNip: PREVIOUS_HEAD };
    await put(device, [previous, coaching]);
    show(device, `/tim/${STAFF}`);
    const item = await screen.findByRole('article');
    await within(item).findByText('Dari Lurah Lama');
    // Only its author changes the feedback itself.
    expect(within(item).queryByRole('link', { name: /^Ubah/ })).toBeNull();

    fireEvent.click(
      await screen.findByRole('button', { name: 'Tandai selesai: Rapikan arsip surat masuk' }),
    );
    await screen.findByText('Ditandai selesai: Rapikan arsip surat masuk');
    const doc = await stored<FeedbackDoc>(device, coaching._id);
    expect(doc?.authorNip).toBe(PREVIOUS_HEAD);
    expect(doc?.text).toBe(coaching.text);
    expect(doc?.actions.map((a) => [a.id, a.status])).toEqual([
      ['arsip', 'done'],
      ['jadwal', 'open'],
    ]);
  });

  it('adds a follow-up to the thread, asking for a message when it is empty', async () => {
    const coaching = bimbingan();
    await put(device, [coaching]);
    show(device, `/tim/${STAFF}`);
    const item = await screen.findByRole('article');
    fireEvent.click(within(item).getByRole('button', { name: 'Tulis pesan lanjutan' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Kirim' }));
    const field = within(item).getByLabelText('Pesan lanjutan');
    await eventually(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(item).getByText('Tulis pesan sebelum mengirim.')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'Bagaimana arsipnya, sudah selesai?' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Kirim' }));
    await eventually(async () =>
      expect((await stored<FeedbackDoc>(device, coaching._id))?.replies).toMatchObject([
        { text: 'Bagaimana arsipnya, sudah selesai?' },
      ]),
    );
    await within(item).findByText('Bagaimana arsipnya, sudah selesai?', {
      selector: '.feedback-thread__text',
    });
    // Sent: the field closes, and opens empty for the next message.
    fireEvent.click(within(item).getByRole('button', { name: 'Tulis pesan lanjutan' }));
    expect((within(item).getByLabelText('Pesan lanjutan') as HTMLTextAreaElement).value).toBe('');
  });

  it('is reachable from every person in Tim', async () => {
    show(device, '/tim');
    const link = await screen.findByRole('link', { name: STAFF_NAME });
    expect(link.getAttribute('href')).toBe(`/tim/${STAFF}`);
    fireEvent.click(link);
    await screen.findByRole('heading', { name: STAFF_NAME, level: 1 });
    expect(screen.getByRole('link', { name: 'Beri umpan balik' }).getAttribute('href')).toBe(
      `/tim/${STAFF}/umpan-balik`,
    );
  });
});
