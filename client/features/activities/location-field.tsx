/** "Lokasi": optional, read from the device only after the person agrees, for this entry only. */
import { useId, useState } from 'react';
import { Checkbox } from '../../ui/checkbox';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { activitiesMessages } from './activities-messages';
import type { FormValues } from './form-values';

type Props = {
  location: FormValues['location'];
  onChange: (location: FormValues['location']) => void;
  disabled: boolean;
};

export function LocationField({ location, onChange, disabled }: Props) {
  const t = useT(activitiesMessages);
  const format = useFormat();
  const hintId = useId();
  const [state, setState] = useState<'idle' | 'locating' | 'failed'>('idle');

  const consent = (agreed: boolean) => {
    if (!agreed) {
      onChange(null);
      setState('idle');
      return;
    }
    if (!('geolocation' in navigator)) {
      setState('failed');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setState('idle');
        onChange({
          lat: Math.round(pos.coords.latitude * 1e6) / 1e6,
          lng: Math.round(pos.coords.longitude * 1e6) / 1e6,
          accuracy: Math.round(pos.coords.accuracy),
        });
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const coord = (n: number) => format.number(n, { maximumFractionDigits: 5 });
  return (
    <fieldset className="act-fieldset" disabled={disabled} aria-describedby={hintId}>
      <legend className="field__label">{t('location')}</legend>
      <p id={hintId} className="field__hint">
        {t('locationHint')}
      </p>
      <Checkbox
        label={t('locationConsent')}
        checked={location !== null || state === 'locating'}
        onChange={(e) => consent(e.target.checked)}
      />
      <div aria-live="polite">
        {state === 'locating' && <p className="muted">{t('locating')}</p>}
        {state === 'failed' && <p className="field__error">{t('locationFailed')}</p>}
        {location && (
          <p className="muted">
            {t('locationSaved', {
              lat: coord(location.lat),
              lng: coord(location.lng),
              accuracy: location.accuracy,
            })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
