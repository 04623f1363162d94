/**
 * What the screens of the signed-in user work with: the command context they write with (the
 * local PouchDB, local-db.ts), the read model they read with `useLiveQuery` (Dexie, read-model.ts),
 * and "Sinkronkan sekarang". Stores nothing itself. user-runtime.ts builds it once per signed-in
 * user; the app provides it around the signed-in frame (client/app/app.tsx), and a test provides
 * its own database and read model the same way.
 */
import { createContext, useContext } from 'react';
import type { CommandContext } from './commands/context';
import type { ReadModel } from './read-model';

export type UserData = {
  ctx: CommandContext;
  readModel: ReadModel;
  /** Starts a sync at once, in whichever tab runs it, with the backoff reset. */
  syncNow: () => void;
  /**
   * Settles once the local database has counted the documents not yet sent, and published the
   * count: until then the sync status's `pending` is not known, only 0 by default.
   */
  pendingCounted?: () => Promise<void>;
};

export const UserDataContext = createContext<UserData | null>(null);

function useUserData(): UserData {
  const data = useContext(UserDataContext);
  // Only the signed-in frame is rendered inside the provider: a screen elsewhere is a wiring bug.
  if (data === null) throw new Error('UserDataContext is missing: render inside the signed-in app');
  return data;
}

/** The context to pass to every command a screen runs. */
export function useCommandContext(): CommandContext {
  return useUserData().ctx;
}

/** The signed-in user's read model, for `useLiveQuery`. */
export function useReadModel(): ReadModel {
  return useUserData().readModel;
}

/** "Sinkronkan sekarang". */
export function useSyncNow(): () => void {
  return useUserData().syncNow;
}

/**
 * "Sinkronkan sekarang" where the signed-in data may be missing: the sign-out button must work in
 * any state of the frame, even while the runtime stops or after the frame failed.
 */
export function useSyncNowIfAny(): (() => void) | null {
  return useContext(UserDataContext)?.syncNow ?? null;
}
