import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG levels GB/T 37668 asks for: 2.0 and 2.1, A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  /** Up to three offending elements, as CSS selectors, and how many there were. */
  targets: string[];
  count: number;
}

/** Injects axe-core into the page and runs the WCAG 2.0/2.1 A and AA rules on the whole document. */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') stays in force.
  if (!(await page.evaluate<boolean>('Boolean(window.axe)'))) await page.evaluate(axeSource);
  return page.evaluate<AxeFinding[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA)} },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    }));
  })()`);
}

/** Only what blocks people: the serious and critical findings. */
export const blocking = (findings: AxeFinding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
