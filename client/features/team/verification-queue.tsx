/**
 * The verification queue (`/tim/verifikasi?pegawai=&dok=`): submitted entries of the people a
 * head appraises, by person and date, beside the opened entry. Decisions are written to the
 * device and sync later, so the queue works offline; several entries can be approved at once.
 */
import { useMemo, useState } from 'react';
import { verifyActivities } from '../../data/commands/verify-activities';
import { useCommandContext } from '../../data/user-data';
import { useRhkTexts } from '../../data/queries/use-rhk-texts';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { useT } from '../../ui/i18n';
import { Link, navigate } from '../../ui/navigation';
import { Select } from '../../ui/select';
import { Skeleton } from '../../ui/skeleton';
import { TwoPane } from '../../ui/two-pane';
import { useReason } from '../../ui/use-reason';
import { noteUsefulAction } from '../../ui/useful-action';
import { EntryReview, NOTE_ID } from './entry-review';
import { KeepPhotosOffline } from './keep-photos-offline';
import { QueueList } from './queue-list';
import { groupQueue, neighbour, nextAfterDecision, toggleAll } from './queue-model';
import { teamMessages } from './team-messages';
import { useKeyboardAttached, useQueueShortcuts } from './use-queue-shortcuts';
import { useVerificationQueue } from './use-team-data';

const PAGE = 100;

type Props = { headNip: string; today: string; person: string | null; currentId: string | null };

function queueHref(person: string | null, id: string | null): string {
  const q = new URLSearchParams();
  if (person) q.set('pegawai', person);
  if (id) q.set('dok', id);
  const s = q.toString();
  return s ? `/tim/verifikasi?${s}` : '/tim/verifikasi';
}

export function VerificationQueue({ headNip, today, person, currentId }: Props) {
  const t = useT(teamMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const queue = useVerificationQueue(headNip, today);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  const [note, setNote] = useState({ id: currentId, text: '' });
  const [noteError, setNoteError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const keyboard = useKeyboardAttached();

  const all = useMemo(() => queue?.entries ?? [], [queue]);
  const entries = useMemo(
    () => (person ? all.filter((e) => e.nip === person) : all),
    [all, person],
  );
  const shown = useMemo(
    () => entries.slice(0, Math.max(limit, entries.findIndex((e) => e.id === currentId) + 1)),
    [entries, limit, currentId],
  );
  const groups = useMemo(() => groupQueue(shown, queue?.names ?? new Map()), [shown, queue]);
  const current = entries.find((e) => e.id === currentId) ?? null;
  const rhkTexts = useRhkTexts([...(queue?.names.keys() ?? [])]);
  const noteText = note.id === currentId ? note.text : '';

  const open = (id: string | null) => {
    setNoteError(false);
    navigate(queueHref(person, id), { replace: true });
  };

  const decide = async (ids: readonly string[], decision: 'approved' | 'returned') => {
    if (ids.length === 0 || busy) return;
    if (decision === 'returned' && noteText.trim() === '') {
      setNoteError(true);
      document.getElementById(NOTE_ID)?.focus();
      return;
    }
    setBusy(true);
    const results = await verifyActivities(
      { activityIds: ids, decision, ...(decision === 'returned' ? { note: noteText } : {}) },
      ctx,
    );
    setBusy(false);
    const done = ids.filter((_, i) => results[i]?.ok);
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok)
      setMessage({ tone: 'danger', text: t('failed', { reason: reasonOf(failed) }) });
    else {
      noteUsefulAction();
      const one = entries.find((e) => e.id === ids[0]);
      const text =
        ids.length > 1
          ? t('approvedMany', { count: done.length })
          : t(decision === 'approved' ? 'approved' : 'returned', { kegiatan: one?.kegiatan ?? '' });
      setMessage({ tone: 'success', text });
    }
    setSelected((prev) => new Set([...prev].filter((id) => !done.includes(id))));
    if (currentId && done.includes(currentId)) open(nextAfterDecision(entries, currentId, done));
  };

  useQueueShortcuts({
    next: () => open(neighbour(entries, currentId, 1)),
    previous: () => open(neighbour(entries, currentId, -1)),
    toggle: () => currentId && setSelected((prev) => toggleAll(prev, [currentId])),
    approve: () => currentId && void decide([currentId], 'approved'),
    returnIt: () => currentId && void decide([currentId], 'returned'),
  });

  const people = [...(queue?.names ?? new Map<string, string>())].map(([nip, name]) => ({
    nip,
    name,
    count: all.filter((e) => e.nip === nip).length,
  }));

  const list =
    queue === undefined ? (
      <Skeleton lines={6} height="3rem" announce />
    ) : (
      <>
        <Select
          label={t('person')}
          value={person ?? ''}
          options={[
            { value: '', label: t('personAll', { count: all.length }) },
            ...people.map((p) => ({ value: p.nip, label: t('personOption', p) })),
          ]}
          onChange={(e) => navigate(queueHref(e.target.value || null, null), { replace: true })}
        />
        <KeepPhotosOffline entries={entries} />
        {selected.size > 0 && (
          <div
            className="team-bulk"
            role="group"
            aria-label={t('selectedCount', { count: selected.size })}
          >
            <span>{t('selectedCount', { count: selected.size })}</span>
            <Button
              variant="primary"
              busy={busy}
              onClick={() => void decide([...selected], 'approved')}
            >
              {t('approveSelected', { count: selected.size })}
            </Button>
            <Button variant="ghost" onClick={() => setSelected(new Set())}>
              {t('clearSelection')}
            </Button>
          </div>
        )}
        {entries.length === 0 ? (
          <EmptyState title={t('queueEmpty')} />
        ) : (
          <QueueList
            people={groups}
            selected={selected}
            currentId={currentId}
            onOpen={open}
            onToggle={(ids) => setSelected((prev) => toggleAll(prev, ids))}
            hidden={entries.length - shown.length}
            onShowMore={() => setLimit(shown.length + PAGE)}
          />
        )}
      </>
    );

  const detail = current ? (
    <>
      <Button variant="ghost" className="team-back-to-list" onClick={() => open(null)}>
        {t('backToQueue')}
      </Button>
      <EntryReview
        entry={current}
        name={queue?.names.get(current.nip) ?? current.nip}
        rhkText={current.rhkId ? (rhkTexts?.get(current.rhkId) ?? null) : null}
        note={noteText}
        onNote={(text) => {
          setNote({ id: currentId, text });
          if (text.trim()) setNoteError(false);
        }}
        noteError={noteError}
        busy={busy}
        onApprove={() => void decide([current.id], 'approved')}
        onReturn={() => void decide([current.id], 'returned')}
      />
    </>
  ) : (
    <EmptyState title={t('selectToView')} />
  );

  return (
    <>
      <p className="team-back">
        <Link to="/tim">{t('backToTeam')}</Link>
      </p>
      <h1>{t('queueTitle')}</h1>
      {keyboard && <p className="muted team-shortcuts">{t('shortcuts')}</p>}
      <div role="status">{message && <Banner tone={message.tone}>{message.text}</Banner>}</div>
      <TwoPane
        list={list}
        detail={detail}
        hasSelection={current !== null}
        listLabel={t('listLabel')}
        detailLabel={t('detailLabel')}
      />
    </>
  );
}
