/** Live reads for the heads' screens; undefined while a query first runs. */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  teamDay,
  verificationQueue,
  type TeamMemberDay,
  type VerificationQueue,
} from '../../data/queries/activity-queries';
import {
  teamDevelopment,
  type TeamMemberDevelopment,
} from '../../data/queries/development-team-queries';
import {
  teamAttendance,
  type TeamMemberAttendance,
} from '../../data/queries/team-attendance-queries';
import { useReadModel } from '../../data/user-data';

export function useTeamDay(headNip: string, date: string): TeamMemberDay[] | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => teamDay(rm, headNip, date), [rm, headNip, date]);
}

export function useVerificationQueue(headNip: string, date: string): VerificationQueue | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => verificationQueue(rm, headNip, date), [rm, headNip, date]);
}

/** Each report's JP for the year and requests waiting for a decision, by NIP. */
export function useTeamDevelopment(
  headNip: string,
  today: string,
): ReadonlyMap<string, TeamMemberDevelopment> | undefined {
  const rm = useReadModel();
  return useLiveQuery(
    async () => new Map((await teamDevelopment(rm, headNip, today)).map((m) => [m.nip, m])),
    [rm, headNip, today],
  );
}

/** Each report's latest attendance month and correction requests waiting for a decision, by NIP. */
export function useTeamAttendance(
  headNip: string,
  today: string,
): ReadonlyMap<string, TeamMemberAttendance> | undefined {
  const rm = useReadModel();
  return useLiveQuery(
    async () => new Map((await teamAttendance(rm, headNip, today)).map((m) => [m.nip, m])),
    [rm, headNip, today],
  );
}
