/** `/tim`: the team's day; `/tim/verifikasi`: the verification queue (heads only, see routes). */
import { useSessionStore } from '../../data/session-store';
import { useFormat } from '../../ui/format';
import { useLocation } from '../../ui/navigation';
import { TeamToday } from './team-today';
import { VerificationQueue } from './verification-queue';
import './team.css';

export function TeamScreen() {
  const { pathname, search } = useLocation();
  const format = useFormat();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const today = format.today();
  if (pathname.startsWith('/tim/verifikasi')) {
    return (
      <VerificationQueue
        headNip={nip}
        today={today}
        person={search.get('pegawai')}
        currentId={search.get('dok')}
      />
    );
  }
  return <TeamToday headNip={nip} today={today} />;
}
