import { useLiveQuery } from 'dexie-react-hooks';
import { useReadModel } from '../user-data';
import { rhkTexts } from './skp-queries';

/**
 * The RHK texts of these people's SKPs, by RHK id, live: for a person's own log and export, and
 * for a head reading their team's entries. Undefined while the query first runs.
 */
export function useRhkTexts(nips: readonly string[]): ReadonlyMap<string, string> | undefined {
  const rm = useReadModel();
  // Keyed by the NIPs, not the array: callers may pass a new array on every render.
  const key = nips.join(',');
  return useLiveQuery(() => rhkTexts(rm, key === '' ? [] : key.split(',')), [rm, key]);
}
