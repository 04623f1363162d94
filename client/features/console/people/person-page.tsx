/**
 * A person's page in the console: identity, the current assignment with its TMT, the riwayat,
 * Plt/Plh, status and account, and a link to the change history of their data.
 */
import { buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import type { EmployeeRow } from '../../../data/read-model';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { AccountCard } from './account-card';
import { ActingCard } from './acting-card';
import { HistoryCard } from './history-card';
import { StatusCard } from './status-card';
import { peopleMessages } from './people-messages';
import type { Directory } from './use-directory';

function Facts({ rows }: { rows: readonly [string, string][] }) {
  return (
    <dl className="people-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A link styled as a button, or the same button disabled while the console is read-only. */
function ActionLink({ to, label, enabled }: { to: string; label: string; enabled: boolean }) {
  return enabled ? (
    <Link to={to} className={buttonClass('secondary')}>
      {label}
    </Link>
  ) : (
    <button type="button" className={buttonClass('secondary')} disabled>
      {label}
    </button>
  );
}

export function PersonPage({ person, dir }: { person: EmployeeRow; dir: Directory }) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const writable = useConsoleWritable();
  const superior = person.superiorNip === null ? null : dir.person.get(person.superiorNip);
  const jenis = person.jenisJabatan ?? (person.functional ? 'fungsional' : 'pelaksana');
  return (
    <>
      <h2>{person.name}</h2>
      <Card
        title={t('identity')}
        headingLevel={3}
        actions={
          <ActionLink
            to={sectionPath('pegawai', person.nip, 'ubah')}
            label={t('edit')}
            enabled={writable}
          />
        }
      >
        <Facts
          rows={[
            [t('name'), person.name],
            [t('gelarDepan'), person.gelarDepan ?? '—'],
            [t('gelarBelakang'), person.gelarBelakang ?? '—'],
            [t('nip'), person.nip],
            [t('asnKind'), t(`kind.${person.kind}`)],
            [t('position'), person.position],
            [t('jenisJabatan'), t(`jenis.${jenis}`)],
            [t('rank'), person.rank || '—'],
            [t('kelasJabatan'), person.kelasJabatan?.toString() ?? '—'],
          ]}
        />
      </Card>
      <Card
        title={t('assignment')}
        headingLevel={3}
        actions={
          <ActionLink
            to={sectionPath('pegawai', person.nip, 'mutasi')}
            label={t('mutasi')}
            enabled={writable}
          />
        }
      >
        <Facts
          rows={[
            [t('unit'), dir.unit.get(person.unitId)?.name ?? person.unitId],
            [
              t('colSuperior'),
              person.superiorNip === null
                ? t('noSuperior')
                : `${superior?.name ?? person.superiorNip} (${person.superiorNip})`,
            ],
            [t('position'), person.position],
            [t('tmt'), person.assignedFrom ? format.date(person.assignedFrom) : t('tmtUnknown')],
          ]}
        />
      </Card>
      <HistoryCard history={person.history ?? []} dir={dir} />
      <ActingCard person={person} dir={dir} />
      <StatusCard person={person} dir={dir} />
      <AccountCard nip={person.nip} />
      <p>
        <Link to={`${sectionPath('riwayat')}?nip=${person.nip}`} className="people-link">
          {t('changeLog')}
        </Link>
      </p>
    </>
  );
}
