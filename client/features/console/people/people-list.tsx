/**
 * Pegawai: everyone this device holds, searchable as one types (name or NIP) and filtered by
 * unit (with its sub-units), ASN type, status and role, a page of 50 at a time so 5,000 people
 * stay quick. The filters live in the address, so coming back from a person keeps them.
 */
import { useDeferredValue, useMemo } from 'react';
import { ASN_KINDS, EMPLOYEE_STATUSES } from '../../../core/vocabulary';
import { useSessionStore } from '../../../data/session-store';
import { Button, buttonClass } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link, navigate, useLocation } from '../../../ui/navigation';
import { Select } from '../../../ui/select';
import { Skeleton } from '../../../ui/skeleton';
import { TextField } from '../../../ui/text-field';
import { useOnline } from '../../../ui/use-online';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import {
  filterPeople,
  statusOf,
  unitOptions,
  type PeopleFilter,
  type PeopleRole,
} from './people-filter';
import { peopleMessages } from './people-messages';
import { useDirectory } from './use-directory';
import { usePengelolaNips } from './use-pengelola';

export const PAGE_SIZE = 50;
const ROLES: readonly PeopleRole[] = ['kepala', 'pegawai', 'pengelola'];

const PARAM = {
  query: 'q',
  unitId: 'unit',
  kind: 'jenis',
  status: 'status',
  role: 'peran',
} as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

function filterOf(search: URLSearchParams): PeopleFilter {
  return {
    query: search.get(PARAM.query) ?? '',
    unitId: search.get(PARAM.unitId) ?? '',
    kind: oneOf(search.get(PARAM.kind), ASN_KINDS),
    status: oneOf(search.get(PARAM.status), EMPLOYEE_STATUSES),
    role: oneOf(search.get(PARAM.role), ROLES),
  };
}

export function PeopleList() {
  const t = useT(peopleMessages);
  const format = useFormat();
  const { search } = useLocation();
  const dir = useDirectory();
  const writable = useConsoleWritable();
  const online = useOnline();
  const isAdmin = useSessionStore((s) => s.user?.roles.includes('admin') ?? false);
  const pengelola = usePengelolaNips(isAdmin && online);
  const filter = filterOf(search);
  const deferred = useDeferredValue(filter.query);
  const page = Math.max(1, Number.parseInt(search.get('hal') ?? '1', 10) || 1);

  const { unitId, kind, status, role } = filter;
  const matches = useMemo(
    () =>
      dir
        ? filterPeople(
            dir.people,
            dir.units,
            { query: deferred, unitId, kind, status, role },
            pengelola ?? new Set(),
          )
        : [],
    [dir, deferred, unitId, kind, status, role, pengelola],
  );

  const setParam = (key: keyof PeopleFilter, value: string) => {
    const next = new URLSearchParams(search);
    if (value === '') next.delete(PARAM[key]);
    else next.set(PARAM[key], value);
    next.delete('hal');
    const qs = next.toString();
    navigate(`${sectionPath('pegawai')}${qs ? `?${qs}` : ''}`, { replace: true });
  };
  const pageHref = (n: number) => {
    const next = new URLSearchParams(search);
    next.set('hal', String(n));
    return `${sectionPath('pegawai')}?${next.toString()}`;
  };

  if (dir === undefined) return <Skeleton lines={8} />;
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = matches.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const roleUnknown = filter.role === 'pengelola' && pengelola === null;

  return (
    <section aria-labelledby="people-title">
      <div className="console-toolbar">
        <h2 id="people-title" className="people-title">
          {t('title')}
        </h2>
        {writable ? (
          <Link to={sectionPath('pegawai', 'baru')} className={buttonClass('primary')}>
            {t('add')}
          </Link>
        ) : (
          <Button variant="primary" disabled>
            {t('add')}
          </Button>
        )}
      </div>
      <div className="console-toolbar" role="search">
        <TextField
          type="search"
          label={t('search')}
          hint={t('searchHint')}
          value={filter.query}
          autoComplete="off"
          onChange={(e) => setParam('query', e.target.value)}
        />
        <Select
          label={t('unit')}
          value={filter.unitId}
          placeholder={t('unitAll')}
          options={unitOptions(dir.units)}
          onChange={(e) => setParam('unitId', e.target.value)}
        />
        <Select
          label={t('kind')}
          value={filter.kind}
          placeholder={t('kindAll')}
          options={ASN_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={(e) => setParam('kind', e.target.value)}
        />
        <Select
          label={t('status')}
          value={filter.status}
          placeholder={t('statusAll')}
          options={EMPLOYEE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(e) => setParam('status', e.target.value)}
        />
        <Select
          label={t('role')}
          value={filter.role}
          placeholder={t('roleAll')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          error={roleUnknown ? t('pengelolaUnknown') : undefined}
          onChange={(e) => setParam('role', e.target.value)}
        />
      </div>
      <p role="status" className="muted">
        {t('count', { count: format.number(roleUnknown ? 0 : matches.length) })}
      </p>
      {dir.people.length === 0 ? (
        <p>{t('empty')}</p>
      ) : shown.length === 0 || roleUnknown ? (
        <p>{t('none')}</p>
      ) : (
        <div className="console-table-wrap">
          <table className="console-table">
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colNip')}</th>
                <th scope="col">{t('colPosition')}</th>
                <th scope="col">{t('colUnit')}</th>
                <th scope="col">{t('colSuperior')}</th>
                <th scope="col">{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                const status = statusOf(e);
                return (
                  <tr key={e.nip}>
                    <td>
                      <Link to={sectionPath('pegawai', e.nip)} className="people-link">
                        {e.name}
                      </Link>
                    </td>
                    <td translate="no">{e.nip}</td>
                    <td>{e.position}</td>
                    <td>{dir.unit.get(e.unitId)?.name ?? e.unitId}</td>
                    <td>
                      {e.superiorNip === null
                        ? t('noSuperior')
                        : (dir.person.get(e.superiorNip)?.name ?? e.superiorNip)}
                    </td>
                    <td>{t(status === null ? 'status.unknown' : `status.${status}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && !roleUnknown && (
        <nav className="console-actions" aria-label={t('pages')}>
          {current > 1 ? (
            <Link to={pageHref(current - 1)} className={buttonClass('secondary')}>
              {t('prev')}
            </Link>
          ) : null}
          <span className="people-page">{t('pageOf', { page: current, pages })}</span>
          {current < pages ? (
            <Link to={pageHref(current + 1)} className={buttonClass('secondary')}>
              {t('next')}
            </Link>
          ) : null}
        </nav>
      )}
    </section>
  );
}
