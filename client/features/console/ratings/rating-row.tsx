/** One unit's organisation rating for the chosen period: its rating and note, saved by row. */
import { useState } from 'react';
import type { OrgRatingDoc } from '../../../core/schemas/reference';
import { ORG_RATINGS, type OrgRating } from '../../../core/vocabulary';
import { saveOrgRating } from '../../../data/commands/save-org-rating';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { useConsoleWritable } from '../use-console-writable';
import { ratingsMessages } from './ratings-messages';

type Props = {
  unit: { unitId: string; name: string };
  periodId: string;
  stored: OrgRatingDoc | undefined;
  names: ReadonlyMap<string, string>;
};

const isOrgRating = (v: string): v is OrgRating => (ORG_RATINGS as readonly string[]).includes(v);

export function RatingRow({ unit, periodId, stored, names }: Props) {
  const t = useT(ratingsMessages);
  const format = useFormat();
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const writable = useConsoleWritable();
  const [rating, setRating] = useState<string>(stored?.rating ?? '');
  const [note, setNote] = useState(stored?.note ?? '');
  const [error, setError] = useState<{ field: 'rating' | 'note'; text: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save() {
    setSaved(false);
    if (!isOrgRating(rating)) {
      setError({ field: 'rating', text: t('ratingRequired') });
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const result = await saveOrgRating({ unitId: unit.unitId, periodId, rating, note }, ctx);
      if (!result.ok) {
        const text = t('refused', { reason: reasonOf(result) });
        setError({ field: result.field === 'note' ? 'note' : 'rating', text });
      } else {
        setSaved(true);
        syncNow();
      }
    } finally {
      setBusy(false);
    }
  }

  const setter =
    stored === undefined
      ? null
      : stored.setBy === 'admin'
        ? t('admin')
        : (names.get(stored.setBy) ?? stored.setBy);
  return (
    <tr>
      <th scope="row" translate="no">
        {unit.name}
      </th>
      <td>
        <Select
          label={<span className="visually-hidden">{t('ratingOf', { unit: unit.name })}</span>}
          placeholder={t('choose')}
          options={ORG_RATINGS.map((r) => ({ value: r, label: t(`org.${r}`) }))}
          value={rating}
          disabled={!writable}
          error={error?.field === 'rating' ? error.text : undefined}
          onChange={(e) => {
            setSaved(false);
            setRating(e.target.value);
          }}
        />
      </td>
      <td>
        <TextField
          label={<span className="visually-hidden">{t('noteOf', { unit: unit.name })}</span>}
          value={note}
          maxLength={1000}
          disabled={!writable}
          error={error?.field === 'note' ? error.text : undefined}
          onChange={(e) => {
            setSaved(false);
            setNote(e.target.value);
          }}
        />
      </td>
      <td>
        {stored === undefined || setter === null ? (
          <span className="muted">{t('notSet')}</span>
        ) : (
          <span translate="no">
            {t('setByAt', {
              name: setter,
              when: `${format.date(stored.setAt)} ${format.time(stored.setAt)}`,
            })}
          </span>
        )}
      </td>
      <td>
        <Button
          busy={busy}
          disabled={!writable}
          aria-label={t('saveOf', { unit: unit.name })}
          onClick={() => void save()}
        >
          {t('save')}
        </Button>
        <span aria-live="polite" className="rating-row__saved">
          {saved ? t('saved') : ''}
        </span>
      </td>
    </tr>
  );
}
