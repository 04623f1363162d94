/**
 * `/tim`: the team's day; `/tim/verifikasi`: the verification queue; `/tim/{nip}`: a staff
 * member's page, with its feedback form (`/tim/{nip}/umpan-balik[/{ulid}]`) and dialog kinerja
 * (`/tim/{nip}/dialog/{periodId}`). Heads only, see routes.
 */
import { isNip } from '../../core/ids';
import { useSessionStore } from '../../data/session-store';
import { useFormat } from '../../ui/format';
import { useLocation } from '../../ui/navigation';
import { FeedbackFormScreen } from './feedback-form-screen';
import { MemberPage } from './member-page';
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
  const [, , member, part, key] = pathname.split('/');
  if (member && isNip(member)) {
    if (part === 'umpan-balik' || part === 'dialog')
      return (
        <FeedbackFormScreen
          key={pathname + search.toString()}
          headNip={nip}
          nip={member}
          today={today}
          suffix={part === 'umpan-balik' ? (key ?? null) : null}
          activityId={search.get('kegiatan')}
          periodId={part === 'dialog' ? (key ?? null) : null}
        />
      );
    return (
      <MemberPage
        headNip={nip}
        nip={member}
        today={today}
        month={search.get('bulan')}
        saved={search.get('tersimpan')}
      />
    );
  }
  return <TeamToday headNip={nip} today={today} />;
}
