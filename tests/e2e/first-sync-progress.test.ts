// A head's first sign-in on a new phone with thousands of her team's documents: the sync bar says
// how far the download is, with a bar, and "Terakhir disinkron" once her data is on the device and
// in the read model. Sizes: a few thousand documents (more than two of the app's batches of 1,000),
// enough for a progress bar, small enough for a quick test.
import { describe, expect, it } from 'vitest';
import { today } from '../../client/core/testing/factories';
import { firstRev } from '../../sync-server/seed/deterministic';
import { signIn, waitForSynced } from './support/app';
import { PHONE } from './support/browser';
import { SRI } from './support/demo';
import { activitiesOnDevice } from './support/device-store';
import { useHarness } from './support/harness';
import { sriTeamEntry, verifiedBySri } from './support/team-entries';

const ENTRIES = 1_300;

/** Submitted entries of Sri's team over the last weeks, each verified by her: two docs each. */
function teamDocs() {
  const docs = [];
  for (let i = 0; i < ENTRIES; i++)
    docs.push(...verifiedBySri(sriTeamEntry(today(), i, 40, `Kegiatan sinkron pertama ${i}`)));
  return docs.map((d) => ({ ...d, _rev: firstRev(3, d) }));
}

type Seen = { text: string; value: number; max: number; label: string; pageWidth: number };

describe('first sync of a head with many documents', () => {
  const h = useHarness({ docs: teamDocs() });

  it('shows the download with a bar, then "Terakhir disinkron" with the data there', async () => {
    const context = await h.context('phone');
    // Everything the sync bar shows while it downloads, from the first page on: the test sees the
    // progress however fast the download goes.
    await context.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seenProgress: unknown[] }).seenProgress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[aria-label="Status sinkronisasi"]');
        const progress = bar?.querySelector('progress');
        if (!bar || !progress) return;
        seen.push({
          text: bar.textContent ?? '',
          value: progress.value,
          max: progress.max,
          label: progress.getAttribute('aria-label') ?? '',
          pageWidth: document.documentElement.scrollWidth,
        });
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    const page = await context.newPage();
    await signIn(page, SRI.nip);
    await waitForSynced(page, 180_000);

    const seen = await page.evaluate(
      () => (window as unknown as { seenProgress: Seen[] }).seenProgress,
    );
    expect(seen.length).toBeGreaterThan(0);
    const first = seen[0]!;
    expect(first.label).toBe('Kemajuan unduhan data');
    expect(first.max).toBeGreaterThan(2 * ENTRIES);
    expect(first.text).toMatch(/Mengunduh \d{1,3}(\.\d{3})* dari \d{1,3}(\.\d{3})*/);
    expect(seen.at(-1)!.value).toBeGreaterThan(first.value);
    // Calm on a 360 px phone: nothing wider than the screen.
    expect(Math.max(...seen.map((s) => s.pageWidth))).toBeLessThanOrEqual(PHONE.width);

    // "Terakhir disinkron" came with the data on screen: no bar, every entry in the read model.
    const region = page.getByRole('region', { name: 'Status sinkronisasi' });
    expect(await region.getByRole('progressbar').count()).toBe(0);
    const shown = await activitiesOnDevice(page, SRI.nip);
    expect(shown).toBeGreaterThanOrEqual(ENTRIES);
  });
});
