import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ImageSize } from './markdown';

const publicDir = path.join(process.cwd(), 'public');
const known = new Map<string, ImageSize | undefined>();

/**
 * Width and height of an SVG under public/ (from its width/height attributes or its viewBox), so
 * article images reserve their space. Other paths and formats: undefined.
 */
export function publicImageSize(src: string): ImageSize | undefined {
  const pathname = src.split(/[?#]/)[0] ?? '';
  if (!pathname.startsWith('/') || !pathname.toLowerCase().endsWith('.svg')) return undefined;
  if (known.has(pathname)) return known.get(pathname);
  const file = path.join(publicDir, path.posix.normalize(pathname));
  const size = file.startsWith(publicDir + path.sep) ? readSvgSize(file) : undefined;
  known.set(pathname, size);
  return size;
}

export function svgSize(head: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(head)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const width = Number.parseFloat(attr('width') ?? '');
  const height = Number.parseFloat(attr('height') ?? '');
  if (width > 0 && height > 0) return { width: Math.round(width), height: Math.round(height) };
  const box = (attr('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , w = 0, h = 0] = box;
  return box.length === 4 && w > 0 && h > 0
    ? { width: Math.round(w), height: Math.round(h) }
    : undefined;
}

function readSvgSize(file: string): ImageSize | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(2048);
    const bytes = readSync(fd, buffer, 0, buffer.length, 0);
    return svgSize(buffer.subarray(0, bytes).toString('utf8'));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
