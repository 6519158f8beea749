/**
 * Accessibility check for the e2e suite: axe-core (WCAG 2.x A/AA rules) on the page as a person sees
 * it now. Only serious and critical violations fail the test (issue 10, "Accessibility"); each one is
 * listed with its rule, impact and the first offending nodes so the failure says what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from './fixtures';

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on `page`, optionally limited to the `include` selector. */
export async function seriousViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/** Fails with the list of findings when the page has any serious or critical violation. */
export async function expectAccessible(page: Page, screen: string, include?: string): Promise<void> {
  const findings = await seriousViolations(page, include);
  expect(findings, `axe on ${screen}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
}
