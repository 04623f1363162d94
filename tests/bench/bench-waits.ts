/**
 * Bounds for the benches' waits: a bench that hangs prints nothing, so every wait gives up after
 * a generous bound with a message saying what it waited for, and the runner prints a FAILED row
 * and goes on. The bounds are far above any figure measured; they are not thresholds.
 */

/** Resolves or rejects as `promise` does, or rejects after `ms` naming what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer after ${Math.round(ms / 1000)} s`)),
      ms,
    );
    timer.unref();
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** Fails loudly unless a bench write's HTTP answer is one of `ok` (a refused write wakes nobody). */
export async function expectStatus(res: Response, what: string, ok = [200, 201, 202]) {
  if (ok.includes(res.status)) return;
  const body = await res.text().catch(() => '');
  throw new Error(`${what}: HTTP ${res.status} ${body.slice(0, 500)}`);
}
