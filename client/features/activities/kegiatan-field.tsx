/**
 * "Kegiatan" with its length in view: the count and the limit under the label (read with the
 * field), a polite announcement only in the last characters, and text past the limit kept and
 * marked (a paste is never cut silently; the form refuses it next to the field).
 */
import { KEGIATAN_MAX_LENGTH } from '../../core/activity-rules';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { activitiesMessages } from './activities-messages';

/** Characters left at which the remaining count starts being announced. */
const ANNOUNCE_FROM = 20;

type Props = {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
};

export function KegiatanField({ id, value, error, onChange, onBlur }: Props) {
  const t = useT(activitiesMessages);
  const left = KEGIATAN_MAX_LENGTH - value.length;
  const announcement =
    left < 0
      ? t('kegiatanOver', { count: -left })
      : left <= ANNOUNCE_FROM
        ? t('kegiatanLeft', { count: left })
        : '';
  return (
    <>
      <TextArea
        id={id}
        label={t('kegiatan')}
        hint={t('kegiatanCount', { count: value.length, max: KEGIATAN_MAX_LENGTH })}
        rows={2}
        required
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
