/**
 * One photo of a paper (a certificate, a letter), picked or taken with the camera and compressed
 * on the device like evidence photos, with a thumbnail that travels with the record. Development
 * records and attendance corrections both use it; the caller names what the photo is.
 */
import { useState, type ChangeEvent } from 'react';
import type { PhotoInput } from '../data/commands/photo-docs';
import { useT } from './i18n';
import { compressPhoto, makeThumbnail, photoName } from './photo-compress';
import { photoFieldMessages } from './photo-field-messages';
import { TextField } from './text-field';

type Props = {
  label: string;
  /** What the photo shows, as a sentence starts ("Sertifikat", "Surat"): "Sertifikat dipilih: …". */
  what: string;
  hint?: string | undefined;
  chosen: PhotoInput | null;
  onChosen: (photo: PhotoInput | null) => void;
  /** The name of the photo already stored with the record, if any. */
  storedName: string | null;
  disabled: boolean;
};

export function PhotoField({ label, what, hint, chosen, onChosen, storedName, disabled }: Props) {
  const t = useT(photoFieldMessages);
  const [problem, setProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblem(false);
    try {
      const blob = await compressPhoto(file);
      onChosen({
        name: photoName(Date.now(), 0),
        data: blob,
        contentType: 'image/jpeg',
        thumb: await makeThumbnail(blob),
      });
    } catch {
      setProblem(true);
      onChosen(null);
    } finally {
      setBusy(false);
    }
  };
  const shown = chosen
    ? t('chosen', { what, name: chosen.name })
    : storedName
      ? t('stored', { what, name: storedName })
      : null;
  return (
    <div>
      <TextField
        type="file"
        accept="image/*"
        label={label}
        hint={hint}
        error={problem ? t('problem') : undefined}
        disabled={disabled || busy}
        onChange={(e) => void pick(e)}
      />
      {shown && (
        <p className="muted" role="status">
          {shown}
        </p>
      )}
    </div>
  );
}
