/**
 * Creating a unit, or changing one (name, kind, parent: a move, head, working hours). Plain
 * mistakes are caught here with core's checks of a code, a NIP and working hours; everything else
 * is core's verdict on the write, shown next to the field it names, with what was typed kept.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { isKey, isNip } from '../../../core/ids';
import { descendantsOf, pathOf, type UnitTree } from '../../../core/unit-rules';
import { UNIT_KINDS, type UnitKind } from '../../../core/vocabulary';
import { unitWorkHours, workHoursProblems, type WorkHoursField } from '../../../core/work-hours';
import type { CommandResult } from '../../../data/commands/result';
import { createUnit, updateUnit, type UnitFields } from '../../../data/commands/save-unit';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { useT } from '../../../ui/i18n';
import { navigate } from '../../../ui/navigation';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { unitsMessages } from './units-messages';
import type { UnitView } from './use-units-view';
import { hoursOf, hoursValues, WorkHoursFields, type HoursValues } from './work-hours-fields';

type Values = {
  code: string;
  name: string;
  kind: string;
  parentId: string;
  headNip: string;
  headPosition: string;
};
type FieldName = keyof Values | `workHours.${WorkHoursField}`;

/** The form field a command's refusal names (core names document fields). */
const FIELD_OF: Record<string, FieldName> = {
  unitId: 'code',
  _id: 'code',
  name: 'name',
  kind: 'kind',
  parentId: 'parentId',
  headNip: 'headNip',
  headPosition: 'headPosition',
  'workHours.days': 'workHours.days',
  'workHours.start': 'workHours.start',
  'workHours.end': 'workHours.end',
  'workHours.fridayEnd': 'workHours.fridayEnd',
};

const isUnitKind = (k: string): k is UnitKind => (UNIT_KINDS as readonly string[]).includes(k);

type Props = {
  tree: UnitTree<UnitView>;
  /** The unit to change; absent: a new one. */
  unit?: UnitView;
  /** The parent a new unit starts under. */
  parentId?: string | null;
  onCancel?: () => void;
};

export function UnitForm({ tree, unit, parentId = null, onCancel }: Props) {
  const t = useT(unitsMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const writable = useConsoleWritable();
  const [values, setValues] = useState<Values>(() => ({
    code: unit?.unitId ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? '',
    parentId: unit?.parentId ?? parentId ?? '',
    headNip: unit?.headNip ?? '',
    headPosition: unit?.headPosition ?? '',
  }));
  const [hours, setHours] = useState<HoursValues>(() =>
    hoursValues(unit?.workHours, unitWorkHours(tree.byId, unit?.parentId ?? parentId).hours),
  );
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<{ field: FieldName | null; text: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const checks: Partial<Record<FieldName, string>> = {};
  if (!unit && !isKey(values.code.trim())) checks.code = t('codeInvalid');
  if (values.name.trim() === '') checks.name = t('nameRequired');
  if (values.headNip.trim() !== '' && !isNip(values.headNip.trim()))
    checks.headNip = t('nipInvalid');
  const ownHours = hoursOf(hours);
  if (ownHours !== null) {
    const problems = workHoursProblems(ownHours);
    for (const [field, problem] of Object.entries(problems))
      checks[`workHours.${field as WorkHoursField}`] = t(`hours.${problem}`);
  }
  const errorOf = (field: FieldName) =>
    (attempted ? checks[field] : undefined) ??
    (refusal?.field === field ? refusal.text : undefined);

  const parents = useMemo(() => {
    const below = new Set(unit ? descendantsOf(tree, unit.unitId).map((u) => u.unitId) : []);
    return [...tree.byId.values()]
      .filter((u) => u.unitId !== unit?.unitId && !below.has(u.unitId))
      .filter((u) => u.closedOn === undefined || u.unitId === unit?.parentId)
      .map((u) => ({
        value: u.unitId,
        label: pathOf(tree, u.unitId)
          .map((p) => p.name)
          .join(' › '),
        translate: false,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [tree, unit]);

  // What the unit follows without hours of its own, under the parent chosen now.
  const followedFrom = unitWorkHours(tree.byId, values.parentId === '' ? null : values.parentId);
  const followed = {
    hours: followedFrom.hours,
    name: followedFrom.from === null ? null : (tree.byId.get(followedFrom.from)?.name ?? null),
  };

  const edited = () => {
    setSaved(false);
    setRefusal(null);
  };
  const set = (field: keyof Values) => (value: string) => {
    edited();
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setRefusal(null);
    setSaved(false);
    if (Object.keys(checks).length > 0) return;
    const fields: Omit<UnitFields, 'closedOn'> = {
      name: values.name,
      kind: isUnitKind(values.kind) ? values.kind : null,
      parentId: values.parentId === '' ? null : values.parentId,
      headNip: values.headNip,
      headPosition: values.headPosition,
      workHours: ownHours,
    };
    setBusy(true);
    let result: CommandResult;
    try {
      result = unit
        ? await updateUnit(unit.unitId, fields, ctx)
        : await createUnit(values.code, { ...fields, closedOn: null }, ctx);
    } finally {
      setBusy(false);
    }
    if (!result.ok) {
      const field = result.field === undefined ? null : (FIELD_OF[result.field] ?? null);
      setRefusal({ field, text: reasonOf(result) });
      return;
    }
    syncNow();
    if (unit) setSaved(true);
    else navigate(sectionPath('unit', values.code.trim()));
  }

  const text = (field: keyof Values) => ({
    value: values[field],
    error: errorOf(field),
    disabled: !writable,
    onChange: (e: { target: { value: string } }) => set(field)(e.target.value),
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(unit ? 'editTitle' : 'createTitle')}
    >
      <div className="console-form">
        {!unit && (
          <TextField
            label={t('code')}
            hint={t('codeHint')}
            autoComplete="off"
            spellCheck={false}
            {...text('code')}
          />
        )}
        <TextField label={t('name')} autoComplete="off" {...text('name')} />
        <Select
          label={t('kind')}
          placeholder={t('kindNone')}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          {...text('kind')}
        />
        <Select
          label={t('parent')}
          hint={unit ? t('parentHint') : undefined}
          placeholder={t('parentNone')}
          options={parents}
          {...text('parentId')}
        />
        <TextField
          label={t('headNip')}
          hint={t('headNipHint')}
          inputMode="numeric"
          autoComplete="off"
          {...text('headNip')}
        />
        <TextField
          label={t('headPosition')}
          hint={t('headPositionHint')}
          autoComplete="off"
          {...text('headPosition')}
        />
        <WorkHoursFields
          value={hours}
          onChange={(next) => {
            edited();
            setHours(next);
          }}
          errorOf={(f) => errorOf(`workHours.${f}`)}
          disabled={!writable}
          followed={followed}
        />
      </div>
      <div aria-live="polite">
        {refusal !== null && refusal.field === null && (
          <Banner tone="danger" role="alert">
            {t('refused', { reason: refusal.text })}
          </Banner>
        )}
        {saved && (
          <Banner tone="success" role="status">
            {t('saved')}
          </Banner>
        )}
      </div>
      <div className="console-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
          {t(unit ? 'save' : 'create')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
      </div>
    </form>
  );
}
