/** The work of an entry: Tanggal, Jam mulai and selesai, Kegiatan, Uraian, RHK, Realisasi, Satuan. */
import { useT } from '../../ui/i18n';
import { Select } from '../../ui/select';
import { TextArea, TextField } from '../../ui/text-field';
import { activitiesMessages } from './activities-messages';
import type { FieldName } from './form-rules';
import { KegiatanField } from './kegiatan-field';
import type { FormValues } from './form-values';
import type { FormReference } from './use-activity-data';

/** Element ids of the fields, to focus the first one a rule refuses. */
export const FIELD_IDS: Record<FieldName, string> = {
  date: 'activity-date',
  start: 'activity-start',
  end: 'activity-end',
  kegiatan: 'activity-kegiatan',
  realisasi: 'activity-realisasi',
  satuan: 'activity-satuan',
  links: 'activity-links',
  photos: 'activity-camera',
};

type Props = {
  values: FormValues;
  update: (fn: (prev: FormValues) => FormValues) => void;
  errorOf: (field: FieldName) => string | undefined;
  touch: (field: FieldName) => () => void;
  today: string;
  reference: FormReference;
  readOnly: boolean;
};

export function WorkFields({ values, update, errorOf, touch, today, reference, readOnly }: Props) {
  const t = useT(activitiesMessages);
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      update((prev) => ({ ...prev, [key]: value }));

  const rhkOptions = (reference.rhk ?? []).flatMap((r) =>
    r.iki.map((iki) => ({
      value: `${r.id}|${iki.id}`,
      label: r.iki.length > 1 ? `${r.text} (${iki.text})` : r.text,
    })),
  );
  // Choosing an RHK proposes its IKI's satuan when none is typed yet.
  const pickRhk = (key: string) => {
    const iki = reference.rhk?.flatMap((r) => r.iki).find((i) => key.endsWith(`|${i.id}`));
    update((prev) => ({ ...prev, rhk: key, satuan: prev.satuan || (iki?.satuan ?? '') }));
  };

  return (
    <fieldset className="act-fieldset act-fieldset--plain" disabled={readOnly}>
      <TextField
        id={FIELD_IDS.date}
        label={t('date')}
        type="date"
        max={today}
        required
        value={values.date}
        error={errorOf('date')}
        onChange={(e) => set('date')(e.target.value)}
        onBlur={touch('date')}
      />
      <div className="act-pair">
        <TextField
          id={FIELD_IDS.start}
          label={t('start')}
          type="time"
          required
          value={values.start}
          error={errorOf('start')}
          onChange={(e) => set('start')(e.target.value)}
          onBlur={touch('start')}
        />
        <TextField
          id={FIELD_IDS.end}
          label={t('end')}
          type="time"
          required
          value={values.end}
          error={errorOf('end')}
          onChange={(e) => set('end')(e.target.value)}
          onBlur={touch('end')}
        />
      </div>
      <KegiatanField
        id={FIELD_IDS.kegiatan}
        value={values.kegiatan}
        error={errorOf('kegiatan')}
        onChange={set('kegiatan')}
        onBlur={touch('kegiatan')}
      />
      <TextArea
        id="activity-uraian"
        label={t('uraian')}
        hint={t('optional')}
        rows={3}
        maxLength={2000}
        value={values.uraian}
        onChange={(e) => set('uraian')(e.target.value)}
      />
      <Select
        id="activity-rhk"
        label={t('rhk')}
        hint={reference.rhk ? t('rhkHint') : t('rhkNoSkp')}
        placeholder={t('rhkNone')}
        options={rhkOptions}
        value={values.rhk}
        onChange={(e) => pickRhk(e.target.value)}
      />
      <div className="act-pair">
        <TextField
          id={FIELD_IDS.realisasi}
          label={t('realisasi')}
          inputMode="decimal"
          required
          value={values.realisasi}
          error={errorOf('realisasi')}
          onChange={(e) => set('realisasi')(e.target.value)}
          onBlur={touch('realisasi')}
        />
        <TextField
          id={FIELD_IDS.satuan}
          label={t('satuan')}
          required
          maxLength={40}
          value={values.satuan}
          error={errorOf('satuan')}
          onChange={(e) => set('satuan')(e.target.value)}
          onBlur={touch('satuan')}
        />
      </div>
    </fieldset>
  );
}
