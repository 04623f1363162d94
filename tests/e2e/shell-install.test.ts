// The app is installable: Chromium reports no installability error, and the manifest carries
// what the store listing and the home screen need.
import { describe, expect, it } from 'vitest';
import { signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { DEWI } from './support/demo';
import { launchPersistent, removeProfile } from './support/browser';
import { useHarness } from './support/harness';

type Manifest = {
  name: string;
  short_name: string;
  lang: string;
  display: string;
  start_url: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; purpose?: string }[];
  screenshots: { src: string; sizes: string; form_factor?: string }[];
  shortcuts: { name: string; url: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('shell: installable PWA', () => {
  const h = useHarness();

  it('has no installability errors in Chromium', async () => {
    // A real profile: Chromium never offers installation in an off-the-record context.
    const { context, userDataDir, close } = await launchPersistent('phone', h.server.url);
    try {
      const page = await context.newPage();
      await page.goto('/');
      await waitForServiceWorker(page);
      await page.reload();
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
      const { url, errors } = (await cdp.send('Page.getAppManifest')) as {
        url: string;
        errors: { message: string }[];
      };
      expect(url).toMatch(/manifest\.webmanifest$/);
      expect(errors).toEqual([]);
    } finally {
      await close();
      removeProfile(userDataDir);
    }
  });

  it('declares names, language, display, icons, screenshots and the shortcut', async () => {
    const base = h.server.url;
    const manifest = (await (await fetch(`${base}/manifest.webmanifest`)).json()) as Manifest;
    expect(manifest).toMatchObject({
      name: 'Kinerja ASN Gayungan',
      short_name: 'Kinerja',
      lang: 'id',
      display: 'standalone',
      start_url: '/',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.shortcuts).toContainEqual(
      expect.objectContaining({ name: 'Catat kegiatan', url: '/kegiatan/baru' }),
    );

    const files = [...manifest.icons, ...manifest.screenshots];
    for (const file of files) {
      const res = await fetch(new URL(file.src, base));
      expect(res.status, file.src).toBe(200);
      expect(pngSize(Buffer.from(await res.arrayBuffer())), file.src).toBe(file.sizes);
    }
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  });

  it('offers installation quietly, only after the first useful action', async () => {
    const { context, userDataDir, close } = await launchPersistent('phone', h.server.url);
    try {
      const page = await context.newPage();
      await signIn(page, DEWI.nip);
      await waitForSynced(page);
      await waitForServiceWorker(page);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      const offer = page.getByText(
        'Pasang Kinerja di layar utama agar terbuka cepat, juga tanpa jaringan.',
      );
      expect(await offer.count()).toBe(0);

      // The first useful action: an activity saved.
      await page.goto('/kegiatan/baru');
      await page.getByLabel('Jam mulai').fill('06:00');
      await page.getByLabel('Jam selesai').fill('06:30');
      await page.getByLabel('Kegiatan', { exact: true }).fill('Menyiapkan bahan ajar (uji pasang)');
      await page.getByLabel('Realisasi').fill('1');
      await page.getByLabel('Satuan').fill('kegiatan');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await offer.waitFor({ timeout: 20_000 });

      await page.getByRole('button', { name: 'Nanti', exact: true }).click();
      expect(await offer.count()).toBe(0);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      expect(await offer.count()).toBe(0);
    } finally {
      await close();
      removeProfile(userDataDir);
    }
  });
});
