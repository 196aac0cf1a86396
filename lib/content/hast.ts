import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Small helpers for the article renderer's own HTML-tree transforms. */

export function isElement(
  node: RootContent | ElementContent | undefined,
  tag?: string,
): node is Element {
  return node?.type === 'element' && (tag === undefined || node.tagName === tag);
}

export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

export function el(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** Children without whitespace-only text nodes. */
export function significant(nodes: ElementContent[]): ElementContent[] {
  return nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
}
