/**
 * Antrean: the records waiting for the Pengelola in the units they keep: requests the head
 * approved (Konfirmasi kursi / Kuota penuh, with the seats taken against those offered) and
 * completions reported (Verifikasi / Kembalikan, the certificate opened on demand). Offline the
 * queue stays readable and the answers are disabled.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { checkCompletion, decideSeat } from '../../../data/commands/development-admin';
import { developmentQueue, type QueueEntry } from '../../../data/queries/development-admin-queries';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { useT } from '../../../ui/i18n';
import { useReason } from '../../../ui/use-reason';
import { NoticeBanner, type Notice } from '../catalogs/entry-controls';
import { useConsoleWritable } from '../use-console-writable';
import { developmentMessages } from './development-messages';
import { QueueEntryCard } from './queue-entry';

export function DevelopmentQueue() {
  const t = useT(developmentMessages);
  const reasonOf = useReason();
  const rm = useReadModel();
  const ctx = useCommandContext();
  const writable = useConsoleWritable();
  const queue = useLiveQuery(() => developmentQueue(rm, ctx.user), [rm, ctx.user]);
  const [notice, setNotice] = useState<Notice | null>(null);

  const answer =
    (kind: 'seat' | 'check', entry: QueueEntry) =>
    async (accept: boolean, note: string): Promise<string | null> => {
      const { nip, key } = entry.record.enrolment;
      const result =
        kind === 'seat'
          ? await decideSeat(nip, key, { status: accept ? 'confirmed' : 'full', note }, ctx)
          : await checkCompletion(
              nip,
              key,
              { status: accept ? 'verified' : 'rejected', note },
              ctx,
            );
      if (!result.ok) {
        const reason = reasonOf(result);
        setNotice({ tone: 'danger', text: t('refused', { reason }) });
        return reason;
      }
      const done =
        kind === 'seat'
          ? accept
            ? 'seatConfirmed'
            : 'seatFull'
          : accept
            ? 'verified'
            : 'rejected';
      setNotice({ tone: 'success', text: t(done, { name: entry.name }) });
      return null;
    };

  if (queue === undefined) return null;
  const list = (kind: 'seat' | 'check', entries: QueueEntry[]) => (
    <ul className="console-dev-list">
      {entries.map((e) => (
        <QueueEntryCard
          key={e.record.enrolment._id}
          entry={e}
          kind={kind}
          writable={writable}
          onAnswer={answer(kind, e)}
        />
      ))}
    </ul>
  );
  return (
    <>
      <p className="muted">{t('queueIntro')}</p>
      <NoticeBanner notice={notice} />
      <h3>{t('seatsTitle', { count: String(queue.seats.length) })}</h3>
      {queue.seats.length === 0 ? <p>{t('seatsNone')}</p> : list('seat', queue.seats)}
      <h3>{t('checksTitle', { count: String(queue.checks.length) })}</h3>
      {queue.checks.length === 0 ? <p>{t('checksNone')}</p> : list('check', queue.checks)}
    </>
  );
}
