/**
 * Where the data layer talks to: the API origin and the PouchDB adapter for local databases.
 * The browser uses its own origin and IndexedDB; Node tests point at a test server and use memory.
 */

export type DataConfig = {
  /** Origin of the sync server, e.g. `http://127.0.0.1:8081`; the page's origin in the browser. */
  apiOrigin: string;
  /** PouchDB adapter of the local databases (`indexeddb` in the browser). */
  localAdapter: string;
};

const config: DataConfig = {
  apiOrigin: typeof location === 'undefined' ? 'http://127.0.0.1:8081' : location.origin,
  localAdapter: 'indexeddb',
};

/** Overrides parts of the configuration (tests, or a server on another origin). */
export function configureData(patch: Partial<DataConfig>): void {
  Object.assign(config, patch);
}

export function dataConfig(): Readonly<DataConfig> {
  return config;
}

/** Absolute URL of a server path, e.g. `apiUrl('/api/session')`. */
export function apiUrl(path: string): string {
  return new URL(path, config.apiOrigin).href;
}
