import { afterEach, describe, expect, it } from 'vitest';
import { reloadEnv } from '@/lib/env';
import {
  openManageLink,
  openManageToken,
  sealManageLink,
  sealManageToken,
  seal,
  unseal,
} from './seal';

const saved = { ...process.env };
afterEach(() => {
  process.env.AUTH_SECRET = saved.AUTH_SECRET;
  if (saved.BOOKING_TOKEN_SECRET === undefined) delete process.env.BOOKING_TOKEN_SECRET;
  else process.env.BOOKING_TOKEN_SECRET = saved.BOOKING_TOKEN_SECRET;
  reloadEnv();
});

describe('sealed values', () => {
  it('open only for the same purpose and the same bound value', () => {
    const sealed = seal('care-plan-link', 'plan-token', 'plan-1');
    expect(sealed).not.toContain('plan-token');
    expect(unseal('care-plan-link', sealed, 'plan-1')).toBe('plan-token');
    expect(unseal('care-plan-link', sealed, 'plan-2')).toBeNull();
    expect(unseal('mfa-secret', sealed, 'plan-1')).toBeNull();
    expect(unseal('care-plan-link', 's1.garbage', 'plan-1')).toBeNull();
  });

  it('stop opening when AUTH_SECRET changes', () => {
    const sealed = sealManageLink('tok', 'appointment-1');
    process.env.AUTH_SECRET = 'another-secret-of-enough-length';
    reloadEnv();
    expect(openManageLink(sealed, 'appointment-1')).toBeNull();
  });

  it('manage links in the outbox open only for their appointment', () => {
    const sealed = sealManageLink('tok', 'appointment-1');
    expect(openManageLink(sealed, 'appointment-1')).toBe('tok');
    expect(openManageLink(sealed, 'appointment-2')).toBeNull();
    expect(unseal('outbox-manage-link', sealed, 'appointment-1')).toBeNull();
  });

  it('manage tokens for replays open only with the same idempotency key and request', () => {
    const sealed = sealManageToken('token', 'key-12345678', '{"a":1}');
    expect(sealed).not.toContain('token');
    expect(openManageToken(sealed, 'key-12345678', '{"a":1}')).toBe('token');
    expect(openManageToken(sealed, 'key-12345679', '{"a":1}')).toBeNull();
    expect(openManageToken(sealed, 'key-12345678', '{"a":2}')).toBeNull();
    expect(openManageToken('v1.garbage', 'key-12345678', '{"a":1}')).toBeNull();
  });

  it('manage tokens depend on BOOKING_TOKEN_SECRET when one is set', () => {
    process.env.BOOKING_TOKEN_SECRET = 'first-booking-secret-0123';
    reloadEnv();
    const sealed = sealManageToken('token', 'key-12345678', 'body');
    process.env.BOOKING_TOKEN_SECRET = 'second-booking-secret-012';
    reloadEnv();
    expect(openManageToken(sealed, 'key-12345678', 'body')).toBeNull();
    process.env.BOOKING_TOKEN_SECRET = 'first-booking-secret-0123';
    reloadEnv();
    expect(openManageToken(sealed, 'key-12345678', 'body')).toBe('token');
  });

  // Sealed by the three helpers this module replaced (lib/email/manage-link.ts,
  // lib/appointments/online/manage-token.ts and this file before): what is already in the database
  // must still open.
  it('opens values sealed before the helpers were merged', () => {
    process.env.AUTH_SECRET = 'legacy-secret-for-vectors-0123';
    process.env.BOOKING_TOKEN_SECRET = 'legacy-booking-secret-0123456';
    reloadEnv();
    expect(
      openManageToken('v1.TcnrhmmLJ9mR_Lk3.R60kDOcPoxAVlei_UelWjQ.OZeIpmbyew', 'idem-1', '{"a":1}'),
    ).toBe('tok-abc');
    expect(
      openManageLink(
        'o1.el6xkSKpZwdSBJ7B.-PgS5l-7jV8xns8kFumQUw.984L3LPq0w',
        '00000000-0000-4000-8000-000000000001',
      ),
    ).toBe('tok-xyz');
    expect(
      unseal(
        'care-plan-link',
        's1.-o9HOPOmO-jXyK40.jbJhwkPok_11lWGcDw9egw.YNlawwO-AapGYQ',
        'bound-1',
      ),
    ).toBe('plan-token');
  });
});
