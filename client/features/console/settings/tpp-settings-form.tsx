/**
 * The Perkada's TPP rules, in Pengaturan: the kinerja share (the discipline share is the rest),
 * what the deductions are a percentage of, the late and early bracket tables, the deductions for
 * a missing scan, a day without leave and a missed apel, the daily cap, the statuses that deduct
 * nothing, and optional bases in rupiah per kelas jabatan. Each default is shown, and "Kembalikan
 * ke bawaan" restores them all, after a confirmation naming what is lost (the rupiah bases too). Core's schema judges (tpp-rules.ts says where); each problem shows
 * next to its field, and what is typed is kept as a draft until it is saved. Offline, or for a
 * Pengelola of one unit, it is read-only.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { TppSettings } from '../../../core/schemas/attendance';
import { DEFAULT_TPP_SETTINGS } from '../../../core/tpp';
import { tppProblems, type TppProblem } from '../../../core/tpp-rules';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../core/vocabulary';
import { saveTppSettings } from '../../../data/commands/save-setting';
import { useDraft } from '../../../data/drafts';
import { tppSettings } from '../../../data/queries/attendance-queries';
import { KINERJA_SETTING_ID } from '../../../data/queries/todo-queries';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { Button } from '../../../ui/button';
import { Checkbox } from '../../../ui/checkbox';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useAttendanceVocabulary } from '../../../ui/use-attendance-vocabulary';
import { useReason } from '../../../ui/use-reason';
import { NoticeBanner, type Notice } from '../catalogs/entry-controls';
import { tppSettingsMessages } from './tpp-settings-messages';
import {
  KELAS,
  tppSettingsFrom,
  tppValuesOf,
  typedNumber,
  type TppTable,
  type TppValues,
} from './tpp-settings-values';
import './tpp-settings.css';

const MAX_ROWS = 10;
/**
 * The statuses a Perkada may exempt. Not hadir (judged by its scans), libur (core never deducts
 * it) nor tanpa keterangan (core always deducts it, by its own percentage).
 */
const NEVER_OFFERED: readonly AttendanceStatus[] = ['hadir', 'libur', 'tanpa-keterangan'];
const EXEMPTABLE = ATTENDANCE_STATUSES.filter((s) => !NEVER_OFFERED.includes(s));
const PERCENTS = ['noScanPct', 'dailyCapPct', 'absentPct', 'apelPct'] as const;

export function TppSettingsForm({ writable }: { writable: boolean }) {
  const rm = useReadModel();
  const data = useLiveQuery(async () => {
    const [rules, row] = await Promise.all([tppSettings(rm), rm.docs.get(KINERJA_SETTING_ID)]);
    return { rules, stored: (row?.doc as { tpp?: unknown } | undefined)?.tpp !== undefined };
  }, [rm]);
  if (data === undefined) return null;
  return <TppForm inForce={data.rules} stored={data.stored} writable={writable} />;
}

type FormProps = { inForce: TppSettings; stored: boolean; writable: boolean };

/** The id of a field's control, from its place (`late.1.upTo` → `tpp-late-1-upTo`). */
const idOf = (place: string) => `tpp-${place.replaceAll('.', '-')}`;

function TppForm({ inForce, stored, writable }: FormProps) {
  const t = useT(tppSettingsMessages);
  const av = useAttendanceVocabulary();
  const f = useFormat();
  const ctx = useCommandContext();
  const reasonOf = useReason();
  const [typed, setTyped, draft] = useDraft<TppValues | null>('kelola:pengaturan:tpp', null);
  const values = typed ?? tppValuesOf(inForce);
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [showBases, setShowBases] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const basesCount = Object.keys(inForce.bases ?? {}).length;
  const problems = attempted ? tppProblems(tppSettingsFrom(values)) : {};
  const basesOpen = showBases || Object.keys(problems).some((p) => p.startsWith('bases.'));

  const errorOf = (place: string): string | undefined => {
    const problem: TppProblem | undefined = problems[place];
    if (problem === undefined) return undefined;
    if (place.startsWith('bases.'))
      return problem === 'invalid' ? t('problem.invalid') : t('problem.rupiah');
    if (place.endsWith('.upTo') && (problem === 'out-of-range' || problem === 'not-whole'))
      return t('problem.minutes-range');
    if (problem === 'out-of-range') return t('problem.pct-range');
    return t(`problem.${problem}`);
  };
  const set = (change: Partial<TppValues>) => setTyped({ ...values, ...change });
  const setRow = (table: TppTable, i: number, change: Partial<TppValues['late'][number]>) =>
    set({ [table]: values[table].map((r, k) => (k === i ? { ...r, ...change } : r)) });
  const addRow = (table: TppTable) => {
    const rows = values[table];
    // A new bracket goes before the last, which keeps "no limit".
    set({ [table]: [...rows.slice(0, -1), { upTo: '', pct: '' }, ...rows.slice(-1)] });
  };
  const removeRow = (table: TppTable, i: number) =>
    set({ [table]: values[table].filter((_, k) => k !== i) });
  const toggleStatus = (status: AttendanceStatus, on: boolean) =>
    set({
      noDeduction: on
        ? [...values.noDeduction, status]
        : values.noDeduction.filter((s) => s !== status),
    });

  const pct = (n: number) => av.pct(n);
  const defaultRows = (table: TppTable) =>
    DEFAULT_TPP_SETTINGS[table]
      .map((r, i, rows) => {
        const from = (rows[i - 1]?.upTo ?? 0) + 1;
        return r.upTo === null
          ? t('bracketOver', { from: from - 1, pct: pct(r.pct) })
          : t('bracketUpTo', { from, to: r.upTo, pct: pct(r.pct) });
      })
      .join('; ');
  const share = typedNumber(values.kinerjaShare);
  const disciplineShare =
    Number.isInteger(share) && share >= 0 && share <= 100 ? pct(100 - share) : '–';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setNotice(null);
    const settings = tppSettingsFrom(values);
    const first = Object.keys(tppProblems(settings))[0];
    if (first !== undefined) {
      if (first.startsWith('bases.')) setShowBases(true);
      setNotice({ tone: 'danger', text: t('fixErrors') });
      // The field shows after this render when it was hidden (a base).
      requestAnimationFrame(() => document.getElementById(idOf(first))?.focus());
      return;
    }
    await write(settings, 'saved');
  }

  async function write(settings: TppSettings | null, done: 'saved' | 'resetDone') {
    setBusy(true);
    const result = await saveTppSettings(settings, ctx);
    setBusy(false);
    setConfirmingReset(false);
    if (result.ok) {
      await draft.discard();
      setAttempted(false);
      setNotice({ tone: 'success', text: t(done) });
    } else {
      setNotice({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
    }
  }

  const table = (name: TppTable) => {
    const rows = values[name];
    const tableError = errorOf(name);
    return (
      <fieldset
        className="console-jp-rule"
        aria-describedby={tableError ? `${idOf(name)}-hint ${idOf(name)}` : `${idOf(name)}-hint`}
      >
        <legend className="field__label">{t(name)}</legend>
        <span id={`${idOf(name)}-hint`} className="field__hint">
          {t('tableHint', { rows: defaultRows(name) })}
        </span>
        {tableError && (
          <p id={idOf(name)} className="field__error" tabIndex={-1}>
            {tableError}
          </p>
        )}
        {rows.map((r, i) => {
          const place = (x: 'upTo' | 'pct') => `${name}.${i}.${x}`;
          const last = i === rows.length - 1;
          return (
            <fieldset key={i} className="console-fieldset tpp-row">
              <legend className="field__label">{t('row', { n: i + 1 })}</legend>
              <div className="console-form">
                <TextField
                  id={idOf(place('upTo'))}
                  label={t('upTo')}
                  hint={last ? t('upToHint') : undefined}
                  inputMode="numeric"
                  autoComplete="off"
                  value={r.upTo}
                  error={errorOf(place('upTo'))}
                  onChange={(e) => setRow(name, i, { upTo: e.target.value })}
                />
                <TextField
                  id={idOf(place('pct'))}
                  label={t('pct')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={r.pct}
                  error={errorOf(place('pct'))}
                  onChange={(e) => setRow(name, i, { pct: e.target.value })}
                />
              </div>
              <Button disabled={rows.length <= 1} onClick={() => removeRow(name, i)}>
                {t('removeRow', { n: i + 1 })}
              </Button>
            </fieldset>
          );
        })}
        <Button
          disabled={rows.length >= MAX_ROWS}
          aria-label={t('addRowLabel', { table: t(name) })}
          onClick={() => addRow(name)}
        >
          {t('addRow')}
        </Button>
      </fieldset>
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="tpp-settings-title">
      <h3 id="tpp-settings-title">{t('title')}</h3>
      <p className="muted">{t('intro')}</p>
      <p>{stored ? t('usingStored') : t('usingDefaults')}</p>
      <NoticeBanner notice={notice} />
      <fieldset className="console-fieldset" disabled={!writable}>
        <div className="console-form">
          <TextField
            id={idOf('kinerjaShare')}
            label={t('kinerjaShare')}
            hint={`${t('kinerjaHint', { pct: pct(DEFAULT_TPP_SETTINGS.kinerjaShare) })} ${t('disciplineShare', { pct: disciplineShare })}`}
            inputMode="numeric"
            autoComplete="off"
            value={values.kinerjaShare}
            error={errorOf('kinerjaShare')}
            onChange={(e) => set({ kinerjaShare: e.target.value })}
          />
          <Select
            id={idOf('basis')}
            label={t('basis')}
            value={values.basis}
            options={(['discipline', 'total'] as const).map((b) => ({
              value: b,
              label: t(`basis.${b}`),
            }))}
            onChange={(e) => set({ basis: e.target.value as TppValues['basis'] })}
          />
        </div>
        {table('late')}
        {table('early')}
        <div className="console-form">
          {PERCENTS.map((key) => (
            <TextField
              key={key}
              id={idOf(key)}
              label={t(key)}
              hint={
                key === 'dailyCapPct'
                  ? t('dailyCapHint', { pct: pct(DEFAULT_TPP_SETTINGS[key]) })
                  : t('defaultHint', { pct: pct(DEFAULT_TPP_SETTINGS[key]) })
              }
              inputMode="decimal"
              autoComplete="off"
              value={values[key]}
              error={errorOf(key)}
              onChange={(e) => set({ [key]: e.target.value })}
            />
          ))}
        </div>
        <fieldset className="console-jp-rule" aria-describedby="tpp-noDeduction-hint">
          <legend className="field__label">{t('noDeduction')}</legend>
          <span id="tpp-noDeduction-hint" className="field__hint">
            {t('noDeductionHint')}
          </span>
          {errorOf('noDeduction') && <p className="field__error">{errorOf('noDeduction')}</p>}
          <div className="console-dev-focus">
            {EXEMPTABLE.map((status) => (
              <Checkbox
                key={status}
                label={av.status(status)}
                checked={values.noDeduction.includes(status)}
                onChange={(e) => toggleStatus(status, e.target.checked)}
              />
            ))}
          </div>
        </fieldset>
        <h4>{t('bases')}</h4>
        <p className="field__hint">{t('basesHint')}</p>
        <Button aria-expanded={basesOpen} onClick={() => setShowBases(!basesOpen)}>
          {basesOpen ? t('hideBases') : t('showBases')}
        </Button>
        {basesOpen && (
          <div className="console-form">
            {KELAS.map((kelas) => (
              <TextField
                key={kelas}
                id={idOf(`bases.${kelas}`)}
                label={t('kelas', { kelas })}
                inputMode="numeric"
                autoComplete="off"
                value={values.bases[kelas] ?? ''}
                error={errorOf(`bases.${kelas}`)}
                onChange={(e) => set({ bases: { ...values.bases, [kelas]: e.target.value } })}
              />
            ))}
          </div>
        )}
      </fieldset>
      <div className="console-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
          {t('save')}
        </Button>
        <Button disabled={!writable || busy} onClick={() => setConfirmingReset(true)}>
          {t('reset')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmingReset}
        alert
        title={t('resetTitle')}
        onClose={() => setConfirmingReset(false)}
        confirmLabel={t('resetConfirm')}
        tone="danger"
        busy={busy}
        disabled={!writable}
        onConfirm={() => void write(null, 'resetDone')}
      >
        <p>{t(stored ? 'resetBody' : 'resetBodyDefaults')}</p>
        {stored && (
          <p>
            {basesCount > 0 ? t('resetBases', { count: f.number(basesCount) }) : t('resetNoBases')}
          </p>
        )}
        {typed !== null && <p>{t('resetTyped')}</p>}
      </ConfirmDialog>
    </form>
  );
}
