/**
 * Kehadiran (/kelola/kehadiran): the attendance corrections of the people the Pengelola keeps.
 * First the applications of this device the server refused (the sync ledger's refusals, with the
 * server's reason), each discarded with "Buang penerapan"; then the ones the heads approved, each
 * beside the day as imported (opened on demand) and applied with "Terapkan" exactly as approved;
 * then the requests still with the heads (read-only, so the Pengelola can chase them) and the
 * corrections applied lately. The monthly import lives in Impor → Impor kehadiran. Offline the
 * lists stay readable and Terapkan is disabled.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { isNip } from '../../../core/ids';
import {
  applyCorrection,
  discardRefusedApplication,
} from '../../../data/commands/attendance-admin';
import {
  attendanceAdminView,
  type AdminCorrection,
} from '../../../data/queries/attendance-admin-queries';
import { useSyncStore } from '../../../data/sync-store';
import { useCommandContext, useReadModel, useSyncNow } from '../../../data/user-data';
import { buttonClass } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { useReason } from '../../../ui/use-reason';
import { NoticeBanner, type Notice } from '../catalogs/entry-controls';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { attendanceMessages } from './attendance-messages';
import { CorrectionEntry, type EntryKind } from './correction-entry';
import { useImportedDays } from './use-imported-days';
import './attendance.css';

const NONE: AdminCorrection[] = [];

export function AttendanceSection() {
  const t = useT(attendanceMessages);
  const f = useFormat();
  const rm = useReadModel();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const reasonOf = useReason();
  // An application is signed with a NIP: the system account (admin) reads the lists only.
  const writable = useConsoleWritable() && isNip(ctx.user.nip);
  const denied = useSyncStore((s) => s.denied);
  const refusals = useMemo(
    () =>
      new Map(denied.filter((d) => d.type === 'attendance-applied').map((d) => [d.id, d.reason])),
    [denied],
  );
  const view = useLiveQuery(
    () => attendanceAdminView(rm, ctx.user, refusals),
    [rm, ctx.user, refusals],
  );
  const toApply = useImportedDays(view?.toApply ?? NONE);
  const [notice, setNotice] = useState<Notice | null>(null);

  const apply = (entry: AdminCorrection) => async () => {
    const { nip, date } = entry.record.request;
    const result = await applyCorrection(nip, date, ctx);
    if (!result.ok) {
      setNotice({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
      return;
    }
    setNotice({ tone: 'success', text: t('applied', { name: entry.name, date: f.date(date) }) });
    syncNow();
  };

  const discard = (entry: AdminCorrection) => async () => {
    const { nip, date } = entry.record.request;
    const result = await discardRefusedApplication(nip, date, ctx, rm);
    if (!result.ok) {
      setNotice({ tone: 'danger', text: t('discardFailed', { reason: reasonOf(result) }) });
      return;
    }
    setNotice({ tone: 'success', text: t('discarded', { name: entry.name, date: f.date(date) }) });
    // The sync engine forgets the refusal when it next runs.
    syncNow();
  };

  const list = (kind: Exclude<EntryKind, 'to-apply'>, entries: AdminCorrection[]) => (
    <ul className="console-dev-list">
      {entries.map((e) => (
        <CorrectionEntry
          key={e.record.request._id}
          entry={e}
          kind={kind}
          writable={writable}
          {...(kind === 'refused' ? { onDiscard: discard(e) } : {})}
        />
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <p>
        <Link to={sectionPath('impor', 'kehadiran')} className={buttonClass('secondary')}>
          {t('importLink')}
        </Link>
      </p>
      <NoticeBanner notice={notice} />
      {view !== undefined && (
        <>
          {view.refused.length > 0 && (
            <>
              <h3>{t('refusedTitle', { count: f.number(view.refused.length) })}</h3>
              <p className="muted">{t('refusedIntro')}</p>
              {list('refused', view.refused)}
            </>
          )}
          <h3>{t('toApplyTitle', { count: f.number(view.toApply.length) })}</h3>
          {toApply.length === 0 ? (
            <p>{t('toApplyNone')}</p>
          ) : (
            <ul className="console-dev-list">
              {toApply.map(({ entry, importedState }) => (
                <CorrectionEntry
                  key={entry.record.request._id}
                  entry={entry}
                  kind="to-apply"
                  importedState={importedState}
                  writable={writable}
                  onApply={apply(entry)}
                />
              ))}
            </ul>
          )}
          <h3>{t('withHeadsTitle', { count: f.number(view.withHeads.length) })}</h3>
          <p className="muted">{t('withHeadsIntro')}</p>
          {view.withHeads.length === 0 ? (
            <p>{t('withHeadsNone')}</p>
          ) : (
            list('with-heads', view.withHeads)
          )}
          <h3>{t('appliedTitle')}</h3>
          {view.applied.length === 0 ? <p>{t('appliedNone')}</p> : list('applied', view.applied)}
        </>
      )}
    </section>
  );
}
