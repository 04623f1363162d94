// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../data/session-store';
import { usePrefsStore } from '../../ui/prefs-store';
import { navigate, useLocation } from '../../ui/navigation';
import { TourHost } from './tour-host';
import { useTourStore } from './tour-store';
import { TOUR_QUERY, useTourWanted } from './use-tour-wanted';

const DEWI = '198811122011012003';

/** The parts of the frame and of Beranda the tour points at, and the frame's rule for mounting it. */
function Frame({ nav, cards = true }: { nav: readonly string[]; cards?: boolean }) {
  const { pathname, search } = useLocation();
  const nip = useSessionStore((s) => s.user?.nip);
  const wanted = useTourWanted(nip, pathname, search.has(TOUR_QUERY));
  return (
    <>
      <section className="sync-bar" aria-label="Status sinkronisasi">
        Terakhir disinkron 10.00
      </section>
      <nav>
        {nav.map((key) => (
          <a key={key} href={`/${key}`} data-tour={`nav-${key}`}>
            {key}
          </a>
        ))}
      </nav>
      <main id="main">
        {wanted && <TourHost />}
        <h1>{pathname === '/' ? 'Selamat pagi, Dewi' : 'Kegiatan'}</h1>
        {pathname === '/' && cards && (
          <div data-beranda-ready="">
            <a href="/kegiatan/baru">Catat kegiatan</a>
          </div>
        )}
      </main>
    </>
  );
}

function signIn(roles: string[], nip = DEWI) {
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip, name: 'Dewi', position: 'Guru', unitId: 'sdn-1', roles },
  });
}

const STAFF_NAV = ['home', 'activities', 'performance', 'profile'];
const framed = () => document.querySelector('[data-tour-current]');
const tour = () => screen.queryByRole('region', { name: 'Panduan singkat' });

beforeEach(() => {
  localStorage.clear();
  useTourStore.setState({ seen: [], open: false, steps: [], step: 0, focusPending: false });
  usePrefsStore.setState({ lang: 'id' });
  window.history.replaceState(null, '', '/');
  signIn(['pegawai']);
});
afterEach(cleanup);

describe('first-run tour', () => {
  it('waits for Beranda’s cards, which come a moment after the screen, then frames them', async () => {
    const { rerender } = render(<Frame nav={STAFF_NAV} cards={false} />);
    expect(tour()).toBeNull();
    rerender(<Frame nav={STAFF_NAV} />);
    await screen.findByText('Panduan singkat · Langkah 1 dari 4');
    expect(framed()?.textContent).toBe('Catat kegiatan');
  });

  it('shows a staff member four steps over the real elements, without taking focus', async () => {
    render(<Frame nav={STAFF_NAV} />);
    expect(
      (await screen.findByText('Panduan singkat · Langkah 1 dari 4')).textContent,
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Catat kegiatan setiap hari' })).toBeTruthy();
    expect(framed()?.textContent).toBe('Catat kegiatan');
    expect(document.activeElement).toBe(document.body);

    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(screen.getByRole('heading', { name: 'Status sinkron' })).toBeTruthy();
    expect(framed()?.className).toBe('sync-bar');
    expect(document.querySelectorAll('[data-tour-current]')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(framed()?.getAttribute('data-tour')).toBe('nav-profile');
    fireEvent.click(screen.getByRole('button', { name: 'Selesai' }));
    expect(tour()).toBeNull();
    expect(framed()).toBeNull();
  });

  it('is shown once per person on this device: skipped, it does not come back', async () => {
    const first = render(<Frame nav={STAFF_NAV} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lewati' }));
    expect(tour()).toBeNull();
    expect(JSON.parse(localStorage.getItem('kinerja-tour') ?? '{}').state.seen).toEqual([DEWI]);
    first.unmount();

    useTourStore.setState({ open: false });
    render(<Frame nav={STAFF_NAV} />);
    expect(screen.getByRole('heading', { name: 'Selamat pagi, Dewi' })).toBeTruthy();
    expect(tour()).toBeNull();

    // Someone else signing in on the same device gets their own first run.
    cleanup();
    signIn(['pegawai'], '199001012020012002');
    render(<Frame nav={STAFF_NAV} />);
    expect(await screen.findByRole('region', { name: 'Panduan singkat' })).toBeTruthy();
  });

  it('closes with Escape from inside it', async () => {
    render(<Frame nav={STAFF_NAV} />);
    const next = await screen.findByRole('button', { name: 'Berikutnya' });
    next.focus();
    fireEvent.keyDown(next, { key: 'Escape' });
    expect(tour()).toBeNull();
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('opens again when asked for from Profil, takes focus and tidies the address', async () => {
    useTourStore.setState({ seen: [DEWI] });
    window.history.replaceState(null, '', `/?${TOUR_QUERY}=1`);
    render(<Frame nav={STAFF_NAV} />);
    const heading = await screen.findByRole('heading', { name: 'Catat kegiatan setiap hari' });
    expect(document.activeElement).toBe(heading);
    expect(window.location.search).toBe('');
  });

  it('closes when the person leaves Beranda, and stays closed back there', async () => {
    render(<Frame nav={STAFF_NAV} />);
    await screen.findByRole('region', { name: 'Panduan singkat' });
    act(() => navigate('/kegiatan'));
    expect(tour()).toBeNull();
    act(() => navigate('/'));
    expect(screen.getByRole('heading', { name: 'Selamat pagi, Dewi' })).toBeTruthy();
    expect(tour()).toBeNull();
  });

  it('leads a head to Tim first, an atasan to its objections, a Pengelola to Kelola', async () => {
    signIn(['pejabat-penilai']);
    render(<Frame nav={['home', 'activities', 'performance', 'team', 'profile']} />);
    expect(await screen.findByRole('heading', { name: 'Tim' })).toBeTruthy();
    expect(framed()?.getAttribute('data-tour')).toBe('nav-team');
    expect(screen.getByText(/Verifikasi kegiatan anggota tim/)).toBeTruthy();
    cleanup();

    localStorage.clear();
    useTourStore.setState({ seen: [], open: false });
    signIn(['pejabat-penilai', 'atasan-penilai']);
    render(<Frame nav={['home', 'activities', 'performance', 'team', 'profile']} />);
    expect(await screen.findByText(/keberatan yang perlu Anda putuskan/)).toBeTruthy();
    cleanup();

    // The admin has no "Catat kegiatan" and no Kinerja: the steps left are the ones on screen.
    useTourStore.setState({ seen: [], open: false });
    signIn(['admin'], 'admin');
    window.history.replaceState(null, '', '/');
    render(<Frame nav={['home', 'console', 'setup', 'profile']} />);
    expect(await screen.findByText('Panduan singkat · Langkah 1 dari 3')).toBeTruthy();
    expect(framed()?.getAttribute('data-tour')).toBe('nav-console');
  });
});
