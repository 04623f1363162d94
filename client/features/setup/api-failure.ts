import { ApiError } from '../../data/session-api';
import type { Translate } from '../../ui/i18n';
import type { setupMessages } from './setup-messages';

/** A failed console call in words: offline, or the server's own reason (in Indonesian). */
export function apiFailure(err: unknown, t: Translate<typeof setupMessages.id>): string {
  if (err instanceof ApiError && err.status === 0) return t('offline');
  const reason = err instanceof ApiError && err.reason ? err.reason : String(err);
  return t('failed', { reason });
}
