/**
 * Katalog › Katalog pengembangan (/kelola/katalog/pengembangan): the development activities staff
 * may request, a new one at …/baru, one to change at …/{trainingId}. Kept by the Pengelola of the
 * whole organisation; a Pengelola of one unit reads it. Activities are archived, not deleted.
 * Offline the list stays readable and every change control is disabled.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TrainingDoc } from '../../../core/schemas/development';
import { setTrainingArchived } from '../../../data/commands/save-training';
import { trainingCatalog } from '../../../data/queries/development-queries';
import { useSessionStore } from '../../../data/session-store';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { navigate, useLocation } from '../../../ui/navigation';
import { useDevelopmentVocabulary } from '../../../ui/use-development-vocabulary';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { entryAt, NEW, SECTION, TRAININGS } from './catalog-paths';
import {
  EntryActions,
  EntryNotFound,
  ListToolbar,
  NoticeBanner,
  useArchiving,
  type Notice,
} from './entry-controls';
import { TrainingForm } from './training-form';
import { trainingsMessages } from './trainings-messages';

const listPath = () => sectionPath(SECTION, TRAININGS);

export function TrainingsPart() {
  const t = useT(trainingsMessages);
  const rm = useReadModel();
  const { pathname } = useLocation();
  const online = useConsoleWritable();
  const wholeOrg = useSessionStore((s) => !s.user?.scope);
  const writable = online && wholeOrg;
  const catalog = useLiveQuery(() => trainingCatalog(rm), [rm]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const sub = decodeURIComponent(pathname.split('/')[4] ?? '');

  let body;
  if (sub !== '') {
    if (catalog === undefined) return null;
    const doc = entryAt(sub, catalog, (x) => x.trainingId);
    body =
      doc === undefined ? (
        <EntryNotFound text={t('notFound')} back={t('backToList')} to={listPath()} />
      ) : (
        <TrainingForm
          key={sub}
          doc={doc}
          writable={writable}
          onCancel={() => navigate(listPath())}
          onSaved={(title) => {
            setNotice({ tone: 'success', text: t('saved', { title }) });
            navigate(listPath());
          }}
        />
      );
  } else {
    body = (
      <TrainingList catalog={catalog} writable={writable} notice={notice} onNotice={setNotice} />
    );
  }
  return (
    <section aria-labelledby="trainings-title">
      <h2 id="trainings-title">{t('title')}</h2>
      {sub === '' && <p className="muted">{t('intro')}</p>}
      {!wholeOrg && <Banner tone="info">{t('wholeOrgOnly')}</Banner>}
      {body}
    </section>
  );
}

type ListProps = {
  catalog: TrainingDoc[] | undefined;
  writable: boolean;
  notice: Notice | null;
  onNotice: (n: Notice) => void;
};

function TrainingList({ catalog, writable, notice, onNotice }: ListProps) {
  const t = useT(trainingsMessages);
  const dv = useDevelopmentVocabulary();
  const f = useFormat();
  const ctx = useCommandContext();
  const [showArchived, setShowArchived] = useState(false);
  const archiving = useArchiving(
    (key, archived) => setTrainingArchived(key, archived, ctx),
    onNotice,
  );
  const all = catalog ?? [];
  const shown = all.filter((x) => showArchived || x.archived !== true);

  const when = (x: TrainingDoc) => {
    if (x.start === null && x.end === null) return t('allYear');
    if (x.start === x.end || x.end === null) return f.date(x.start ?? '');
    if (x.start === null) return f.date(x.end);
    return `${f.date(x.start)} – ${f.date(x.end)}`;
  };

  return (
    <>
      <ListToolbar
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        addLabel={t('add')}
        addPath={sectionPath(SECTION, TRAININGS, NEW)}
        writable={writable}
      />
      <NoticeBanner notice={notice} />
      {catalog !== undefined && all.length === 0 && <p>{t('none')}</p>}
      {shown.length > 0 && (
        <div className="console-table-wrap">
          <table className="console-table">
            <caption className="console-caption">
              {t('count', { shown: String(shown.length), total: String(all.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colTitle')}</th>
                <th scope="col">{t('colForm')}</th>
                <th scope="col">{t('colJp')}</th>
                <th scope="col">{t('colWhen')}</th>
                <th scope="col">{t('colSeats')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((x) => (
                <tr key={x.trainingId}>
                  <th scope="row" translate="no">
                    {x.title}
                  </th>
                  <td>
                    {dv.form(x.form)} · {dv.mode(x.mode)}
                  </td>
                  <td>{f.number(x.jp)}</td>
                  <td>{when(x)}</td>
                  <td>{x.seats === null ? t('noLimit') : f.number(x.seats)}</td>
                  <td>{x.archived ? t('archived') : t('active')}</td>
                  <td>
                    <EntryActions
                      name={x.title}
                      archived={x.archived === true}
                      canArchive={writable && !archiving.isBusy(x.trainingId)}
                      onEdit={() => navigate(sectionPath(SECTION, TRAININGS, x.trainingId))}
                      onArchive={(archived) =>
                        void archiving.archive(
                          x.trainingId,
                          archived,
                          t(archived ? 'archivedDone' : 'unarchivedDone', { title: x.title }),
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
