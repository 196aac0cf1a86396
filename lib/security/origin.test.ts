import { afterEach, describe, expect, it } from 'vitest';
import { reloadEnv } from '@/lib/env';
import { refuseCrossOrigin } from './origin';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['SITE_URL', 'ALLOWED_ORIGINS', 'TRUSTED_PROXY_HOPS']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  reloadEnv();
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
    reloadEnv();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(refuseCrossOrigin(request(method, { origin: 'http://127.0.0.1:3000' }))).toBeNull();
    }
  });

  it('refuses foreign, look-alike, null and missing origins on every mutating method', async () => {
    process.env.SITE_URL = 'https://clinic.example';
    reloadEnv();
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
    reloadEnv();
    for (const site of ['same-origin', 'cross-site', 'none']) {
      await refusal(refuseCrossOrigin(request('POST', { origin: 'null', 'sec-fetch-site': site })));
    }
  });

  it('accepts SITE_URL’s origin and every exact origin in ALLOWED_ORIGINS', async () => {
    process.env.SITE_URL = 'https://clinic.example/some/path';
    reloadEnv();
    process.env.ALLOWED_ORIGINS = ' https://admin.clinic.example , http://localhost:5173,';
    reloadEnv();
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
    reloadEnv();
    const behindTls = () =>
      request(
        'POST',
        { origin: 'https://clinic.example', 'x-forwarded-proto': 'https' },
        'http://clinic.example/book',
      );
    process.env.TRUSTED_PROXY_HOPS = '1';
    reloadEnv();
    expect(refuseCrossOrigin(behindTls())).toBeNull();
    process.env.TRUSTED_PROXY_HOPS = '0';
    reloadEnv();
    await refusal(refuseCrossOrigin(behindTls()));
    delete process.env.TRUSTED_PROXY_HOPS; // the default: no proxy trusted
    reloadEnv();
    await refusal(refuseCrossOrigin(behindTls()));
    expect(
      refuseCrossOrigin(
        request('POST', { origin: 'http://clinic.example' }, 'http://clinic.example/book'),
      ),
    ).toBeNull();
  });

  it('lets server-to-server calls to the cookieless public API through without an Origin', async () => {
    process.env.SITE_URL = 'https://clinic.example';
    reloadEnv();
    const api = (headers: Record<string, string>, path = '/api/v1/bookings') =>
      request('POST', headers, `https://clinic.example${path}`);
    expect(refuseCrossOrigin(api({}))).toBeNull();
    expect(refuseCrossOrigin(api({ origin: 'https://clinic.example' }))).toBeNull();
    // A browser always says where it is: foreign and null origins stay refused.
    await refusal(refuseCrossOrigin(api({ origin: 'https://evil.example' })));
    await refusal(refuseCrossOrigin(api({ origin: 'null' })));
    // Only the API: pages, actions and Auth.js still need an Origin, and look-alike paths too.
    for (const path of [
      '/book',
      '/api/auth/callback/credentials',
      '/api/v1x',
      '/api/v10/bookings',
    ]) {
      await refusal(refuseCrossOrigin(api({}, path)));
    }
  });

  it('does not let a forged Host pass unless the Origin names that same Host', async () => {
    delete process.env.SITE_URL;
    reloadEnv();
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
