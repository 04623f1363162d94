/**
 * The first-run tour's state. Who has seen it on this device is kept in localStorage under
 * `kinerja-tour` (a list of NIPs: device-only, never synced, kept across sign-outs); whether it is
 * open and at which step lives in memory only.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { TourStep } from './tour-steps';

type TourState = {
  /** The people who have been shown the tour on this device. */
  seen: string[];
  open: boolean;
  steps: TourStep[];
  step: number;
  /** True until the tour, opened on request, has taken focus. */
  focusPending: boolean;
  /** Opens at the first of `steps`; the person counts as having seen it. */
  start: (nip: string, steps: TourStep[], takeFocus: boolean) => void;
  goTo: (step: number) => void;
  focused: () => void;
  close: () => void;
};

export const useTourStore = create<TourState>()(
  persist(
    (set) => ({
      seen: [],
      open: false,
      steps: [],
      step: 0,
      focusPending: false,
      start: (nip, steps, takeFocus) =>
        set((s) => ({
          open: true,
          steps,
          step: 0,
          focusPending: takeFocus,
          seen: s.seen.includes(nip) ? s.seen : [...s.seen, nip],
        })),
      goTo: (step) => set({ step }),
      focused: () => set({ focusPending: false }),
      close: () => set({ open: false, step: 0, focusPending: false }),
    }),
    {
      name: 'kinerja-tour',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ seen }) => ({ seen }),
    },
  ),
);

/** The query that asks for the tour again (Profil's "Tampilkan panduan lagi" links to `/?panduan=1`). */
export const TOUR_QUERY = 'panduan';

/**
 * True while the frame should mount the tour: only on Beranda, when it is open, when this person
 * has never been shown it on this device, or when asked for with `?panduan`. Leaving Beranda
 * closes it.
 */
export function useTourWanted(nip: string | undefined, pathname: string, asked: boolean): boolean {
  const open = useTourStore((s) => s.open);
  const seen = useTourStore((s) => (nip ? s.seen.includes(nip) : true));
  const onHome = pathname === '/';
  // Leaving Beranda ends the tour, decided here in the frame: the screen being left may stay
  // mounted (hidden) while the next one loads, and the tour with it.
  useEffect(() => {
    if (!onHome && open) useTourStore.getState().close();
  }, [onHome, open]);
  return onHome && Boolean(nip) && (open || asked || !seen);
}
