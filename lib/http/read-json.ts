/** Largest request body the public API reads; a booking is about 1 KB. */
export const MAX_JSON_BYTES = 16 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 413 | 415 | 422; code: string; message: string };

/**
 * Reads a JSON request body without trusting the client: the media type must be JSON (which also
 * means a cross-site HTML form cannot post here without a CORS preflight), the size is capped
 * while streaming (Content-Length may be absent or wrong), and bad UTF-8 or JSON is an answer,
 * never an exception.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<JsonBody> {
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    return {
      ok: false,
      status: 415,
      code: 'unsupported_media_type',
      message: 'Send the body as application/json.',
    };
  }
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'payload_too_large',
    message: `Keep the body under ${maxBytes} bytes.`,
  } as const;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge;

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      status: 422,
      code: 'malformed_json',
      message: 'The body is not valid JSON.',
    };
  }
}
