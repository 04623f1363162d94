// @vitest-environment jsdom
// "Umpan balik" on the employee's device with a real local PouchDB and read model: the list with
// what is new, opening one (marked read once), a bimbingan's actions, replying (refused next to
// the field when empty, the draft kept across a reload), and consenting to share a praktik baik.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, civilDate } from '../../core/dates';
import { ids } from '../../core/ids';
import type { FeedbackDoc, FeedbackResponseDoc, PraktikBaikDoc } from '../../core/schemas/work';
import { makeActivity, makeFeedback, makeUnit, type Overrides } from '../../core/testing/factories';
import { getOrNull } from '../../data/local-db';
import { useSessionStore } from '../../data/session-store';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { HEAD, STAFF, UNIT } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { navigate } from '../../ui/navigation';
import { FeedbackScreen } from './feedback-screen';

const TODAY = civilDate(Date.now());
const HEAD_NAME = `Pegawai ${HEAD.slice(-3)}`;
const SHARE = 'Pak Yoga menata arsip surat keterangan; warga dilayani lebih cepat.';

const device = kelurahanDeviceEachTest([makeUnit({ unitId: UNIT, name: 'Kelurahan Ketintang' })]);

beforeEach(() => {
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip: STAFF, name: 'Yoga Pratama', position: 'Staf', unitId: UNIT, roles: ['pegawai'] },
  });
});
afterEach(() => {
  cleanup();
});

/** A feedback of the head about STAFF, written `daysAgo` days ago. */
async function feedback(daysAgo: number, overrides: Overrides<FeedbackDoc> = {}) {
  const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const doc = makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    date: addDays(TODAY, -daysAgo),
    value: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
  await device.db.put(doc);
  await eventually(async () => expect(await device.rm.feedback.get(doc._id)).toBeTruthy());
  return doc;
}

function show(path: string) {
  act(() => navigate(path));
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
      <FeedbackScreen />
    </UserDataContext>,
  );
}

const suffixOf = (f: FeedbackDoc) => f._id.split(':')[2] ?? '';
const responseOf = async (f: FeedbackDoc) =>
  (await getOrNull(
    device.db,
    ids.feedbackResponse(STAFF, suffixOf(f)),
  )) as FeedbackResponseDoc | null;
const praktikBaikOf = async (f: FeedbackDoc) =>
  (await getOrNull(device.db, ids.praktikBaik(STAFF, suffixOf(f)))) as PraktikBaikDoc | null;

describe('the list', () => {
  it('shows the feedback newest first, what is new, and filters by kind', async () => {
    await feedback(5, { kind: 'bimbingan', text: 'Kita bahas arsip surat masuk.' });
    const activity = makeActivity({ nip: STAFF, date: TODAY, kegiatan: 'Melayani KTP' });
    await device.db.put(activity);
    await feedback(1, {
      kind: 'apresiasi',
      text: 'Layanan KTP hari ini cepat sekali.',
      value: 'berorientasi-pelayanan',
      activityIds: [activity._id],
      photoIds: [ids.photo(STAFF, TODAY, activity._id.split(':')[3] ?? '')],
    });
    show('/umpan-balik');
    expect(await screen.findByText('2 umpan balik baru')).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Daftar umpan balik' });
    const items = within(list).getAllByRole('link');
    expect(items.map((a) => a.textContent)).toEqual([
      expect.stringMatching(
        /^ApresiasiBaru.*Layanan KTP hari ini cepat sekali\.Berorientasi PelayananMelayani KTP1 foto$/,
      ),
      expect.stringMatching(/^BimbinganBaru.*Kita bahas arsip surat masuk\.$/),
    ]);
    expect(items[0]?.textContent).toContain(HEAD_NAME);

    fireEvent.change(screen.getByLabelText('Jenis umpan balik'), {
      target: { value: 'bimbingan' },
    });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(1));
    expect(within(list).getByRole('link').textContent).toContain('Kita bahas arsip surat masuk.');
  });

  it('says so when there is no feedback yet', async () => {
    show('/umpan-balik');
    expect(await screen.findByText('Belum ada umpan balik')).toBeTruthy();
  });
});

describe('one feedback', () => {
  it('marks it read on opening, once, and shows the agreed actions with the overdue one', async () => {
    const f = await feedback(20, {
      kind: 'bimbingan',
      text: 'Bimbingan: arsip surat.',
      actions: [
        {
          id: 'a1',
          text: 'Pindai arsip tahun lalu.',
          due: addDays(TODAY, -3),
          status: 'open',
          carriedFrom: null,
        },
        {
          id: 'a2',
          text: 'Beri label map.',
          due: addDays(TODAY, 7),
          status: 'open',
          carriedFrom: null,
        },
        {
          id: 'a3',
          text: 'Rapikan lemari.',
          due: addDays(TODAY, -9),
          status: 'done',
          carriedFrom: null,
        },
      ],
    });
    show(`/umpan-balik?dok=${encodeURIComponent(f._id)}`);
    const detail = await screen.findByRole('region', { name: 'Isi umpan balik' });
    await within(detail).findByText('Bimbingan: arsip surat.');
    await waitFor(async () => expect((await responseOf(f))?.readAt).not.toBeNull());
    expect(await screen.findByText('Semua umpan balik sudah dibaca.')).toBeTruthy();
    const actions = within(detail).getByRole('region', { name: 'Tindakan yang disepakati' });
    const rows = within(actions).getAllByRole('listitem');
    expect(rows.map((r) => r.hasAttribute('data-overdue'))).toEqual([true, false, false]);
    expect(rows[0]?.textContent).toContain('Lewat tenggat');
    expect(rows[2]?.textContent).toContain('Selesai');

    // Opened again (a reload) and answered: the read mark is not written again, so the reply is
    // the response's second revision.
    cleanup();
    show(`/umpan-balik?dok=${encodeURIComponent(f._id)}`);
    await screen.findByText('Semua umpan balik sudah dibaca.');
    fireEvent.change(screen.getByLabelText('Balasan Anda'), { target: { value: 'Siap, Bu.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim balasan' }));
    await screen.findByText('Balasan tersimpan di perangkat ini dan terkirim saat tersinkron.');
    const answered = (await device.db.get(ids.feedbackResponse(STAFF, suffixOf(f)))) as {
      _rev: string;
    };
    expect(answered._rev).toMatch(/^2-/);
  });

  it('refuses an empty reply next to the field, keeps the draft across a reload, then sends it', async () => {
    const f = await feedback(2, {
      kind: 'perlu-perbaikan',
      text: 'Surat keluar belum diberi nomor.',
    });
    show(`/umpan-balik?dok=${encodeURIComponent(f._id)}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Kirim balasan' }));
    const field = screen.getByLabelText('Balasan Anda');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(
      screen.getByText('Tulis balasan terlebih dahulu.').id,
    );

    fireEvent.change(field, { target: { value: 'Baik Bu, mulai besok saya nomori.' } });
    expect(screen.queryByText('Tulis balasan terlebih dahulu.')).toBeNull();
    fireEvent.blur(field);
    await eventually(async () =>
      expect((await device.rm.drafts.get(`feedback-reply:${f._id}`))?.value).toBe(
        'Baik Bu, mulai besok saya nomori.',
      ),
    );
    cleanup();
    show(`/umpan-balik?dok=${encodeURIComponent(f._id)}`);
    await waitFor(() =>
      expect((screen.getByLabelText('Balasan Anda') as HTMLTextAreaElement).value).toBe(
        'Baik Bu, mulai besok saya nomori.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kirim balasan' }));
    await screen.findByText('Balasan tersimpan di perangkat ini dan terkirim saat tersinkron.');
    expect((await responseOf(f))?.replies.map((r) => r.text)).toEqual([
      'Baik Bu, mulai besok saya nomori.',
    ]);
    const thread = screen.getByRole('list', { name: 'Percakapan umpan balik' });
    await within(thread).findByText('Baik Bu, mulai besok saya nomori.');
    expect((screen.getByLabelText('Balasan Anda') as HTMLTextAreaElement).value).toBe('');
    expect(await device.rm.drafts.get(`feedback-reply:${f._id}`)).toBeUndefined();
  });

  it('shows a dialog kinerja’s period and parts', async () => {
    const f = await feedback(4, {
      kind: 'dialog',
      text: 'Agenda: capaian triwulan dan rencana pengembangan.',
      periodId: '2025',
      dialog: { wentWell: 'Layanan tepat waktu.', toImprove: '' },
    });
    show(`/umpan-balik?dok=${encodeURIComponent(f._id)}`);
    const parts = await screen.findByRole('region', { name: 'Dialog kinerja' });
    const facts = [...parts.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(facts).toEqual([
      ['Periode', 'Tahun 2025'],
      ['Agenda', 'Agenda: capaian triwulan dan rencana pengembangan.'],
      ['Yang sudah berjalan baik', 'Layanan tepat waktu.'],
      ['Yang perlu ditingkatkan', 'Tidak diisi'],
    ]);
    expect(screen.getByRole('region', { name: 'Tindakan yang disepakati' }).textContent).toContain(
      'Belum ada tindakan yang disepakati.',
    );
  });

  it('shares the proposed apresiasi with the unit on consent, and withdraws it', async () => {
    const f = await feedback(3, {
      kind: 'apresiasi',
      text: 'Arsip rapi.',
      share: { text: SHARE, proposedAt: new Date().toISOString() },
    });
    show(`/umpan-balik?dok=${encodeURIComponent(f._id)}`);
    const share = await screen.findByRole('region', { name: /Praktik baik/ });
    expect(within(share).getByText(SHARE)).toBeTruthy();
    expect(share.textContent).toContain('Dibagikan ke rekan di Kelurahan Ketintang');
    expect(share.textContent).toContain('Menunggu persetujuan Anda');

    fireEvent.click(within(share).getByRole('button', { name: 'Setujui dibagikan' }));
    await within(share).findByText('Praktik baik dibagikan ke rekan di unit Anda.');
    expect(await praktikBaikOf(f)).toMatchObject({ text: SHARE, unitId: UNIT, authorNip: HEAD });
    await within(share).findByRole('button', { name: 'Tarik persetujuan' });
    expect(share.textContent).not.toContain('Menunggu persetujuan Anda');

    fireEvent.click(within(share).getByRole('button', { name: 'Tarik persetujuan' }));
    await within(share).findByText(
      'Persetujuan ditarik: rekan tidak lagi melihat praktik baik ini.',
    );
    expect(await praktikBaikOf(f)).toBeNull();
    await within(share).findByRole('button', { name: 'Setujui dibagikan' });
  });
});
