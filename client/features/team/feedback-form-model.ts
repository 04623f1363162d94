/**
 * The feedback form's values and rules, pure: what it starts from (a new feedback, one opened from
 * an activity, a stored one, a dialog kinerja), the checks shown next to each field before saving,
 * the command's input, and which field a refusal of core belongs to. Text limits come from the
 * schema, so the form and core never disagree.
 */
import { hasActions } from '../../core/feedback-rules';
import { feedbackSchema } from '../../core/schemas/work';
import type { AgreedAction, FeedbackDoc } from '../../core/schemas/work';
import type { BerakhlakValue, FeedbackKind } from '../../core/vocabulary';
import type { ActionInput, FeedbackInput } from '../../data/commands/save-feedback';
import type { ActivityRow } from '../../data/read-model';

const shape = feedbackSchema.shape;

/** The longest texts the schema accepts. */
export const LIMITS = {
  text: shape.text.maxLength ?? 4000,
  share: shape.share.unwrap().shape.text.maxLength ?? 1000,
  action: shape.actions.element.shape.text.maxLength ?? 500,
  dialog: shape.dialog.unwrap().shape.wentWell.maxLength ?? 4000,
  reply: shape.replies.element.shape.text.maxLength ?? 2000,
} as const;

/** The kinds a head chooses in the form; a dialog kinerja has its own way in. */
export const FORM_KINDS = ['apresiasi', 'perlu-perbaikan', 'bimbingan'] as const;

/** One row of agreed actions as typed (`due` '' for none). */
export type ActionRow = {
  id: string | null;
  text: string;
  due: string;
  status: AgreedAction['status'];
  carriedFrom: string | null;
};

export type FormValues = {
  kind: FeedbackKind;
  text: string;
  value: BerakhlakValue | '';
  rhkId: string;
  activityIds: string[];
  photoIds: string[];
  actions: ActionRow[];
  /** Open actions of earlier sessions chosen to carry over, as `carryKey`s. */
  carry: string[];
  share: boolean;
  shareText: string;
  wentWell: string;
  toImprove: string;
};

/** The key of an offered action: the session it was agreed in and its id. */
export function carryKey(a: Pick<AgreedAction, 'id' | 'carriedFrom'>): string {
  return `${a.carriedFrom ?? ''}|${a.id}`;
}

const EMPTY: FormValues = {
  kind: 'apresiasi',
  text: '',
  value: '',
  rhkId: '',
  activityIds: [],
  photoIds: [],
  actions: [],
  carry: [],
  share: false,
  shareText: '',
  wentWell: '',
  toImprove: '',
};

/** A new feedback, about the activity it was opened from (and that activity's RHK) if any. */
export function newValues(activity: ActivityRow | null, rhkIds: readonly string[]): FormValues {
  if (!activity) return EMPTY;
  const rhkId = activity.rhkId && rhkIds.includes(activity.rhkId) ? activity.rhkId : '';
  return { ...EMPTY, activityIds: [activity.id], rhkId };
}

/** A new dialog kinerja. */
export function dialogValues(): FormValues {
  return { ...EMPTY, kind: 'dialog' };
}

/** The stored feedback as the form shows it. */
export function storedValues(f: FeedbackDoc): FormValues {
  return {
    kind: f.kind,
    text: f.text,
    value: f.value ?? '',
    rhkId: f.rhkId ?? '',
    activityIds: [...f.activityIds],
    photoIds: [...f.photoIds],
    actions: f.actions.map((a) => ({ ...a, due: a.due ?? '' })),
    carry: [],
    share: f.share !== null,
    shareText: f.share?.text ?? '',
    wentWell: f.dialog?.wentWell ?? '',
    toImprove: f.dialog?.toImprove ?? '',
  };
}

export function emptyAction(): ActionRow {
  return { id: null, text: '', due: '', status: 'open', carriedFrom: null };
}

/** Where an error shows: a field, one action row's text or due date, or the about group. */
export type FieldKey =
  | 'text'
  | 'shareText'
  | 'wentWell'
  | 'toImprove'
  | 'about'
  | 'actions'
  | `action-${number}-text`
  | `action-${number}-due`;

export type ErrorCode = 'required' | 'tooLong';
export type FormErrors = Partial<Record<FieldKey, { code: ErrorCode; max?: number }>>;

/** What must be fixed before saving, by field. */
export function checkForm(v: FormValues): FormErrors {
  const errors: FormErrors = {};
  const check = (key: FieldKey, text: string, max: number, required: boolean) => {
    const t = text.trim();
    if (required && t === '') errors[key] = { code: 'required' };
    else if (t.length > max) errors[key] = { code: 'tooLong', max };
  };
  check('text', v.text, LIMITS.text, true);
  if (v.kind === 'apresiasi' && v.share) check('shareText', v.shareText, LIMITS.share, true);
  if (v.kind === 'dialog') {
    check('wentWell', v.wentWell, LIMITS.dialog, false);
    check('toImprove', v.toImprove, LIMITS.dialog, false);
  }
  if (hasActions(v.kind))
    v.actions.forEach((a, i) => check(`action-${i}-text`, a.text, LIMITS.action, true));
  return errors;
}

/** The fields in the order a person reads them, to focus the first one in error. */
export function firstError(errors: FormErrors, v: FormValues): FieldKey | null {
  const order: FieldKey[] = [
    'text',
    'about',
    'wentWell',
    'toImprove',
    ...v.actions.flatMap((_, i) => [`action-${i}-text`, `action-${i}-due`] as FieldKey[]),
    'actions',
    'shareText',
  ];
  return order.find((k) => errors[k]) ?? null;
}

/** The field a refusal of core names (`text`, `share.text`, `actions.2.due`, ...), or null. */
export function fieldOfCommand(path: string | undefined, actionOffset: number): FieldKey | null {
  if (path === undefined) return null;
  const [head, index, leaf] = path.split('.');
  switch (head) {
    case 'text':
      return 'text';
    case 'share':
      return 'shareText';
    case 'dialog':
      return index === 'toImprove' ? 'toImprove' : index === 'wentWell' ? 'wentWell' : null;
    case 'value':
    case 'rhkId':
    case 'activityIds':
    case 'photoIds':
      return 'about';
    case 'actions': {
      // The command's actions start with the carried ones, then the typed rows.
      const row = Number(index) - actionOffset;
      if (!Number.isInteger(row) || row < 0) return 'actions';
      return leaf === 'due' ? `action-${row}-due` : `action-${row}-text`;
    }
    default:
      return null;
  }
}

/**
 * The command's input: the chosen carried actions first, then the typed rows; photos only of the
 * chosen activities; the parts that fit the kind.
 */
export function inputOf(
  v: FormValues,
  ctx: {
    id: string | null;
    nip: string;
    periodId: string | null;
    offered: readonly AgreedAction[];
    activities: readonly ActivityRow[];
  },
): FeedbackInput {
  const withActions = hasActions(v.kind);
  const carried: ActionInput[] = withActions
    ? ctx.offered.filter((a) => v.carry.includes(carryKey(a)))
    : [];
  const typed: ActionInput[] = withActions
    ? v.actions.map((a) => ({ ...a, due: a.due === '' ? null : a.due }))
    : [];
  const chosen = ctx.activities.filter((a) => v.activityIds.includes(a.id));
  const photosOfChosen = new Set(chosen.flatMap((a) => a.photos.map((p) => p.id)));
  return {
    id: ctx.id,
    nip: ctx.nip,
    kind: v.kind,
    text: v.text,
    value: v.value === '' ? null : v.value,
    rhkId: v.rhkId === '' ? null : v.rhkId,
    activityIds: v.activityIds,
    photoIds: v.photoIds.filter((id) => photosOfChosen.has(id)),
    actions: [...carried, ...typed],
    shareText: v.kind === 'apresiasi' && v.share ? v.shareText : null,
    periodId: v.kind === 'dialog' ? ctx.periodId : null,
    dialog: v.kind === 'dialog' ? { wentWell: v.wentWell, toImprove: v.toImprove } : null,
  };
}
