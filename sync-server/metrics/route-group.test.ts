import { describe, expect, it } from 'vitest';
import { routeGroupOf, syncEndpointOf } from './route-group';

describe('routeGroupOf', () => {
  it('names an /api request by the route that answered it, never by its ids', () => {
    expect(routeGroupOf('/api/session', '/session')).toBe('api /session');
    expect(
      routeGroupOf(
        '/api/admin/accounts/198811122011012003/activation',
        '/admin/accounts/:nip/activation',
      ),
    ).toBe('api /admin/accounts/:nip/activation');
    expect(routeGroupOf('/api/health', '/api/health')).toBe('api /health');
    expect(routeGroupOf('/api/whatever-a-scanner-tries', undefined)).toBe('api (other)');
  });

  it('names a replication request by its endpoint, documents and attachments as one group each', () => {
    expect(routeGroupOf('/couch/kinerja/_changes', undefined)).toBe('couch /_changes');
    expect(routeGroupOf('/couch/kinerja/_bulk_docs', undefined)).toBe('couch /_bulk_docs');
    expect(routeGroupOf('/couch/_session', undefined)).toBe('couch /_session');
    expect(routeGroupOf('/couch/kinerja', undefined)).toBe('couch /db');
    expect(routeGroupOf('/couch/', undefined)).toBe('couch /');
    expect(routeGroupOf('/couch/kinerja/activity:1988:01J', undefined)).toBe('couch /doc');
    expect(routeGroupOf('/couch/kinerja/photo:1988:01J/foto.jpg', undefined)).toBe(
      'couch /attachment',
    );
    expect(routeGroupOf('/couch/kinerja/_local/abc', undefined)).toBe('couch /_local');
    expect(routeGroupOf('/couch/kinerja/_design/x/_view/y', undefined)).toBe('couch /(other)');
    expect(routeGroupOf('/couch/otherdb/_changes', undefined)).toBe('couch /(other)');
  });

  it('counts everything else as the static files', () => {
    expect(routeGroupOf('/', undefined)).toBe('static');
    expect(routeGroupOf('/assets/index-abc.js', undefined)).toBe('static');
    expect(routeGroupOf('/apiary', undefined)).toBe('static');
  });
});

describe('syncEndpointOf', () => {
  it('knows the four endpoints a device syncs through', () => {
    expect(syncEndpointOf('/couch/kinerja/_changes')).toBe('_changes');
    expect(syncEndpointOf('/couch/kinerja/_revs_diff')).toBe('_revs_diff');
    expect(syncEndpointOf('/couch/kinerja/_bulk_get')).toBe('_bulk_get');
    expect(syncEndpointOf('/couch/kinerja/_bulk_docs')).toBe('_bulk_docs');
    expect(syncEndpointOf('/couch/kinerja/_all_docs')).toBeNull();
    expect(syncEndpointOf('/couch/kinerja/_changes/more')).toBeNull();
    expect(syncEndpointOf('/api/sync/reconcile')).toBeNull();
  });
});
