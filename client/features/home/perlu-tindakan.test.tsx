// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, civilDate } from '../../core/dates';
import {
  makeActivity,
  makeFeedback,
  makeFeedbackResponse,
  makeVerification,
} from '../../core/testing/factories';
import { usePerluTindakan } from '../../data/queries/todo-queries';
import { useSessionStore } from '../../data/session-store';
import { INITIAL_SYNC_STATUS, publishSyncStatus } from '../../data/sync-store';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { HEAD, OTHER, STAFF } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import type { TodoItem } from '../../core/perlu-tindakan';
import { usePrefsStore } from '../../ui/prefs-store';
import { Layout } from '../../app/layout';
import { PerluTindakan } from './perlu-tindakan';

const TODAY = civilDate(Date.now());
const STAFF_NAME = `Pegawai ${STAFF.slice(-3)}`;

const device = kelurahanDeviceEachTest();

beforeEach(() => {
  // A device that has finished a sync: its read model holds what waits.
  publishSyncStatus({ lastSyncedAt: new Date().toISOString() });
});
afterEach(() => {
  cleanup();
  publishSyncStatus(INITIAL_SYNC_STATUS);
  vi.unstubAllGlobals();
});

function signIn(nip: string) {
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip, name: 'Pengguna', position: 'Lurah', unitId: 'kelurahan-a', roles: [] },
  });
}

function Section({ nip }: { nip: string }) {
  const items = usePerluTindakan(nip, TODAY);
  return items === undefined ? null : <PerluTindakan items={items} />;
}

function show(nip: string) {
  signIn(nip);
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, nip)}>
      <Section nip={nip} />
    </UserDataContext>,
  );
}

const feedbackTo = (nip: string, date: string) =>
  makeFeedback({ nip, authorNip: HEAD, date, createdAt: `${date}T09:00:00+07:00` });

/** Two entries of STAFF wait; STAFF had feedback 40 days ago, OTHER yesterday. */
async function seedHeadsWork() {
  const first = makeActivity({ nip: STAFF, date: TODAY, status: 'submitted', round: 1 });
  await device.db.bulkDocs([
    first,
    makeActivity({
      nip: STAFF,
      date: TODAY,
      start: '10:00',
      end: '11:00',
      status: 'submitted',
      round: 1,
    }),
    feedbackTo(STAFF, addDays(TODAY, -40)),
    feedbackTo(OTHER, addDays(TODAY, -1)),
  ]);
  await eventually(async () => {
    expect(await device.rm.activities.count()).toBe(2);
    expect(await device.rm.feedback.count()).toBe(2);
  });
  return first;
}

describe('Perlu tindakan on Beranda', () => {
  it("lists a head's work as links, the overdue reminder first and marked in words", async () => {
    await seedHeadsWork();
    show(HEAD);
    const list = await screen.findByRole('list');
    const links = await within(list).findAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]?.textContent).toContain(
      `${STAFF_NAME} belum mendapat umpan balik dari Anda selama 40 hari`,
    );
    expect(links[0]?.textContent).toContain('Terlambat');
    expect(links[0]?.getAttribute('href')).toBe(`/tim/${STAFF}`);
    expect(links[1]?.textContent).toContain('2 kegiatan menunggu verifikasi');
    expect(links[1]?.textContent).toContain(`${STAFF_NAME} (2)`);
    expect(links[1]?.getAttribute('href')).toBe(`/tim/verifikasi?pegawai=${STAFF}`);
    expect(links[1]?.textContent).not.toContain('Terlambat');
  });

  it('follows the read model live: a verification synced in lowers the count', async () => {
    const first = await seedHeadsWork();
    show(HEAD);
    expect(await screen.findByText('2 kegiatan menunggu verifikasi')).toBeTruthy();
    await device.db.put(makeVerification(first, { appraiserNip: HEAD }));
    expect(await screen.findByText('1 kegiatan menunggu verifikasi')).toBeTruthy();
  });

  it('tells the employee of unread feedback, and says when nothing waits', async () => {
    const feedback = feedbackTo(OTHER, addDays(TODAY, -1));
    await device.db.put(feedback);
    show(OTHER);
    const link = await screen.findByRole('link', { name: /1 umpan balik belum dibaca/ });
    expect(link.getAttribute('href')).toBe('/umpan-balik');
    await device.db.put(makeFeedbackResponse(feedback, { readAt: new Date().toISOString() }));
    expect(await screen.findByText('Tidak ada yang perlu ditindaklanjuti.')).toBeTruthy();
  });

  it('before the first sync has finished, says the list is not filled yet instead of "nothing"', async () => {
    publishSyncStatus({ lastSyncedAt: null });
    show(OTHER);
    expect(await screen.findByText(/terisi setelah sinkron pertama/)).toBeTruthy();
    expect(screen.queryByText('Tidak ada yang perlu ditindaklanjuti.')).toBeNull();
  });

  it('offers notifications only where the browser can still ask', async () => {
    show(OTHER);
    await screen.findByText('Tidak ada yang perlu ditindaklanjuti.');
    expect(screen.queryByRole('button', { name: 'Aktifkan pemberitahuan' })).toBeNull();
    cleanup();

    const requestPermission = vi.fn(async () => 'granted' as const);
    vi.stubGlobal('Notification', { permission: 'default', requestPermission });
    show(OTHER);
    fireEvent.click(await screen.findByRole('button', { name: 'Aktifkan pemberitahuan' }));
    expect(requestPermission).toHaveBeenCalledOnce();
    await vi.waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Aktifkan pemberitahuan' })).toBeNull(),
    );
  });
});

describe('the words of an item', () => {
  // Each item its own key (the list renders them by key), whatever its deadline.
  const acknowledge = (daysLeft: number): TodoItem => ({
    key: `acknowledge:2026-q1:${daysLeft}`,
    kind: 'acknowledge',
    count: 1,
    people: [],
    due: addDays(TODAY, daysLeft),
    daysLeft,
    urgency: daysLeft <= 7 ? 'soon' : 'normal',
    route: '/kinerja/rapor/2026-q1',
    period: { periodId: '2026-q1', kind: 'quarterly', year: 2026, quarter: 1, start: '2026-01-01' },
    text: null,
  });
  const finalise = (daysLeft: number): TodoItem => ({
    ...acknowledge(daysLeft),
    key: `appraisal-finalise:2026-q1:${daysLeft}`,
    kind: 'appraisal-finalise',
    count: 2,
    urgency: daysLeft < 0 ? 'overdue' : 'soon',
    route: '/penilaian?periode=2026-q1',
  });
  const wordsOf = (items: TodoItem[]) => {
    render(<PerluTindakan items={items} />);
    return screen.getAllByRole('link').map((l) => l.textContent);
  };
  afterEach(() => usePrefsStore.setState({ lang: 'id' }));

  it('says the deadline: today, tomorrow, days left or past, and the objection window', () => {
    const [past, today, tomorrow, window, last] = wordsOf([
      finalise(-3),
      finalise(0),
      finalise(1),
      acknowledge(5),
      acknowledge(0),
    ]);
    expect(past).toMatch(/^Penilaian Triwulan I 2026: 2 pegawai belum difinalkan/);
    expect(past).toMatch(/Lewat 3 hari dari batas .*Terlambat$/);
    expect(today).toMatch(/Batas hari ini, .*Segera$/);
    expect(tomorrow).toMatch(/Batas besok, /);
    expect(window).toMatch(
      /^Penilaian Triwulan I 2026 Anda sudah final: terima atau ajukan keberatan/,
    );
    expect(window).toMatch(/Batas keberatan .*, 5 hari lagi/);
    expect(last).toMatch(/Hari terakhir untuk keberatan: hari ini/);
  });

  it('names the attendance corrections waiting, with each person and their count', () => {
    const corrections: TodoItem = {
      ...acknowledge(0),
      key: 'attendance-decide',
      kind: 'attendance-decide',
      count: 3,
      people: [
        { nip: STAFF, name: 'Dewi Lestari', count: 2 },
        { nip: OTHER, name: 'Agus Prasetyo', count: 1 },
      ],
      due: null,
      daysLeft: null,
      urgency: 'normal',
      route: '/tim',
      period: null,
    };
    expect(wordsOf([corrections])).toEqual([
      '3 permohonan koreksi kehadiran menunggu keputusan AndaDewi Lestari (2), Agus Prasetyo (1)',
    ]);
    cleanup();
    usePrefsStore.setState({ lang: 'en' });
    expect(wordsOf([{ ...corrections, count: 1, people: [] }])).toEqual([
      '1 attendance correction request awaits your decision',
    ]);
  });

  it('speaks English with its plurals', () => {
    usePrefsStore.setState({ lang: 'en' });
    const [past, window] = wordsOf([finalise(-1), acknowledge(1)]);
    expect(past).toMatch(/^Appraisal Quarter I 2026: 2 not finalised yet/);
    expect(past).toMatch(/1 day past the deadline of .*Overdue$/);
    expect(window).toMatch(/Objections until .*, 1 day left/);
  });
});

describe("Beranda's navigation item", () => {
  it('counts the items, with a label for screen readers', async () => {
    await seedHeadsWork();
    signIn(HEAD);
    render(
      <UserDataContext value={userDataFor(device.db, device.rm, HEAD)}>
        <Layout route={null}>
          <p>Isi</p>
        </Layout>
      </UserDataContext>,
    );
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    const home = await within(nav).findByRole('link', { name: /2 perlu tindakan/ });
    expect(home.textContent).toContain('Beranda');
  });
});
