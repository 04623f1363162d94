/**
 * The app-update offer (UI state only, in memory): a new service worker is waiting; the person
 * may agree; it is applied once nothing would be lost (see update-prompt.tsx).
 */
import { create } from 'zustand';

type UpdateState = {
  /** A new version is installed and waiting. */
  available: boolean;
  /** The person chose "Perbarui sekarang". */
  consented: boolean;
  /** The person chose "Nanti" for this session. */
  dismissed: boolean;
  applying: boolean;
  /** Activates the waiting worker and reloads; set by register-sw.ts. */
  activate: (() => void) | null;
  offer: (activate: () => void) => void;
  consent: () => void;
  dismiss: () => void;
  apply: () => void;
};

export const useUpdateStore = create<UpdateState>()((set, get) => ({
  available: false,
  consented: false,
  dismissed: false,
  applying: false,
  activate: null,
  offer: (activate) => set({ available: true, dismissed: false, activate }),
  consent: () => set({ consented: true }),
  dismiss: () => set({ dismissed: true, consented: false }),
  apply: () => {
    const { activate, applying } = get();
    if (!activate || applying) return;
    set({ applying: true });
    activate();
  },
}));
