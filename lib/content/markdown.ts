import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { headingId, makeUniqueId } from './slugify';

/**
 * Article Markdown → HTML for a trusted page, in two stages:
 *
 * 1. Untrusted: Markdown → HTML syntax tree, where raw HTML in the source is dropped (remark-rehype
 *    never passes it through), then rehype-sanitize with GitHub's allow-list removes event
 *    handlers, `javascript:` URLs, <script>, <iframe>, <style> and anything else not listed.
 * 2. Trusted: our own transforms run on the sanitised tree and only add markup we write ourselves
 *    (heading ids, exercise cards, image sizes), so nothing from the article can widen what stage
 *    1 allowed.
 */

export interface TocEntry {
  id: string;
  text: string;
}

export interface ImageSize {
  width: number;
  height: number;
}

export interface RenderOptions {
  /** Intrinsic size of a same-origin image, so the page reserves its space before it loads. */
  imageSize?: (src: string) => ImageSize | undefined;
  /** Ids already used on the page around the article; headings never take them. */
  reservedIds?: readonly string[];
}

export interface RenderedArticle {
  html: string;
  /** The `##` sections, for the table of contents. */
  toc: TocEntry[];
}

// GitHub's allow-list, less task-list checkboxes (an article has no use for form controls). Our
// own ids are added after sanitising; ids that come from the Markdown keep the clobber prefix.
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'input'),
};

const pipeline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype) // no allowDangerousHtml: raw HTML nodes are dropped here
  .use(rehypeSanitize, sanitizeSchema);

const serializer = unified().use(rehypeStringify);

export function renderArticleMarkdown(
  markdown: string,
  options: RenderOptions = {},
): RenderedArticle {
  const tree = pipeline.runSync(pipeline.parse(markdown)) as Root;
  const toc: TocEntry[] = [];
  const uniqueId = makeUniqueId(options.reservedIds);

  tree.children = transformBlocks(tree.children, { toc, uniqueId, imageSize: options.imageSize });
  return { html: serializer.stringify(tree), toc };
}

interface Context {
  toc: TocEntry[];
  uniqueId: (base: string) => string;
  imageSize?: RenderOptions['imageSize'];
}

function isElement(node: RootContent | ElementContent | undefined, tag?: string): node is Element {
  return node?.type === 'element' && (tag === undefined || node.tagName === tag);
}

export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

function el(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children };
}

const exercisePrefix = /^\s*exercise\s*:\s*/i;

function transformBlocks(nodes: RootContent[], ctx: Context): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isElement(node)) {
      out.push(node);
      continue;
    }
    walkInline(node, ctx);
    // The page has the one h1: a `#` heading in the body becomes a section heading.
    if (node.tagName === 'h1') node.tagName = 'h2';
    if (node.tagName === 'h2') {
      const text = textOf(node).trim();
      const id = ctx.uniqueId(headingId(text));
      node.properties = { id };
      ctx.toc.push({ id, text });
      out.push(node);
    } else if (node.tagName === 'h3' && exercisePrefix.test(textOf(node))) {
      // An exercise runs from its heading to the next heading of the same or a higher level.
      let end = i + 1;
      while (end < nodes.length && !isHeadingUpTo(nodes[end], 3)) end++;
      out.push(exerciseCard(node, nodes.slice(i + 1, end), ctx));
      i = end - 1;
    } else if (/^h[3-6]$/.test(node.tagName)) {
      node.properties = { id: ctx.uniqueId(headingId(textOf(node))) };
      out.push(node);
    } else if (node.tagName === 'table') {
      // Wide tables scroll inside their own box instead of widening the page.
      // Focusable and named, so keyboard users can scroll it too.
      out.push(
        el('div', { className: ['md-table'], role: 'region', ariaLabel: 'Table', tabIndex: 0 }, [
          node,
        ]),
      );
    } else {
      out.push(node);
    }
  }
  return out;
}

function isHeadingUpTo(node: RootContent | undefined, level: number): boolean {
  if (!isElement(node)) return false;
  const match = /^h([1-6])$/.exec(node.tagName);
  return !!match && Number(match[1]) <= level;
}

function exerciseCard(heading: Element, content: RootContent[], ctx: Context): Element {
  const name = textOf(heading).replace(exercisePrefix, '').trim();
  const id = ctx.uniqueId(headingId(`exercise ${name}`));
  const children: ElementContent[] = [
    el('h3', { id, className: ['exercise-title'] }, [
      el('span', { className: ['exercise-label'] }, [{ type: 'text', value: 'Exercise' }]),
      { type: 'text', value: ' ' },
      el('span', {}, [{ type: 'text', value: name }]),
    ]),
  ];
  for (const node of content) {
    if (!isElement(node)) {
      if (node.type === 'text') children.push(node);
      continue;
    }
    walkInline(node, ctx);
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

function significant(nodes: ElementContent[]): ElementContent[] {
  return nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
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
      el('div', {}, [
        el('dt', {}, [{ type: 'text', value: label }]),
        el('dd', {}, [{ type: 'text', value }]),
      ]),
    ),
  );
}

/** Images and links anywhere inside a block. */
function walkInline(node: Element, ctx: Context): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (!isElement(child)) return [child];
    if (child.tagName === 'img') return [image(child, ctx)];
    walkInline(child, ctx);
    if (child.tagName !== 'a') return [child];
    const href = typeof child.properties.href === 'string' ? child.properties.href : '';
    // The sanitiser removes unsafe URLs and leaves an <a> without href: keep just its text.
    if (!href) return child.children;
    if (/^https?:\/\//i.test(href)) child.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
    return [child];
  });
}

function image(img: Element, ctx: Context): ElementContent {
  const src = typeof img.properties.src === 'string' ? img.properties.src : '';
  const alt = typeof img.properties.alt === 'string' ? img.properties.alt : '';
  // Only our own images: the CSP blocks others anyway, and they would tell third parties who reads what.
  if (!src.startsWith('/') || src.startsWith('//')) return { type: 'text', value: alt };
  const size = ctx.imageSize?.(src);
  return el(
    'img',
    {
      src,
      alt,
      ...(size ? { width: size.width, height: size.height } : {}),
      loading: 'lazy',
      decoding: 'async',
    },
    [],
  );
}
