// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TodoItem } from '../../core/perlu-tindakan';
import type { LocalDb } from '../../data/local-db';
import { loadSeen } from '../../data/notify-new-items';
import type { ReadModel } from '../../data/read-model';
import { publishSyncStatus } from '../../data/sync-store';
import { memoryDb, readModel, userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { HEAD, STAFF } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { navigate } from '../../ui/navigation';
import { PerluTindakanNotifier } from './perlu-tindakan-notifier';

const item = (key: string, kind: TodoItem['kind'], route: string, count = 1): TodoItem => ({
  key,
  kind,
  count,
  people: [{ nip: STAFF, name: 'Dewi Lestari', count }],
  due: null,
  daysLeft: null,
  urgency: 'normal',
  route,
  period: null,
  text: null,
});
const verify = item('verify', 'verify', '/tim/verifikasi', 2);
const unread = item('unread-feedback', 'unread-feedback', '/umpan-balik');
const reply = item('feedback-reply:f1', 'feedback-reply', `/tim/${STAFF}`);

let db: LocalDb;
let rm: ReadModel;
const showNotification = vi.fn(async () => undefined);

beforeEach(() => {
  db = memoryDb();
  rm = readModel();
  showNotification.mockClear();
  vi.stubGlobal('Notification', { permission: 'granted' });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistration: async () => ({ showNotification }) },
  });
  publishSyncStatus({ lastSyncedAt: '2026-05-15T01:00:00.000Z' });
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  rm.close();
  await db.destroy();
});

function Host({ items }: { items: TodoItem[] }) {
  return (
    <UserDataContext value={userDataFor(db, rm, HEAD)}>
      <PerluTindakanNotifier items={items} />
    </UserDataContext>
  );
}

const synced = (at: string) => act(() => publishSyncStatus({ lastSyncedAt: at }));
const seenKeys = async () => Object.keys((await loadSeen(rm)) ?? {}).sort();

describe('the system notification of new Perlu tindakan items', () => {
  it('announces once what a sync brought, never the backlog nor what is on screen', async () => {
    act(() => navigate('/kegiatan'));
    const { rerender } = render(<Host items={[verify]} />);
    // The first sync on this device records the backlog without a notification.
    synced('2026-05-15T02:00:00.000Z');
    await eventually(async () => expect(await seenKeys()).toEqual(['verify']));

    rerender(<Host items={[verify, unread]} />);
    synced('2026-05-15T03:00:00.000Z');
    await eventually(() => expect(showNotification).toHaveBeenCalledOnce());
    expect(showNotification).toHaveBeenCalledWith('Kinerja: perlu tindakan', {
      body: '1 umpan balik belum dibaca',
      tag: 'perlu-tindakan',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: expect.any(String),
      data: { url: '/' },
    });

    // On the staff member's page the reply is already in view: recorded, not announced.
    act(() => navigate(`/tim/${STAFF}`));
    rerender(<Host items={[verify, unread, reply]} />);
    synced('2026-05-15T04:00:00.000Z');
    await eventually(async () =>
      expect(await seenKeys()).toEqual(['feedback-reply:f1', 'unread-feedback', 'verify']),
    );
    expect(showNotification).toHaveBeenCalledOnce();
  });

  it('counts several new items in one notification, and stays quiet without permission', async () => {
    act(() => navigate('/kegiatan'));
    const { rerender } = render(<Host items={[]} />);
    synced('2026-05-15T02:00:00.000Z');
    await eventually(async () => expect(await loadSeen(rm)).toEqual({}));
    rerender(<Host items={[verify, unread]} />);
    synced('2026-05-15T03:00:00.000Z');
    await eventually(() => expect(showNotification).toHaveBeenCalledOnce());
    expect(showNotification.mock.calls[0]).toMatchObject([
      'Kinerja: perlu tindakan',
      { body: '2 hal baru perlu ditindaklanjuti. 2 kegiatan menunggu verifikasi' },
    ]);

    vi.stubGlobal('Notification', { permission: 'default' });
    rerender(<Host items={[{ ...verify, count: 3 }, unread]} />);
    synced('2026-05-15T04:00:00.000Z');
    await eventually(async () => expect((await loadSeen(rm))?.verify).toBe(3));
    expect(showNotification).toHaveBeenCalledOnce();
  });
});
