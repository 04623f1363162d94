import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActivityStatus } from '../../core/activity-status';
import { durationMinutes } from '../../core/dates';
import { teamDay } from '../../data/queries/activity-queries';
import type { ActivityRow } from '../../data/read-model';
import { useReadModel } from '../../data/user-data';

export type HomeSummary = {
  todayCount: number;
  todayMinutes: number;
  month: Record<ActivityStatus, number>;
  recent: ActivityRow[];
  /**
   * How many of a head's reports logged an activity today, of how many; null for non-heads. What
   * waits for the head's verification is Perlu tindakan's, not repeated here.
   */
  team: { logged: number; size: number } | null;
};

/** What Beranda shows, live from the read model; undefined while the first query runs. */
export function useHomeSummary(
  nip: string,
  today: string,
  isHead: boolean,
): HomeSummary | undefined {
  const readModel = useReadModel();
  return useLiveQuery(async () => {
    const monthStart = `${today.slice(0, 8)}01`;
    const byDate = readModel.activities.where('[nip+date]');
    const [month, recent, team] = await Promise.all([
      byDate.between([nip, monthStart], [nip, today], true, true).toArray(),
      byDate.between([nip, Dexie.minKey], [nip, Dexie.maxKey]).reverse().limit(3).toArray(),
      isHead ? teamDay(readModel, nip, today) : Promise.resolve(null),
    ]);
    const counts: Record<ActivityStatus, number> = {
      draft: 0,
      submitted: 0,
      approved: 0,
      returned: 0,
    };
    for (const activity of month) counts[activity.status]++;
    const todays = month.filter((a) => a.date === today);
    return {
      todayCount: todays.length,
      todayMinutes: todays.reduce((sum, a) => sum + durationMinutes(a.start, a.end), 0),
      month: counts,
      recent,
      team: team && {
        logged: team.filter((m) => m.entries.length > 0).length,
        size: team.length,
      },
    };
  }, [readModel, nip, today, isHead]);
}
