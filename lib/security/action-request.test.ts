import { describe, expect, it } from 'vitest';
import { MAX_ACTION_BYTES, refuseMalformedAction } from './action-request';

/** An action call; a FormData body brings its own multipart content type and boundary. */
function action(body: BodyInit | null, contentType = 'text/plain;charset=UTF-8') {
  const headers: Record<string, string> = { 'next-action': '40abc' };
  if (!(body instanceof FormData)) headers['content-type'] = contentType;
  return new Request('http://clinic.test/contact', { method: 'POST', headers, body });
}

function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

async function status(request: Request) {
  const refused = await refuseMalformedAction(request);
  if (!refused) return 'through';
  const body = (await refused.json()) as { error: { code: string; message: string } };
  expect(body.error.message.length).toBeGreaterThan(10);
  return refused.status;
}

describe('refuseMalformedAction', () => {
  it('lets well-formed action calls and every non-action request through', async () => {
    expect(await status(action('[{"name":"Robin"}]'))).toBe('through');
    expect(
      await status(
        action('[{"price":"$$12"},"$undefined","$D2026-11-21T10:00:00.000Z","$n42","$-0"]'),
      ),
    ).toBe('through');
    expect(
      await status(action(multipart({ '0': '["$1","$@2"]', '1': '{"note":"$$x"}', '2': '[]' }))),
    ).toBe('through');
    expect(
      await status(
        action(multipart({ '0': '[null,"$K1"]', '1_reason': 'not coming {', '1_$ACTION_REF': '' })),
      ),
    ).toBe('through');
    expect(
      await refuseMalformedAction(
        new Request('http://clinic.test/contact', { method: 'POST', body: '{' }),
      ),
    ).toBeNull();
    expect(
      await refuseMalformedAction(
        new Request('http://clinic.test/', { headers: { 'next-action': 'x' } }),
      ),
    ).toBeNull();
  });

  it('answers 400 for bodies Next’s decoder would throw on', async () => {
    for (const body of ['', '{', 'null', '{}', '"text"', '[1,', '\u0000']) {
      expect({ body, status: await status(action(body)) }).toEqual({ body, status: 400 });
    }
    expect(await status(action(new Uint8Array([0x5b, 0xff, 0x5d])))).toBe(400);
    expect(await status(action('[{"then":"$1:__proto__:then"}]'))).toBe(400);
    expect(await status(action('["$@0:constructor:constructor"]'))).toBe(400);
    // Unescaped "$" strings Next's client never sends, and references to parts that are not there.
    for (const ref of ['$lGa5eW', '$K1', '$1', '$Q3', '$h0', '$A1']) {
      expect({ ref, status: await status(action(JSON.stringify([{ name: ref }]))) }).toEqual({
        ref,
        status: 400,
      });
    }
    expect(await status(action(multipart({ '0': '["$5"]' })))).toBe(400);
    expect(
      await status(action(multipart({ '0': '["$1:constructor:prototype"]', '1': '{}' }))),
    ).toBe(400);
    expect(await status(action('garbage', 'multipart/form-data; boundary=zz'))).toBe(400);
    expect(await status(action(multipart({ '1': '"x"' })))).toBe(400); // no root
    expect(await status(action(multipart({ '0': '{' })))).toBe(400);
    expect(
      await status(
        action(
          multipart({
            '0': '["$@1"]',
            '1': '{"then":"$1:__proto__:then","status":"resolved_model"}',
          }),
        ),
      ),
    ).toBe(400);
  });

  it('answers 413 over 1 MB and 415 for other media types', async () => {
    expect(await status(action(`["${'x'.repeat(MAX_ACTION_BYTES)}"]`))).toBe(413);
    for (const type of ['application/json', 'application/x-www-form-urlencoded', '']) {
      expect(await status(action('[]', type))).toBe(415);
    }
  });
});

describe('refuseMalformedAction with what React really sends', () => {
  // The encoder Next's client uses for server action arguments.
  const encode = async (args: unknown[]): Promise<string | FormData> => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const { encodeReply } =
      require('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
        encodeReply: (value: unknown) => Promise<string | FormData>;
      };
    return encodeReply(args);
  };

  it('lets through special numbers, dates, BigInts, maps, sets and an object used twice', async () => {
    const shared = { note: 'same object twice' };
    const inline = await encode([
      { x: shared, y: shared, n: NaN, i: Infinity, z: -0, d: new Date(0), b: 10n },
    ]);
    expect(typeof inline).toBe('string');
    expect(await status(action(inline as string))).toBe('through');

    const outlined = await encode([
      {
        m: new Map([['k', shared]]),
        s: new Set([1]),
        twice: [shared, shared],
        text: '$not a reference',
      },
    ]);
    expect(outlined).toBeInstanceOf(FormData);
    expect(await status(action(outlined as FormData))).toBe('through');
  });
});
