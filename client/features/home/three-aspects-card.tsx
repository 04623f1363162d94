/**
 * Beranda's card of the three aspects for the year so far (1 January to today): kehadiran,
 * kualitas pekerjaan and kontribusi terhadap tim in a line each, the figures and "Cara dihitung"
 * folded under them, leading to Kehadiran and to the latest Rapor.
 */
import { threeAspects } from '../../core/three-aspects';
import { useYearAspects } from '../../data/queries/three-aspects-queries';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { ThreeAspectsGrid } from '../../ui/three-aspects';
import { threeAspectsCardMessages } from './three-aspects-card-messages';

export function ThreeAspectsCard({ nip, today }: { nip: string; today: string }) {
  const t = useT(threeAspectsCardMessages);
  const year = today.slice(0, 4);
  const data = useYearAspects(nip, today);
  return (
    <Card title={t('title')}>
      {/* The year as written: a number parameter would be formatted ("2.026" in Indonesian). */}
      <p className="muted">{t('range', { year })}</p>
      {data === undefined ? (
        <Skeleton lines={3} height="1.5rem" />
      ) : (
        <ThreeAspectsGrid
          compact
          aspects={threeAspects(data.sources, {
            range: data.range,
            appraisal: data.appraisal,
            view: 'employee',
          })}
          actions={{
            attendance: (
              <Link to="/kehadiran" className={buttonClass('secondary')}>
                {t('openAttendance')}
              </Link>
            ),
          }}
        />
      )}
      {data?.raporPeriodId ? (
        <Link to={`/kinerja/rapor/${data.raporPeriodId}`} className={buttonClass('secondary')}>
          {t('openRapor')}
        </Link>
      ) : (
        <Link to="/kinerja" className={buttonClass('secondary')}>
          {t('openPerformance')}
        </Link>
      )}
    </Card>
  );
}
