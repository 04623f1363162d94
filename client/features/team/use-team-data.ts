/** Live reads for the heads' screens; undefined while a query first runs. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import {
  teamDay,
  verificationQueue,
  type TeamMemberDay,
  type VerificationQueue,
} from '../../data/queries/activity-queries';
import { useReadModel } from '../../data/user-data';
import { useT } from '../../ui/i18n';
import { teamMessages } from './team-messages';

export function useTeamDay(headNip: string, date: string): TeamMemberDay[] | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => teamDay(rm, headNip, date), [rm, headNip, date]);
}

export function useVerificationQueue(headNip: string, date: string): VerificationQueue | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => verificationQueue(rm, headNip, date), [rm, headNip, date]);
}

/** RHK texts of the SKPs of some people, by RHK id. */
export function useRhkTextsOf(nips: readonly string[]): ReadonlyMap<string, string> {
  const rm = useReadModel();
  const key = nips.join(',');
  return (
    useLiveQuery(async () => {
      if (!rm || key === '') return new Map<string, string>();
      const skps = await rm.skps.where('nip').anyOf(key.split(',')).toArray();
      return new Map(skps.flatMap((s) => s.rhk.map((r) => [r.id, r.text] as const)));
    }, [rm, key]) ?? new Map<string, string>()
  );
}

/** Minutes as "45 menit" or "2 jam 15 menit". */
export function useDuration(): (minutes: number) => string {
  const t = useT(teamMessages);
  return useCallback(
    (minutes: number) =>
      minutes < 60
        ? t('minutes', { minutes })
        : t('hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 }),
    [t],
  );
}
