/** The daily activity form as a person fills it (the date stays today). */
import type { Page } from 'playwright-core';

export type ActivityEntry = {
  start: string;
  end: string;
  kegiatan: string;
  realisasi: string;
  satuan: string;
};

/** Opens a new entry and fills its times and work; the caller saves or submits it. */
export async function fillNewActivity(page: Page, entry: ActivityEntry): Promise<void> {
  await page.goto('/kegiatan/baru');
  await page.getByLabel('Jam mulai').fill(entry.start);
  await page.getByLabel('Jam selesai').fill(entry.end);
  await page.getByLabel('Kegiatan', { exact: true }).fill(entry.kegiatan);
  await page.getByLabel('Realisasi').fill(entry.realisasi);
  await page.getByLabel('Satuan').fill(entry.satuan);
}
