import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// Repository root: the Vite root is client/, but test globs are written relative to the repo.
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const serverOrigin = `http://127.0.0.1:${process.env.SERVER_PORT ?? 8081}`;

export default defineConfig({
  root: 'client',
  publicDir: '../public',
  // Keep Vite's and Vitest's caches in the repository's node_modules, not in client/node_modules.
  cacheDir: '../node_modules/.vite',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
  },
  server: {
    // The Host header is kept (the string shorthand would rewrite it): the sync server then sees the
    // page's own origin and accepts its cookie-authenticated writes (sync-server/http/same-origin.ts).
    proxy: {
      '/api': { target: serverOrigin, changeOrigin: false },
      '/couch': { target: serverOrigin, changeOrigin: false },
    },
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // client/pwa registers the worker itself with workbox-window.
      injectRegister: false,
      // globPatterns below already precaches the icons; listing them twice duplicates entries.
      includeManifestIcons: false,
      devOptions: { enabled: false },
      workbox: {
        // The plugin adds manifest.webmanifest to the precache itself; a `webmanifest` glob here
        // would list it twice.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // Store screenshots are for the install dialog, not for offline use.
        globIgnores: ['screenshots/**'],
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/couch(\/|$)/],
        // Opens Beranda when a Perlu tindakan notification is clicked.
        importScripts: ['/notification-click.js'],
      },
      manifest: {
        name: 'Kinerja ASN Gayungan',
        short_name: 'Kinerja',
        description:
          'Catat kegiatan harian, SKP dan penilaian kinerja ASN Pemerintah Gayungan, juga saat luring.',
        id: '/',
        lang: 'id',
        dir: 'ltr',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        theme_color: '#0b5cab',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        categories: ['productivity', 'business'],
        // Chromium's richer install dialog: a phone (narrow) and a tablet (wide) screenshot,
        // taken from the real app by tests/e2e/shell-screenshots.test.ts.
        screenshots: [
          {
            src: '/screenshots/phone-beranda.png',
            sizes: '1080x1920',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Beranda di ponsel: kegiatan hari ini dan status sinkronisasi',
          },
          {
            src: '/screenshots/tablet-beranda.png',
            sizes: '2048x1536',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Beranda di tablet: navigasi samping dan ringkasan kinerja',
          },
        ],
        shortcuts: [
          {
            name: 'Catat kegiatan',
            short_name: 'Catat',
            description: 'Catat kegiatan harian baru',
            url: '/kegiatan/baru',
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
    }),
  ],
  test: {
    // A glob that silently matches nothing must fail the run.
    passWithNoTests: false,
    // Projects do not extend this file's config: the Vite root (client/) and the PWA plugin are
    // for the app build; tests resolve their globs from the repository root.
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          root: repoRoot,
          include: ['client/**/*.test.{ts,tsx}', 'sync-server/**/*.test.ts'],
          setupFiles: ['client/testing/unit-setup.ts'],
          // Tests that need a DOM (client/data, client/features, client/app) opt in per file
          // with `// @vitest-environment jsdom`.
          environment: 'node',
          // Vitest's default is one worker fewer than the cores: one on these 2-core machines,
          // with most of a file's time spent importing and building jsdom. Two: 245 s → 138 s.
          maxWorkers: 2,
          // Vitest's 5 s default is not a measure of anything: a component test that renders a
          // long page and runs axe over it in jsdom takes 3 s on a quiet machine and passed 5 s
          // in CI with two files at once under load (jp-settings-form, 5.8 s). A bound against
          // a hang, not a speed check (the bench measures speed).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          root: repoRoot,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own server on its own port and directory, so two files run at
          // once (about 40% off the suite on these 2-core machines; measured 135 s → 86 s).
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          root: repoRoot,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Each file has its own server, data directory and browser; a file spends most of its
          // time waiting (for sync, timers, the page), so two run at once: all 94 tests passed so
          // on a machine under load 12, with the CPU busy 8 of the run's 13 minutes.
          maxWorkers: 2,
        },
      },
    ],
  },
});
