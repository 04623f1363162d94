/**
 * Riwayat perubahan (/kelola/riwayat, `?nip=` or `?unit=`): the append-only audit log, newest
 * first, page by page, read from the server; each entry's changed fields side by side, and the
 * same filter as a CSV download. Online only: nothing of it is kept on the device.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { isNip } from '../../../core/ids';
import { auditCsvUrl, type AuditFilter } from '../../../data/admin-api';
import { useReadModel } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button, buttonClass } from '../../../ui/button';
import { useT } from '../../../ui/i18n';
import { navigate, useLocation } from '../../../ui/navigation';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { AuditEntryItem } from './audit-entry';
import { auditMessages } from './audit-messages';
import { useAuditPages } from './use-audit-pages';

const SECTION = 'riwayat';

/** The filter the address names (a NIP wins over a unit, as the server takes one). */
function filterOf(search: URLSearchParams): AuditFilter {
  const nip = search.get('nip');
  const unit = search.get('unit');
  return nip ? { nip } : unit ? { unit } : {};
}

export function AuditSection() {
  const t = useT(auditMessages);
  const { search } = useLocation();
  const online = useConsoleWritable();
  const readModel = useReadModel();
  const filter = filterOf(search);
  const pages = useAuditPages(filter, online);
  const directory = useLiveQuery(async () => {
    const [units, people] = await Promise.all([
      readModel.units.toArray(),
      readModel.employees.toArray(),
    ]);
    return {
      units: units.sort((a, b) => a.name.localeCompare(b.name, 'id-ID')),
      names: new Map([
        ...units.map((u) => [u.unitId, u.name] as const),
        ...people.map((p) => [p.nip, p.name] as const),
      ]),
    };
  }, [readModel]);
  const names = directory?.names ?? new Map<string, string>();

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <AuditFilterForm
        key={`${filter.nip ?? ''}|${filter.unit ?? ''}`}
        filter={filter}
        units={directory?.units ?? []}
      />
      {!online ? (
        <Banner tone="warning" role="status">
          {t('offline')}
        </Banner>
      ) : (
        <>
          <div className="console-toolbar">
            <p className="console-audit__scope">
              {filter.nip
                ? t('filteredNip', { nip: names.get(filter.nip) ?? filter.nip })
                : filter.unit
                  ? t('filteredUnit', { unit: names.get(filter.unit) ?? filter.unit })
                  : t('everything')}
            </p>
            <a className={buttonClass('secondary')} href={auditCsvUrl(filter)} download>
              {t('download')}
            </a>
          </div>
          <div aria-live="polite">
            {pages.error && (
              <Banner tone="danger" role="alert">
                {t('failed', { reason: pages.error })}
              </Banner>
            )}
            {!pages.loading && !pages.error && pages.entries.length === 0 && <p>{t('none')}</p>}
          </div>
          <ol className="console-audit" aria-busy={pages.loading || undefined}>
            {pages.entries.map((e) => (
              <AuditEntryItem key={e.id} entry={e} names={names} />
            ))}
          </ol>
          {pages.loading && <p role="status">{t('loading')}</p>}
          {pages.hasMore && !pages.loading && <Button onClick={pages.more}>{t('more')}</Button>}
        </>
      )}
    </section>
  );
}

type FormProps = { filter: AuditFilter; units: readonly { unitId: string; name: string }[] };

function AuditFilterForm({ filter, units }: FormProps) {
  const t = useT(auditMessages);
  const [nip, setNip] = useState(filter.nip ?? '');
  const [unit, setUnit] = useState(filter.unit ?? '');
  const [invalid, setInvalid] = useState(false);

  function apply(event: FormEvent) {
    event.preventDefault();
    const typed = nip.trim();
    const bad = typed !== '' && !isNip(typed);
    setInvalid(bad);
    if (bad) return;
    const query = typed ? `?nip=${typed}` : unit ? `?unit=${encodeURIComponent(unit)}` : '';
    navigate(`${sectionPath(SECTION)}${query}`);
  }

  return (
    <form className="console-toolbar" onSubmit={apply} noValidate>
      <TextField
        label={t('nip')}
        hint={t('nipHint')}
        inputMode="numeric"
        autoComplete="off"
        value={nip}
        error={invalid ? t('nipInvalid') : undefined}
        onChange={(e) => {
          setNip(e.target.value);
          if (e.target.value !== '') setUnit('');
        }}
      />
      <Select
        label={t('unit')}
        value={unit}
        placeholder={t('allUnits')}
        options={units.map((u) => ({ value: u.unitId, label: u.name, translate: false }))}
        onChange={(e) => {
          setUnit(e.target.value);
          if (e.target.value !== '') setNip('');
        }}
      />
      <Button type="submit" variant="primary">
        {t('apply')}
      </Button>
      {(filter.nip || filter.unit) && (
        <Button onClick={() => navigate(sectionPath(SECTION))}>{t('clear')}</Button>
      )}
    </form>
  );
}
