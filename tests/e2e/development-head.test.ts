// The head's view of the team's competency development on a phone, in real Chromium against the
// demo: Tim shows each teacher's JP, Dewi's page fits 360 px, zero axe violations. Deciding a
// request offline on the tablet is in development-journey.test.ts.
import { describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

describe('the head decides development requests', () => {
  const h = useHarness();

  it('Tim shows each teacher’s JP; Dewi’s page fits a 360 px phone', async () => {
    const phone = await h.context('phone');
    const sri = await phone.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await sri.goto('/tim');
    const card = sri.getByRole('region', { name: DEWI.name });
    await card.getByText(/ \/ 20 JP$/).waitFor();
    await expectNoAxeViolations(sri, 'Tim with the team’s JP (phone)');
    await sri.goto(`/tim/${DEWI.nip}`);
    await sri
      .getByRole('region', { name: 'Pengembangan kompetensi' })
      .getByText(/ \/ 20 JP$/)
      .waitFor();
    const overflow = await sri.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoAxeViolations(sri, 'a staff member’s development (phone)');
    await sri.screenshot({ path: shotPath('development-head-member-phone.png'), fullPage: true });
  });
});
