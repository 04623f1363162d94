/** One entry in the list: time and minutes, kegiatan, status, the head's note, and "Duplikat". */
import { durationMinutes } from '../../core/dates';
import type { ActivityRow } from '../../data/read-model';
import { buttonClass } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { StatusChip } from '../../ui/status-chip';
import { useDuration } from '../../ui/use-duration';
import { activitiesMessages } from './activities-messages';

export function ActivityItem({ row }: { row: ActivityRow }) {
  const t = useT(activitiesMessages);
  const format = useFormat();
  const duration = useDuration();
  return (
    <li className="act-item" data-status={row.status}>
      <Link to={`/kegiatan/${row.id}`} className="act-item__main">
        <span className="act-item__time">
          {format.clock(row.start)}–{format.clock(row.end)} ·{' '}
          {duration(Math.max(0, durationMinutes(row.start, row.end)))}
        </span>
        <span className="act-item__what" translate="no">
          {row.kegiatan}
        </span>
        {row.returnNote && (
          <span className="act-item__note">{t('returnNote', { note: row.returnNote })}</span>
        )}
      </Link>
      <div className="act-item__meta">
        <StatusChip status={row.status} />
        <span className="muted act-item__amount">
          {format.number(row.realisasi)} <span translate="no">{row.satuan}</span>
        </span>
        <Link
          to={`/kegiatan/baru?salin=${encodeURIComponent(row.id)}`}
          className={`${buttonClass('ghost')} act-item__dup`}
          aria-label={t('duplicateOf', { kegiatan: row.kegiatan })}
        >
          {t('duplicate')}
        </Link>
      </div>
    </li>
  );
}
