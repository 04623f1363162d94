/** One entry as the head reviews it: the work, its evidence, and "Setujui" / "Kembalikan" with a note. */
import { durationMinutes } from '../../core/dates';
import type { ActivityRow } from '../../data/read-model';
import { Button, buttonClass } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { TextArea } from '../../ui/text-field';
import { useDuration } from '../../ui/use-duration';
import { EvidencePhotos } from './evidence-photos';
import { teamMessages } from './team-messages';

export const NOTE_ID = 'review-note';

type Props = {
  entry: ActivityRow;
  name: string;
  rhkText: string | null;
  note: string;
  onNote: (note: string) => void;
  noteError: boolean;
  busy: boolean;
  onApprove: () => void;
  onReturn: () => void;
};

export function EntryReview(props: Props) {
  const { entry, name, rhkText, note, busy } = props;
  const t = useT(teamMessages);
  const format = useFormat();
  const duration = useDuration();
  return (
    <article className="team-review" aria-labelledby="review-title">
      <h2 id="review-title" className="team-review__title">
        {name}
      </h2>
      <p className="muted">
        {t('when', {
          date: format.date(entry.date, 'long'),
          start: format.clock(entry.start),
          end: format.clock(entry.end),
          duration: duration(Math.max(0, durationMinutes(entry.start, entry.end))),
        })}{' '}
        · {t('round', { round: entry.round })}
      </p>
      <dl className="facts team-facts">
        <dt>{t('kegiatan')}</dt>
        <dd translate="no">{entry.kegiatan}</dd>
        {entry.uraian && (
          <>
            <dt>{t('uraian')}</dt>
            <dd translate="no">{entry.uraian}</dd>
          </>
        )}
        <dt>{t('rhk')}</dt>
        <dd>{rhkText ?? t('rhkNone')}</dd>
        <dt>{t('realisasi')}</dt>
        <dd>
          {format.number(entry.realisasi)} <span translate="no">{entry.satuan}</span>
        </dd>
        {entry.links.length > 0 && (
          <>
            <dt>{t('links')}</dt>
            <dd>
              {entry.links.map((l) => (
                <a key={l} href={l} target="_blank" rel="noreferrer noopener" className="team-link">
                  {l}
                </a>
              ))}
            </dd>
          </>
        )}
        {entry.location && (
          <>
            <dt>{t('location')}</dt>
            <dd>
              {t('locationValue', {
                lat: format.number(entry.location.lat, { maximumFractionDigits: 5 }),
                lng: format.number(entry.location.lng, { maximumFractionDigits: 5 }),
                accuracy: entry.location.accuracy,
              })}
            </dd>
          </>
        )}
      </dl>
      <h3 className="team-review__sub">{t('evidence')}</h3>
      {entry.photos.length === 0 && entry.links.length === 0 ? (
        <p className="muted">{t('evidenceNone')}</p>
      ) : (
        <EvidencePhotos photos={entry.photos} />
      )}
      <TextArea
        id={NOTE_ID}
        label={t('note')}
        hint={t('noteHint')}
        rows={3}
        maxLength={1000}
        value={note}
        error={props.noteError ? t('noteRequired') : undefined}
        onChange={(e) => props.onNote(e.target.value)}
      />
      <div className="team-decide">
        <Button variant="primary" busy={busy} onClick={props.onApprove}>
          {t('approve')}
        </Button>
        <Button busy={busy} onClick={props.onReturn}>
          {t('returnIt')}
        </Button>
      </div>
      <p className="field__hint">{t('decisionHint')}</p>
      <p>
        <Link
          to={`/tim/${entry.nip}/umpan-balik?kegiatan=${encodeURIComponent(entry.id)}`}
          className={buttonClass('secondary')}
        >
          {t('giveFeedback')}
        </Link>
      </p>
    </article>
  );
}
