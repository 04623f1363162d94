/**
 * The install offer (UI state; the "Nanti" choice is kept in localStorage `kinerja-install-later`
 * for 30 days). Chromium's `beforeinstallprompt` is caught early and kept until the offer shows.
 */
import { create } from 'zustand';

/** Chromium's event; not in the DOM typings. */
type InstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

const LATER_KEY = 'kinerja-install-later';
const LATER_FOR_MS = 30 * 24 * 60 * 60 * 1000;

function laterUntil(): number {
  try {
    return Number(localStorage.getItem(LATER_KEY) ?? 0);
  } catch {
    return 0;
  }
}

type InstallState = {
  promptEvent: InstallPromptEvent | null;
  installed: boolean;
  later: boolean;
  install: () => Promise<void>;
  postpone: () => void;
};

export const useInstallStore = create<InstallState>()((set, get) => ({
  promptEvent: null,
  installed: false,
  later: laterUntil() > Date.now(),
  install: async () => {
    const event = get().promptEvent;
    if (!event) return;
    set({ promptEvent: null });
    await event.prompt();
    const { outcome } = await event.userChoice;
    if (outcome === 'dismissed') get().postpone();
  },
  postpone: () => {
    try {
      localStorage.setItem(LATER_KEY, String(Date.now() + LATER_FOR_MS));
    } catch {
      // Without storage the offer simply returns next session.
    }
    set({ later: true });
  },
}));

/** True when the app runs from the home screen (installed), on any platform. */
export function isStandalone(): boolean {
  return (
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** iPhone and iPad Safari, where installing is a manual "Add to Home Screen". */
export function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  const ios =
    /iPad|iPhone|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
  return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

/** Call once at start-up, before the browser fires its event. */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    useInstallStore.setState({ promptEvent: event as InstallPromptEvent });
  });
  window.addEventListener('appinstalled', () => {
    useInstallStore.setState({ promptEvent: null, installed: true });
  });
}
