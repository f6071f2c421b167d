import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The rules of WCAG 2.2 level AA that axe-core checks. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * What axe-core finds against WCAG 2.2 AA on the page as it is now, in `context` (a CSS
 * selector; the whole page by default): each violation's id and the elements it is at.
 * The page must allow the inline script (`bypassCSP`), which the site's own CSP refuses.
 */
export async function axeViolations(page: Page, context = 'html'): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([selector, tags]) => {
      const { axe } = window as unknown as {
        axe: {
          run(
            context: string,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const { violations } = await axe.run(selector, { runOnly: { type: 'tag', values: tags } });
      return violations.map(
        (violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    },
    [context, WCAG_AA] as const,
  );
}
