/**
 * The pages around the entry form: a new entry (blank, a copy of another entry, or on a given
 * date) and an existing entry (editable until approved). Each waits for what the form's initial
 * values need, so the autosaved draft and the initial values never race.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactNode } from 'react';
import { unitIdOn, unitWorkHours } from '../../core/work-hours';
import { useSessionStore } from '../../data/session-store';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { activitiesMessages } from './activities-messages';
import { ActivityForm } from './activity-form';
import { blankValues, copyOfRow, nowClockOn, valuesOfRow } from './form-values';
import { useActivitiesInRange, useActivity, useFormReference } from './use-activity-data';

function Page({ title, children }: { title: string; children: ReactNode }) {
  const t = useT(activitiesMessages);
  return (
    <>
      <p className="act-back">
        <Link to="/kegiatan">{t('backToLog')}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </>
  );
}

const Loading = () => <Skeleton lines={6} height="3rem" announce />;

/**
 * Where a day's first entry starts: the working start (core's unit hours, own or inherited) of
 * the unit the person worked in on that date; undefined while the device's units are read.
 */
function useWorkStart(nip: string): ((date: string) => string) | undefined {
  const rm = useReadModel();
  const sessionUnit = useSessionStore((s) => s.user?.unitId ?? null);
  const place = useLiveQuery(
    async () => ({
      units: new Map((await rm.units.toArray()).map((u) => [u.unitId, u])),
      person: (await rm.employees.where('nip').equals(nip).first()) ?? null,
    }),
    [rm, nip],
  );
  return useMemo(() => {
    if (place === undefined) return undefined;
    const { units, person } = place;
    return (date: string) =>
      unitWorkHours(units, person === null ? sessionUnit : unitIdOn(person, date)).hours.start;
  }, [place, sessionUnit]);
}

/** `/kegiatan/baru[?tanggal=yyyy-mm-dd][&salin=activity-id]` */
export function NewActivityPage({ date, copyOf }: { date: string | null; copyOf: string | null }) {
  const t = useT(activitiesMessages);
  const format = useFormat();
  const ctx = useCommandContext();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const today = format.today();
  const day = date ?? today;
  const reference = useFormReference(nip, today.slice(0, 4), today);
  const dayEntries = useActivitiesInRange(nip, day, day);
  const source = useActivity(copyOf ?? '');
  const workStart = useWorkStart(nip);
  const ready = reference && dayEntries && workStart && (copyOf === null || source !== undefined);
  const nowClock = nowClockOn(day, today, (ctx.now ?? Date.now)(), ctx.timeZone);
  const draftKey = copyOf ? `activity-form:copy:${copyOf}` : 'activity-form:new';
  return (
    <Page title={t('titleNew')}>
      {!ready ? (
        <Loading />
      ) : (
        <ActivityForm
          key={draftKey}
          nip={nip}
          today={today}
          row={null}
          draftKey={draftKey}
          initial={
            source
              ? copyOfRow(source, day, dayEntries, nowClock)
              : blankValues(day, dayEntries, nowClock, workStart(day))
          }
          workStart={source ? null : workStart}
          reference={reference}
        />
      )}
    </Page>
  );
}

/** `/kegiatan/{activity id}` */
export function EditActivityPage({ id }: { id: string }) {
  const t = useT(activitiesMessages);
  const format = useFormat();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const today = format.today();
  const row = useActivity(id);
  const reference = useFormReference(nip, (row?.date ?? today).slice(0, 4), today);
  if (row === null) {
    return (
      <Page title={t('titleView')}>
        <EmptyState title={t('notFound')} />
      </Page>
    );
  }
  const readOnly = row?.status === 'approved';
  return (
    <Page title={readOnly ? t('titleView') : t('titleEdit')}>
      {!row || !reference ? (
        <Loading />
      ) : (
        <ActivityForm
          key={`${row.id}:${readOnly}`}
          nip={nip}
          today={today}
          row={row}
          draftKey={readOnly ? `activity-form:view:${row.id}` : `activity-form:${row.id}`}
          initial={valuesOfRow(row)}
          workStart={null}
          reference={reference}
        />
      )}
    </Page>
  );
}
