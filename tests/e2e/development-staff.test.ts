// The employee's "Pengembangan" in the navigation of a 360 px phone, in real Chromium against the
// demo: every item fits in both languages (under Lainnya, seven items being more than the bar
// holds); a head's phone leads there from Beranda's JP card too. The
// request-to-verification story is development-journey.test.ts.
import { describe, expect, it } from 'vitest';
import { signIn } from './support/app';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

describe('development: the employee’s side', () => {
  const h = useHarness();

  it('keeps the navigation within a 360 px phone, in both languages', async () => {
    const page = await (await h.context('phone')).newPage();
    await signIn(page, DEWI.nip);
    const nav = page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
    const fits = async (link: string) => {
      await nav.getByRole('link', { name: link }).waitFor();
      for (const item of await nav.getByRole('link').all()) {
        const box = await item.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
        expect(box?.height).toBeGreaterThanOrEqual(44);
        // The label stays inside its own item (no word spills into the next one).
        const label = await item.locator('.app-nav__label').boundingBox();
        expect(
          box &&
            label &&
            label.x >= box.x - 0.5 &&
            label.x + label.width <= box.x + box.width + 0.5,
        ).toBe(true);
      }
      expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    };
    // Seven items: Pengembangan is under Lainnya, a tap away.
    await nav.getByRole('button', { name: 'Lainnya' }).click();
    await fits('Pengembangan');
    await page.screenshot({ path: shotPath('development-nav-phone.png') });
    await page.goto('/profil');
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
    await nav.getByRole('button', { name: 'More' }).click();
    await fits('Development');
    await page.screenshot({ path: shotPath('development-nav-phone-en.png') });

    // A head's phone has Tim too: Pengembangan is under Lainnya, and Beranda's JP card leads there.
    const head = await (await h.context('phone')).newPage();
    await signIn(head, SRI.nip);
    const headNav = head.getByRole('navigation', { name: 'Navigasi utama' });
    await headNav.getByRole('link', { name: 'Tim' }).waitFor();
    expect(await headNav.getByRole('link', { name: 'Pengembangan' }).count()).toBe(0);
    await head
      .getByRole('region', { name: 'Pengembangan kompetensi' })
      .getByRole('link', { name: 'Buka Pengembangan' })
      .click();
    await head.getByRole('heading', { level: 1, name: 'Pengembangan kompetensi' }).waitFor();
    expect(await head.title()).toBe('Pengembangan kompetensi · Kinerja ASN');
  });
});
