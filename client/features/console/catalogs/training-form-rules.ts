/**
 * The catalog of development activities' form as typed text, its checks before writing (each
 * error a message key shown next to its field), and the command input it becomes.
 */
import type { TrainingDoc } from '../../../core/schemas/development';
import type { CompetencyArea, DevFocus, DevForm, DevMode } from '../../../core/vocabulary';
import type { TrainingInput } from '../../../data/commands/save-training';

export type TrainingValues = {
  title: string;
  description: string;
  form: DevForm;
  area: CompetencyArea;
  jp: string;
  provider: string;
  mode: DevMode;
  start: string;
  end: string;
  seats: string;
  focus: DevFocus[];
};

export type TrainingField =
  'title' | 'description' | 'jp' | 'provider' | 'start' | 'end' | 'seats' | 'focus';

export const TRAINING_FIELD_ORDER: readonly TrainingField[] = [
  'title',
  'description',
  'jp',
  'provider',
  'start',
  'end',
  'seats',
  'focus',
];

export type TrainingErrorKey =
  'titleRequired' | 'jpInvalid' | 'seatsInvalid' | 'endBeforeStart' | 'focusRequired';

/** The typed values of a stored activity, or of a new one. */
export function trainingValuesOf(doc: TrainingDoc | null): TrainingValues {
  return {
    title: doc?.title ?? '',
    description: doc?.description ?? '',
    form: doc?.form ?? 'pelatihan',
    area: doc?.area ?? 'teknis',
    jp: doc ? String(doc.jp) : '',
    provider: doc?.provider ?? '',
    mode: doc?.mode ?? 'luring',
    start: doc?.start ?? '',
    end: doc?.end ?? '',
    seats: doc?.seats == null ? '' : String(doc.seats),
    focus: [...(doc?.focus ?? [])],
  };
}

const whole = (typed: string, min: number, max: number): number | null => {
  const s = typed.trim();
  const n = Number(s);
  return /^\d+$/.test(s) && n >= min && n <= max ? n : null;
};

/** What is wrong with the typed values, field by field. */
export function checkTraining(v: TrainingValues): Partial<Record<TrainingField, TrainingErrorKey>> {
  const errors: Partial<Record<TrainingField, TrainingErrorKey>> = {};
  if (v.title.trim() === '') errors.title = 'titleRequired';
  if (whole(v.jp, 1, 400) === null) errors.jp = 'jpInvalid';
  if (v.seats.trim() !== '' && whole(v.seats, 1, 10_000) === null) errors.seats = 'seatsInvalid';
  if (v.start !== '' && v.end !== '' && v.end < v.start) errors.end = 'endBeforeStart';
  if (v.focus.length === 0) errors.focus = 'focusRequired';
  return errors;
}

/** The command input of checked values. */
export function trainingInputOf(v: TrainingValues, archived: boolean): TrainingInput {
  return {
    title: v.title,
    description: v.description,
    form: v.form,
    area: v.area,
    jp: whole(v.jp, 1, 400) ?? 0,
    provider: v.provider,
    mode: v.mode,
    start: v.start === '' ? null : v.start,
    end: v.end === '' ? null : v.end,
    seats: v.seats.trim() === '' ? null : whole(v.seats, 1, 10_000),
    focus: v.focus,
    ...(archived ? { archived: true } : {}),
  };
}

/** The form field a refusal of the command names, or null for one about the whole activity. */
export function trainingFieldOf(field: string | undefined): TrainingField | null {
  const head = field?.split('.')[0];
  return TRAINING_FIELD_ORDER.find((f) => f === head) ?? null;
}
