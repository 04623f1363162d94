/** A person's first sign-in with the activation code the Pengelola handed them. */
import type { Page } from 'playwright-core';

/** NIP and code on the sign-in screen, then the password they choose; waits for Beranda. */
export async function activateWithCode(
  page: Page,
  nip: string,
  code: string,
  password: string,
): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('NIP', { exact: true }).fill(nip);
  await page.getByLabel('Kata sandi', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { name: 'Buat kata sandi', level: 1 }).waitFor();
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(password);
  await page.getByLabel('Ulangi kata sandi baru').fill(password);
  await page.getByRole('button', { name: 'Simpan dan masuk' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('main h1').first().waitFor();
}
