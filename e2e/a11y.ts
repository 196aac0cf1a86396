import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HtmlValidate, type Message } from 'html-validate';

/**
 * The accessibility checks every page of the suite's walks goes through (e2e/a11y.spec.ts):
 * axe-core with every rule tag and every impact, and html-validate on the HTML the server sent.
 */

/**
 * Waits until React has revealed every streamed Suspense boundary. React 19.2+ batches reveals
 * (a boundary's content can appear up to ~300 ms after the load event, until then the page shows
 * its loading skeleton), so a check run straight after `page.goto` could judge the skeleton.
 */
export async function streamingDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.readyState === 'complete' &&
      !document.querySelector('template[id^="B:"]') &&
      !((window as unknown as { $RB?: unknown[] }).$RB?.length ?? 0),
    undefined,
    { timeout: 10_000 },
  );
}

/**
 * Every violation axe (all rules) finds once the page has finished streaming, one line per rule
 * with the elements it found; `'serious'` keeps only serious and critical ones.
 */
export async function axeViolations(
  page: Page,
  only: 'any' | 'serious' = 'any',
): Promise<string[]> {
  await streamingDone(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => only === 'any' || v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'none'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  // React renders a <form> bound to a server action with `action=""` (the action itself travels in
  // hidden fields), which the HTML5 metadata does not allow empty.
  elements: ['html5', { form: { attributes: { action: { omit: true } } } }],
  rules: {
    // React serialises void elements as `<meta … />` and boolean attributes as `async=""`,
    // `hidden=""`: valid HTML, only not the style these rules prefer.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Next.js writes `charSet` and `fetchPriority` in its <head> tags (HTML attributes are
    // case-insensitive, so they mean `charset` and `fetchpriority`).
    'attr-case': 'off',
    // React's own ids: useId gives `_R_…`, streamed Suspense boundaries `B:0` and `S:0`. Still
    // checked: ids are non-empty and have no whitespace.
    'valid-id': ['error', { relaxed: true }],
    // Telephone links keep their number on one line with Tailwind's `whitespace-nowrap` class
    // rather than &nbsp; and non-breaking hyphens in the text (which screen readers and the
    // tests' accessible names read differently).
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
  },
});

/** html-validate's errors in `html` (a rendered page), one line each. */
export async function htmlErrors(html: string, url: string): Promise<string[]> {
  const report = await validator.validateString(html, url);
  return report.results.flatMap((r) =>
    r.messages
      .filter((m: Message) => m.severity === 2)
      .map((m: Message) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`),
  );
}
