/** The one way tests wait: on a condition, never for a fixed time. */
import { vi } from 'vitest';

/**
 * Waits until `check` passes (does not throw), polling every 20 ms, for effects that follow a
 * changes feed, a timer or the network; fails with the check's last error after `timeoutMs`.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  return vi.waitFor(check, { timeout: timeoutMs, interval: 20 });
}
