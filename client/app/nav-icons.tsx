import { Icon } from '../ui/icon';
import type { NavKey } from './routes';

/** The paths of the navigation's icons (ui/icon.tsx draws them). */
const PATHS: Record<NavKey, string> = {
  home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5',
  activities: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
  performance: 'M4 20V10m6 10V4m6 16v-7m4 7H2',
  attendance: 'M4 6h16v14H4V6Zm0 4h16M8 3v5m8-5v5m-7 6 2 2 4-4',
  feedback: 'M4 5h16v11H10l-6 4V5Zm4 4h8m-8 3h5',
  development: 'M12 4 2 9l10 5 10-5-10-5Zm-6 7.5V16c0 1.7 2.7 3 6 3s6-1.3 6-3v-4.5M22 9v6',
  team: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10a7 7 0 0 1 14 0m1-10a3 3 0 1 0 0-6m2 16h3a6 6 0 0 0-4-5.6',
  reports: 'M4 20h16M7 16v-5m5 5V6m5 10v-8',
  console: 'M4 21V8l8-5 8 5v13M9 21v-6h6v6M4 21h16M9 10h.01M15 10h.01',
  setup: 'M4 6h9m4 0h3M4 12h3m4 0h9M4 18h11m4 0h1M15 4v4M9 10v4M17 16v4',
  profile: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm-8 9a8 8 0 0 1 16 0',
};

/** The overflow item of a phone's bar (Lainnya): three dots. */
export const MORE_ICON = 'M5 12h.01M12 12h.01M19 12h.01';

export function NavIcon({ name }: { name: NavKey }) {
  return <Icon className="nav-icon" d={PATHS[name]} />;
}
