import { getPractitionerPhoto } from '@/db/queries/practitioners';
import { PHOTO_WIDTHS } from '@/db/schema/practitioners';
import { UUID } from '@/lib/validations/fields';

const VARIANT = /^(\d{3})-([0-9a-f]{16})\.webp$/;

/**
 * A practitioner's portrait, from PostgreSQL (so every instance serves the same bytes). The URL
 * names the photo's version, so a response never changes: browsers and CDNs may keep it for a
 * year. A replaced photo gets a new URL; the old one answers 404.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; variant: string }> },
): Promise<Response> {
  const { id, variant } = await params;
  const match = VARIANT.exec(variant);
  const width = Number(match?.[1]);
  if (!UUID.test(id) || !match || !PHOTO_WIDTHS.some((w) => w === width)) return notFound();
  const bytes = await getPractitionerPhoto(id, width, match[2]!);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
