import type { Element, ElementContent } from 'hast';
import { RED_FLAG_TIERS, redFlagsOf, type RedFlagTier } from '@/lib/clinical/red-flags';
import { el, isElement, significant, text, textOf } from './hast';

/**
 * Two things an article's Markdown can ask for that the renderer fills in itself:
 *
 * - Numbered notes: `[^2]` cites the second entry of the article's references. It becomes a
 *   superscript link to `#ref-2`; the first citation of each note gets the id `cite-2`, which the
 *   reference list links back to.
 * - Red-flag lists: a paragraph of just `{{red-flags emergency}}` or
 *   `{{red-flags see-doctor-today}}` becomes that tier's list from lib/clinical/red-flags.ts, so an
 *   article never words a red flag its own way.
 */

const CITATION = /\[\^(\d{1,3})\]/g;
const RED_FLAG_TOKEN = /^\{\{\s*red-flags\s+([a-z-]+)\s*\}\}$/;

export interface NotesContext {
  /** How many references the article has; citations beyond it are reported, not linked. */
  referenceCount?: number;
  /** Cited note numbers in order of first use. */
  citations: number[];
  problems: string[];
}

/** Splits `[^n]` markers in a text node into superscript links. */
export function citeText(value: string, ctx: NotesContext): ElementContent[] {
  if (!value.includes('[^')) return [text(value)];
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(CITATION)) {
    const n = Number(match[1]);
    const index = match.index;
    if (index > last) out.push(text(value.slice(last, index)));
    last = index + match[0].length;
    if (ctx.referenceCount === undefined || n < 1 || n > ctx.referenceCount) {
      ctx.problems.push(`Note [^${n}] has no matching reference.`);
      out.push(text(match[0]));
      continue;
    }
    const first = !ctx.citations.includes(n);
    if (first) ctx.citations.push(n);
    out.push(
      el('sup', { className: ['cite'] }, [
        el('a', { href: `#ref-${n}`, ...(first ? { id: `cite-${n}` } : {}) }, [
          el('span', { className: ['sr-only'] }, [text('Reference ')]),
          text(`[${n}]`),
        ]),
      ]),
    );
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

/** The red-flag list a `{{red-flags <tier>}}` paragraph asks for, or null for any other block. */
export function redFlagBlock(node: Element, ctx: NotesContext): Element | null {
  if (node.tagName !== 'p') return null;
  const children = significant(node.children);
  if (children.length !== 1 || children[0]?.type !== 'text') return null;
  const match = RED_FLAG_TOKEN.exec(textOf(node).trim());
  if (!match) return null;
  const tier = match[1] as RedFlagTier;
  if (!RED_FLAG_TIERS.includes(tier)) {
    ctx.problems.push(`Unknown red-flag list "${match[1]}": use emergency or see-doctor-today.`);
    return null;
  }
  return el(
    'ul',
    { dataRedFlags: tier, className: ['red-flag-list'] },
    redFlagsOf(tier).map((flag) => el('li', {}, [text(flag.label)])),
  );
}

export function isCitationFree(node: Element): boolean {
  return isElement(node, 'a') || isElement(node, 'code') || isElement(node, 'pre');
}
