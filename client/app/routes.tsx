/**
 * The route table: each feature screen is its own lazily loaded chunk.
 * A route matches its path and everything below it (`/kegiatan` serves `/kegiatan/baru`);
 * the feature reads the rest of the path with `useLocation()`. The first match wins, so a
 * deeper path (`/kinerja/skp`) comes before its parent (`/kinerja`).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { isWithin } from '../ui/navigation';
import type { appMessages } from './app-messages';

type TitleKey = keyof typeof appMessages.id;

export type NavKey =
  | 'home'
  | 'activities'
  | 'performance'
  | 'attendance'
  | 'feedback'
  | 'development'
  | 'team'
  | 'reports'
  | 'console'
  | 'setup'
  | 'profile';

export type RouteDef = {
  path: string;
  title: TitleKey;
  screen: LazyExoticComponent<ComponentType>;
  /** Shown in the navigation under this key. */
  nav?: NavKey;
  /** The navigation item lit while this route shows (defaults to `nav`). */
  within?: NavKey;
  /** Only for people in the directory (not the admin account). */
  employeesOnly?: boolean;
  /** Only for people who appraise others. */
  headsOnly?: boolean;
  /** Only for the admin account (naming Pengelola, the first set-up). */
  adminOnly?: boolean;
  /** Only for a Pengelola Kinerja or the admin (keeping the organisation). */
  pengelolaOnly?: boolean;
  /** Only for heads, a Pengelola Kinerja and the admin (Laporan). */
  reportReaders?: boolean;
};

/** Wraps a named export for React.lazy, which wants a default export. */
function named<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const HomeScreen = named(() => import('../features/home/home-screen'), 'HomeScreen');
export const SignInScreen = named(() => import('../features/auth/sign-in-screen'), 'SignInScreen');

export const ROUTES: readonly RouteDef[] = [
  { path: '/', title: 'navHome', nav: 'home', screen: HomeScreen },
  {
    path: '/kegiatan',
    title: 'navActivities',
    nav: 'activities',
    screen: named(() => import('../features/activities/activities-screen'), 'ActivitiesScreen'),
  },
  {
    path: '/kinerja/skp',
    title: 'titleSkp',
    within: 'performance',
    screen: named(() => import('../features/skp/skp-screen'), 'SkpScreen'),
  },
  {
    path: '/kinerja',
    title: 'navPerformance',
    nav: 'performance',
    screen: named(() => import('../features/appraisal/my-appraisals-screen'), 'MyAppraisalsScreen'),
  },
  {
    path: '/kehadiran',
    title: 'navAttendance',
    nav: 'attendance',
    employeesOnly: true,
    screen: named(() => import('../features/attendance/attendance-screen'), 'AttendanceScreen'),
  },
  {
    path: '/umpan-balik',
    title: 'navFeedback',
    nav: 'feedback',
    employeesOnly: true,
    screen: named(() => import('../features/feedback/feedback-screen'), 'FeedbackScreen'),
  },
  {
    path: '/pengembangan',
    title: 'titleDevelopment',
    nav: 'development',
    employeesOnly: true,
    screen: named(() => import('../features/development/development-screen'), 'DevelopmentScreen'),
  },
  {
    path: '/tim',
    title: 'navTeam',
    nav: 'team',
    headsOnly: true,
    screen: named(() => import('../features/team/team-screen'), 'TeamScreen'),
  },
  {
    path: '/penilaian/skp',
    title: 'titleSkpApproval',
    within: 'team',
    headsOnly: true,
    screen: named(() => import('../features/skp/skp-approval-screen'), 'SkpApprovalScreen'),
  },
  {
    path: '/penilaian',
    title: 'titleAppraisal',
    within: 'team',
    headsOnly: true,
    screen: named(
      () => import('../features/appraisal/team-appraisals-screen'),
      'TeamAppraisalsScreen',
    ),
  },
  {
    path: '/laporan',
    title: 'navReports',
    nav: 'reports',
    reportReaders: true,
    screen: named(() => import('../features/reports/reports-screen'), 'ReportsScreen'),
  },
  {
    path: '/kelola',
    title: 'titleConsole',
    nav: 'console',
    pengelolaOnly: true,
    screen: named(() => import('../features/console/console-screen'), 'ConsoleScreen'),
  },
  {
    path: '/persiapan',
    title: 'titleSetup',
    nav: 'setup',
    adminOnly: true,
    screen: named(() => import('../features/setup/setup-screen'), 'SetupScreen'),
  },
  {
    path: '/profil',
    title: 'navProfile',
    nav: 'profile',
    screen: named(() => import('../features/profile/profile-screen'), 'ProfileScreen'),
  },
  {
    path: '/data-saya',
    title: 'titleWhoSees',
    within: 'profile',
    screen: named(() => import('../features/privacy/privacy-screen'), 'PrivacyScreen'),
  },
  {
    path: '/tentang',
    title: 'titleAbout',
    within: 'profile',
    screen: named(() => import('../features/about/about-screen'), 'AboutScreen'),
  },
  {
    path: '/sinkron',
    title: 'titleSyncIssues',
    screen: named(() => import('../features/sync-status/sync-issues-screen'), 'SyncIssuesScreen'),
  },
];

export const SIGN_IN_PATH = '/masuk';

/** Roles that have people to appraise, and so a "Tim" tab. */
const HEAD_ROLES = ['pejabat-penilai', 'atasan-penilai'];

export function isHead(roles: readonly string[]): boolean {
  return roles.some((role) => HEAD_ROLES.includes(role));
}

export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('admin');
}

export function isPengelolaRole(roles: readonly string[]): boolean {
  return roles.includes('pengelola') || roles.includes('admin');
}

/** True when this person may open the route (and see it in the navigation). */
export function mayOpen(route: RouteDef, roles: readonly string[]): boolean {
  return (
    (!route.employeesOnly || roles.includes('pegawai')) &&
    (!route.headsOnly || isHead(roles)) &&
    (!route.adminOnly || isAdmin(roles)) &&
    (!route.pengelolaOnly || isPengelolaRole(roles)) &&
    (!route.reportReaders || isHead(roles) || isPengelolaRole(roles))
  );
}

/** The route serving a path for this person, or null (not found). */
export function matchRoute(pathname: string, roles: readonly string[]): RouteDef | null {
  const route = ROUTES.find((r) => isWithin(pathname, r.path));
  return route && mayOpen(route, roles) ? route : null;
}
