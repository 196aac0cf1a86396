import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { el, isElement, textOf } from './hast';
import { exerciseSlug, type ExerciseRecord } from './exercise-record';
import { exerciseCard, exerciseCardFromRecord, exercisePrefix } from './markdown-exercise';
import { collectFaq, isFaqHeading, type FaqEntry } from './markdown-faq';
import { citeText, isCitationFree, redFlagBlock, type NotesContext } from './markdown-notes';
import { headingId, makeUniqueId } from './slugify';

/**
 * Article Markdown → HTML for a trusted page, in two stages:
 *
 * 1. Untrusted: Markdown → HTML syntax tree, where raw HTML in the source is dropped (remark-rehype
 *    never passes it through), then rehype-sanitize with GitHub's allow-list removes event
 *    handlers, `javascript:` URLs, <script>, <iframe>, <style> and anything else not listed.
 * 2. Trusted: our own transforms run on the sanitised tree and only add markup we write ourselves
 *    (heading ids, exercise cards, note links, red-flag lists, image sizes), so nothing from the
 *    article can widen what stage 1 allowed.
 */

export type { FaqEntry } from './markdown-faq';

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
  /** How many references the article lists: `[^n]` up to this number become note links. */
  referenceCount?: number;
  /**
   * The exercise library by slug: a block whose exercise is in it renders from the record (the
   * one source), and the article's own lines are only the fallback for a missing record.
   */
  exercises?: ReadonlyMap<string, ExerciseRecord>;
}

export interface RenderedArticle {
  html: string;
  /** The `##` sections, for the table of contents. */
  toc: TocEntry[];
  /** The "Frequently asked questions" section, for FAQPage JSON-LD. */
  faq: FaqEntry[];
  /** Note numbers cited in the body, in order of first use. */
  citations: number[];
  /** Things an editor should fix: citations without a reference, unknown red-flag lists. */
  problems: string[];
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
  const ctx: Context = {
    toc: [],
    faq: [],
    uniqueId: makeUniqueId(options.reservedIds),
    imageSize: options.imageSize,
    exercises: options.exercises,
    notes: { referenceCount: options.referenceCount, citations: [], problems: [] },
  };
  tree.children = transformBlocks(tree.children, ctx);
  return {
    html: serializer.stringify(tree),
    toc: ctx.toc,
    faq: ctx.faq,
    citations: ctx.notes.citations,
    problems: ctx.notes.problems,
  };
}

/** Inline Markdown (one reference, one line of text) → sanitised HTML without a wrapping <p>. */
export function renderInlineMarkdown(markdown: string): string {
  const tree = pipeline.runSync(pipeline.parse(markdown)) as Root;
  const ctx: Context = {
    toc: [],
    faq: [],
    uniqueId: makeUniqueId(),
    notes: { citations: [], problems: [] },
  };
  const inline = tree.children.flatMap((node) => {
    if (!isElement(node)) return [];
    walkInline(node, ctx);
    return node.tagName === 'p' ? node.children : [node];
  });
  return serializer.stringify({ type: 'root', children: inline });
}

interface Context {
  toc: TocEntry[];
  faq: FaqEntry[];
  uniqueId: (base: string) => string;
  imageSize?: RenderOptions['imageSize'];
  exercises?: RenderOptions['exercises'];
  notes: NotesContext;
}

function transformBlocks(nodes: RootContent[], ctx: Context): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isElement(node)) {
      out.push(node);
      continue;
    }
    const redFlags = redFlagBlock(node, ctx.notes);
    if (redFlags) {
      out.push(redFlags);
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
      if (isFaqHeading(node)) ctx.faq.push(...collectFaq(nodes.slice(i + 1)));
    } else if (node.tagName === 'h3' && exercisePrefix.test(textOf(node))) {
      // An exercise runs from its heading to the next heading of the same or a higher level.
      let end = i + 1;
      while (end < nodes.length && !isHeadingUpTo(nodes[end], 3)) end++;
      const cardContext = {
        uniqueId: ctx.uniqueId,
        inline: (block: Element) => walkInline(block, ctx),
      };
      const record = ctx.exercises?.get(exerciseSlug(textOf(node).replace(exercisePrefix, '')));
      out.push(
        record
          ? exerciseCardFromRecord(record, cardContext)
          : exerciseCard(node, nodes.slice(i + 1, end), cardContext),
      );
      i = end - 1;
    } else if (/^h[3-6]$/.test(node.tagName)) {
      node.properties = { id: ctx.uniqueId(headingId(textOf(node))) };
      out.push(node);
    } else if (node.tagName === 'table') {
      // Wide tables scroll inside their own box instead of widening the page.
      // Focusable and named, so keyboard users can scroll it too.
      out.push(el('section', { className: ['md-table'], ariaLabel: 'Table', tabIndex: 0 }, [node]));
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

/** Images, links and note markers anywhere inside a block. */
function walkInline(node: Element, ctx: Context): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'text')
      return isCitationFree(node) ? [child] : citeText(child.value, ctx.notes);
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
