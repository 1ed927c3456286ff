// Accessibility checks with axe-core inside the test browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let axeSource: string | undefined;
function loadAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeOptions {
  /** CSS selectors to check instead of the whole document. */
  include?: string[];
  exclude?: string[];
  /** Rule ids to switch off, e.g. while a known issue is being fixed elsewhere. */
  disableRules?: string[];
}

/**
 * Runs axe on the current page. The source is evaluated through the DevTools protocol
 * (page.evaluate), which a strict CSP (`script-src 'self'`) does not block, unlike a
 * script tag — so the app's real CSP stays active in browser tests.
 */
export async function runAxe(page: Page, opts: AxeOptions = {}): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(loadAxeSource());
  return page.evaluate(
    async ({ tags, include, exclude, disableRules }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context: import('axe-core').ElementContext = { include: include ?? ['html'], exclude: exclude ?? [] };
      const rules = Object.fromEntries((disableRules ?? []).map((id) => [id, { enabled: false }]));
      return axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    },
    { tags: axeTags, ...opts },
  );
}

export function formatViolation(violation: Result): string {
  const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
  const more = violation.nodes.length > 3 ? ` (+${violation.nodes.length - 3} more)` : '';
  return `- ${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}: ${targets.join(', ')}${more}`;
}

/** Throws an Error listing every axe violation on the page; `label` says which page/state it was. */
export async function expectNoAxeViolations(page: Page, label: string, opts: AxeOptions = {}): Promise<void> {
  const { violations } = await runAxe(page, opts);
  if (violations.length === 0) return;
  throw new Error(`axe found ${violations.length} violation(s) on ${label}:\n${violations.map(formatViolation).join('\n')}`);
}
