import { RED_FLAGS } from './red-flags';

/**
 * Finds red-flag wording that did not come from lib/clinical/red-flags.ts in built code: every
 * string literal of a compiled chunk (server or browser) that mentions a flag's search term must
 * be one of the module's own strings — a key, a label or a term. A component, message or page
 * that words a flag its own way leaves a literal of its own in the build, and is reported.
 */

const TERMS = RED_FLAGS.flatMap((flag) => flag.terms.map((term) => term.toLowerCase()));
const OWN = new Set(
  RED_FLAGS.flatMap((flag) => [flag.key, flag.label, ...flag.terms]).map((s) => s.toLowerCase()),
);

const KEYS = new RegExp(`\\b(?:${RED_FLAGS.map((flag) => flag.key).join('|')})\\b`, 'gi');
const TERM = new RegExp(
  TERMS.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'gi',
);
/** Where a piece of text in built code ends: a quote of any kind, a tag bracket, a line break. */
const EDGE = /["'`<>\n]/;

function unescape(body: string): string {
  return body
    .replace(/\\+$/, '')
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(.)/g, '$1');
}

/** The run of text around `index` up to the nearest edge on either side. */
function runAround(code: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !EDGE.test(code[start - 1]!)) start -= 1;
  let end = index;
  while (end < code.length && !EDGE.test(code[end]!)) end += 1;
  return { start, end };
}

export interface WordingScan {
  /** Pieces of text that are the module's own strings (proof the module's text is in the build). */
  own: number;
  /** Pieces of text that word a red flag some other way. */
  stray: string[];
}

/**
 * Every piece of text around a flag's search term — a string literal's content in a chunk, a text
 * node or JSON string in a prerendered page — must be one of the module's own strings. Keys
 * (`saddle_numbness`) may appear anywhere, e.g. listed in the API document.
 */
export function scanForStrayWording(code: string): WordingScan {
  let own = 0;
  const stray: string[] = [];
  let after = 0;
  for (const match of code.matchAll(TERM)) {
    if (match.index < after) continue; // inside a run already judged
    const { start, end } = runAround(code, match.index);
    after = end;
    const text = unescape(code.slice(start, end)).toLowerCase();
    if (OWN.has(text)) own += 1;
    else if (TERMS.some((term) => text.replace(KEYS, '').includes(term)))
      stray.push(text.length > 160 ? `${text.slice(0, 160)}…` : text);
  }
  return { own, stray };
}
