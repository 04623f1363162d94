/**
 * The catalog's texts for one BerAKHLAK value, under the field where the head writes the
 * expectation: picking one fills the field (replacing what it held), which stays editable. Read
 * from the device, so it works offline; nothing is shown when the catalog has no text to offer.
 */
import type { ExpectationText } from '../../data/queries/expectation-queries';
import { useT } from '../../ui/i18n';
import { skpMessages } from './skp-messages';

type Props = {
  /** The value's label, for the disclosure's name ("Contoh dari katalog untuk Akuntabel"). */
  label: string;
  suggestions: readonly ExpectationText[];
  /** The field's text: the suggestion it equals is marked as in use. */
  current: string;
  onPick: (text: string) => void;
};

export function ExpectationSuggestions({ label, suggestions, current, onPick }: Props) {
  const t = useT(skpMessages);
  if (suggestions.length === 0) return null;
  return (
    <details className="skp-suggestions">
      <summary>{t('suggestionsTitle', { value: label, count: suggestions.length })}</summary>
      <p className="field__hint">{t('suggestionsHint')}</p>
      <ul className="skp-suggestions__list">
        {suggestions.map((s) => (
          <li key={s.code}>
            <button
              type="button"
              className="skp-suggestions__pick"
              aria-pressed={s.text === current.trim()}
              onClick={() => onPick(s.text)}
            >
              {s.text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
