/**
 * One rated card of the appraisal editor: a title, what is being rated, then the rating, a note and,
 * for an RHK or a BerAKHLAK value, the evidence. A rating or evidence change is saved at once, a
 * note when the field is left. The rating stays in sight; what is rated, the note and the evidence
 * fold away behind the title (folded at first once the item has a rating and a note, or is final),
 * so a tablet scrolls through the ratings rather than 7,000 px of detail.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ItemPath, ItemPatch } from '../../../core/appraisal-draft';
import type { RatedItem } from '../../../core/schemas/appraisal';
import type { ActivityRow, FeedbackRow } from '../../../data/read-model';
import { TextArea } from '../../../ui/text-field';
import { RatingChoice } from '../shared/rating-choice';
import { EvidencePicker } from './evidence-picker';
import '../shared/rating.css';

type Props = {
  /** The card's accessible name. */
  label: string;
  title: ReactNode;
  /** What is rated, between the title and the rating: the RHK and its IKI, the value's guide. */
  children?: ReactNode;
  /** The rating group's accessible name. */
  legend: string;
  noteLabel: string;
  item: RatedItem | undefined;
  path: ItemPath;
  /** What may be cited as evidence; an overall rating cites none. */
  evidence?: { activities: readonly ActivityRow[]; feedback: readonly FeedbackRow[] };
  /** The overall rating of a section, set apart from the items above it. */
  overall?: boolean;
  edit: (path: ItemPath, patch: ItemPatch) => void;
  commit: () => void;
  readOnly: boolean;
};

export function RatedCard({
  label,
  title,
  children,
  legend,
  noteLabel,
  item,
  path,
  evidence,
  overall = false,
  edit,
  commit,
  readOnly,
}: Props) {
  const id = useId();
  const [open, setOpen] = useState(() => !(item?.rating && (readOnly || item.note.trim() !== '')));
  return (
    <article
      className={overall ? 'rated-card rated-card--overall' : 'rated-card'}
      aria-label={label}
    >
      <h3 className="rated-card__title">
        <button
          type="button"
          className="rated-card__toggle"
          aria-expanded={open}
          aria-controls={`${id}-what ${id}-more`}
          onClick={() => setOpen(!open)}
        >
          <span className="rated-card__toggle-text">{title}</span>
          <span className="collapse-mark" aria-hidden="true" />
        </button>
      </h3>
      <div id={`${id}-what`} hidden={!open}>
        {children}
      </div>
      <RatingChoice
        legend={legend}
        value={item?.rating ?? null}
        disabled={readOnly}
        onChange={(rating) => {
          edit(path, { rating });
          void commit();
        }}
      />
      <div id={`${id}-more`} hidden={!open}>
        <TextArea
          label={noteLabel}
          rows={2}
          value={item?.note ?? ''}
          readOnly={readOnly}
          onChange={(e) => edit(path, { note: e.currentTarget.value })}
          onBlur={() => void commit()}
        />
        {evidence && (
          <EvidencePicker
            activities={evidence.activities}
            feedback={evidence.feedback}
            selected={item?.evidence ?? []}
            disabled={readOnly}
            onChange={(selected) => {
              edit(path, { evidence: selected });
              void commit();
            }}
          />
        )}
      </div>
    </article>
  );
}
