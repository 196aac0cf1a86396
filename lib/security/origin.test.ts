import { afterEach, describe, expect, it } from 'vitest';
import { refuseCrossOrigin } from './origin';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['SITE_URL', 'ALLOWED_ORIGINS', 'TRUSTED_PROXY_HOPS']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

function request(
  method: string,
  headers: Record<string, string>,
  url = 'http://127.0.0.1:3000/book',
) {
  return new Request(url, { method, headers: { host: new URL(url).host, ...headers } });
}

async function refusal(response: Response | null) {
  expect(response?.status).toBe(403);
  const body = (await response!.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('origin_refused');
  expect(body.error.message).toMatch(/refused/);
  return body.error.message;
}

describe('refuseCrossOrigin', () => {
  it('leaves GET, HEAD and OPTIONS alone whatever their Origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(refuseCrossOrigin(request(method, { origin: 'https://evil.example' }))).toBeNull();
      expect(refuseCrossOrigin(request(method, {}))).toBeNull();
    }
  });

  it('lets a mutating request from the origin of its own Host through', () => {
    delete process.env.SITE_URL;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(refuseCrossOrigin(request(method, { origin: 'http://127.0.0.1:3000' }))).toBeNull();
    }
  });

  it('refuses foreign, look-alike, null and missing origins on every mutating method', async () => {
    process.env.SITE_URL = 'https://clinic.example';
    const foreign = [
      'https://evil.example',
      'https://clinic.example.evil.example',
      'http://clinic.example', // wrong scheme
      'https://clinic.example:8443', // wrong port
      'http://127.0.0.1:3001',
      'https://clinic.example/path',
      'https://user@clinic.example',
      'null',
      'not a url',
      'javascript:alert(1)',
    ];
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      for (const origin of foreign) {
        await refusal(refuseCrossOrigin(request(method, { origin })));
      }
      expect(await refusal(refuseCrossOrigin(request(method, {})))).toMatch(/did not say/);
    }
  });

  it('refuses a null Origin even when fetch metadata claims same-origin', async () => {
    process.env.SITE_URL = 'https://clinic.example';
    for (const site of ['same-origin', 'cross-site', 'none']) {
      await refusal(refuseCrossOrigin(request('POST', { origin: 'null', 'sec-fetch-site': site })));
    }
  });

  it('accepts SITE_URL’s origin and every exact origin in ALLOWED_ORIGINS', async () => {
    process.env.SITE_URL = 'https://clinic.example/some/path';
    process.env.ALLOWED_ORIGINS = ' https://admin.clinic.example , http://localhost:5173,';
    for (const origin of [
      'https://clinic.example',
      'https://admin.clinic.example',
      'http://localhost:5173',
    ]) {
      expect(refuseCrossOrigin(request('POST', { origin }))).toBeNull();
    }
    await refusal(refuseCrossOrigin(request('POST', { origin: 'http://localhost:5174' })));
    await refusal(refuseCrossOrigin(request('POST', { origin: 'https://clinic.example.' })));
  });

  it('trusts X-Forwarded-Proto for its own origin only when a proxy is trusted', async () => {
    delete process.env.SITE_URL;
    const behindTls = () =>
      request(
        'POST',
        { origin: 'https://clinic.example', 'x-forwarded-proto': 'https' },
        'http://clinic.example/book',
      );
    expect(refuseCrossOrigin(behindTls())).toBeNull();
    process.env.TRUSTED_PROXY_HOPS = '0';
    await refusal(refuseCrossOrigin(behindTls()));
    expect(
      refuseCrossOrigin(
        request('POST', { origin: 'http://clinic.example' }, 'http://clinic.example/book'),
      ),
    ).toBeNull();
  });

  it('does not let a forged Host pass unless the Origin names that same Host', async () => {
    delete process.env.SITE_URL;
    // A browser on evil.example cannot set Host: clinic.example and Origin: evil.example together
    // to pass; the Origin must equal the Host the request is addressed to.
    await refusal(
      refuseCrossOrigin(
        request(
          'POST',
          { origin: 'https://evil.example', host: 'clinic.example' },
          'http://clinic.example/x',
        ),
      ),
    );
  });
});
