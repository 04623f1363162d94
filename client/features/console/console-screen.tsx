/**
 * Kelola organisasi (Pengelola Kinerja and admin): units, people, periods, catalogs,
 * organisation ratings, import and the change history, one section at a time. Laid out for a
 * laptop, usable on a tablet; offline it shows the last synced data read-only and says so.
 */
import { Suspense } from 'react';
import { Banner } from '../../ui/banner';
import { useT } from '../../ui/i18n';
import { Link, useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { consoleMessages } from './console-messages';
import { CONSOLE_SECTIONS, sectionOf, sectionPath } from './sections';
import { useConsoleWritable } from './use-console-writable';
import './console.css';

export function ConsoleScreen() {
  const t = useT(consoleMessages);
  const { pathname } = useLocation();
  const writable = useConsoleWritable();
  const current = sectionOf(pathname);
  const Section = current?.screen;

  return (
    <div className="console">
      <h1>{t('title')}</h1>
      <nav className="console-tabs" aria-label={t('sectionsNav')}>
        <ul>
          {CONSOLE_SECTIONS.map((s) => (
            <li key={s.path}>
              <Link
                to={sectionPath(s.path)}
                className="console-tabs__link"
                aria-current={s === current ? 'page' : undefined}
              >
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!writable && (
        <Banner tone="warning" role="status">
          {t('offline')}
        </Banner>
      )}
      <Suspense fallback={<Skeleton lines={6} />}>
        {Section ? <Section /> : <p>{t('noSection')}</p>}
      </Suspense>
    </div>
  );
}
