/** "Bukti dukung": photos from the camera or the gallery, compressed on the device, and links. */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_PHOTOS } from '../../core/photos';
import type { PhotoRef } from '../../core/schemas/work';
import { useActivityPhotos } from '../../data/queries/use-activity-photos';
import { Button, buttonClass } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { activitiesMessages } from './activities-messages';
import { photoCount } from './form-rules';
import type { FormValues, NewPhoto } from './form-values';
import { compressPhoto, makeThumbnail, PhotoError, photoName } from '../../ui/photo-compress';

type Props = {
  stored: readonly PhotoRef[];
  values: FormValues;
  update: (fn: (prev: FormValues) => FormValues) => void;
  disabled: boolean;
  photoError?: string | undefined;
  linksError?: string | undefined;
  onLinksBlur: () => void;
};

/** A photo not saved yet: the object URL lives exactly as long as the image shows that blob. */
function Thumb({ blob, alt }: { blob: Blob; alt: string }) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (!img) return;
    const url = URL.createObjectURL(blob);
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return <img ref={ref} className="act-thumb" alt={alt} />;
}

export function EvidenceField(props: Props) {
  const { stored, values, update, disabled } = props;
  const t = useT(activitiesMessages);
  const format = useFormat();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const { photos: storedShown } = useActivityPhotos(stored);

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
        const blob = await compressPhoto(file);
        added.push({ name: photoName(now, i), blob, thumb: await makeThumbnail(blob) });
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
        {storedShown.map(({ ref: a, src }, i) => {
          const n = i + 1;
          const removed = values.removedPhotos.includes(a.name);
          return (
            <li key={a.id} className={removed ? 'act-photo act-photo--removed' : 'act-photo'}>
              {src === null ? (
                <span className="act-thumb act-thumb--missing">{t('photoUnavailable')}</span>
              ) : (
                <img className="act-thumb" src={src} alt={t('photoAlt', { n })} />
              )}
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
