import { describe, expect, it } from 'vitest';
import { readJsonBody } from './read-json';

const request = (
  body: BodyInit,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => new Request('http://x.test/', { method: 'POST', body, headers });

describe('readJsonBody', () => {
  it('parses JSON, including +json media types and a charset', async () => {
    expect(await readJsonBody(request('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(
      await readJsonBody(
        request('[1]', { 'content-type': 'application/merge-patch+json; charset=utf-8' }),
      ),
    ).toEqual({ ok: true, value: [1] });
  });

  it('answers malformed JSON and invalid UTF-8 with 422', async () => {
    expect(await readJsonBody(request('{"a":'))).toMatchObject({
      ok: false,
      status: 422,
      code: 'malformed_json',
    });
    expect(await readJsonBody(request(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await readJsonBody(request(''))).toMatchObject({ ok: false, status: 422 });
  });

  it('refuses other media types with 415', async () => {
    expect(await readJsonBody(request('{}', { 'content-type': 'text/plain' }))).toMatchObject({
      ok: false,
      status: 415,
    });
    expect(await readJsonBody(request('{}', {}))).toMatchObject({ ok: false, status: 415 });
  });

  it('caps the size while reading, whatever Content-Length says', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(100) });
    expect(await readJsonBody(request(big), 50)).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10)));
        controller.close();
      },
    });
    const chunked = new Request('http://x.test/', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(await readJsonBody(chunked, 50)).toMatchObject({ ok: false, status: 413 });
  });
});
