/**
 * The first-run tour's state. Who has seen it on this device is kept in localStorage under
 * `kinerja-tour` (a list of NIPs: device-only, never synced, kept across sign-outs); whether it is
 * open and at which step lives in memory only.
 */
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
