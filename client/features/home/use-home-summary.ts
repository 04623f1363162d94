import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActivityStatus } from '../../core/activity-status';
import { durationMinutes } from '../../core/dates';
import type { ActivityRow } from '../../data/read-model';
import { useReadModel } from '../../data/user-data';

export type HomeSummary = {
  todayCount: number;
  todayMinutes: number;
  month: Record<ActivityStatus, number>;
  recent: ActivityRow[];
  /** Reports' activities waiting for this head's verification; null for non-heads. */
  teamToVerify: number | null;
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
    const [month, recent, teamToVerify] = await Promise.all([
      byDate.between([nip, monthStart], [nip, today], true, true).toArray(),
      byDate.between([nip, Dexie.minKey], [nip, Dexie.maxKey]).reverse().limit(3).toArray(),
      isHead
        ? readModel.activities
            .where('status')
            .equals('submitted')
            .filter((a) => a.nip !== nip)
            .count()
        : Promise.resolve(null),
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
      teamToVerify,
    };
  }, [readModel, nip, today, isHead]);
}
