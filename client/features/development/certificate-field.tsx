/** The certificate photo: picked or taken, compressed on the device like evidence photos. */
import { useState, type ChangeEvent } from 'react';
import type { PhotoInput } from '../../data/commands/photo-docs';
import { useT } from '../../ui/i18n';
import { compressPhoto, makeThumbnail, photoName } from '../../ui/photo-compress';
import { TextField } from '../../ui/text-field';
import { developmentMessages } from './development-messages';

type Props = {
  chosen: PhotoInput | null;
  onChosen: (photo: PhotoInput | null) => void;
  storedName: string | null;
  disabled: boolean;
};

export function CertificateField({ chosen, onChosen, storedName, disabled }: Props) {
  const t = useT(developmentMessages);
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
    ? t('certificateChosen', { name: chosen.name })
    : storedName
      ? t('certificateStored', { name: storedName })
      : null;
  return (
    <div>
      <TextField
        type="file"
        accept="image/*"
        label={t('certificate')}
        hint={t('certificateHint')}
        error={problem ? t('photoProblem') : undefined}
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
