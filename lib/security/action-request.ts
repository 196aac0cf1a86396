import { NO_STORE } from '@/lib/http/json';

/** Next's own limit for a server action body (`serverActions.bodySizeLimit`, 1 MB by default). */
export const MAX_ACTION_BYTES = 1024 * 1024;

// Strings that start with "$" are Flight references in an action body. Next's client escapes a
// user's own "$" as "$$", so only these forms ever arrive from it: escaped text, undefined, dates,
// special numbers and BigInts inline; in multipart bodies also references to other numbered
// parts ("$1", "$@2", "$Q3", …), FormData ("$K1") and blobs ("$B2"). Anything else makes React's
// decoder throw (a 500) or, as in CVE-2025-55182, walk into an object's prototype.
const INLINE_REFERENCE =
  /^\$(?:\$[\s\S]*|undefined|u|D[\s\S]+|N|NaN|I|Infinity|-0|-Infinity|T|n-?\d{1,300})$/;
// Prefixes React's encodeReply uses for outlined values: promises, maps, sets, iterators, server
// references, blobs, typed arrays and streams (plain "$<id>" for a deduplicated model).
const PART_REFERENCE =
  /^\$(@|Q|W|i|B|h|A|O|o|U|S|s|L|l|G|g|M|m|V|R|r|X|x|)([0-9a-f]{1,8})((?::[^:]+)*)$/;
const FORM_REFERENCE = /^\$K[0-9a-f]{1,8}$/;
const PROTOTYPE_KEY = /^(?:__proto__|constructor|prototype)$/;

function refuse(status: 400 | 413 | 415, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: NO_STORE });
}

const MALFORMED = () =>
  refuse(
    400,
    'malformed_action',
    'This form submission could not be read, so nothing was sent. Please reload the page and try again.',
  );
const TOO_LARGE = () =>
  refuse(
    413,
    'payload_too_large',
    'This form submission is too large. Please shorten what you typed and try again.',
  );

/** The body, read without holding more than `maxBytes` of it; null when it is larger. */
export async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const body = request.clone().body;
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only when both are.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Whether a "$" string is one Next's client could have sent (`parts`: the numbered parts present). */
/** The parts of a text/plain body: only the root model, which may refer into itself ("$0:a:b"). */
const TEXT_ROOT: ReadonlySet<number> = new Set([0]);

function isKnownReference(value: string, parts: ReadonlySet<number>): boolean {
  if (INLINE_REFERENCE.test(value)) return true;
  if (parts !== TEXT_ROOT && FORM_REFERENCE.test(value)) return true;
  const match = PART_REFERENCE.exec(value);
  if (!match || !parts.has(parseInt(match[2]!, 16))) return false;
  if (parts === TEXT_ROOT && match[1] !== '') return false;
  return !match[3]!.split(':').some((segment) => PROTOTYPE_KEY.test(segment));
}

/** Parses one Flight model chunk and checks every string in it, without recursion. */
function isModelJson(text: string, parts: ReadonlySet<number>, root: boolean): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false; // includes nesting deep enough to exhaust the parser
  }
  if (root && !Array.isArray(value)) return false;
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.startsWith('$') && !isKnownReference(next, parts)) return false;
    } else if (next && typeof next === 'object') {
      pending.push(...Object.values(next));
    }
  }
  return true;
}

/**
 * Server action calls (POST with a `Next-Action` header) whose envelope is malformed get a clear
 * 4xx here instead of the 500 Next answers when its decoder throws (vercel/next.js#86945). Only
 * the envelope is checked: Next's client sends `text/plain` with a JSON array of arguments, or
 * `multipart/form-data` whose numbered fields are JSON; the action validates the values itself.
 * Returns null to let the request through.
 */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method.toUpperCase() !== 'POST' || !request.headers.has('next-action')) return null;
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'text/plain' && type !== 'multipart/form-data') {
    return refuse(
      415,
      'unsupported_media_type',
      'Send server action calls from this site’s own forms.',
    );
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ACTION_BYTES) return TOO_LARGE();
  const bytes = await readCapped(request, MAX_ACTION_BYTES);
  if (!bytes) return TOO_LARGE();

  if (type === 'text/plain') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return MALFORMED();
    }
    // A text/plain body is the root model alone: it may only refer back into itself ("$0:…").
    return isModelJson(text, TEXT_ROOT, true) ? null : MALFORMED();
  }

  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), {
      headers: { 'content-type': request.headers.get('content-type')! },
    }).formData();
  } catch {
    return MALFORMED();
  }
  const parts = new Set<number>();
  for (const name of form.keys()) if (/^\d{1,8}$/.test(name)) parts.add(Number(name));
  const root = form.get('0');
  if (typeof root !== 'string' || !isModelJson(root, parts, true)) return MALFORMED();
  for (const [name, value] of form) {
    // Numbered string fields are Flight model chunks; files and prefixed form fields are data.
    if (
      name !== '0' &&
      /^\d+$/.test(name) &&
      typeof value === 'string' &&
      !isModelJson(value, parts, false)
    ) {
      return MALFORMED();
    }
  }
  return null;
}
