/**
 * Pengembangan kompetensi (/kelola/pengembangan), in two parts: the queue of records waiting for
 * the Pengelola (development-queue.tsx) and who is below the JP target per unit at
 * /kelola/pengembangan/di-bawah-target (below-target-report.tsx). The catalog of development
 * activities lives in Katalog, the JP rules in Pengaturan.
 */
import { useT } from '../../../ui/i18n';
import { Link, useLocation } from '../../../ui/navigation';
import { sectionPath } from '../sections';
import { BelowTargetReport } from './below-target-report';
import { DevelopmentQueue } from './development-queue';
import { developmentMessages } from './development-messages';

const SECTION = 'pengembangan';
const BELOW = 'di-bawah-target';

export function DevelopmentSection() {
  const t = useT(developmentMessages);
  const below = useLocation().pathname.split('/')[3] === BELOW;
  const tab = (to: string, current: boolean, label: string) => (
    <li>
      <Link to={to} className="console-tabs__link" aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
  return (
    <section aria-labelledby="development-title">
      <h2 id="development-title">{t('title')}</h2>
      <nav className="console-tabs" aria-label={t('partsNav')}>
        <ul>
          {tab(sectionPath(SECTION), !below, t('partQueue'))}
          {tab(sectionPath(SECTION, BELOW), below, t('partBelow'))}
        </ul>
      </nav>
      {below ? <BelowTargetReport /> : <DevelopmentQueue />}
    </section>
  );
}
