/**
 * The "Jam kerja" part of the unit form: whether the unit keeps hours of its own, and if so its
 * working days (a checkbox each), start and end, and Friday's end. Without hours of its own the
 * form says which hours it follows, and from which unit.
 */
import { FRIDAY, type WorkHoursField } from '../../../core/work-hours';
import type { WorkHours } from '../../../core/schemas/reference';
import { Checkbox } from '../../../ui/checkbox';
import { useT } from '../../../ui/i18n';
import { TextField } from '../../../ui/text-field';
import { unitsMessages } from './units-messages';
import { useWeekdayNames, useWorkHoursText } from './use-work-hours-text';

/** The hours as typed: strings, so nothing typed is coerced away. */
export type HoursValues = {
  own: boolean;
  days: number[];
  start: string;
  end: string;
  /** '' when Friday ends as the other days. */
  fridayEnd: string;
};

/** The form's values for hours (own, or those followed now to start from). */
export function hoursValues(own: WorkHours | undefined, followed: WorkHours): HoursValues {
  const h = own ?? followed;
  return {
    own: own !== undefined,
    days: [...h.days].sort((a, b) => a - b),
    start: h.start,
    end: h.end,
    fridayEnd: h.fridayEnd ?? '',
  };
}

/** The hours to save: null when the unit follows the unit above. */
export function hoursOf(v: HoursValues): WorkHours | null {
  if (!v.own) return null;
  const fridayEnd = v.days.includes(FRIDAY) && v.fridayEnd !== '' ? v.fridayEnd : undefined;
  return {
    days: v.days,
    start: v.start,
    end: v.end,
    ...(fridayEnd === undefined ? {} : { fridayEnd }),
  };
}

type Props = {
  value: HoursValues;
  onChange: (next: HoursValues) => void;
  errorOf: (field: WorkHoursField) => string | undefined;
  disabled: boolean;
  /** What the unit follows without hours of its own: the hours and the unit (null: the default). */
  followed: { hours: WorkHours; name: string | null };
};

const WEEK = [1, 2, 3, 4, 5, 6, 7];

export function WorkHoursFields({ value, onChange, errorOf, disabled, followed }: Props) {
  const t = useT(unitsMessages);
  const dayName = useWeekdayNames();
  const hoursText = useWorkHoursText();
  const set = (patch: Partial<HoursValues>) => onChange({ ...value, ...patch });
  const toggleDay = (day: number, on: boolean) =>
    set({
      days: on ? [...value.days, day].sort((a, b) => a - b) : value.days.filter((d) => d !== day),
    });
  const daysError = errorOf('days');
  const source =
    followed.name === null ? t('followsDefault') : t('followsUnit', { name: followed.name });

  return (
    <fieldset className="unit-hours" disabled={disabled}>
      <legend className="field__label">{t('workHours')}</legend>
      <Checkbox
        label={t('workHoursOwn')}
        hint={t('workHoursOwnHint')}
        checked={value.own}
        onChange={(e) => set({ own: e.target.checked })}
      />
      {!value.own ? (
        <p className="muted">{t('followsNow', { hours: hoursText(followed.hours), source })}</p>
      ) : (
        <>
          <fieldset
            id="unit-hours-days"
            className="unit-hours__days"
            tabIndex={-1}
            aria-describedby={daysError ? 'unit-hours-days-error' : undefined}
            aria-invalid={daysError ? true : undefined}
          >
            <legend className="field__label">{t('workDays')}</legend>
            <div className="unit-hours__week">
              {WEEK.map((day) => (
                <Checkbox
                  key={day}
                  label={dayName(day)}
                  checked={value.days.includes(day)}
                  onChange={(e) => toggleDay(day, e.target.checked)}
                />
              ))}
            </div>
            {daysError && (
              <span id="unit-hours-days-error" className="field__error">
                {daysError}
              </span>
            )}
          </fieldset>
          <div className="unit-hours__times">
            <TextField
              id="unit-hours-start"
              label={t('workStart')}
              type="time"
              value={value.start}
              error={errorOf('start')}
              onChange={(e) => set({ start: e.target.value })}
            />
            <TextField
              id="unit-hours-end"
              label={t('workEnd')}
              type="time"
              value={value.end}
              error={errorOf('end')}
              onChange={(e) => set({ end: e.target.value })}
            />
            {value.days.includes(FRIDAY) && (
              <TextField
                id="unit-hours-fridayEnd"
                label={t('fridayEnd')}
                hint={t('fridayEndHint')}
                type="time"
                value={value.fridayEnd}
                error={errorOf('fridayEnd')}
                onChange={(e) => set({ fridayEnd: e.target.value })}
              />
            )}
          </div>
        </>
      )}
    </fieldset>
  );
}
