import { buttonClass } from '../ui/button';
import { commonMessages } from '../ui/common-messages';
import { EmptyState } from '../ui/empty-state';
import { useT } from '../ui/i18n';
import { Link, useLocation } from '../ui/navigation';

export function NotFound() {
  const t = useT(commonMessages);
  const { pathname } = useLocation();
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <EmptyState
        title={t('notFoundBody', { path: pathname })}
        action={
          <Link to="/" className={buttonClass('primary')}>
            {t('toHome')}
          </Link>
        }
      />
    </>
  );
}
