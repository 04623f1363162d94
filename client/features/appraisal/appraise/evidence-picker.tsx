/**
 * Evidence (bukti dukung) for one rating: the period's logged activities, their photos and the
 * feedback given, each a checkbox. Cited as ids: an activity id, `{activityId}#{photo}`, a feedback id.
 */
import type { ActivityRow, FeedbackRow } from '../../../data/read-model';
import { Checkbox } from '../../../ui/checkbox';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { EvidenceThumb } from '../shared/evidence-thumb';
import { appraiseMessages } from './appraise-messages';
import { evidenceFieldId } from './reason-fields';
import '../shared/rating.css';

type Props = {
  activities: readonly ActivityRow[];
  feedback: readonly FeedbackRow[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  /** At most this many activities are offered (latest first). */
  limit?: number;
};

export const photoEvidenceId = (activityId: string, name: string) => `${activityId}#${name}`;

export function EvidencePicker({
  activities,
  feedback,
  selected,
  onChange,
  disabled,
  limit = 8,
}: Props) {
  const t = useT(appraiseMessages);
  const format = useFormat();
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  const offered = [...activities]
    .filter((a) => a.status !== 'draft')
    .sort((a, b) => b.date.localeCompare(a.date) || b.start.localeCompare(a.start))
    .slice(0, limit);
  // Evidence chosen earlier stays visible even when it is no longer among the latest entries.
  const older = activities.filter(
    (a) => selected.includes(a.id) && !offered.some((o) => o.id === a.id),
  );
  return (
    <details className="evidence">
      <summary>{t('evidenceSummary', { count: selected.length })}</summary>
      {offered.length + older.length + feedback.length === 0 ? (
        <p className="muted">{t('evidenceNone')}</p>
      ) : (
        <ul className="evidence__list">
          {[...offered, ...older].map((a) => (
            <li key={a.id}>
              <Checkbox
                id={evidenceFieldId(a.id)}
                label={`${format.date(a.date, 'short')} · ${a.kegiatan}`}
                hint={t('evidenceActivityHint', {
                  realisasi: format.number(a.realisasi),
                  satuan: a.satuan,
                  photos: a.photos.length,
                })}
                checked={selected.includes(a.id)}
                onChange={(e) => toggle(a.id, e.currentTarget.checked)}
                disabled={disabled}
              />
              {a.photos.length > 0 && (
                <ul className="evidence__photos">
                  {a.photos.map((p, i) => {
                    const id = photoEvidenceId(a.id, p.name);
                    return (
                      <li key={p.name}>
                        <Checkbox
                          className="evidence__photo"
                          label={
                            <>
                              <EvidenceThumb photo={p} alt="" />
                              {t('evidencePhoto', { n: i + 1, total: a.photos.length })}
                            </>
                          }
                          checked={selected.includes(id)}
                          onChange={(e) => toggle(id, e.currentTarget.checked)}
                          disabled={disabled}
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          ))}
          {feedback.map((f) => (
            <li key={f.id}>
              <Checkbox
                label={`${t('evidenceFeedback')} ${format.date(f.date, 'short')}: ${f.text}`}
                checked={selected.includes(f.id)}
                onChange={(e) => toggle(f.id, e.currentTarget.checked)}
                disabled={disabled}
              />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
