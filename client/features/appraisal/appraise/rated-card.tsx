/**
 * One rated card of the appraisal editor: a title, what is being rated, then the rating, a note and,
 * for an RHK or a BerAKHLAK value, the period's feedback about it (with "Kutip", which cites it in
 * the note) and the evidence. A rating other than "Sesuai Ekspektasi" needs a written reason
 * (core/appraisal-reasons.ts): the note field says so while it lacks one, and after "Finalkan" the
 * message is an error next to it. A rating or evidence change is saved at once, a note when the
 * field is left. The rating stays in sight; what is rated, the note and the evidence fold away
 * behind the title (folded at first once the item has a rating and a note, or is final), so a
 * tablet scrolls through the ratings rather than 7,000 px of detail.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ItemPath, ItemPatch } from '../../../core/appraisal-draft';
import { notePathOf } from '../../../core/appraisal-reasons';
import type { RatedItem } from '../../../core/schemas/appraisal';
import type { ActivityRow, FeedbackRow } from '../../../data/read-model';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { TextArea } from '../../../ui/text-field';
import { FeedbackEntry } from '../shared/feedback-entry';
import { RatingChoice } from '../shared/rating-choice';
import { appraiseMessages } from './appraise-messages';
import { EvidencePicker } from './evidence-picker';
import { evidenceFieldId, focusField, reasonFieldId, type ReasonCheck } from './reason-fields';
import '../shared/rating.css';

/** The longest excerpt of a feedback that "Kutip" puts in a note. */
const CITATION_LENGTH = 120;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= CITATION_LENGTH ? flat : `${flat.slice(0, CITATION_LENGTH - 1).trimEnd()}…`;
}

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
  /**
   * The period's feedback about it and what may be cited as evidence (`logs`: every activity of the
   * period here, to name those a feedback is about); an overall rating has none.
   */
  evidence?: {
    activities: readonly ActivityRow[];
    feedback: readonly FeedbackRow[];
    logs: readonly ActivityRow[];
  };
  /** The overall rating of a section, set apart from the items above it. */
  overall?: boolean;
  reasons: ReasonCheck;
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
  reasons,
  edit,
  commit,
  readOnly,
}: Props) {
  const t = useT(appraiseMessages);
  const format = useFormat();
  const id = useId();
  const [open, setOpen] = useState(() => !(item?.rating && (readOnly || item.note.trim() !== '')));
  const notePath = notePathOf(path);
  const lacking = !readOnly && reasons.lacking.has(notePath);
  // Each "Finalkan" with reasons missing unfolds the cards that lack one (adjusted while
  // rendering, so the field is visible when the editor moves the focus to it).
  const [revealed, setRevealed] = useState(reasons.reveal);
  if (revealed !== reasons.reveal) {
    setRevealed(reasons.reveal);
    if (lacking && !open) setOpen(true);
  }
  const note = item?.note ?? '';
  const cite = (f: FeedbackRow) => {
    const citation = t('citation', { date: format.date(f.date), text: excerpt(f.text) });
    edit(path, { note: note.trim() === '' ? citation : `${note.trimEnd()}\n${citation}` });
    void commit();
  };
  const feedback = evidence?.feedback ?? [];
  const cited = evidence?.activities ?? [];
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
      {readOnly && !open && note.trim() !== '' && (
        // A final appraisal's reason stays in sight under its rating while the details are folded.
        <p className="rated-card__reason" translate="no">
          {note}
        </p>
      )}
      <div id={`${id}-more`} hidden={!open}>
        <TextArea
          id={reasonFieldId(notePath)}
          label={noteLabel}
          rows={2}
          value={note}
          readOnly={readOnly}
          hint={lacking && !reasons.shown ? t('reasonNeeded') : undefined}
          error={lacking && reasons.shown ? t('reasonNeeded') : undefined}
          onChange={(e) => edit(path, { note: e.currentTarget.value })}
          onBlur={() => void commit()}
        />
        {evidence && (
          <div className="rated-card__feedback">
            <h4>{t('feedbackOfPeriod')}</h4>
            {feedback.length === 0 ? (
              <p className="muted">{t('feedbackNoneHere')}</p>
            ) : (
              <ul className="feedback-list">
                {feedback.map((f) => (
                  <li key={f.id}>
                    <FeedbackEntry
                      feedback={f}
                      activities={evidence.logs}
                      renderActivity={(a) =>
                        cited.some((c) => c.id === a.id) ? (
                          <a
                            href={`#${evidenceFieldId(a.id)}`}
                            onClick={(e) => {
                              e.preventDefault();
                              focusField(evidenceFieldId(a.id));
                            }}
                          >
                            {format.date(a.date, 'short')} ·{' '}
                            <span translate="no">{a.kegiatan}</span>
                          </a>
                        ) : (
                          <>
                            {format.date(a.date, 'short')} ·{' '}
                            <span translate="no">{a.kegiatan}</span>
                          </>
                        )
                      }
                    >
                      {!readOnly && (
                        <p>
                          <Button
                            variant="ghost"
                            onClick={() => cite(f)}
                            aria-label={t('citeLabel', { date: format.date(f.date) })}
                          >
                            {t('cite')}
                          </Button>
                        </p>
                      )}
                    </FeedbackEntry>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
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
