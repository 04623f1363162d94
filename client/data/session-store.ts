/**
 * Who is signed in on this device (UI state, Zustand). The signed-in user and the "Tetap masuk di
 * perangkat ini" choice are kept in localStorage (`kinerja.session`) so the app opens offline; no
 * password or token is stored. Sign-out removes the user's databases unless they chose to stay.
 * It starts and stops the user's runtime (user-runtime.ts) and holds, in memory, what the screens
 * need of it (`data`), which the app provides to them (user-data.ts).
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
import type { UserData } from './user-data';

/** The runtime (PouchDB, Dexie, sync) loads on demand, so the sign-in screen stays small. */
const loadRuntime = () => import('./user-runtime');

export type { SessionUser };

export type SessionStatus = 'restoring' | 'signed-out' | 'signed-in';

type SessionState = {
  status: SessionStatus;
  user: SessionUser | null;
  stayOnDevice: boolean;
  /**
   * The running runtime's data for the screens; null while signed out, and from the moment its
   * runtime is about to stop or be replaced.
   */
  data: UserData | null;
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

const SIGNED_OUT = { status: 'signed-out', user: null, stayOnDevice: false, data: null } as const;

/**
 * Restore, sign-in, sign-out and another tab's change overlap (each awaits the network or the
 * runtime). Each one takes a number when it acts; one overtaken by a later one stops there, so
 * the store always shows the user whose runtime was started last.
 */
let latest = 0;

/**
 * The screens let go of a runtime before it stops or is replaced: its databases would otherwise
 * close under their live queries. `stopping` tells whose runtime that is, by NIP.
 */
function releaseData(stopping: (nip: string) => boolean): void {
  const { data } = useSessionStore.getState();
  if (data && stopping(data.ctx.user.nip)) useSessionStore.setState({ data: null });
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'restoring',
  user: null,
  stayOnDevice: false,
  data: null,

  restore: async () => {
    const saved = readSaved();
    if (!saved) {
      latest += 1;
      set(SIGNED_OUT);
      return;
    }
    const { startRuntime, countUnsent } = await loadRuntime();
    // Taken and started in one step, so runtimes start in the order of the numbers.
    const turn = ++latest;
    releaseData((nip) => nip !== saved.user.nip);
    const runtime = await startRuntime(saved.user);
    if (turn !== latest) return;
    set({
      status: 'signed-in',
      user: saved.user,
      stayOnDevice: saved.stayOnDevice,
      data: runtime.data,
    });
    const check = await fetchSession();
    if (check === 'offline' || turn !== latest) return;
    if (check !== null && check.nip === saved.user.nip) {
      save({ user: check, stayOnDevice: saved.stayOnDevice });
      set({ user: check });
      return;
    }
    // The server session ended. Without "stay signed in" and with nothing waiting, sign out fully;
    // otherwise keep working on the device and ask for the password to resume syncing.
    // Not forced: sign-out counts again once the commands running have written, and a save made
    // meanwhile keeps the person signed in (only "Keluar dan hapus" deletes what waits).
    if (!saved.stayOnDevice) {
      const counted = await countUnsent();
      if (turn !== latest) return;
      if (counted?.pending === 0 && (await get().signOut()).ok) return;
    }
    publishSyncStatus({
      state: 'auth-required',
      error: 'Sesi berakhir. Masuk lagi untuk sinkronisasi.',
    });
  },

  signIn: async (nip, password, stayOnDevice) => {
    const user = await createSession(nip.trim(), password);
    const { getRuntime, startRuntime, resumeSync } = await loadRuntime();
    const resumed = getRuntime()?.user.nip === user.nip;
    const turn = ++latest;
    save({ user, stayOnDevice });
    releaseData((nip) => nip !== user.nip);
    const runtime = await startRuntime(user);
    if (turn !== latest) return;
    if (resumed) resumeSync();
    set({ status: 'signed-in', user, stayOnDevice, data: runtime.data });
  },

  signOut: async (opts = {}) => {
    const { user, stayOnDevice } = get();
    if (!user) return { ok: true };
    const { countUnsent, stopRuntime } = await loadRuntime();
    const counted = await countUnsent();
    const pending = counted?.pending ?? 0;
    if (pending > 0 && !opts.force) return { ok: false, pending };
    // Someone signed in meanwhile (here or in another tab): this sign-out is over.
    const current = readSaved();
    if (current && current.user.nip !== user.nip) return { ok: true };
    const turn = ++latest;
    await deleteSession();
    // Only this user's runtime: a sign-in that overtook this one keeps its own.
    releaseData((nip) => nip === user.nip);
    // What waits is deleted only when the person saw it and chose to ("Keluar dan hapus").
    await stopRuntime({
      destroy: !stayOnDevice,
      nip: user.nip,
      discardUnsent: pending > 0,
      countedAt: counted?.countedAt ?? null,
    });
    if (turn !== latest) return { ok: true };
    save(null);
    set(SIGNED_OUT);
    return { ok: true };
  },
}));

/** Another tab signed out, or in as someone else: follow it, keeping this tab's data. */
async function followOtherTab(): Promise<void> {
  const { stopRuntime } = await loadRuntime();
  const turn = ++latest;
  releaseData(() => true);
  if (!readSaved()) await stopRuntime({ destroy: false });
  if (turn === latest) await useSessionStore.getState().restore();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== SESSION_KEY) return;
    const saved = readSaved();
    const { user } = useSessionStore.getState();
    if (saved?.user.nip === user?.nip) return;
    setAuthToken(null);
    void followOtherTab();
  });
}
