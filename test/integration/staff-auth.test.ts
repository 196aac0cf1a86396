import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, staffSessions, staffUsers } from '@/db/schema';
import { checkStaffCredentials } from '@/lib/auth/credentials';
import { newDeviceCookie } from '@/lib/auth/device-cookie';
import { hashPassword } from '@/lib/auth/password';
import { completeSignIn } from '@/lib/auth/second-factor';
import {
  MAX_SESSIONS_PER_STAFF,
  bumpSessionVersion,
  createStaffSession,
  listLiveSessions,
  revokeOwnSession,
  revokeStaffSession,
  validateStaffSession,
} from '@/lib/auth/sessions';
import { THROTTLE } from '@/lib/auth/throttle';
import { liftSignInPause } from '@/lib/staff/sign-in-admin';
import { PASSWORD, address, makeAccount, rememberedDevice, signInFully } from '../auth-fixtures';
import { makeStaff } from '../staff-fixtures';

const at = (iso: string) => new Date(iso);
const seconds = (from: Date, s: number) => new Date(from.getTime() + s * 1000);

describe('staff credentials', () => {
  it('signs in with the whole long password and refuses a truncated one', async () => {
    const user = await makeAccount();
    const ok = await checkStaffCredentials(
      { email: user.email.toUpperCase(), password: PASSWORD },
      address(),
    );
    expect(ok).toMatchObject({ ok: true, staffUserId: user.id, next: 'ready' });
    const truncated = await checkStaffCredentials(
      { email: user.email, password: PASSWORD.slice(0, 72) },
      address(),
    );
    expect(truncated).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts a password typed with composed or decomposed accents alike (NFC)', async () => {
    const composed = 'Caf\u00e9-Sprechstunde-\u00fcber-Mittag';
    const decomposed = 'Cafe\u0301-Sprechstunde-u\u0308ber-Mittag';
    expect(composed).not.toBe(decomposed);
    for (const [stored, typed] of [
      [composed, decomposed],
      [decomposed, composed],
    ] as const) {
      const [user] = await db
        .insert(staffUsers)
        .values({
          email: `nfc-${randomUUID()}@example.com`,
          name: 'Accent',
          role: 'front_desk',
          passwordHash: await hashPassword(stored),
        })
        .returning();
      expect(
        await checkStaffCredentials({ email: user!.email, password: typed }, address()),
      ).toMatchObject({ ok: true });
    }
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const user = await makeAccount();
    const wrong = await checkStaffCredentials({ email: user.email, password: 'nope' }, address());
    const unknown = await checkStaffCredentials(
      { email: `ghost-${randomUUID()}@example.com`, password: 'nope' },
      address(),
    );
    expect(wrong).toEqual(unknown);
  });

  it('refuses a disabled account and an invited one that has no password yet', async () => {
    const user = await makeAccount();
    await db.update(staffUsers).set({ disabled: true }).where(eq(staffUsers.id, user.id));
    expect(
      await checkStaffCredentials({ email: user.email, password: PASSWORD }, address()),
    ).toEqual({ ok: false, reason: 'invalid' });
    const [invited] = await db
      .insert(staffUsers)
      .values({ email: `inv-${randomUUID()}@example.com`, name: 'Inv', role: 'front_desk' })
      .returning();
    expect(await checkStaffCredentials({ email: invited!.email, password: '' }, address())).toEqual(
      { ok: false, reason: 'invalid' },
    );
    expect(
      await checkStaffCredentials({ email: invited!.email, password: PASSWORD }, address()),
    ).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('no lock-out by strangers: progressive delay and device cookies', () => {
  it('a remembered device signs in while a stranger’s failures pile up', async () => {
    const user = await makeAccount();
    const t0 = at('2031-05-01T10:00:00Z');
    // Monday: the receptionist signs in on the desk computer, which keeps a device cookie.
    const desk = rememberedDevice(user.id);
    await signInFully(user.email, { deviceCookie: desk, now: t0 });

    // A stranger guesses, from ever-new addresses, for an hour.
    const answers = [];
    for (let i = 0; i < 30; i++) {
      answers.push(
        await checkStaffCredentials({ email: user.email, password: `guess-${i}` }, address(), {
          now: seconds(t0, 60 + i * 120),
        }),
      );
    }
    const refused = answers.filter((a) => !a.ok && a.reason === 'throttled');
    expect(answers.filter((a) => !a.ok && a.reason === 'invalid').length).toBeLessThan(15);
    expect(refused.length).toBeGreaterThan(15);

    const later = seconds(t0, 60 + 30 * 120);
    // Another browser, even with the right password, must wait and is told how long.
    const elsewhere = await checkStaffCredentials(
      { email: user.email, password: PASSWORD },
      address(),
      { now: later },
    );
    expect(elsewhere).toMatchObject({ ok: false, reason: 'throttled' });
    expect(
      elsewhere.ok === false && elsewhere.reason === 'throttled' && elsewhere.retryAfterSeconds,
    ).toBeGreaterThan(0);
    // The desk computer is not held up at all.
    await expect(
      signInFully(user.email, { deviceCookie: desk, now: later }),
    ).resolves.toMatchObject({
      staffUserId: user.id,
    });
  });

  it('pauses grow after the free failures, and waiting is all it takes', async () => {
    const user = await makeAccount();
    const t0 = at('2031-06-01T10:00:00Z');
    const guess = (now: Date, password = 'wrong') =>
      checkStaffCredentials({ email: user.email, password }, address(), { now });
    for (let i = 0; i < THROTTLE.freeFailures - 1; i++)
      expect(await guess(t0)).toEqual({ ok: false, reason: 'invalid' });
    expect(await guess(t0)).toEqual({ ok: false, reason: 'invalid' }); // the last free one
    expect(await guess(t0)).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 30 });
    const t1 = seconds(t0, 30);
    expect(await guess(t1)).toEqual({ ok: false, reason: 'invalid' });
    expect(await guess(t1)).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 60 });
    const t2 = seconds(t1, 60);
    expect(await guess(t2)).toEqual({ ok: false, reason: 'invalid' });
    expect(await guess(seconds(t2, 119))).toMatchObject({
      reason: 'throttled',
      retryAfterSeconds: 1,
    });
    // Never a lock: after the pause the right password works, and the count starts afresh.
    expect(await guess(seconds(t2, 120), PASSWORD)).toMatchObject({ ok: true });
    expect(await guess(seconds(t2, 121))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('a remembered device that guesses wrong is paused on its own; a forged cookie counts as a stranger', async () => {
    const user = await makeAccount();
    const other = await makeAccount();
    const t0 = at('2031-06-02T10:00:00Z');
    const device = rememberedDevice(user.id);
    for (let i = 0; i < THROTTLE.freeFailures; i++)
      await checkStaffCredentials({ email: user.email, password: 'x' }, address(), {
        deviceCookie: device,
        now: t0,
      });
    expect(
      await checkStaffCredentials({ email: user.email, password: PASSWORD }, address(), {
        deviceCookie: device,
        now: t0,
      }),
    ).toMatchObject({ reason: 'throttled' });
    // Unrecognised browsers were not touched by that device's failures.
    expect(
      await checkStaffCredentials({ email: user.email, password: PASSWORD }, address(), {
        now: t0,
      }),
    ).toMatchObject({ ok: true });

    // Someone else's cookie or a tampered one is no pass: it counts as an unrecognised device.
    const stolen = newDeviceCookie(user.id).value; // genuine, but for another account
    const [v, nonce] = newDeviceCookie(user.id).value.split('.');
    for (const forged of [stolen, `${v}.${nonce}.AAAA`, 'd1..', 'garbage']) {
      for (let i = 0; i < THROTTLE.freeFailures; i++)
        await checkStaffCredentials({ email: other.email, password: 'x' }, address(), { now: t0 });
      expect(
        await checkStaffCredentials({ email: other.email, password: PASSWORD }, address(), {
          deviceCookie: () => forged,
          now: t0,
        }),
      ).toMatchObject({ reason: 'throttled' });
    }
  });

  it('parallel guesses cannot slip past the count', async () => {
    const user = await makeAccount();
    const now = at('2031-06-03T10:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        checkStaffCredentials({ email: user.email, password: `p-${i}` }, address(), { now }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(
      THROTTLE.freeFailures,
    );
  });

  it('throttles a client address spraying many accounts', async () => {
    const from = address();
    const now = at('2031-05-02T10:00:00Z');
    const results = [];
    for (let i = 0; i < 31; i++) {
      results.push(
        await checkStaffCredentials(
          { email: `spray-${i}-${randomUUID()}@example.com`, password: 'x' },
          from,
          { now },
        ),
      );
    }
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('an admin lifts a pause at once, and it is audited; nobody else can', async () => {
    const user = await makeAccount();
    const admin = await makeStaff('admin');
    const desk = await makeStaff('front_desk');
    const now = new Date();
    for (let i = 0; i <= THROTTLE.freeFailures; i++)
      await checkStaffCredentials({ email: user.email, password: 'x' }, address(), { now });
    const stillPaused = () =>
      checkStaffCredentials({ email: user.email, password: PASSWORD }, address(), { now });
    expect(await liftSignInPause(desk.principal, { staffUserId: user.id })).toMatchObject({
      ok: false,
    });
    expect(await stillPaused()).toMatchObject({ reason: 'throttled' });
    expect(await liftSignInPause(admin.principal, { staffUserId: user.id })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await stillPaused()).toMatchObject({ ok: true });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'staff.sign_in_pause_lifted')),
      );
    expect(entry).toMatchObject({ actorStaffId: admin.user.id, entityType: 'staff' });
  });
});

describe('staff sessions are checked against the database on every request', () => {
  async function signedIn() {
    const user = await makeAccount();
    const { sessionId } = await signInFully(user.email);
    return { user, sessionId };
  }

  it('stops working as soon as the user is disabled', async () => {
    const { user, sessionId } = await signedIn();
    expect(await validateStaffSession(sessionId)).toMatchObject({
      id: user.id,
      role: 'front_desk',
    });
    await db.update(staffUsers).set({ disabled: true }).where(eq(staffUsers.id, user.id));
    expect(await validateStaffSession(sessionId)).toBeNull();
  });

  it('stops working after "sign out everywhere" (a session version bump) or a revocation', async () => {
    const a = await signedIn();
    await bumpSessionVersion(a.user.id);
    expect(await validateStaffSession(a.sessionId)).toBeNull();
    const b = await signedIn();
    await revokeStaffSession(b.sessionId);
    expect(await validateStaffSession(b.sessionId)).toBeNull();
  });

  it('expires after 30 idle minutes and after 12 hours in all', async () => {
    const idle = await signedIn();
    expect(
      await validateStaffSession(idle.sessionId, new Date(Date.now() + 29 * 60_000)),
    ).not.toBeNull();
    expect(
      await validateStaffSession(idle.sessionId, new Date(Date.now() + 29 * 60_000 + 31 * 60_000)),
    ).toBeNull();

    const old = await signedIn();
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3_600_000);
    await db
      .update(staffSessions)
      .set({ createdAt: thirteenHoursAgo })
      .where(eq(staffSessions.id, old.sessionId));
    expect(await validateStaffSession(old.sessionId)).toBeNull();
  });

  it('rejects a made-up session id', async () => {
    expect(await validateStaffSession(randomUUID())).toBeNull();
    expect(await validateStaffSession("' or 1=1 --")).toBeNull();
  });

  it('keeps only the 10 newest live sessions of a person', async () => {
    const user = await makeAccount();
    const ids: string[] = [];
    for (let i = 0; i < MAX_SESSIONS_PER_STAFF + 2; i++) {
      ids.push(
        await createStaffSession(
          user.id,
          user.sessionVersion,
          `Device ${i}`,
          seconds(new Date(), i),
        ),
      );
    }
    const valid = [];
    for (const id of ids)
      valid.push((await validateStaffSession(id, seconds(new Date(), 20))) !== null);
    expect(valid).toEqual([false, false, ...Array<boolean>(MAX_SESSIONS_PER_STAFF).fill(true)]);
    const live = await db
      .select()
      .from(staffSessions)
      .where(and(eq(staffSessions.staffUserId, user.id), isNull(staffSessions.revokedAt)));
    expect(live).toHaveLength(MAX_SESSIONS_PER_STAFF);
  });

  it('lists a person’s own sessions with their device, and ends only their own', async () => {
    const user = await makeAccount();
    const other = await makeAccount();
    const mine = await createStaffSession(user.id, user.sessionVersion, 'Firefox 132 on Windows');
    const theirs = await createStaffSession(other.id, other.sessionVersion, 'Safari on iOS');
    expect(await listLiveSessions(user.id)).toEqual([
      expect.objectContaining({ id: mine, deviceLabel: 'Firefox 132 on Windows' }),
    ]);
    expect(await revokeOwnSession(user.id, theirs)).toBe(false);
    expect(await validateStaffSession(theirs)).not.toBeNull();
    expect(await revokeOwnSession(user.id, mine)).toBe(true);
    expect(await listLiveSessions(user.id)).toEqual([]);
  });

  it('makes a session only from a finished sign-in, and only once', async () => {
    const user = await makeAccount();
    const result = await checkStaffCredentials(
      { email: user.email, password: PASSWORD },
      address(),
    );
    if (!result.ok) throw new Error('sign-in failed');
    expect(await completeSignIn('made-up')).toBeNull();
    expect(await completeSignIn(result.attempt)).toMatchObject({ staffUserId: user.id });
    expect(await completeSignIn(result.attempt)).toBeNull();
  });
});
