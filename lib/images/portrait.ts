import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_WIDTHS } from '@/db/schema/practitioners';

/**
 * Practitioner portraits: one upload → square WebP variants (PHOTO_WIDTHS) made with sharp
 * (libvips). EXIF orientation is applied and all metadata (camera, GPS) is dropped. Accepts JPEG,
 * PNG and WebP from people; SVG only from our own seed (`allowSvg`), since an uploaded SVG could
 * carry script.
 */

export const MAX_PORTRAIT_BYTES = 5 * 1024 * 1024;
/** A 40-megapixel ceiling: larger "images" are refused before they are decoded. */
const MAX_INPUT_PIXELS = 40_000_000;
const MIN_SIDE = 200;

export interface PortraitVariant {
  width: (typeof PHOTO_WIDTHS)[number];
  bytes: Uint8Array;
}

export interface Portrait {
  /** 16 hex digits of the upload's SHA-256: part of the public URL. */
  version: string;
  variants: PortraitVariant[];
}

export class PortraitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortraitError';
  }
}

const PEOPLE_FORMATS = new Set(['jpeg', 'png', 'webp']);

export async function makePortrait(
  input: Uint8Array,
  options: { allowSvg?: boolean } = {},
): Promise<Portrait> {
  if (input.byteLength === 0) throw new PortraitError('The file is empty.');
  if (input.byteLength > MAX_PORTRAIT_BYTES)
    throw new PortraitError('The photo is larger than 5 MB. Choose a smaller file.');
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new PortraitError('That file isn’t an image we can read. Use a JPEG, PNG or WebP photo.');
  }
  const format = metadata.format ?? '';
  if (!(PEOPLE_FORMATS.has(format) || (options.allowSvg && format === 'svg')))
    throw new PortraitError('Use a JPEG, PNG or WebP photo.');
  const side = Math.min(metadata.autoOrient.width, metadata.autoOrient.height);
  if (side < MIN_SIDE)
    throw new PortraitError(`The photo is too small: use one at least ${MIN_SIDE} pixels wide.`);

  const variants = await Promise.all(
    PHOTO_WIDTHS.map(async (width) => {
      const bytes = await sharp(input, {
        limitInputPixels: MAX_INPUT_PIXELS,
        // Vector portraits are drawn at 640 px; render them sharp at that size.
        density: format === 'svg' ? 144 : undefined,
      })
        .autoOrient()
        .resize(width, width, { fit: 'cover', position: 'attention' })
        .webp({ quality: 82 })
        .toBuffer();
      return { width, bytes: new Uint8Array(bytes) };
    }),
  );
  const version = createHash('sha256').update(input).digest('hex').slice(0, 16);
  return { version, variants };
}
