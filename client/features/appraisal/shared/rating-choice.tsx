/** Di Atas / Sesuai / Di Bawah Ekspektasi as one radio group: large touch targets, keyboard arrows. */
import { useId } from 'react';
import { RATINGS, type Rating } from '../../../core/vocabulary';
import { useAppraisalVocabulary } from './use-appraisal-vocabulary';
import './rating.css';

type Props = {
  /** The group's accessible name (the RHK, value or "Hasil kerja keseluruhan"). */
  legend: string;
  value: Rating | null;
  onChange: (rating: Rating) => void;
  disabled?: boolean;
  /** Shows the legend visually too (off when a heading above already says it). */
  showLegend?: boolean;
};

export function RatingChoice({ legend, value, onChange, disabled, showLegend = false }: Props) {
  const vocab = useAppraisalVocabulary();
  const name = useId();
  return (
    <fieldset className="rating-choice" disabled={disabled}>
      <legend className={showLegend ? 'rating-choice__legend' : 'visually-hidden'}>{legend}</legend>
      <div className="rating-choice__options">
        {RATINGS.map((r) => (
          <label key={r} className="rating-choice__option" data-rating={r}>
            <input
              type="radio"
              name={name}
              value={r}
              checked={value === r}
              onChange={() => onChange(r)}
            />
            <span>{vocab.rating(r)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
