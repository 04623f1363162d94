/**
 * "The person just did something worth keeping" (saved an activity, sent a verification).
 * Features call `noteUsefulAction()`; the install offer appears only after the first one,
 * when installing means something to the person. Kept in memory plus a localStorage flag.
 */
const KEY = 'kinerja-useful-action';
const listeners = new Set<() => void>();

export function noteUsefulAction(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Private mode without storage: the offer then waits for the next action.
  }
  for (const listener of listeners) listener();
}

export function hadUsefulAction(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function subscribeUsefulAction(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
