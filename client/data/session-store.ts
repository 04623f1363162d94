/**
 * Who is signed in on this device (UI state, Zustand). The signed-in user and the "Tetap masuk di
 * perangkat ini" choice are kept in localStorage (`kinerja.session`) so the app opens offline; no
 * password or token is stored. Sign-out removes the user's databases unless they chose to stay.
 */
import { create } from 'zustand';
import {
  createSession,
  deleteSession,
  fetchSession,
  setAuthToken,
  type SessionUser,
} from './session-api';
import { publishSyncStatus } from './sync-store';

/** The runtime (PouchDB, Dexie, sync) loads on demand, so the sign-in screen stays small. */
const loadRuntime = () => import('./user-runtime');

export type { SessionUser };

export type SessionStatus = 'restoring' | 'signed-out' | 'signed-in';

type SessionState = {
  status: SessionStatus;
  user: SessionUser | null;
  stayOnDevice: boolean;
  /** On app start: reopens the last signed-in user's data, offline if need be. */
  restore(): Promise<void>;
  /** Signs in online; throws SignInError (session-api.ts). */
  signIn(nip: string, password: string, stayOnDevice: boolean): Promise<void>;
  /** Refuses while documents wait to be sent, unless forced. */
  signOut(opts?: { force?: boolean }): Promise<{ ok: true } | { ok: false; pending: number }>;
};

const SESSION_KEY = 'kinerja.session';

type SavedSession = { user: SessionUser; stayOnDevice: boolean };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readSaved(): SavedSession | null {
  const raw = storage()?.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as Partial<SavedSession>;
    return saved.user && typeof saved.user.nip === 'string'
      ? { user: saved.user, stayOnDevice: saved.stayOnDevice === true }
      : null;
  } catch {
    return null;
  }
}

function save(saved: SavedSession | null): void {
  if (saved) storage()?.setItem(SESSION_KEY, JSON.stringify(saved));
  else storage()?.removeItem(SESSION_KEY);
}

const SIGNED_OUT = { status: 'signed-out', user: null, stayOnDevice: false } as const;

export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'restoring',
  user: null,
  stayOnDevice: false,

  restore: async () => {
    const saved = readSaved();
    if (!saved) {
      set(SIGNED_OUT);
      return;
    }
    const { getRuntime, startRuntime, stopRuntime, pendingCount } = await loadRuntime();
    const running = getRuntime();
    if (running && running.user.nip !== saved.user.nip) await stopRuntime({ destroy: false });
    startRuntime(saved.user);
    set({ status: 'signed-in', user: saved.user, stayOnDevice: saved.stayOnDevice });
    const check = await fetchSession();
    if (check === 'offline') return;
    if (check !== null && check.nip === saved.user.nip) {
      save({ user: check, stayOnDevice: saved.stayOnDevice });
      set({ user: check });
      return;
    }
    // The server session ended. Without "stay signed in" and with nothing waiting, sign out fully;
    // otherwise keep working on the device and ask for the password to resume syncing.
    if (!saved.stayOnDevice && (await pendingCount()) === 0) {
      await get().signOut({ force: true });
      return;
    }
    publishSyncStatus({
      state: 'auth-required',
      error: 'Sesi berakhir. Masuk lagi untuk sinkronisasi.',
    });
  },

  signIn: async (nip, password, stayOnDevice) => {
    const user = await createSession(nip.trim(), password);
    const { getRuntime, startRuntime, stopRuntime, resumeSync } = await loadRuntime();
    const running = getRuntime();
    if (running && running.user.nip !== user.nip) await stopRuntime({ destroy: false });
    save({ user, stayOnDevice });
    const resumed = getRuntime() !== null;
    startRuntime(user);
    if (resumed) resumeSync();
    set({ status: 'signed-in', user, stayOnDevice });
  },

  signOut: async (opts = {}) => {
    const { user, stayOnDevice } = get();
    if (!user) return { ok: true };
    const { pendingCount, stopRuntime } = await loadRuntime();
    const pending = await pendingCount();
    if (pending > 0 && !opts.force) return { ok: false, pending };
    await deleteSession();
    await stopRuntime({ destroy: !stayOnDevice });
    save(null);
    set(SIGNED_OUT);
    return { ok: true };
  },
}));

// Another tab signed out (or in as someone else): follow it, without touching the databases.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== SESSION_KEY) return;
    const saved = readSaved();
    const { user } = useSessionStore.getState();
    if (saved?.user.nip === user?.nip) return;
    setAuthToken(null);
    void loadRuntime()
      .then(({ stopRuntime }) => stopRuntime({ destroy: false }))
      .then(() => useSessionStore.getState().restore());
  });
}
