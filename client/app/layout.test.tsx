// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../data/session-store';
import { memoryDb, readModel, userDataFor } from '../data/testing/devices';
import { UserDataContext } from '../data/user-data';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
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
