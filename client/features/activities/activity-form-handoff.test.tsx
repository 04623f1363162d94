// @vitest-environment jsdom
/**
 * After "Simpan" the form hands the day to the list it opens (list-handoff.ts), reading it when
 * it has not the saved row and the day. That read may queue behind other IndexedDB work on a slow
 * phone: here the handing over is held open by the test, the one thing not real in this file, to
 * see what a person sees meanwhile.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fillValid,
  openDevice,
  renderAt,
  storedActivities,
  type TestDevice,
} from './testing/activities-device';

const held = vi.hoisted(() => ({ release: [] as (() => Promise<void>)[] }));
vi.mock('./list-handoff', async (original) => {
  const real = await original<typeof import('./list-handoff')>();
  return {
    ...real,
    handOverDay: (...args: Parameters<typeof real.handOverDay>) =>
      new Promise<void>((resolve) => {
        held.release.push(() => real.handOverDay(...args).then(resolve));
      }),
  };
});

let device: TestDevice;
beforeEach(async () => {
  held.release = [];
  device = await openDevice();
});
afterEach(async () => {
  cleanup();
  await device.stop();
});

describe('the entry form while the list it opens is read', () => {
  it('stays busy, so a second tap saves nothing more, then opens the list', async () => {
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(held.release).toHaveLength(1));

    const simpan = screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement;
    expect(simpan.disabled).toBe(true);
    expect(simpan.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(simpan);
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
    expect(window.location.pathname).toBe('/kegiatan/baru');
    // It shows what was saved, without a complaint (the entry does not overlap itself).
    expect(screen.queryByText('Periksa isian yang ditandai.')).toBeNull();
    expect((screen.getByLabelText('Kegiatan', { exact: true }) as HTMLInputElement).value).toBe(
      'Menyusun laporan bulanan',
    );

    await held.release[0]?.();
    await screen.findByText('Menyusun laporan bulanan', { selector: '.act-item__what' });
    expect(window.location.pathname).toBe('/kegiatan');
    expect(held.release).toHaveLength(1);
    expect(await storedActivities(device)).toHaveLength(1);
  });

  it('left meanwhile ("Kembali"), does not take the person to the list afterwards', async () => {
    const { unmount } = renderAt(device, '/kegiatan/baru');
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(held.release).toHaveLength(1));
    unmount();
    window.history.pushState(null, '', '/');

    await held.release[0]?.();
    // The form's own continuation runs in the microtasks after the read: all done by the next task.
    await new Promise((r) => setTimeout(r, 0));
    expect(window.location.pathname).toBe('/');
    expect(await storedActivities(device)).toHaveLength(1);
  });
});
