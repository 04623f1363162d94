/** Beranda's JP ring: the person's verified JP of the year against the target, and the way to more. */
import { useJpProgress } from '../../data/queries/development-staff-queries';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { JpRing } from '../../ui/jp-ring';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { jpCardMessages } from './jp-card-messages';

export function JpCard({ nip, year }: { nip: string; year: number }) {
  const t = useT(jpCardMessages);
  const progress = useJpProgress(nip, year);
  return (
    <Card title={t('title')}>
      {progress === undefined ? (
        <Skeleton lines={2} height="1.5rem" />
      ) : (
        <>
          <JpRing progress={progress} size="small" />
          <p className="muted">{t('summary', { year: String(year) })}</p>
        </>
      )}
      <Link to="/pengembangan" className={buttonClass('secondary')}>
        {t('open')}
      </Link>
    </Card>
  );
}
