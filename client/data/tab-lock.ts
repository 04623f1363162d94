/**
 * One tab at a time: holds a Web Lock for as long as work runs in this tab. When the tab that
 * holds it closes, the browser grants the lock to a waiting tab, which takes over.
 * Where Web Locks are missing (Node tests) the work runs at once.
 */

/** Work started once the lock is held; it returns how to stop it. */
export type LockedWork = () => Promise<() => Promise<void> | void>;

/** Requests the lock named `name` and runs `work` while holding it; returns a release function. */
export function holdLock(name: string, work: LockedWork): () => Promise<void> {
  let release: (() => void) | null = null;
  let stopWork: (() => Promise<void> | void) | null = null;
  let released = false;
  const abort = new AbortController();
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;

  const run = async () => {
    stopWork = await work();
    if (released) await stopWork();
  };

  let started: Promise<unknown>;
  if (locks) {
    started = locks
      .request(name, { signal: abort.signal }, async () => {
        await run();
        if (!released) await new Promise<void>((resolve) => (release = resolve));
      })
      .catch(() => undefined);
  } else {
    started = run();
  }

  return async () => {
    released = true;
    abort.abort();
    await stopWork?.();
    stopWork = null;
    (release as (() => void) | null)?.();
    if (!locks) await started;
  };
}
