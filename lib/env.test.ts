import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('configuration', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      STAFF_IDLE_TIMEOUT_MINUTES: 30,
      STAFF_ABSOLUTE_TIMEOUT_HOURS: 12,
      TRUSTED_PROXY_HOPS: 0,
      RUN_WORKER_IN_APP: true,
      OUTBOX_MAX_ATTEMPTS: 8,
      ALLOWED_ORIGINS: [],
    });
  });

  it('reads blank values as unset', () => {
    const parsed = parseEnv({ SMTP_URL: '', STAFF_IDLE_TIMEOUT_MINUTES: ' ' });
    expect(parsed.SMTP_URL).toBeUndefined();
    expect(parsed.STAFF_IDLE_TIMEOUT_MINUTES).toBe(30);
  });

  it('refuses a value that does not parse, naming the variable but not the value', () => {
    const attempt = () => parseEnv({ STAFF_IDLE_TIMEOUT_MINUTES: 'abc', AUTH_SECRET: 'short' });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/STAFF_IDLE_TIMEOUT_MINUTES: expected a number from 1/);
    expect(attempt).toThrow(/AUTH_SECRET: expected at least 16 characters/);
    expect(attempt).not.toThrow(/short|abc/);
  });

  it('refuses numbers out of range, bad flags, bad URLs and unknown queue drivers', () => {
    for (const [name, value] of [
      ['OUTBOX_MAX_ATTEMPTS', '0'],
      ['OUTBOX_MAX_ATTEMPTS', '2.5'],
      ['TRUSTED_PROXY_HOPS', '11'],
      ['RUN_WORKER_IN_APP', 'maybe'],
      ['SITE_URL', 'clinic.example'],
      ['SITE_URL', 'ftp://clinic.example'],
      ['OUTBOX_QUEUE', 'redis'],
    ] as const) {
      expect(() => parseEnv({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(name));
    }
  });

  it('reads flags, lists and SITE_URL the way the README says', () => {
    expect(
      parseEnv({
        RUN_WORKER_IN_APP: 'false',
        ALLOWED_ORIGINS: ' https://a.example , http://localhost:5173,',
        SITE_URL: 'https://clinic.example/',
      }),
    ).toMatchObject({
      RUN_WORKER_IN_APP: false,
      ALLOWED_ORIGINS: ['https://a.example', 'http://localhost:5173'],
      SITE_URL: 'https://clinic.example',
    });
  });
});
