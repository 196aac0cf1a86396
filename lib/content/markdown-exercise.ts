import type { Element, ElementContent, RootContent } from 'hast';
import { doseLines, type ExerciseRecord } from './exercise-record';
import { el, isElement, significant, text, textOf } from './hast';
import { headingId } from './slugify';

/**
 * `### Exercise: Name` sections become labelled cards: the illustration in a figure, the
 * "**Sets:** … · **Reps:** … · **Rest:** …" line as a definition list, the numbered steps styled.
 * The block's exact shape is documented (and parsed for data) in lib/content/exercises.ts.
 */

export const exercisePrefix = /^\s*exercise\s*:\s*/i;

export interface ExerciseContext {
  uniqueId: (base: string) => string;
  /** Applies the renderer's inline transforms (images, links, citations) to a block. */
  inline: (node: Element) => void;
}

export function exerciseCard(
  heading: Element,
  content: RootContent[],
  ctx: ExerciseContext,
): Element {
  const name = textOf(heading).replace(exercisePrefix, '').trim();
  const id = ctx.uniqueId(headingId(`exercise ${name}`));
  const children: ElementContent[] = [
    el('h3', { id, className: ['exercise-title'] }, [
      el('span', { className: ['exercise-label'] }, [text('Exercise')]),
      text(' '),
      el('span', {}, [text(name)]),
    ]),
  ];
  for (const node of content) {
    if (!isElement(node)) {
      if (node.type === 'text') children.push(node);
      continue;
    }
    ctx.inline(node);
    const onlyImage =
      node.tagName === 'p' &&
      significant(node.children).length === 1 &&
      isElement(significant(node.children)[0], 'img');
    const dose = node.tagName === 'p' ? doseList(node) : null;
    if (onlyImage) {
      children.push(el('figure', { className: ['exercise-figure'] }, significant(node.children)));
    } else if (dose) {
      children.push(dose);
    } else if (node.tagName === 'ol') {
      node.properties = { ...node.properties, className: ['exercise-steps'] };
      children.push(node);
    } else {
      children.push(node);
    }
  }
  return el('section', { className: ['exercise'], ariaLabelledBy: [id] }, children);
}

/**
 * The card drawn from the exercise library's record instead of the article's own lines: the
 * library is the one source once an exercise is in it (a staff edit shows in every article that
 * names it). Every value is plain text, so staff input can only ever become text nodes.
 */
export function exerciseCardFromRecord(record: ExerciseRecord, ctx: ExerciseContext): Element {
  const id = ctx.uniqueId(headingId(`exercise ${record.name}`));
  const children: ElementContent[] = [
    el('h3', { id, className: ['exercise-title'] }, [
      el('span', { className: ['exercise-label'] }, [text('Exercise')]),
      text(' '),
      el('span', {}, [text(record.name)]),
    ]),
  ];
  if (record.illustrationSrc) {
    const figure = el('figure', { className: ['exercise-figure'] }, [
      el('img', { src: record.illustrationSrc, alt: record.illustrationAlt ?? '' }, []),
    ]);
    ctx.inline(figure);
    children.push(figure);
  }
  children.push(
    el(
      'dl',
      { className: ['exercise-dose'] },
      doseLines(record).map(({ label, value }) =>
        el('div', {}, [el('dt', {}, [text(label)]), el('dd', {}, [text(value)])]),
      ),
    ),
  );
  for (const paragraph of record.purpose.split(/\n{2,}/).filter((p) => p.trim()))
    children.push(el('p', {}, [text(paragraph.trim())]));
  if (record.steps.length > 0)
    children.push(
      el(
        'ol',
        { className: ['exercise-steps'] },
        record.steps.map((step) => el('li', {}, [text(step)])),
      ),
    );
  for (const [label, value] of [
    ['Make it easier:', record.easier],
    ['Make it harder:', record.harder],
    ['Take care:', record.cautions],
  ] as const) {
    if (value) children.push(el('p', {}, [el('strong', {}, [text(label)]), text(` ${value}`)]));
  }
  return el('section', { className: ['exercise'], ariaLabelledBy: [id] }, children);
}

/**
 * `**Sets:** 3 · **Reps:** 10 · **Rest:** 30 seconds` → a <dl> of label/value pairs. Anything
 * that doesn't start with a bold "Sets:" stays a paragraph.
 */
function doseList(p: Element): Element | null {
  const first = significant(p.children)[0];
  if (!isElement(first, 'strong') || !/^sets\s*:?$/i.test(textOf(first).trim())) return null;
  const items: Array<{ label: string; value: string }> = [];
  for (const child of p.children) {
    if (isElement(child, 'strong')) {
      items.push({ label: textOf(child).replace(/:\s*$/, '').trim(), value: '' });
    } else {
      const last = items.at(-1);
      if (last) last.value += textOf(child);
    }
  }
  const pairs = items
    .map(({ label, value }) => ({ label, value: value.replace(/^[\s·:|]+|[\s·|]+$/g, '').trim() }))
    .filter((item) => item.label && item.value);
  if (pairs.length === 0) return null;
  return el(
    'dl',
    { className: ['exercise-dose'] },
    pairs.map(({ label, value }) =>
      el('div', {}, [el('dt', {}, [text(label)]), el('dd', {}, [text(value)])]),
    ),
  );
}
