/**
 * `/umpan-balik?jenis=&dok=`: the feedback the signed-in employee's appraiser wrote about them,
 * newest first and filterable by kind, beside the opened one (two panes on tablets, one at a time
 * on phones). Everything is read from the device, so it works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../core/vocabulary';
import { feedbackInbox } from '../../data/queries/feedback-inbox-queries';
import { useSessionStore } from '../../data/session-store';
import { useReadModel } from '../../data/user-data';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { useT } from '../../ui/i18n';
import { navigate, useLocation } from '../../ui/navigation';
import { Select } from '../../ui/select';
import { Skeleton } from '../../ui/skeleton';
import { TwoPane } from '../../ui/two-pane';
import { useVocabulary } from '../../ui/use-vocabulary';
import { FeedbackDetail } from './feedback-detail';
import { FeedbackList } from './feedback-list';
import { feedbackMessages } from './feedback-messages';
import './feedback.css';

function isKind(value: string | null): value is FeedbackKind {
  return (FEEDBACK_KINDS as readonly (string | null)[]).includes(value);
}

/** The screen's address for a kind filter and an opened feedback. */
function feedbackHref(kind: FeedbackKind | null, id: string | null): string {
  const q = new URLSearchParams();
  if (kind) q.set('jenis', kind);
  if (id) q.set('dok', id);
  const s = q.toString();
  return s ? `/umpan-balik?${s}` : '/umpan-balik';
}

/**
 * On a phone only one pane shows: when the pane with the focus hides (a feedback opened, or the
 * list back), focus moves to the opened feedback's heading or back to its entry in the list.
 */
function useFocusAcrossPanes(currentId: string | null) {
  const previous = useRef(currentId);
  useEffect(() => {
    const was = previous.current;
    previous.current = currentId;
    if (was === currentId) return;
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && active.offsetParent !== null) return;
    const target =
      currentId !== null
        ? document.querySelector<HTMLElement>('.fb-detail h2')
        : document.querySelector<HTMLElement>(`[data-feedback="${was ?? ''}"]`);
    if (!target) return;
    if (!target.hasAttribute('tabindex') && target.tagName === 'H2')
      target.setAttribute('tabindex', '-1');
    target.focus();
  });
}

export function FeedbackScreen() {
  const t = useT(feedbackMessages);
  const vocabulary = useVocabulary();
  const rm = useReadModel();
  const user = useSessionStore((s) => s.user);
  const nip = user?.nip ?? '';
  const inbox = useLiveQuery(() => feedbackInbox(rm, nip), [rm, nip]);
  const { search } = useLocation();
  const jenis = search.get('jenis');
  const kind = isKind(jenis) ? jenis : null;
  const currentId = search.get('dok');

  const all = inbox?.items ?? [];
  const items = kind ? all.filter((i) => i.feedback.kind === kind) : all;
  const current = all.find((i) => i.feedback._id === currentId) ?? null;
  const open = (id: string | null) => navigate(feedbackHref(kind, id), { replace: id === null });
  useFocusAcrossPanes(inbox === undefined ? null : currentId);

  const list =
    inbox === undefined ? (
      <Skeleton lines={4} height="4.5rem" announce />
    ) : all.length === 0 ? (
      <EmptyState title={t('empty')} body={t('emptyBody')} />
    ) : (
      <>
        <Select
          label={t('filterKind')}
          value={kind ?? ''}
          options={[
            { value: '', label: t('filterAll', { count: all.length }) },
            ...FEEDBACK_KINDS.map((k) => ({
              value: k,
              label: t('kindOption', {
                kind: vocabulary.feedbackKind(k),
                count: all.filter((i) => i.feedback.kind === k).length,
              }),
            })),
          ]}
          onChange={(e) =>
            navigate(feedbackHref(isKind(e.target.value) ? e.target.value : null, currentId), {
              replace: true,
            })
          }
        />
        {items.length === 0 ? (
          <p className="muted">{t('emptyKind')}</p>
        ) : (
          <FeedbackList
            items={items}
            currentId={currentId}
            hrefOf={(id) => feedbackHref(kind, id)}
          />
        )}
      </>
    );

  const detail =
    currentId === null ? (
      <EmptyState title={t('selectToView')} />
    ) : (
      <>
        <Button variant="ghost" className="fb-back" onClick={() => open(null)}>
          {t('backToList')}
        </Button>
        {inbox === undefined ? (
          <Skeleton lines={6} height="1.5rem" />
        ) : current === null ? (
          <EmptyState title={t('notHere')} />
        ) : (
          <FeedbackDetail
            key={current.feedback._id}
            item={current}
            unit={inbox.unit}
            employeeName={user?.name ?? ''}
          />
        )}
      </>
    );

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p className="fb-unread" role="status">
        {inbox === undefined || all.length === 0
          ? ''
          : inbox.unread > 0
            ? t('unread', { count: inbox.unread })
            : t('allRead')}
      </p>
      <TwoPane
        list={list}
        detail={detail}
        hasSelection={currentId !== null}
        listLabel={t('listLabel')}
        detailLabel={t('detailLabel')}
      />
    </>
  );
}
