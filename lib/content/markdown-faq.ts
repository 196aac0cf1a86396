import type { Element, RootContent } from 'hast';
import { isElement, textOf } from './hast';

/**
 * The FAQ section of an article: a `## Frequently asked questions` heading, then one `###`
 * question per entry with its answer in the paragraphs under it. Read from the rendered tree so
 * the page and its FAQPage JSON-LD can never disagree.
 */

export interface FaqEntry {
  question: string;
  /** The answer as plain text (paragraphs joined by a blank line). */
  answer: string;
}

export const FAQ_HEADING = /^(frequently asked questions|common questions)$/i;

export function isFaqHeading(node: Element): boolean {
  return node.tagName === 'h2' && FAQ_HEADING.test(textOf(node).trim());
}

/** Questions and answers from the blocks that follow a FAQ heading, up to the next `##`. */
export function collectFaq(blocks: RootContent[]): FaqEntry[] {
  const entries: FaqEntry[] = [];
  for (const node of blocks) {
    if (!isElement(node)) continue;
    if (node.tagName === 'h2') break;
    if (node.tagName === 'h3') {
      entries.push({ question: textOf(node).trim(), answer: '' });
      continue;
    }
    const entry = entries.at(-1);
    const value = plainText(node)
      .replace(/\[\^\d+\]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (entry && value) entry.answer = entry.answer ? `${entry.answer}\n\n${value}` : value;
  }
  return entries.filter((e) => e.question && e.answer);
}

/** Text without note markers (`[^2]`, or `[2]` once linked), which mean nothing off the page. */
function plainText(node: Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (!isElement(child) || child.tagName === 'sup') return '';
      return plainText(child);
    })
    .join('');
}
