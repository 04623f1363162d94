/** "Bukti dukung": photos from the camera or the gallery, compressed on the device, and links. */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { loadActivityPhotos } from '../../data/queries/activity-photos';
import type { AttachmentMeta } from '../../data/read-model';
import { Button, buttonClass } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { activitiesMessages } from './activities-messages';
import { MAX_PHOTOS, photoCount } from './form-rules';
import type { FormValues, NewPhoto } from './form-values';
import { compressPhoto, PhotoError, photoName } from './photo-compress';

type Props = {
  rowId: string | null;
  stored: readonly AttachmentMeta[];
  values: FormValues;
  update: (fn: (prev: FormValues) => FormValues) => void;
  disabled: boolean;
  photoError?: string | undefined;
  linksError?: string | undefined;
  onLinksBlur: () => void;
};

/** A photo from a blob: the object URL lives exactly as long as the image shows that blob. */
function Thumb({ blob, alt }: { blob: Blob | null | undefined; alt: string }) {
  const t = useT(activitiesMessages);
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (!blob || !img) return;
    const url = URL.createObjectURL(blob);
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  if (blob === null)
    return <span className="act-thumb act-thumb--missing">{t('photoUnavailable')}</span>;
  return <img ref={ref} className="act-thumb" alt={alt} />;
}

/** Stored photos of the entry, read from the device only while this form is open. */
function useStoredBlobs(rowId: string | null, names: readonly string[]) {
  const [blobs, setBlobs] = useState<ReadonlyMap<string, Blob | null>>(new Map());
  const key = names.join('\n');
  useEffect(() => {
    if (rowId === null || key === '') return;
    let live = true;
    loadActivityPhotos(rowId, key.split('\n'))
      .then((photos) => live && setBlobs(new Map(photos.map((p) => [p.name, p.blob]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [rowId, key]);
  return blobs;
}

export function EvidenceField(props: Props) {
  const { rowId, stored, values, update, disabled } = props;
  const t = useT(activitiesMessages);
  const format = useFormat();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const storedBlobs = useStoredBlobs(
    rowId,
    stored.map((a) => a.name),
  );

  const reason = (err: unknown, file: File): string => {
    const name = file.name;
    if (!(err instanceof PhotoError)) return t('photoUnreadable', { name });
    if (err.kind === 'too-large') return t('photoTooLarge', { name, size: format.bytes(err.size) });
    if (err.kind === 'not-image') return t('photoNotImage', { name });
    if (err.kind === 'cannot-compress') return t('photoCannotCompress', { name });
    return t('photoUnreadable', { name });
  };

  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setNotice(null);
    const room = MAX_PHOTOS - photoCount(values, stored.length);
    const added: NewPhoto[] = [];
    const errors: string[] = [];
    let skipped = 0;
    const now = Date.now();
    for (const [i, file] of files.entries()) {
      if (added.length >= room) {
        skipped += 1;
        continue;
      }
      try {
        added.push({ name: photoName(now, i), blob: await compressPhoto(file) });
      } catch (err) {
        errors.push(reason(err, file));
      }
    }
    if (skipped > 0) errors.push(t('photoLimit', { count: skipped }));
    if (added.length > 0) {
      update((prev) => ({ ...prev, newPhotos: [...prev.newPhotos, ...added] }));
      const size = added.reduce((s, p) => s + p.blob.size, 0);
      setNotice(t('photosAdded', { count: added.length, size: format.bytes(size) }));
    }
    setProblems(errors);
    setBusy(false);
  };

  const toggleStored = (name: string) =>
    update((prev) => ({
      ...prev,
      removedPhotos: prev.removedPhotos.includes(name)
        ? prev.removedPhotos.filter((n) => n !== name)
        : [...prev.removedPhotos, name],
    }));
  const removeNew = (name: string) =>
    update((prev) => ({ ...prev, newPhotos: prev.newPhotos.filter((p) => p.name !== name) }));

  const full = photoCount(values, stored.length) >= MAX_PHOTOS;
  const errors = [...(props.photoError ? [props.photoError] : []), ...problems];

  return (
    <fieldset className="act-fieldset" disabled={disabled} aria-describedby={hintId}>
      <legend className="field__label">{t('evidence')}</legend>
      <p id={hintId} className="field__hint">
        {t('evidenceHint')}
      </p>
      <ul className="act-photos">
        {stored.map((a, i) => {
          const n = i + 1;
          const removed = values.removedPhotos.includes(a.name);
          return (
            <li key={a.name} className={removed ? 'act-photo act-photo--removed' : 'act-photo'}>
              <Thumb blob={storedBlobs.get(a.name)} alt={t('photoAlt', { n })} />
              <span className="muted">
                {removed ? t('photoRemoved') : t('photoSize', { n, size: format.bytes(a.length) })}
              </span>
              <Button variant="ghost" onClick={() => toggleStored(a.name)}>
                {removed ? t('undoRemove', { n }) : t('removePhoto', { n })}
              </Button>
            </li>
          );
        })}
        {values.newPhotos.map((p, i) => {
          const n = stored.length + i + 1;
          return (
            <li key={p.name} className="act-photo">
              <Thumb blob={p.blob} alt={t('photoAlt', { n })} />
              <span className="muted">
                {t('photoSize', { n, size: format.bytes(p.blob.size) })}
              </span>
              <Button variant="ghost" onClick={() => removeNew(p.name)}>
                {t('removePhoto', { n })}
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <label
          className={`${buttonClass('secondary')} act-file`}
          data-disabled={full || busy || disabled}
        >
          <input
            id="activity-camera"
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            disabled={full || busy || disabled}
            onChange={(e) => void addFiles(e)}
          />
          {t('takePhoto')}
        </label>
        <label
          className={`${buttonClass('secondary')} act-file`}
          data-disabled={full || busy || disabled}
        >
          <input
            type="file"
            accept="image/*"
            multiple
            className="visually-hidden"
            disabled={full || busy || disabled}
            onChange={(e) => void addFiles(e)}
          />
          {t('pickPhotos')}
        </label>
      </div>
      <div aria-live="polite">
        {busy && <p className="muted">{t('compressing')}</p>}
        {notice && <p className="muted">{notice}</p>}
      </div>
      <div role="alert">
        {errors.map((e) => (
          <p key={e} className="field__error">
            {e}
          </p>
        ))}
      </div>
      <TextField
        id="activity-links"
        label={t('links')}
        hint={t('linksHint')}
        error={props.linksError}
        inputMode="url"
        autoComplete="off"
        value={values.links}
        onChange={(e) => update((prev) => ({ ...prev, links: e.target.value }))}
        onBlur={props.onLinksBlur}
      />
    </fieldset>
  );
}
