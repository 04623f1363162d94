/**
 * Whether the frame mounts the first-run tour, and the query that asks for it again. Beranda
 * only; leaving it closes the tour.
 */
import { useEffect } from 'react';
import { useTourStore } from './tour-store';

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
