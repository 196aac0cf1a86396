import { openApiDocument } from './document';

export const dynamic = 'force-static';

/** The public booking API described as OpenAPI 3.1; static, so it is built once. */
export function GET() {
  return Response.json(openApiDocument, { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
