/** Accessibility check with axe-core: WCAG 2.x A and AA rules, zero violations expected. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per violation and node, readable in a test failure. */
export function describeViolations(
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact ?? '?'}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`,
      ),
    )
    .join('\n');
}

/** Runs axe on the page as it is now; throws with the list when anything is violated. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (result.violations.length > 0) {
    throw new Error(
      `axe found ${result.violations.length} violation(s) on ${where}:\n${describeViolations(result.violations)}`,
    );
  }
}
