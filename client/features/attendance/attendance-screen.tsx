/**
 * "Kehadiran": the person's attendance month on their own device, offline too: the month as a
 * calendar (the latest month with data first; previous and next), a day's details with its TPP
 * cost and "Ajukan koreksi", the month's totals, the TPP breakdown, and the correction requests
 * with where each stands. Core computes every figure (attendance.ts, tpp.ts); nothing is typed.
 */
import { useMemo, useState } from 'react';
import { effectiveDays, totalsOf } from '../../core/attendance';
import { correctableFrom } from '../../core/attendance-rules';
import { tppMonth } from '../../core/tpp';
import { useMyAttendance } from '../../data/queries/attendance-staff-queries';
import { useCommandContext } from '../../data/user-data';
import { AttendanceCalendar } from '../../ui/attendance-calendar';
import { AttendanceTotalsList } from '../../ui/attendance-calendar-totals';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { TppBreakdown } from '../../ui/tpp-breakdown';
import { useOnline } from '../../ui/use-online';
import { attendanceMessages } from './attendance-messages';
import { CorrectionForm } from './correction-form';
import { CorrectionsList } from './corrections-list';
import { DayDetail } from './day-detail';
import './attendance.css';

const DAY_ID = 'kehadiran-hari';

export function AttendanceScreen() {
  const t = useT(attendanceMessages);
  const format = useFormat();
  const online = useOnline();
  const ctx = useCommandContext();
  const today = format.today();
  const data = useMyAttendance(ctx.user.nip);
  const [chosenMonth, setChosenMonth] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const months = useMemo(() => data?.months ?? [], [data]);
  const index = Math.max(
    0,
    chosenMonth === null ? months.length - 1 : months.findIndex((m) => m.month === chosenMonth),
  );
  const current = months[index] ?? null;
  const days = useMemo(() => (current ? effectiveDays(current) : []), [current]);
  const tpp = useMemo(
    () => (data && current ? tppMonth(current, data.rules, data.kelasJabatan) : null),
    [data, current],
  );

  if (data === undefined)
    return (
      <>
        <h1>{t('title')}</h1>
        <Skeleton lines={6} height="2.75rem" />
      </>
    );

  const say = (text: string) => setMessage(online ? text : `${text} ${t('savedOffline')}`);
  const nameOf = (nip: string) => data.names.get(nip) ?? nip;
  const openDay = (date: string, edit = false) => {
    const month = date.slice(0, 7);
    if (months.some((m) => m.month === month)) setChosenMonth(month);
    setSelected(date);
    setEditing(edit);
    setMessage(null);
    document.getElementById(DAY_ID)?.scrollIntoView?.({ block: 'start' });
  };
  const moveMonth = (step: number) => {
    const next = months[index + step];
    if (!next) return;
    setChosenMonth(next.month);
    setSelected(null);
    setEditing(false);
  };

  const selectedDay = days.find((d) => d.date === selected);
  const record = data.corrections.find((c) => c.request.date === selected);
  const frozen = record?.status === 'approved' || record?.status === 'applied';
  const monthName = current
    ? format.period({
        kind: 'monthly',
        year: Number(current.month.slice(0, 4)),
        start: `${current.month}-01`,
      })
    : '';

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {!online && <Banner tone="info">{t('offline')}</Banner>}
      <div aria-live="polite" role="status" className="att-message">
        {message && <Banner tone="success">{message}</Banner>}
      </div>
      {current === null ? (
        <EmptyState title={t('empty')} body={t('emptyBody')} />
      ) : (
        <>
          <nav className="att-months" aria-label={t('monthNav')}>
            <p className="att-months__name" aria-live="polite">
              <strong>{monthName}</strong>
            </p>
            <Button onClick={() => moveMonth(-1)} disabled={index === 0}>
              <span aria-hidden="true">‹ </span>
              {t('previousMonth')}
            </Button>
            <Button onClick={() => moveMonth(1)} disabled={index >= months.length - 1}>
              {t('nextMonth')}
              <span aria-hidden="true"> ›</span>
            </Button>
          </nav>
          <div className="columns">
            <Card title={t('calendar', { month: monthName })}>
              <AttendanceCalendar
                month={current.month}
                days={days}
                hours={current.hours}
                today={today}
                selected={selected}
                onSelect={(date) => openDay(date)}
              />
            </Card>
            <Card
              id={DAY_ID}
              title={
                selected ? t('dayTitle', { date: format.date(selected, 'long') }) : t('pickDay')
              }
            >
              {selected === null ? (
                <p className="muted">{t('pickDayBody')}</p>
              ) : editing ? (
                <CorrectionForm
                  key={selected}
                  date={selected}
                  day={selectedDay}
                  request={record?.request}
                  onDone={(text) => {
                    setEditing(false);
                    say(text);
                  }}
                  onCancel={() => setEditing(false)}
                />
              ) : (
                <DayDetail
                  date={selected}
                  day={selectedDay}
                  hours={current.hours}
                  cost={tpp?.days.find((d) => d.date === selected)}
                  rules={data.rules}
                  record={record}
                  nameOf={nameOf}
                  correctableFrom={correctableFrom(today)}
                  onCorrect={
                    frozen || selected > today || selected < correctableFrom(today)
                      ? null
                      : () => setEditing(true)
                  }
                />
              )}
            </Card>
          </div>
          <Card title={t('totals', { month: monthName })}>
            <AttendanceTotalsList totals={totalsOf(days)} />
          </Card>
          {tpp && (
            <Card title={t('tpp')}>
              <p className="muted">{t('tppIntro')}</p>
              <TppBreakdown
                tpp={tpp}
                rules={data.rules}
                kelasJabatan={data.kelasJabatan}
                onDay={(date) => openDay(date)}
              />
            </Card>
          )}
        </>
      )}
      <Card title={t('requests')}>
        <CorrectionsList
          records={data.corrections}
          nameOf={nameOf}
          onShowDay={(date) => openDay(date)}
          onResend={(date) => openDay(date, true)}
          onMessage={say}
        />
      </Card>
    </>
  );
}
