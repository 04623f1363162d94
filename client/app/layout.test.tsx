// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../data/session-store';
import { memoryDb, readModel, userDataFor } from '../data/testing/devices';
import { UserDataContext } from '../data/user-data';
import { useUpdateStore } from '../pwa/update-store';
import { ErrorBoundary } from './error-boundary';
import { Layout, phoneOverflow } from './layout';
import { SignOutButton } from './sign-out-button';

function Broken(): never {
  throw new TypeError('Invalid key provided');
}

beforeEach(() => {
  // React reports caught render errors on the console; they are the point of these tests.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  useSessionStore.setState({
    status: 'signed-in',
    user: {
      nip: 'admin',
      name: 'Administrator Sistem',
      position: null,
      unitId: null,
      roles: ['admin'],
    },
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('signing out when something fails', () => {
  it('keeps Keluar in the header when a screen fails', async () => {
    render(
      <UserDataContext value={userDataFor(memoryDb(), readModel(), 'admin')}>
        <Layout route={null}>
          <ErrorBoundary resetKey="/profil">
            <Broken />
          </ErrorBoundary>
        </Layout>
      </UserDataContext>,
    );
    expect(await screen.findByRole('heading', { name: 'Terjadi kesalahan' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Keluar');
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeTruthy();
  });

  it('offers Keluar beside Muat ulang when the frame itself fails', () => {
    render(
      <ErrorBoundary resetKey="/" extra={<SignOutButton />}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeTruthy();
  });
});

describe('the navigation on a phone', () => {
  it('keeps every item in the bar while six fit', () => {
    expect([
      ...phoneOverflow(['home', 'activities', 'performance', 'console', 'setup', 'profile']),
    ]).toEqual([]);
  });

  it('keeps five and puts the others under Lainnya: staff, a head, a Pengelola', () => {
    const staff = [
      'home',
      'activities',
      'performance',
      'attendance',
      'feedback',
      'development',
      'profile',
    ] as const;
    expect([...phoneOverflow(staff)]).toEqual(['development', 'profile']);
    const head = [
      'home',
      'activities',
      'performance',
      'attendance',
      'feedback',
      'development',
      'team',
      'reports',
      'profile',
    ] as const;
    expect([...phoneOverflow(head)]).toEqual(['feedback', 'development', 'reports', 'profile']);
    const pengelola = [
      'home',
      'activities',
      'performance',
      'attendance',
      'feedback',
      'development',
      'reports',
      'console',
      'profile',
    ] as const;
    expect([...phoneOverflow(pengelola)]).toEqual([
      'feedback',
      'development',
      'reports',
      'profile',
    ]);
  });

  it('lists Kehadiran for staff, and opens the other items from Lainnya', async () => {
    // A 360 px phone.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 767px)',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    useSessionStore.setState({
      status: 'signed-in',
      user: {
        nip: '199001012020012002',
        name: 'Dewi',
        position: null,
        unitId: null,
        roles: ['pegawai'],
      },
    });
    render(
      <UserDataContext value={userDataFor(memoryDb(), readModel(), '199001012020012002')}>
        <Layout route={null}>
          <p>isi</p>
        </Layout>
      </UserDataContext>,
    );
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).queryByRole('link', { name: 'Profil' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Kehadiran' }).getAttribute('href')).toBe(
      '/kehadiran',
    );
    const more = within(nav).getByRole('button', { name: 'Lainnya' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const popup = document.getElementById(more.getAttribute('aria-controls') ?? '');
    if (!popup) throw new Error('no popup');
    expect(
      within(popup)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Pengembangan', 'Profil']);
    fireEvent.click(within(popup).getByRole('link', { name: 'Profil' }));
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')).toBeNull();
  });
});

describe('the update offer while what waits is not counted yet', () => {
  const initial = useUpdateStore.getState();
  afterEach(() => useUpdateStore.setState(initial, true));

  /** The frame with an update offered and "Perbarui sekarang" pressed; the update's activation. */
  function pressUpdate(pendingCounted: () => Promise<void>) {
    const data = { ...userDataFor(memoryDb(), readModel(), 'admin'), pendingCounted };
    const activate = vi.fn();
    render(
      <UserDataContext value={data}>
        <Layout route={null}>
          <p>isi</p>
        </Layout>
      </UserDataContext>,
    );
    act(() => useUpdateStore.getState().offer(activate));
    fireEvent.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    return activate;
  }

  it('waits for the count, then applies once nothing waits', async () => {
    let count!: () => void;
    const counted = new Promise<void>((resolve) => (count = resolve));
    const activate = pressUpdate(() => counted);
    // The sync status's default 0 is not a count: the update waits and says why.
    expect(screen.getByText(/perubahan yang belum terkirim selesai dihitung/)).toBeTruthy();
    expect(activate).not.toHaveBeenCalled();
    await act(async () => count());
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('asks again for a count that failed, without waiting for news of sync', async () => {
    let calls = 0;
    const activate = pressUpdate(() =>
      ++calls === 1 ? Promise.reject(new Error('UnknownError')) : Promise.resolve(),
    );
    await waitFor(() => expect(activate).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(calls).toBe(2);
  }, 20_000);
});
