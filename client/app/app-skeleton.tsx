import { Brand } from '../ui/brand-mark';
import { RouteFallback } from './route-fallback';

/**
 * The frame's shape before the session is known (a few milliseconds from IndexedDB): the same
 * header, navigation and main geometry as the real frame, so nothing jumps when it arrives.
 */
export function AppSkeleton() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__top">
          <span className="app-brand">
            <Brand />
          </span>
        </div>
        <div className="sync-bar" aria-hidden="true" />
      </header>
      <div className="app-nav" aria-hidden="true" />
      <div className="app-body">
        <main id="main" className="app-main" tabIndex={-1}>
          <RouteFallback />
        </main>
      </div>
    </div>
  );
}
