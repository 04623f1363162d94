/**
 * Katalog (/kelola/katalog), in two parts (catalog-paths.ts): the activity templates with a
 * search, a new one at /kelola/katalog/baru, one to change at /kelola/katalog/{code}; and the
 * expectation texts (expectations-part.tsx). Entries are archived, not deleted. Offline the lists
 * stay readable and every change control is disabled.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { distinctPositions, positionKey } from '../../../core/catalog-rules';
import { setCatalogArchived } from '../../../data/commands/save-catalog';
import type { CatalogRow } from '../../../data/read-model';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { useT } from '../../../ui/i18n';
import { Link, navigate, useLocation } from '../../../ui/navigation';
import { TextField } from '../../../ui/text-field';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { CatalogForm } from './catalog-form';
import { catalogPartOf, entryAt, EXPECTATIONS, NEW, SECTION, TRAININGS } from './catalog-paths';
import { catalogsMessages } from './catalogs-messages';
import {
  EntryActions,
  EntryNotFound,
  ListToolbar,
  NoticeBanner,
  useArchiving,
  type Notice,
} from './entry-controls';
import { ExpectationsPart } from './expectations-part';
import { TrainingsPart } from './trainings-part';

/** True when the template matches what was typed (code, name, satuan or a jabatan). */
function matches(c: CatalogRow, query: string): boolean {
  const q = positionKey(query);
  if (q === '') return true;
  return [c.code, c.name, c.satuan, ...(c.positions ?? [])].some((s) => positionKey(s).includes(q));
}

export function CatalogsSection() {
  const t = useT(catalogsMessages);
  const part = catalogPartOf(useLocation().pathname);
  const tab = (to: string, current: boolean, label: string) => (
    <li>
      <Link to={to} className="console-tabs__link" aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
  return (
    <>
      <nav className="console-tabs" aria-label={t('partsNav')}>
        <ul>
          {tab(sectionPath(SECTION), part === 'activities', t('partActivities'))}
          {tab(sectionPath(SECTION, EXPECTATIONS), part === 'expectations', t('partExpectations'))}
          {tab(sectionPath(SECTION, TRAININGS), part === 'trainings', t('partTrainings'))}
        </ul>
      </nav>
      {part === 'expectations' && <ExpectationsPart />}
      {part === 'trainings' && <TrainingsPart />}
      {part === 'activities' && <ActivityCatalog />}
    </>
  );
}

function ActivityCatalog() {
  const t = useT(catalogsMessages);
  const readModel = useReadModel();
  const { pathname } = useLocation();
  const writable = useConsoleWritable();
  const data = useLiveQuery(async () => {
    const [catalog, employees] = await Promise.all([
      readModel.catalog.toArray(),
      readModel.employees.toArray(),
    ]);
    return {
      catalog: catalog.sort((a, b) => a.name.localeCompare(b.name, 'id-ID')),
      people: employees.map((e) => e.position),
    };
  }, [readModel]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const sub = decodeURIComponent(pathname.split('/')[3] ?? '');

  if (sub !== '') {
    if (data === undefined) return null;
    const row = entryAt(sub, data.catalog, (c) => c.code);
    if (row === undefined)
      return (
        <section aria-labelledby="catalogs-title">
          <h2 id="catalogs-title">{t('title')}</h2>
          <EntryNotFound text={t('notFound')} back={t('backToList')} to={sectionPath(SECTION)} />
        </section>
      );
    const positions = distinctPositions([...data.people, ...(row?.positions ?? [])]);
    return (
      <section aria-labelledby="catalogs-title">
        <h2 id="catalogs-title">{t('title')}</h2>
        <CatalogForm
          key={sub}
          row={row}
          positions={positions}
          writable={writable}
          onCancel={() => navigate(sectionPath(SECTION))}
          onSaved={(name) => {
            setNotice({ tone: 'success', text: t('saved', { name }) });
            navigate(sectionPath(SECTION));
          }}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="catalogs-title">
      <h2 id="catalogs-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <CatalogList
        catalog={data?.catalog}
        writable={writable}
        notice={notice}
        onNotice={setNotice}
      />
    </section>
  );
}

type ListProps = {
  catalog: CatalogRow[] | undefined;
  writable: boolean;
  notice: Notice | null;
  onNotice: (n: Notice) => void;
};

function CatalogList({ catalog, writable, notice, onNotice }: ListProps) {
  const t = useT(catalogsMessages);
  const ctx = useCommandContext();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const archiving = useArchiving(
    (key, archived) => setCatalogArchived(key, archived, ctx),
    onNotice,
  );
  const all = catalog ?? [];
  const shown = all.filter((c) => (showArchived || c.archived !== true) && matches(c, query));

  return (
    <>
      <ListToolbar
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        addLabel={t('add')}
        addPath={sectionPath(SECTION, NEW)}
        writable={writable}
      >
        <TextField
          label={t('search')}
          hint={t('searchHint')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </ListToolbar>
      <NoticeBanner notice={notice} />
      {catalog !== undefined && all.length === 0 && <p>{t('none')}</p>}
      {all.length > 0 && shown.length === 0 && <p>{t('noMatch', { query })}</p>}
      {shown.length > 0 && (
        <div className="console-table-wrap">
          <table className="console-table">
            <caption className="console-caption">
              {t('count', { shown: String(shown.length), total: String(all.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('satuan')}</th>
                <th scope="col">{t('positions')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.id}>
                  <th scope="row" translate="no">
                    {c.name}
                  </th>
                  <td translate="no">{c.code}</td>
                  <td translate="no">{c.satuan}</td>
                  <td>
                    {(c.positions ?? []).length === 0 ? (
                      t('everyone')
                    ) : (
                      <span translate="no">{(c.positions ?? []).join(', ')}</span>
                    )}
                  </td>
                  <td>{c.archived ? t('archived') : t('active')}</td>
                  <td>
                    <EntryActions
                      name={c.name}
                      archived={c.archived === true}
                      canArchive={writable && !archiving.isBusy(c.code)}
                      onEdit={() => navigate(sectionPath(SECTION, c.code))}
                      onArchive={(archived) =>
                        void archiving.archive(
                          c.code,
                          archived,
                          t(archived ? 'archivedDone' : 'unarchivedDone', { name: c.name }),
                        )
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
