/** The way to the calibration screen, for an Atasan Pejabat Penilai (on Kinerja and Penilaian). */
import { buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { calibrationMessages } from './calibration-messages';

export function CalibrationCard() {
  const t = useT(calibrationMessages);
  return (
    <Card title={t('title')}>
      <p>{t('cardBody')}</p>
      <Link to="/penilaian/kalibrasi" className={buttonClass('secondary')}>
        {t('open')}
      </Link>
    </Card>
  );
}
