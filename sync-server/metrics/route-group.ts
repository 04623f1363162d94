/**
 * The route group a request is counted under in the metrics: a small fixed set of names, never
 * a document id or any other part of the path a client chooses (each would be a new time series).
 */
import { DB_NAME } from '../replication/database';

/** The replication endpoints whose durations are the sync latency. */
export const SYNC_ENDPOINTS = ['_changes', '_bulk_docs', '_bulk_get', '_revs_diff'] as const;
export type SyncEndpoint = (typeof SYNC_ENDPOINTS)[number];

const COUCH_ROOT_ENDPOINTS = new Set(['_session', '_up', '_uuids']);
const DB_ENDPOINTS = new Set<string>([...SYNC_ENDPOINTS, '_all_docs', '_ensure_full_commit']);

/**
 * `path` without its query; `route`: the pattern of the Express route that answered, if any
 * (`/admin/accounts/:nip/activation`). An /api request no route answered is `api (other)`.
 */
export function routeGroupOf(path: string, route: string | undefined): string {
  if (path === '/api' || path.startsWith('/api/')) {
    if (route === undefined) return 'api (other)';
    return `api ${route.startsWith('/api/') ? route.slice('/api'.length) : route}`;
  }
  if (path === '/couch' || path.startsWith('/couch/')) return `couch ${couchGroupOf(path)}`;
  return 'static';
}

/** The replication endpoint of a sync request, or null for any other request. */
export function syncEndpointOf(path: string): SyncEndpoint | null {
  const [couch, db, endpoint, ...rest] = path.split('/').filter(Boolean);
  if (couch !== 'couch' || db !== DB_NAME || rest.length > 0) return null;
  return SYNC_ENDPOINTS.find((e) => e === endpoint) ?? null;
}

function couchGroupOf(path: string): string {
  const [, first, second, ...rest] = path.split('/').filter(Boolean);
  if (first === undefined) return '/';
  if (first !== DB_NAME) return COUCH_ROOT_ENDPOINTS.has(first) ? `/${first}` : '/(other)';
  if (second === undefined) return '/db';
  if (second === '_local') return '/_local';
  if (second.startsWith('_'))
    return DB_ENDPOINTS.has(second) && rest.length === 0 ? `/${second}` : '/(other)';
  return rest.length === 0 ? '/doc' : '/attachment';
}
