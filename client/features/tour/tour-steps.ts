/**
 * The tour of each role: three or four steps, each pointing at an element of the frame or of
 * Beranda (navigation items carry `data-tour`, set by the frame; on a phone "Lainnya" carries
 * those of the items under it, so `~=`). A step whose element is not on screen is left out when
 * the tour opens.
 */
export const TOUR_ROLES = ['staff', 'head', 'atasan', 'pengelola'] as const;
export type TourRole = (typeof TOUR_ROLES)[number];

export type TourStep = {
  /** What the step points at: a CSS selector. */
  target: string;
  /** The step's words in tour-messages.ts: `step.{id}.title` and `step.{id}.body`. */
  id: StepId;
};

/**
 * Beranda's cards are on screen (home-screen.tsx marks them): they appear a moment after the
 * screen mounts, once what waits for the person is read, and the tour waits for them.
 */
export const BERANDA_READY = 'main [data-beranda-ready]';

export type StepId =
  'log' | 'sync' | 'performance' | 'profile' | 'team-head' | 'team-atasan' | 'console';

const ON = {
  log: 'main a[href="/kegiatan/baru"]',
  sync: '.sync-bar',
  performance: '[data-tour~="nav-performance"]',
  profile: '[data-tour~="nav-profile"]',
  team: '[data-tour~="nav-team"]',
  console: '[data-tour~="nav-console"]',
} as const;

export const TOUR_STEPS = {
  staff: [
    { id: 'log', target: ON.log },
    { id: 'sync', target: ON.sync },
    { id: 'performance', target: ON.performance },
    { id: 'profile', target: ON.profile },
  ],
  head: [
    { id: 'team-head', target: ON.team },
    { id: 'log', target: ON.log },
    { id: 'sync', target: ON.sync },
    { id: 'profile', target: ON.profile },
  ],
  atasan: [
    { id: 'team-atasan', target: ON.team },
    { id: 'performance', target: ON.performance },
    { id: 'sync', target: ON.sync },
    { id: 'profile', target: ON.profile },
  ],
  pengelola: [
    { id: 'console', target: ON.console },
    { id: 'sync', target: ON.sync },
    { id: 'profile', target: ON.profile },
  ],
} as const satisfies Record<TourRole, readonly TourStep[]>;

/**
 * The tour a person gets, by the most telling of their roles: the Pengelola (or admin) keeps the
 * organisation; an Atasan Pejabat Penilai decides objections; a Pejabat Penilai appraises a team.
 */
export function tourRoleOf(roles: readonly string[]): TourRole {
  if (roles.includes('pengelola') || roles.includes('admin')) return 'pengelola';
  if (roles.includes('atasan-penilai')) return 'atasan';
  if (roles.includes('pejabat-penilai')) return 'head';
  return 'staff';
}
