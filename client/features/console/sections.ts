/**
 * The console's sections, each its own lazily loaded chunk under /kelola/{path}. The first is
 * where /kelola lands.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { consoleMessages } from './console-messages';

export type ConsoleSection = {
  path: string;
  label: keyof typeof consoleMessages.id;
  screen: LazyExoticComponent<ComponentType>;
};

function named<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const CONSOLE_BASE = '/kelola';

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  {
    path: 'pegawai',
    label: 'people',
    screen: named(() => import('./people/people-section'), 'PeopleSection'),
  },
  {
    path: 'unit',
    label: 'units',
    screen: named(() => import('./units/units-section'), 'UnitsSection'),
  },
  {
    path: 'periode',
    label: 'periods',
    screen: named(() => import('./periods/periods-section'), 'PeriodsSection'),
  },
  {
    path: 'katalog',
    label: 'catalogs',
    screen: named(() => import('./catalogs/catalogs-section'), 'CatalogsSection'),
  },
  {
    path: 'pengembangan',
    label: 'development',
    screen: named(() => import('./development/development-section'), 'DevelopmentSection'),
  },
  {
    path: 'kehadiran',
    label: 'attendance',
    screen: named(() => import('./attendance/attendance-section'), 'AttendanceSection'),
  },
  {
    path: 'nilai-organisasi',
    label: 'ratings',
    screen: named(() => import('./ratings/ratings-section'), 'RatingsSection'),
  },
  {
    path: 'impor',
    label: 'import',
    screen: named(() => import('./import/import-section'), 'ImportSection'),
  },
  {
    path: 'pengaturan',
    label: 'settings',
    screen: named(() => import('./settings/settings-section'), 'SettingsSection'),
  },
  {
    path: 'riwayat',
    label: 'audit',
    screen: named(() => import('./audit/audit-section'), 'AuditSection'),
  },
];

/** The section a console path shows (the first for /kelola itself), or null. */
export function sectionOf(pathname: string): ConsoleSection | null {
  const rest = pathname.slice(CONSOLE_BASE.length).replace(/^\//, '');
  if (rest === '') return CONSOLE_SECTIONS[0] ?? null;
  const head = rest.split('/')[0];
  return CONSOLE_SECTIONS.find((s) => s.path === head) ?? null;
}

/** The path of a section, with an optional deeper part (`pegawai`, `1988…`). */
export function sectionPath(section: string, ...rest: string[]): string {
  return [CONSOLE_BASE, section, ...rest.map(encodeURIComponent)].join('/');
}
