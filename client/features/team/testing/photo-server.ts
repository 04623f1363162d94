/**
 * The server's photo documents as the Tim feature's tests see them: the connection switched on
 * and off (as `useOnline` reads it), and `fetch` answering every photo with a tiny JPEG while
 * online, noting each path asked, so a test can say a photo was fetched only when opened.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, vi } from 'vitest';
import { TINY_JPEG_BASE64 } from '../../../core/testing/factories';

/** Switches the device's connection, as the browser says it. */
export function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/**
 * Before each test of the file: online, and a photo server; after it, the stubs undone. The
 * returned list holds the paths asked during the current test.
 */
export function photoServerEachTest(): string[] {
  const asked: string[] = [];
  beforeEach(() => {
    // A browser's IndexedDB keeps Blobs; fake-indexeddb keeps Node's, not jsdom's.
    vi.stubGlobal('Blob', NodeBlob);
    asked.length = 0;
    setOnline(true);
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(decodeURIComponent(new URL(url).pathname));
      if (!navigator.onLine) throw new TypeError('Failed to fetch');
      const bytes = Uint8Array.from(atob(TINY_JPEG_BASE64), (c) => c.charCodeAt(0));
      return new Response(bytes, { status: 200, headers: { 'content-type': 'image/jpeg' } });
    });
    // jsdom has no object URLs; the image only needs an address.
    URL.createObjectURL = () => 'blob:photo';
    URL.revokeObjectURL = () => undefined;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setOnline(true);
  });
  return asked;
}
