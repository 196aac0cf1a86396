import type { Heading, Image, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The exercise blocks inside article Markdown, as data. Each block has one fixed shape, which the
 * page renders as a card (lib/content/markdown-exercise.ts) and which a later migration can copy
 * into database rows without guessing:
 *
 *     ### Exercise: Glute bridge
 *
 *     ![Alt text describing the start and end positions](/illustrations/<file>.svg)
 *
 *     **Sets:** 3 · **Reps:** 10–12 · **Rest:** 30 seconds
 *
 *     1. First step.
 *     2. Second step.
 *
 *     **Make it easier:** …
 *
 *     **Make it harder:** …
 *
 * Any other paragraphs in the block are kept as `notes`.
 */

export interface Exercise {
  name: string;
  image: { src: string; alt: string } | null;
  /** Label → value from the dose line, e.g. { Sets: '3', Reps: '10–12', Rest: '30 seconds' }. */
  dose: Record<string, string>;
  steps: string[];
  easier: string | null;
  harder: string | null;
  notes: string[];
}

const PREFIX = /^\s*exercise\s*:\s*/i;

function text(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if ('children' in node) return text(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}

function labelled(p: Paragraph): { label: string; rest: string } | null {
  const [first, ...rest] = p.children;
  if (first?.type !== 'strong') return null;
  return { label: text(first.children).replace(/:\s*$/, '').trim(), rest: text(rest).trim() };
}

function dose(p: Paragraph): Record<string, string> | null {
  if (labelled(p)?.label.toLowerCase() !== 'sets') return null;
  const out: Record<string, string> = {};
  let label: string | null = null;
  for (const child of p.children) {
    if (child.type === 'strong') label = text(child.children).replace(/:\s*$/, '').trim();
    else if (label) out[label] = `${out[label] ?? ''}${text([child])}`;
  }
  for (const key of Object.keys(out))
    out[key] = out[key]!.replace(/^[\s·:|]+|[\s·|]+$/g, '').trim();
  return out;
}

/** Every `### Exercise:` block of an article, in order. */
export function parseExercises(markdown: string): Exercise[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const exercises: Exercise[] = [];
  let current: Exercise | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = text((node as Heading).children);
      current = null;
      if ((node as Heading).depth === 3 && PREFIX.test(title)) {
        current = {
          name: title.replace(PREFIX, '').trim(),
          image: null,
          dose: {},
          steps: [],
          easier: null,
          harder: null,
          notes: [],
        };
        exercises.push(current);
      }
      continue;
    }
    if (!current) continue;
    if (node.type === 'list' && (node as List).ordered) {
      current.steps.push(...(node as List).children.map((item) => text(item.children).trim()));
    } else if (node.type === 'paragraph') {
      const p = node as Paragraph;
      const only = p.children.length === 1 ? p.children[0] : undefined;
      const parsedDose = dose(p);
      const label = labelled(p);
      if (only?.type === 'image') {
        current.image = { src: (only as Image).url, alt: (only as Image).alt ?? '' };
      } else if (parsedDose) {
        current.dose = parsedDose;
      } else if (label?.label.toLowerCase() === 'make it easier') {
        current.easier = label.rest;
      } else if (label?.label.toLowerCase() === 'make it harder') {
        current.harder = label.rest;
      } else {
        current.notes.push(text(p.children).trim());
      }
    }
  }
  return exercises;
}
