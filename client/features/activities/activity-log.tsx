/**
 * The activity list: a day ("Hari ini" by default), week or month with its totals, a status
 * filter, one tap to add, "Ulangi kemarin", submitting a whole day, and the e-Kinerja CSV export.
 */
import { useEffect, useRef, useState } from 'react';
import { EKINERJA_DEFAULT_STATUS, totalMinutes } from '../../core/activity-rules';
import { repeatPreviousDay } from '../../data/commands/repeat-yesterday';
import { submitDay } from '../../data/commands/submit-day';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { useRhkTexts } from '../../data/queries/use-rhk-texts';
import type { ActivityRow } from '../../data/read-model';
import { useSessionStore } from '../../data/session-store';
import { Banner } from '../../ui/banner';
import { Button, buttonClass } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { dateFormat, useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { useDuration } from '../../ui/use-duration';
import { useReason } from '../../ui/use-reason';
import { useVocabulary } from '../../ui/use-vocabulary';
import { noteUsefulAction } from '../../ui/useful-action';
import { activitiesMessages } from './activities-messages';
import { ActivityItem } from './activity-item';
import { csvFileName, downloadText, ekinerjaCsv, exportedRows } from './export-csv';
import {
  LOG_VIEWS,
  logHref,
  rangeOf,
  shiftDate,
  STATUS_PARAMS,
  type LogParams,
  type StatusParam,
} from './log-range';
import { takeHandedDay } from './list-handoff';
import { SubmitNotice } from './submit-notice';
import { useActivitiesInRange } from './use-activity-data';

const VIEW_KEYS = { hari: 'viewDay', minggu: 'viewWeek', bulan: 'viewMonth' } as const;
const SAVED_KEYS = { draf: 'savedDraft', diajukan: 'savedSubmitted', dihapus: 'deleted' } as const;

function groupByDate(rows: readonly ActivityRow[]): [string, ActivityRow[]][] {
  const groups = new Map<string, ActivityRow[]>();
  for (const row of rows) groups.set(row.date, [...(groups.get(row.date) ?? []), row]);
  return [...groups.entries()];
}

export function ActivityLog({ params }: { params: LogParams }) {
  const t = useT(activitiesMessages);
  const reasonOf = useReason();
  const vocabulary = useVocabulary();
  const format = useFormat();
  const duration = useDuration();
  const ctx = useCommandContext();
  const rm = useReadModel();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const today = format.today();
  const { view, date, status } = params;
  const { from, to } = rangeOf(view, date);
  const [handed] = useState(() => takeHandedDay(rm, nip, from, to));
  const rows = useActivitiesInRange(nip, from, to, handed);
  const rhkTexts = useRhkTexts([nip]);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  // A whole day just submitted: its notice follows the entries to the server.
  const [submitted, setSubmitted] = useState<string[] | null>(null);
  // The result of an action shows at the top: the person is brought there, focus on it, since the
  // buttons ("Ajukan semua", the export) sit below a list that may be long.
  const resultRef = useRef<HTMLDivElement>(null);
  const [resultShown, setResultShown] = useState(0);
  const showResult = () => setResultShown((n) => n + 1);
  useEffect(() => {
    if (resultShown > 0) resultRef.current?.focus();
  }, [resultShown]);
  // Arriving from the form with its outcome: the page starts at the top, where the outcome is
  // (the app moves focus to the heading above it).
  const arrivedWithOutcome = params.saved !== null;
  useEffect(() => {
    if (arrivedWithOutcome) (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  }, [arrivedWithOutcome]);
  const [busy, setBusy] = useState<'repeat' | 'submit' | null>(null);

  const visible = rows?.filter((r) => !status || r.status === STATUS_PARAMS[status]);
  const pendingOfDay = (rows ?? []).filter((r) => r.status === 'draft' || r.status === 'returned');
  const label =
    view === 'hari'
      ? format.date(date, 'long')
      : view === 'minggu'
        ? `${format.date(from, 'short')} – ${format.date(to, 'medium')}`
        : dateFormat(format.ctx.locale, {
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(`${from}T12:00:00Z`));

  // "Senin, 23 Nov": short enough to share a line with the day's total on a phone.
  const dayLabel = (day: string) =>
    dateFormat(format.ctx.locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${day}T12:00:00Z`));

  const repeat = async () => {
    setSubmitted(null);
    setBusy('repeat');
    const { from: source, results } = await repeatPreviousDay(date, ctx);
    setBusy(null);
    const copied = results.filter((r) => r.ok).length;
    showResult();
    if (source === null) setNotice({ tone: 'warning', text: t('repeatNone') });
    else if (results.length === 0)
      setNotice({
        tone: 'warning',
        text: t('repeatAlready', { date: format.date(source, 'long') }),
      });
    else
      setNotice({
        tone: 'success',
        text: t('repeated', { count: copied, date: format.date(source, 'long') }),
      });
  };

  const submitAll = async () => {
    setSubmitted(null);
    setNotice(null);
    setBusy('submit');
    const results = await submitDay(date, ctx);
    setBusy(null);
    const failed = results.flatMap((r) => (r.result.ok ? [] : [r.result]));
    showResult();
    if (failed.length > 0) {
      setNotice({
        tone: 'warning',
        text: t('submitDayFailed', {
          count: failed.length,
          reason: failed[0] ? reasonOf(failed[0]) : '',
        }),
      });
    } else {
      noteUsefulAction();
      setSubmitted(results.map((r) => r.id));
    }
  };

  const exportStatus = status ? STATUS_PARAMS[status] : EKINERJA_DEFAULT_STATUS;
  const exportCsv = () => {
    if (!rows) return;
    setSubmitted(null);
    const chosen = exportedRows(rows, exportStatus);
    showResult();
    const statusWord = vocabulary.status(exportStatus);
    if (chosen.length === 0) {
      setNotice({ tone: 'warning', text: t('exportNone', { status: statusWord }) });
      return;
    }
    const file = csvFileName(nip, from, to);
    downloadText(ekinerjaCsv(chosen, rhkTexts ?? new Map()), file);
    setNotice({
      tone: 'success',
      text: t('exported', { file, count: chosen.length, status: statusWord }),
    });
  };

  const at = (next: Partial<LogParams>) => logHref({ view, date, status, ...next });
  const fresh = !notice && !submitted;
  const savedNotice =
    params.saved && params.saved !== 'diajukan' && fresh ? t(SAVED_KEYS[params.saved]) : null;

  return (
    <>
      <div className="act-head">
        <h1>{t('title')}</h1>
        <Link
          to={view === 'hari' && date < today ? `/kegiatan/baru?tanggal=${date}` : '/kegiatan/baru'}
          className={buttonClass('primary')}
        >
          {t('add')}
        </Link>
      </div>
      <div role="status" ref={resultRef} tabIndex={-1} className="act-result">
        {savedNotice && <Banner tone="success">{savedNotice}</Banner>}
        {params.saved === 'diajukan' && params.entry && fresh && (
          <SubmitNotice ids={[params.entry]} />
        )}
        {submitted && <SubmitNotice ids={submitted} count={submitted.length} />}
        {notice && <Banner tone={notice.tone}>{notice.text}</Banner>}
      </div>

      <nav className="act-views" aria-label={t('viewLabel')}>
        {LOG_VIEWS.map((v) => (
          <Link
            key={v}
            to={at({ view: v })}
            className="act-seg"
            aria-current={v === view ? 'page' : undefined}
          >
            {t(VIEW_KEYS[v])}
          </Link>
        ))}
      </nav>
      <div className="act-period">
        <Link
          to={at({ date: shiftDate(view, date, -1) })}
          className={buttonClass('ghost')}
          aria-label={t('prev')}
        >
          ‹
        </Link>
        <h2 className="act-period__label">{label}</h2>
        <Link
          to={at({ date: shiftDate(view, date, 1) })}
          className={buttonClass('ghost')}
          aria-label={t('next')}
        >
          ›
        </Link>
      </div>
      {(today < from || today > to) && (
        <p className="act-today-link">
          <Link to={at({ date: today })}>{t('toToday')}</Link>
        </p>
      )}

      <div className="act-filter" role="group" aria-label={t('filterLabel')}>
        <Link
          to={at({ status: null })}
          className="act-seg"
          aria-current={status === null ? 'true' : undefined}
        >
          {t('filterAll')}
        </Link>
        {(Object.keys(STATUS_PARAMS) as StatusParam[]).map((s) => (
          <Link
            key={s}
            to={at({ status: s })}
            className="act-seg"
            aria-current={status === s ? 'true' : undefined}
          >
            {vocabulary.status(STATUS_PARAMS[s])}
          </Link>
        ))}
      </div>

      {visible === undefined ? (
        <Skeleton lines={4} height="4rem" announce />
      ) : (
        <>
          <div className="act-total">
            <strong>
              {t('totalLine', { count: visible.length, duration: duration(totalMinutes(visible)) })}
            </strong>
            {view === 'hari' && pendingOfDay.length > 0 && (
              <Button
                variant="primary"
                busy={busy === 'submit'}
                disabled={busy !== null}
                onClick={() => void submitAll()}
              >
                {t('submitDay', { count: pendingOfDay.length })}
              </Button>
            )}
          </div>
          {visible.length === 0 ? (
            <EmptyState
              title={
                status ? t('emptyFiltered') : view === 'hari' ? t('emptyDay') : t('emptyRange')
              }
            />
          ) : view === 'hari' ? (
            <ul className="act-list">
              {visible.map((row) => (
                <ActivityItem key={row.id} row={row} />
              ))}
            </ul>
          ) : (
            groupByDate(visible).map(([day, entries]) => (
              <section key={day} className="act-day" aria-labelledby={`day-${day}`}>
                <h3 id={`day-${day}`} className="act-day__head">
                  <Link to={logHref({ view: 'hari', date: day, status })}>{dayLabel(day)}</Link>
                  <span className="muted"> · {duration(totalMinutes(entries))}</span>
                </h3>
                <ul className="act-list">
                  {entries.map((row) => (
                    <ActivityItem key={row.id} row={row} />
                  ))}
                </ul>
              </section>
            ))
          )}
          <div className="act-tools">
            {view === 'hari' && date <= today && (
              <Button
                busy={busy === 'repeat'}
                disabled={busy !== null}
                onClick={() => void repeat()}
              >
                {t('repeatYesterday')}
              </Button>
            )}
            {(rows ?? []).length > 0 && (
              <Button onClick={exportCsv} aria-describedby="act-export-hint">
                {t('exportCsv')}
              </Button>
            )}
          </div>
          {(rows ?? []).length > 0 && (
            <p id="act-export-hint" className="muted">
              {t('exportHint', { status: vocabulary.status(exportStatus) })}
            </p>
          )}
        </>
      )}
    </>
  );
}
