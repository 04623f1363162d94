/*
 * Imported into the generated service worker (vite.config.ts, workbox.importScripts): clicking a
 * notification of the app (Perlu tindakan, client/data/notify-new-items.ts) focuses an open window
 * of the app on the notification's page, Beranda, or opens one.
 */
/* global self */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return open.navigate(url).then((w) => (w ?? open).focus());
      return self.clients.openWindow(url);
    }),
  );
});
