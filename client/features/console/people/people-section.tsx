/**
 * Pegawai, the console's People section, by path: /kelola/pegawai (the list),
 * /kelola/pegawai/baru (add), /kelola/pegawai/{nip} (the person), …/{nip}/ubah (edit) and
 * …/{nip}/mutasi (transfer).
 */
import { useT } from '../../../ui/i18n';
import { Link, useLocation } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { CONSOLE_BASE, sectionPath } from '../sections';
import { MutasiForm } from './mutasi-form';
import { PeopleList } from './people-list';
import { peopleMessages } from './people-messages';
import { PersonForm } from './person-form';
import { PersonPage } from './person-page';
import { useDirectory } from './use-directory';
import './people.css';

/** The parts of the path after /kelola/pegawai. */
function pathParts(pathname: string): string[] {
  const rest = pathname.slice(`${CONSOLE_BASE}/pegawai`.length);
  return rest
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
}

export function PeopleSection() {
  const { pathname } = useLocation();
  const [first, second] = pathParts(pathname);
  if (first === undefined) return <PeopleList />;
  return <PersonRoute nip={first} action={second} />;
}

function PersonRoute({ nip, action }: { nip: string; action: string | undefined }) {
  const t = useT(peopleMessages);
  const dir = useDirectory();
  if (dir === undefined) return <Skeleton lines={8} />;
  const person = nip === 'baru' ? null : (dir.person.get(nip) ?? undefined);
  const back =
    person && action !== undefined ? (
      <Link to={sectionPath('pegawai', person.nip)} className="people-link">
        {t('backToPerson')}
      </Link>
    ) : (
      <Link to={sectionPath('pegawai')} className="people-link">
        {t('backToList')}
      </Link>
    );
  let body;
  if (person === undefined) body = <p role="alert">{t('notFound', { nip })}</p>;
  else if (person === null) body = <PersonForm person={null} dir={dir} />;
  else if (action === 'ubah') body = <PersonForm key={person.rev} person={person} dir={dir} />;
  else if (action === 'mutasi') body = <MutasiForm person={person} dir={dir} />;
  else body = <PersonPage person={person} dir={dir} />;
  return (
    <>
      <p>{back}</p>
      {body}
    </>
  );
}
