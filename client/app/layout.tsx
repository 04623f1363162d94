/**
 * The frame of every signed-in screen: skip link, header with the person, "Keluar" and the sync
 * status, navigation
 * (bottom bar on phones, side bar from 768px) and the main region with the current route.
 */
import { Brand } from '../ui/brand-mark';
import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useId,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useSessionStore } from '../data/session-store';
import { UserDataContext } from '../data/user-data';
import { useStorageStore } from '../data/storage';
import { useSyncStore } from '../data/sync-store';
import { usePerluTindakan } from '../data/queries/todo-queries';
import { perluTindakanMessages } from '../features/home/perlu-tindakan-messages';
import { PerluTindakanNotifier } from '../features/home/perlu-tindakan-notifier';
import { SyncStatusBar } from '../features/sync-status/sync-status-bar';
import { TOUR_QUERY, useTourWanted } from '../features/tour/use-tour-wanted';
import { InstallOffer } from '../pwa/install-offer';
import { UpdatePrompt } from '../pwa/update-prompt';
import { Banner } from '../ui/banner';
import { Icon } from '../ui/icon';
import { useFormat } from '../ui/format';
import { useT } from '../ui/i18n';
import { Link, useLocation } from '../ui/navigation';
import { appMessages } from './app-messages';
import { MORE_ICON, NavIcon } from './nav-icons';
import { ROUTES, isAdmin, mayOpen, type NavKey, type RouteDef } from './routes';
import { RouteFallback } from './route-fallback';
import { SignOutButton } from './sign-out-button';
import { useOrgEmpty } from './use-org-empty';

/** The first-run tour loads only when it is to show (features/tour/). */
const TourHost = lazy(async () => ({
  default: (await import('../features/tour/tour-host')).TourHost,
}));

const NAV_LABEL = {
  home: 'navHome',
  activities: 'navActivities',
  performance: 'navPerformance',
  attendance: 'navAttendance',
  feedback: 'navFeedback',
  development: 'navDevelopment',
  team: 'navTeam',
  reports: 'navReports',
  console: 'navConsole',
  setup: 'navSetup',
  profile: 'navProfile',
} as const;

/**
 * A label with its soft hyphens (U+00AD) as line-break opportunities (<wbr>): a long word may
 * break on a phone's bottom bar, and the link's name stays the plain word.
 */
function withBreaks(label: string): ReactNode {
  const parts = label.split('\u00AD');
  return parts.flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}

/** A phone's bottom bar holds this many items; with more, it keeps PHONE_BAR_KEPT and "Lainnya". */
const PHONE_BAR_MAX = 6;
const PHONE_BAR_KEPT = 5;

/** The items a phone's bar keeps first when not all fit; the rest are under "Lainnya". */
const PHONE_PRIORITY: readonly NavKey[] = [
  'home',
  'activities',
  'team',
  'console',
  'performance',
  'attendance',
  'feedback',
  'development',
  'reports',
  'profile',
  'setup',
];

/** The phone layout (the bottom bar) is below this width; layout.css uses the same breakpoint. */
const PHONE_QUERY = '(max-width: 767px)';

function subscribePhone(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on a phone-sized screen (no matchMedia, as in tests: false). */
function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribePhone,
    () => typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}

/** The keys of the items that go under "Lainnya" on a phone (none when all fit). */
export function phoneOverflow(keys: readonly NavKey[]): Set<NavKey> {
  if (keys.length <= PHONE_BAR_MAX) return new Set();
  const rank = (k: NavKey) => PHONE_PRIORITY.indexOf(k);
  const kept = new Set([...keys].sort((a, b) => rank(a) - rank(b)).slice(0, PHONE_BAR_KEPT));
  return new Set(keys.filter((k) => !kept.has(k)));
}

type MainNavProps = {
  roles: readonly string[];
  current: NavKey | undefined;
  /** The number of Perlu tindakan items, shown on Beranda's item. */
  todoCount: number;
};

/**
 * The navigation: every item in the tablet's side bar; on a phone the bottom bar with up to six
 * items, or five and "Lainnya", which opens the others above the bar (eight items do not fit a
 * 360 px phone with readable labels and 44 px targets).
 */
function MainNav({ roles, current, todoCount }: MainNavProps) {
  const t = useT(appMessages);
  const tTodo = useT(perluTindakanMessages);
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const items = ROUTES.filter((r) => r.nav && mayOpen(r, roles));
  const keyOf = (route: RouteDef): NavKey => route.nav ?? 'home';
  // On a phone the items under "Lainnya" leave the bar, and "Lainnya" answers for them where the
  // first-run tour points at one (tour-steps.ts matches data-tour~="nav-profile").
  const overflow = useIsPhone() ? phoneOverflow(items.map(keyOf)) : new Set<NavKey>();
  const inBar = items.filter((route) => !overflow.has(keyOf(route)));
  const moreTour = ['nav-more', ...[...overflow].map((k) => `nav-${k}`)].join(' ');
  const link = (route: RouteDef) => {
    const key = keyOf(route);
    return (
      <Link
        to={route.path}
        onClick={() => setMoreOpen(false)}
        className="app-nav__link"
        data-tour={`nav-${key}`}
        aria-current={key === current ? 'page' : undefined}
      >
        <NavIcon name={key} />
        <span className="app-nav__label">{withBreaks(t(NAV_LABEL[key]))}</span>
        {key === 'home' && todoCount > 0 && (
          <span className="app-nav__badge">
            <span aria-hidden="true">{todoCount}</span>
            <span className="visually-hidden">{tTodo('navCount', { count: todoCount })}</span>
          </span>
        )}
      </Link>
    );
  };
  return (
    <nav
      className="app-nav"
      aria-label={t('mainNav')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setMoreOpen(false);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setMoreOpen(false);
      }}
    >
      <ul className="app-nav__list">
        {inBar.map((route) => (
          <li key={route.path} data-nav={keyOf(route)}>
            {link(route)}
          </li>
        ))}
        {overflow.size > 0 && (
          <li className="app-nav__more" data-nav="more">
            <button
              type="button"
              className="app-nav__link"
              aria-expanded={moreOpen}
              aria-controls={moreId}
              data-tour={moreTour}
              aria-current={current !== undefined && overflow.has(current) ? 'page' : undefined}
              onClick={() => setMoreOpen((open) => !open)}
            >
              <Icon className="nav-icon" d={MORE_ICON} />
              <span className="app-nav__label">{t('navMore')}</span>
            </button>
          </li>
        )}
      </ul>
      {overflow.size > 0 && moreOpen && (
        <ul id={moreId} className="app-nav__popup">
          {items
            .filter((route) => overflow.has(keyOf(route)))
            .map((route) => (
              <li key={route.path}>{link(route)}</li>
            ))}
        </ul>
      )}
    </nav>
  );
}

/** The path whose heading last received focus; null until the first screen has shown. */
let arrivedAt: string | null = null;

/**
 * Moves focus to the new page's heading after a navigation (not on the first load), so screen
 * reader and keyboard users start reading at the new content. Rendered inside Suspense, after
 * the screen: it mounts when the lazy screen has arrived, so the heading exists.
 */
function FocusOnArrival({ pathname }: { pathname: string }) {
  useEffect(() => {
    const previous = arrivedAt;
    arrivedAt = pathname;
    if (previous === null || previous === pathname) return;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
  return null;
}

/** How long a failed count of what waits waits before it is asked again. */
const COUNT_RETRY_MS = 5_000;

/**
 * True once the local database has counted what waits to be sent: before that, the sync status's
 * 0 is only its default, and the update prompt must not take it for "nothing would be lost". A
 * count that failed is asked again a few seconds later, or at the next news of sync.
 */
function usePendingCounted(): boolean {
  const data = useContext(UserDataContext);
  const syncState = useSyncStore((s) => s.state);
  const [counted, setCounted] = useState<object | null>(null);
  const [failures, setFailures] = useState(0);
  const asked = counted === data || !data?.pendingCounted;
  useEffect(() => {
    if (asked || !data?.pendingCounted) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    data.pendingCounted().then(
      () => live && setCounted(data),
      () => {
        if (live) retry = setTimeout(() => setFailures((n) => n + 1), COUNT_RETRY_MS);
      },
    );
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [data, asked, syncState, failures]);
  return asked;
}

export function Layout({ route, children }: { route: RouteDef | null; children: ReactNode }) {
  const t = useT(appMessages);
  const user = useSessionStore((s) => s.user);
  const pending = useSyncStore((s) => s.pending);
  const pendingCounted = usePendingCounted();
  const storageLow = useStorageStore((s) => s.low);
  const { pathname, search } = useLocation();
  const tourWanted = useTourWanted(user?.nip, pathname, search.has(TOUR_QUERY));
  const orgEmpty = useOrgEmpty(isAdmin(user?.roles ?? []));
  const todo = usePerluTindakan(user?.nip ?? '', useFormat().today());

  useEffect(() => {
    // Without the soft hyphens that mark where a navigation label may break.
    document.title = `${t(route?.title ?? 'titleNotFound').replaceAll('\u00AD', '')} · ${t('brand')}`;
  }, [route, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__top">
          <Link to="/" className="app-brand" aria-label={t('brandHome')}>
            <Brand />
          </Link>
          {user && (
            <div className="app-header__account">
              <span className="app-header__user" translate="no">
                {user.name}
              </span>
              <SignOutButton />
            </div>
          )}
        </div>
        <SyncStatusBar />
      </header>
      <MainNav
        roles={user?.roles ?? []}
        current={route?.within ?? route?.nav}
        todoCount={todo?.length ?? 0}
      />
      <PerluTindakanNotifier items={todo} />
      <div className="app-body">
        <main id="main" className="app-main" tabIndex={-1}>
          <section className="app-notices" aria-label={t('notifications')}>
            <UpdatePrompt pendingDocuments={pendingCounted ? pending : null} />
            <InstallOffer pendingDocuments={pending} />
            {storageLow && <Banner tone="warning">{t('storageLow')}</Banner>}
            {orgEmpty && !pathname.startsWith('/persiapan') && (
              <Banner tone="info" actions={<Link to="/persiapan">{t('orgEmptyLink')}</Link>}>
                {t('orgEmpty')}
              </Banner>
            )}
          </section>
          <Suspense fallback={<RouteFallback />}>
            {tourWanted && <TourHost />}
            {children}
            <FocusOnArrival pathname={pathname} />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
