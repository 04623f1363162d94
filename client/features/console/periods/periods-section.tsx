/**
 * Periode (/kelola/periode): the periods by year with their dates, status and batas pengisian;
 * open a year, close or reopen a period, set its batas pengisian. Offline it shows the last
 * synced periods with every change control disabled.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { PeriodRow } from '../../../data/read-model';
import { savePeriod } from '../../../data/commands/save-period';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { useReason } from '../../../ui/use-reason';
import { useConsoleWritable } from '../use-console-writable';
import { OpenYearForm } from './open-year-form';
import { periodsMessages } from './periods-messages';
import { SubmitByDialog } from './submit-by-dialog';

type Notice = { tone: 'success' | 'neutral' | 'danger'; text: string };

const KIND_ORDER = { annual: 0, quarterly: 1, monthly: 2 } as const;

/** Periods grouped by year, newest year first; in a year the annual period, then by start. */
function byYear(periods: readonly PeriodRow[]): [number, PeriodRow[]][] {
  const years = new Map<number, PeriodRow[]>();
  for (const p of periods) years.set(p.year, [...(years.get(p.year) ?? []), p]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => [
      year,
      list.sort(
        (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start.localeCompare(b.start),
      ),
    ]);
}

export function PeriodsSection() {
  const t = useT(periodsMessages);
  const reasonOf = useReason();
  const f = useFormat();
  const ctx = useCommandContext();
  const readModel = useReadModel();
  const writable = useConsoleWritable();
  const periods = useLiveQuery(() => readModel.periods.toArray(), [readModel]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [closing, setClosing] = useState<PeriodRow | null>(null);
  const [editing, setEditing] = useState<PeriodRow | null>(null);
  const [busy, setBusy] = useState(false);
  const today = f.today();

  async function setStatus(p: PeriodRow, status: PeriodRow['status']) {
    setBusy(true);
    const result = await savePeriod(p.periodId, { status }, ctx);
    setBusy(false);
    setClosing(null);
    const period = f.period(p);
    if (!result.ok) setNotice({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
    else
      setNotice({
        tone: 'success',
        text: t(status === 'closed' ? 'closedDone' : 'reopenedDone', { period }),
      });
  }

  return (
    <section aria-labelledby="periods-title">
      <h2 id="periods-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <OpenYearForm writable={writable} onDone={setNotice} />
      <div aria-live="polite">
        {notice && (
          <Banner tone={notice.tone} role={notice.tone === 'danger' ? 'alert' : 'status'}>
            {notice.text}
          </Banner>
        )}
      </div>
      {periods !== undefined && periods.length === 0 && <p>{t('none')}</p>}
      {byYear(periods ?? []).map(([year, list]) => (
        <div key={year} className="console-table-wrap">
          <table className="console-table">
            <caption className="console-caption">
              {t('yearHeading', { year: String(year) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('start')}</th>
                <th scope="col">{t('end')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('submitBy')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{f.period(p)}</th>
                  <td>{f.date(p.start)}</td>
                  <td>{f.date(p.end)}</td>
                  <td>{p.status === 'open' ? t('open') : t('closed')}</td>
                  <td>
                    {p.submitBy === undefined
                      ? t('noSubmitBy')
                      : `${f.date(p.submitBy)}${p.submitBy < today ? ` ${t('passed')}` : ''}`}
                  </td>
                  <td>
                    <div className="console-row-actions">
                      {p.status === 'open' ? (
                        <Button disabled={!writable} onClick={() => setClosing(p)}>
                          {t('close')}
                        </Button>
                      ) : (
                        <Button
                          disabled={!writable || busy}
                          onClick={() => void setStatus(p, 'open')}
                        >
                          {t('reopen')}
                        </Button>
                      )}
                      <Button disabled={!writable} onClick={() => setEditing(p)}>
                        {t('setSubmitBy')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <ConfirmDialog
        open={closing !== null}
        alert
        title={closing ? t('closeTitle', { period: f.period(closing) }) : ''}
        onClose={() => setClosing(null)}
        confirmLabel={t('closeConfirm')}
        tone="danger"
        busy={busy}
        disabled={!writable}
        onConfirm={() => closing && void setStatus(closing, 'closed')}
      >
        <p>{t('closeBody')}</p>
      </ConfirmDialog>
      {editing && (
        <SubmitByDialog
          period={editing}
          writable={writable}
          onClose={() => setEditing(null)}
          onSaved={(removed) => {
            const period = f.period(editing);
            setEditing(null);
            setNotice({
              tone: 'success',
              text: t(removed ? 'submitByRemoved' : 'submitBySaved', { period }),
            });
          }}
        />
      )}
    </section>
  );
}
