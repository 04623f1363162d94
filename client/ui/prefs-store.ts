/**
 * Device preferences: language, theme and time zone.
 * Stored in localStorage under `kinerja-prefs` (device-only, never synced, kept across sign-outs).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** WIB: the demo government sits in Western Indonesia. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

type PrefsState = {
  lang: Lang;
  theme: Theme;
  timeZone: string;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  setTimeZone: (timeZone: string) => void;
};

export const usePrefsStore = create<PrefsState>()(
  persist(
    (set) => ({
      lang: 'id',
      theme: 'system',
      timeZone: DEFAULT_TIME_ZONE,
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      setTimeZone: (timeZone) => set({ timeZone }),
    }),
    {
      name: 'kinerja-prefs',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ lang, theme, timeZone }) => ({ lang, theme, timeZone }),
    },
  ),
);

/** The BCP 47 locale for Intl: English readers in Indonesia still expect a 24-hour clock. */
export function localeOf(lang: Lang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}
