import { Skeleton } from '../ui/skeleton';

/** What a screen looks like while its code loads: a heading bar and two cards of lines. */
export function RouteFallback() {
  return (
    <div className="route-fallback">
      <Skeleton height="1.75rem" width="50%" announce />
      <div className="card">
        <Skeleton lines={3} />
      </div>
      <div className="card">
        <Skeleton lines={4} />
      </div>
    </div>
  );
}
