// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalDb } from '../../data/local-db';
import type { ReadModel } from '../../data/read-model';
import { INITIAL_SYNC_STATUS, publishSyncStatus } from '../../data/sync-store';
import { memoryDb, readModel, userDataFor } from '../../data/testing/devices';
import { STAFF } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { usePrefsStore } from '../../ui/prefs-store';
import { differingFields } from './conflict-chooser';
import { SyncStatusBar } from './sync-status-bar';

/** 10:42 WIB today, as the instant the sync finished. */
function todayAt1042Wib(): string {
  const wibDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  return new Date(`${wibDate}T10:42:00+07:00`).toISOString();
}

describe('SyncStatusBar', () => {
  let db: LocalDb;
  let rm: ReadModel;
  let syncRequests = 0;
  beforeEach(() => {
    db = memoryDb();
    rm = readModel();
    syncRequests = 0;
  });
  afterEach(async () => {
    cleanup();
    act(() => {
      publishSyncStatus(INITIAL_SYNC_STATUS);
      usePrefsStore.setState({ lang: 'id' });
    });
    rm.close();
    await db.destroy();
  });

  /** The bar as the signed-in frame shows it; "Sinkronkan sekarang" is counted. */
  const showBar = () =>
    render(
      <UserDataContext
        value={{ ...userDataFor(db, rm, STAFF), syncNow: () => (syncRequests += 1) }}
      >
        <SyncStatusBar />
      </UserDataContext>,
    );

  it('shows the last sync time the Indonesian way, and what waits', () => {
    publishSyncStatus({ state: 'synced', lastSyncedAt: todayAt1042Wib(), pending: 3 });
    showBar();
    expect(screen.getByText('Terakhir disinkron 10.42')).toBeTruthy();
    expect(screen.getByText('3 menunggu dikirim')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sinkronkan sekarang' }));
    expect(syncRequests).toBe(1);
  });

  it('treats offline as a calm state and disables the sync button', () => {
    publishSyncStatus({ state: 'offline', lastSyncedAt: todayAt1042Wib() });
    showBar();
    expect(screen.getByText('Luring — perubahan disimpan di perangkat')).toBeTruthy();
    expect(screen.getByText('Terakhir disinkron 10.42')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Sinkronkan sekarang' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('links refused documents to the list of reasons', () => {
    publishSyncStatus({
      state: 'synced',
      denied: [{ id: 'activity:1', type: 'activity', reason: 'x', at: todayAt1042Wib() }],
    });
    showBar();
    const link = screen.getByRole('link', { name: '1 ditolak — lihat alasannya' });
    expect(link.getAttribute('href')).toBe('/sinkron');
  });

  it('offers to sign in again when the session ended', () => {
    publishSyncStatus({ state: 'auth-required' });
    showBar();
    expect(screen.getByText('Sesi berakhir — masuk lagi untuk mengirim perubahan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Masuk lagi' })).toBeTruthy();
  });

  it('shows how far a long first sync is, with a bar, until the data is there', () => {
    publishSyncStatus({ state: 'syncing', progress: { done: 3200, total: 10450 } });
    showBar();
    expect(screen.getByText('Mengunduh 3.200 dari 10.450')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Kemajuan unduhan data' });
    expect(bar.getAttribute('value')).toBe('3200');
    expect(bar.getAttribute('max')).toBe('10450');
    act(() => publishSyncStatus({ progress: { done: 6400, total: 10450 } }));
    expect(screen.getByText('Mengunduh 6.400 dari 10.450')).toBeTruthy();
    act(() =>
      publishSyncStatus({ state: 'synced', lastSyncedAt: todayAt1042Wib(), progress: null }),
    );
    expect(screen.getByText('Terakhir disinkron 10.42')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows no bar for a short sync', () => {
    publishSyncStatus({ state: 'syncing', lastSyncedAt: todayAt1042Wib() });
    showBar();
    expect(screen.getByText('Menyinkronkan…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('counts the download in English with English separators', () => {
    usePrefsStore.setState({ lang: 'en' });
    publishSyncStatus({ state: 'syncing', progress: { done: 3200, total: 10450 } });
    showBar();
    expect(screen.getByText('Downloading 3,200 of 10,450')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Data download progress' })).toBeTruthy();
  });

  it('speaks English when chosen', () => {
    usePrefsStore.setState({ lang: 'en' });
    publishSyncStatus({ state: 'synced', lastSyncedAt: todayAt1042Wib(), pending: 2 });
    showBar();
    expect(screen.getByText('Last synced 10:42')).toBeTruthy();
    expect(screen.getByText('2 waiting to be sent')).toBeTruthy();
  });
});

describe('differingFields', () => {
  it('lists only the fields whose values differ, without bookkeeping fields', () => {
    const versions = [
      {
        rev: '2-a',
        winning: true,
        doc: { kegiatan: 'A', realisasi: 1, updatedAt: 'x', satuan: 'x' },
      },
      {
        rev: '2-b',
        winning: false,
        doc: { kegiatan: 'B', realisasi: 1, updatedAt: 'y', satuan: 'x' },
      },
    ];
    expect(differingFields(versions)).toEqual(['kegiatan']);
  });
});
