/**
 * Choosing the jabatan a template is offered to: a checklist of the jabatan that exist in the
 * directory (and those already chosen), narrowed by a search. None chosen: everyone.
 */
import { useId, useState } from 'react';
import { positionKey } from '../../../core/catalog-rules';
import { Checkbox } from '../../../ui/checkbox';
import { useT } from '../../../ui/i18n';
import { TextField } from '../../../ui/text-field';
import { catalogsMessages } from './catalogs-messages';

type Props = {
  /** Every jabatan to choose from, sorted. */
  options: readonly string[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string | undefined;
};

export function PositionPicker({ options, chosen, onChange, error }: Props) {
  const t = useT(catalogsMessages);
  const [query, setQuery] = useState('');
  const hintId = useId();
  const errorId = useId();
  const chosenKeys = new Set(chosen.map(positionKey));
  const q = positionKey(query);
  const shown = options.filter((p) => chosenKeys.has(positionKey(p)) || positionKey(p).includes(q));
  const toggle = (p: string, on: boolean) =>
    onChange(on ? [...chosen, p] : chosen.filter((c) => positionKey(c) !== positionKey(p)));

  return (
    <fieldset
      className="console-positions"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field__label">{t('positions')}</legend>
      <span id={hintId} className="field__hint">
        {chosen.length === 0 ? t('positionsHint') : t('positionsChosen', { count: chosen.length })}
      </span>
      <TextField
        label={t('positionSearch')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="console-positions__list">
        {shown.length === 0 && <p className="muted">{t('positionsNone')}</p>}
        {shown.map((p) => (
          <Checkbox
            key={p}
            label={<span translate="no">{p}</span>}
            checked={chosenKeys.has(positionKey(p))}
            onChange={(e) => toggle(p, e.target.checked)}
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
