/**
 * A field of several choices from a fixed list, as a fieldset of checkboxes: its legend, a hint,
 * and the error next to it. The chosen values keep the list's order. The first checkbox carries
 * `id`, so a form can focus the field when it is wrong.
 */
import { useId, type ReactNode } from 'react';
import { Checkbox } from '../../../ui/checkbox';

type Props<V extends string> = {
  id: string;
  legend: string;
  hint: string;
  options: readonly V[];
  labelOf: (value: V) => ReactNode;
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  error?: string | undefined;
  /** Lays the checkboxes out (e.g. in columns); none: one under the other. */
  listClassName?: string;
};

export function ChecklistField<V extends string>({
  id,
  legend,
  hint,
  options,
  labelOf,
  chosen,
  onChange,
  error,
  listClassName,
}: Props<V>) {
  const hintId = useId();
  const errorId = useId();
  const toggle = (value: V, on: boolean) =>
    onChange(
      on
        ? options.filter((x) => x === value || chosen.includes(x))
        : chosen.filter((x) => x !== value),
    );
  return (
    <fieldset
      className="console-positions"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field__label">{legend}</legend>
      <span id={hintId} className="field__hint">
        {hint}
      </span>
      <div className={listClassName}>
        {options.map((value, i) => (
          <Checkbox
            key={value}
            id={i === 0 ? id : undefined}
            label={labelOf(value)}
            checked={chosen.includes(value)}
            onChange={(e) => toggle(value, e.target.checked)}
          />
        ))}
      </div>
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
