/**
 * Katalog → Ekspektasi perilaku (/kelola/katalog/ekspektasi): the suggested texts of the leader's
 * specific expectations per BerAKHLAK value, filtered by value and a search; a new one at
 * …/ekspektasi/baru, one to change at …/ekspektasi/{code}. Texts are archived, not deleted.
 * Offline the list stays readable and every change control is disabled.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { positionKey } from '../../../core/catalog-rules';
import { BERAKHLAK, type BerakhlakValue } from '../../../core/vocabulary';
import { setExpectationArchived } from '../../../data/commands/save-expectation';
import { expectationTexts, type ExpectationText } from '../../../data/queries/expectation-queries';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { useT } from '../../../ui/i18n';
import { navigate, useLocation } from '../../../ui/navigation';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useVocabulary } from '../../../ui/use-vocabulary';
import { peopleMessages } from '../people/people-messages';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { entryAt, EXPECTATIONS, NEW, SECTION } from './catalog-paths';
import {
  EntryActions,
  EntryNotFound,
  ListToolbar,
  NoticeBanner,
  useArchiving,
  type Notice,
} from './entry-controls';
import { ExpectationForm } from './expectation-form';
import { expectationsMessages } from './expectations-messages';

const listPath = () => sectionPath(SECTION, EXPECTATIONS);

export function ExpectationsPart() {
  const t = useT(expectationsMessages);
  const vocab = useVocabulary();
  const readModel = useReadModel();
  const { pathname } = useLocation();
  const writable = useConsoleWritable();
  const texts = useLiveQuery(() => expectationTexts(readModel), [readModel]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const sub = decodeURIComponent(pathname.split('/')[4] ?? '');

  let body;
  if (sub === '') {
    body = (
      <>
        <p className="muted">{t('intro')}</p>
        <ExpectationList texts={texts} writable={writable} notice={notice} onNotice={setNotice} />
      </>
    );
  } else if (texts === undefined) {
    body = null;
  } else {
    const row = entryAt(sub, texts, (x) => x.code);
    body =
      row === undefined ? (
        <EntryNotFound text={t('notFound')} back={t('backToList')} to={listPath()} />
      ) : (
        <ExpectationForm
          key={sub}
          row={row}
          writable={writable}
          onCancel={() => navigate(listPath())}
          onSaved={(value) => {
            setNotice({ tone: 'success', text: t('saved', { value: vocab.value(value) }) });
            navigate(listPath());
          }}
        />
      );
  }
  return (
    <section aria-labelledby="expectations-title">
      <h2 id="expectations-title">{t('title')}</h2>
      {body}
    </section>
  );
}

type ListProps = {
  texts: ExpectationText[] | undefined;
  writable: boolean;
  notice: Notice | null;
  onNotice: (n: Notice) => void;
};

function ExpectationList({ texts, writable, notice, onNotice }: ListProps) {
  const t = useT(expectationsMessages);
  const tp = useT(peopleMessages);
  const vocab = useVocabulary();
  const ctx = useCommandContext();
  const [value, setValue] = useState<BerakhlakValue | ''>('');
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const archiving = useArchiving(
    (key, archived) => setExpectationArchived(key, archived, ctx),
    onNotice,
  );
  const all = texts ?? [];
  const q = positionKey(query);
  const shown = all.filter(
    (x) =>
      (showArchived || x.archived !== true) &&
      (value === '' || x.value === value) &&
      positionKey(x.text).includes(q),
  );

  return (
    <>
      <ListToolbar
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        addLabel={t('add')}
        addPath={sectionPath(SECTION, EXPECTATIONS, NEW)}
        writable={writable}
      >
        <Select
          label={t('filterValue')}
          value={value}
          placeholder={t('allValues')}
          options={BERAKHLAK.map((v) => ({ value: v, label: vocab.value(v) }))}
          onChange={(e) => setValue(e.target.value as BerakhlakValue | '')}
        />
        <TextField
          label={t('search')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </ListToolbar>
      <NoticeBanner notice={notice} />
      {texts !== undefined && all.length === 0 && <p>{t('none')}</p>}
      {all.length > 0 && shown.length === 0 && <p>{t('noMatch')}</p>}
      {shown.length > 0 && (
        <div className="console-table-wrap">
          <table className="console-table">
            <caption className="console-caption">
              {t('count', { shown: String(shown.length), total: String(all.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('text')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('jenisJabatan')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((x) => (
                <tr key={x.code}>
                  <th scope="row" translate="no">
                    {x.text}
                  </th>
                  <td>{vocab.value(x.value)}</td>
                  <td>
                    {(x.jenisJabatan ?? []).length === 0
                      ? t('everyJenis')
                      : (x.jenisJabatan ?? []).map((j) => tp(`jenis.${j}`)).join(', ')}
                  </td>
                  <td>{x.archived ? t('archived') : t('active')}</td>
                  <td>
                    <EntryActions
                      name={x.text}
                      archived={x.archived === true}
                      canArchive={writable && !archiving.isBusy(x.code)}
                      onEdit={() => navigate(sectionPath(SECTION, EXPECTATIONS, x.code))}
                      onArchive={(archived) =>
                        void archiving.archive(
                          x.code,
                          archived,
                          t(archived ? 'archivedDone' : 'unarchivedDone'),
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
