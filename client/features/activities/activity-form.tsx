/**
 * The entry form: what the person types autosaves to the device (useDraft) and survives a
 * reload; "Simpan" keeps a draft, "Ajukan" submits to the head. Rules are checked with core
 * before saving and the reason shows next to its field. A new entry's times follow its date
 * (the end of that day's last entry, else the unit's working start) until the person types one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { durationMinutes } from '../../core/dates';
import { isIsoDate } from '../../core/ids';
import { deleteActivity } from '../../data/commands/delete-activity';
import { saveActivity } from '../../data/commands/save-activity';
import { useDraft } from '../../data/drafts';
import type { ActivityRow } from '../../data/read-model';
import { activitiesInRange } from '../../data/queries/activity-queries';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button, buttonClass } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { useDirtyForm } from '../../ui/dirty-forms';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link, navigate } from '../../ui/navigation';
import { useReason } from '../../ui/use-reason';
import { noteUsefulAction } from '../../ui/useful-action';
import { activitiesMessages } from './activities-messages';
import { EvidenceField } from './evidence-field';
import { checkForm, fieldOfCommand, overlapsOf, type FieldName } from './form-rules';
import { applyTemplate, defaultTimes, inputOf, nowClockOn, type FormValues } from './form-values';
import { handOverDay } from './list-handoff';
import { LocationField } from './location-field';
import { TemplatePicker } from './template-picker';
import { useDayEntries, type FormReference } from './use-activity-data';
import { FIELD_IDS, WorkFields } from './work-fields';

const FIELD_ORDER = Object.keys(FIELD_IDS) as FieldName[];

function focusField(field: FieldName) {
  document.getElementById(FIELD_IDS[field])?.focus();
}

type Props = {
  nip: string;
  today: string;
  /** The stored entry being changed; null for a new one. */
  row: ActivityRow | null;
  draftKey: string;
  initial: FormValues;
  /**
   * The working start of the person's unit on a date: a new entry's times move with its date.
   * Null: they stay as they are (a stored entry, a copy).
   */
  workStart: ((date: string) => string) | null;
  reference: FormReference;
};

export function ActivityForm({ nip, today, row, draftKey, initial, workStart, reference }: Props) {
  const t = useT(activitiesMessages);
  const reasonOf = useReason();
  const format = useFormat();
  const ctx = useCommandContext();
  const rm = useReadModel();
  const [values, setValues, draft] = useDraft(draftKey, initial);
  // Set once the person types a start or end: from then on a new date keeps their times.
  const timesTyped = useRef(false);
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [edited, setEdited] = useState(false);
  const [commandError, setCommandError] = useState<{
    field: FieldName | null;
    text: string;
  } | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | 'delete' | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const readOnly = row?.status === 'approved';
  useDirtyForm(!readOnly && (edited || draft.restored));

  const dayEntries = useDayEntries(nip, values.date);
  const sameDay = dayEntries ?? [];
  const ruleCtx = {
    today,
    now: (ctx.now ?? Date.now)(),
    ...(ctx.timeZone === undefined ? {} : { timeZone: ctx.timeZone }),
    closed: reference.closed,
    storedPhotos: row?.photos.length ?? 0,
  };
  const errors = checkForm(values, ruleCtx);
  // Once saved, the entry is among the day's own: it does not overlap itself while the list opens.
  const [savedId, setSavedId] = useState<string | null>(null);
  const overlaps = overlapsOf(values, savedId ?? row?.id, sameDay);
  // Core refuses overlapping times; shown as soon as the times overlap, next to "Jam mulai".
  const overlapText =
    overlaps.length > 0
      ? t('overlap', {
          list: overlaps
            .map((o) => `${format.clock(o.start)}–${format.clock(o.end)} ${o.kegiatan}`)
            .join('; '),
        })
      : undefined;
  const errorOf = (field: FieldName): string | undefined => {
    const key = attempted || touched.has(field) ? errors[field] : undefined;
    if (key) return t(key);
    if (field === 'start' && overlapText) return overlapText;
    return commandError?.field === field ? commandError.text : undefined;
  };

  const update = useCallback(
    (fn: (prev: FormValues) => FormValues) => {
      setEdited(true);
      setCommandError(null);
      setValues(fn);
    },
    [setValues],
  );
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      update((prev) => ({ ...prev, [key]: value }));
  const touch = (field: FieldName) => () => setTouched((prev) => new Set(prev).add(field));

  /** Moves a new entry's times to the default of `date`, keeping its length. */
  const retime = async (date: string) => {
    if (workStart === null || timesTyped.current || draft.restored) return;
    const dayEntries = await activitiesInRange(rm, nip, date, date);
    const nowClock = nowClockOn(date, today, (ctx.now ?? Date.now)(), ctx.timeZone);
    setValues((prev) => {
      if (prev.date !== date || timesTyped.current) return prev;
      const length = durationMinutes(prev.start, prev.end);
      const minutes = length > 0 ? length : undefined;
      return { ...prev, ...defaultTimes(dayEntries, nowClock, workStart(date), minutes) };
    });
  };
  // The date, time and work fields: a typed time is kept, a new date moves untyped times.
  const updateWork = (fn: (prev: FormValues) => FormValues) => {
    const next = fn(values);
    if (next.start !== values.start || next.end !== values.end) timesTyped.current = true;
    update(fn);
    if (next.date !== values.date && isIsoDate(next.date)) void retime(next.date);
  };

  const save = async (submit: boolean) => {
    setAttempted(true);
    setCommandError(null);
    const first = FIELD_ORDER.find((f) => checkForm(values, ruleCtx)[f]);
    if (first || overlaps.length > 0) {
      focusField(first ?? 'start');
      return;
    }
    setBusy(submit ? 'submit' : 'save');
    const result = await saveActivity(inputOf(values, row?.id, submit), ctx);
    if (!result.ok) {
      setBusy(null);
      const field = fieldOfCommand(result.field);
      setCommandError({ field, text: reasonOf(result) });
      if (field) focusField(field);
      return;
    }
    setSavedId(result.id);
    // The entry is in PouchDB and projected (putDocs): the list opens with the day as the form
    // shows it and the saved row in it (a new or changed entry is not in `dayEntries` yet), or as
    // read now when either is missing, or, when that read takes longer than a moment, with its own
    // query. Meanwhile the form shows what was saved, its buttons busy (a second tap would save
    // again); a form left meanwhile ("Kembali") does not navigate. The row saveActivity returns is
    // the activity's own: an activity row.
    await handOverDay(rm, nip, values.date, {
      saved: result.row as ActivityRow | undefined,
      day: dayEntries,
    });
    // The draft is forgotten in the background (it empties the form: only now, as it leaves).
    void draft.discard();
    if (!mounted.current) return;
    noteUsefulAction();
    const saved = submit ? `diajukan&kegiatan=${encodeURIComponent(result.id)}` : 'draf';
    navigate(`/kegiatan?tanggal=${values.date}&tersimpan=${saved}`);
  };

  const remove = async () => {
    if (!row) return;
    setBusy('delete');
    const result = await deleteActivity(row.id, ctx);
    setBusy(null);
    setConfirmDelete(false);
    if (!result.ok) {
      setCommandError({ field: null, text: reasonOf(result) });
      return;
    }
    await draft.discard();
    navigate(`/kegiatan?tanggal=${row.date}&tersimpan=dihapus`);
  };

  const invalid = attempted && (FIELD_ORDER.some((f) => errors[f]) || overlaps.length > 0);
  const canDelete = row !== null && (row.status === 'draft' || row.status === 'returned');

  return (
    <form
      className="act-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      {draft.restored && !readOnly && (
        <Banner
          tone="info"
          actions={
            <Button variant="ghost" onClick={() => void draft.discard()}>
              {t('discard')}
            </Button>
          }
        >
          {t('restored')}
        </Banner>
      )}
      {row?.status === 'returned' && (
        <Banner tone="warning">
          {t('returnedBanner', { note: row.returnNote ?? '' })} {t('returnedHint')}
        </Banner>
      )}
      {row?.status === 'approved' && <Banner tone="success">{t('approvedBanner')}</Banner>}
      {row?.status === 'submitted' && <Banner tone="info">{t('submittedBanner')}</Banner>}
      <div role="alert">
        {invalid && <Banner tone="danger">{t('fixMarked')}</Banner>}
        {commandError && (
          <Banner tone="danger">{t('saveFailed', { reason: commandError.text })}</Banner>
        )}
      </div>

      {!readOnly && (
        <TemplatePicker
          frequent={reference.frequent}
          catalog={reference.catalog}
          onPick={(tpl) => update((prev) => applyTemplate(prev, tpl))}
        />
      )}
      <WorkFields
        values={values}
        update={updateWork}
        errorOf={errorOf}
        touch={touch}
        today={today}
        reference={reference}
        readOnly={readOnly}
      />
      <EvidenceField
        stored={row?.photos ?? []}
        values={values}
        update={update}
        disabled={readOnly}
        photoError={errorOf('photos')}
        linksError={errorOf('links')}
        onLinksBlur={touch('links')}
      />
      <LocationField location={values.location} onChange={set('location')} disabled={readOnly} />

      <div className="act-actions">
        {!readOnly && (
          <>
            <Button type="submit" busy={busy === 'save'} disabled={busy !== null}>
              {t('save')}
            </Button>
            <Button
              variant="primary"
              busy={busy === 'submit'}
              disabled={busy !== null}
              onClick={() => void save(true)}
            >
              {t('submit')}
            </Button>
          </>
        )}
        {row && (
          <Link
            className={buttonClass('ghost')}
            to={`/kegiatan/baru?salin=${encodeURIComponent(row.id)}`}
          >
            {t('duplicate')}
          </Link>
        )}
        {canDelete && (
          <Button variant="ghost" disabled={busy !== null} onClick={() => setConfirmDelete(true)}>
            {t('delete')}
          </Button>
        )}
      </div>
      <Dialog
        open={confirmDelete}
        alert
        title={t('deleteTitle')}
        onClose={() => setConfirmDelete(false)}
        actions={
          <>
            <Button onClick={() => setConfirmDelete(false)}>{t('cancel')}</Button>
            <Button variant="danger" busy={busy === 'delete'} onClick={() => void remove()}>
              {t('delete')}
            </Button>
          </>
        }
      >
        <p>{t('deleteBody')}</p>
      </Dialog>
    </form>
  );
}
