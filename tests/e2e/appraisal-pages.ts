/**
 * What a person does on the SKP and appraisal screens, for the appraisal browser tests: wait for
 * sync, wait for another device's change, fill and submit an SKP, find a rated item, rate it.
 */
import type { Locator, Page } from 'playwright-core';

/** Waits until the sync bar says everything is sent and the last sync has finished. */
export async function waitUntilSent(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const bar = document.querySelector('[aria-label="Status sinkronisasi"]');
      const text = bar?.textContent ?? '';
      return /Terakhir disinkron/.test(text) && !/menunggu dikirim|Menyinkronkan|Luring/.test(text);
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Waits for something another device wrote, pressing "Sinkronkan sekarang" now and then as a
 * person would (the live feed normally brings it by itself).
 */
export async function waitForRemote(page: Page, target: Locator, timeout = 90_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      await target.first().waitFor({ timeout: 10_000 });
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await page
        .getByRole('button', { name: 'Sinkronkan sekarang' })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    }
  }
}

/** As waitForRemote, for a condition that is not a locator (an input's value). */
export async function untilRemote(page: Page, check: () => Promise<boolean>, timeout = 90_000) {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('the other device’s change did not arrive');
    await page
      .getByRole('button', { name: 'Sinkronkan sekarang' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await page.waitForTimeout(2_000);
  }
}

/** The rated card of an RHK or a BerAKHLAK value on the appraisal screen. */
export function card(page: Page, name: string | RegExp) {
  return page.getByRole('article', { name });
}

/** The highlighted cell of the predikat matrix, when it is the given predikat. */
export const matrixCell = (page: Page, predikat: string) =>
  page.locator(`.predikat-matrix td[aria-current="true"][data-predikat="${predikat}"]`);
/** The note field of a rated card. */
export const noteOf = (page: Page, name: string | RegExp) =>
  card(page, name).getByLabel('Catatan dan umpan balik');
/** True when the rated card has this rating chosen. */
export const isRated = (page: Page, name: string | RegExp, rating: string) =>
  card(page, name).getByRole('radio', { name: rating }).isChecked();

/** Unfolds a rated card's details (its note and evidence) when they are folded away. */
export async function unfold(page: Page, name: string | RegExp) {
  const toggle = card(page, name).locator('h3 button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Chooses a rating on a rated card, and writes its note (then leaves the field: it saves). */
export async function rate(page: Page, name: string | RegExp, rating: string, note?: string) {
  await card(page, name).getByRole('radio', { name: rating }).check();
  if (note !== undefined) {
    await unfold(page, name);
    await noteOf(page, name).fill(note);
    await noteOf(page, name).blur();
  }
}

/** Fills the first RHK of the SKP form and its first IKI. */
export async function fillFirstRhk(
  page: Page,
  rhk: { text: string; iki: string; target: string; satuan: string },
) {
  await page.getByLabel('Uraian RHK 1').fill(rhk.text);
  await page.getByLabel('IKI 1.1', { exact: true }).fill(rhk.iki);
  await page.getByLabel('Target IKI 1.1').fill(rhk.target);
  await page.getByLabel('Satuan IKI 1.1').fill(rhk.satuan);
}

/** Submits the SKP form and waits until the server has it. */
export async function submitSkp(page: Page) {
  await page.getByRole('button', { name: 'Ajukan ke Pejabat Penilai Kinerja' }).click();
  await page.getByText('SKP diajukan. Terkirim saat perangkat tersinkron.').waitFor();
  await waitUntilSent(page);
}
