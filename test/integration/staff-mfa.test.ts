import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, staffMfa, staffRecoveryCodes, staffSessions } from '@/db/schema';
import { checkStaffCredentials } from '@/lib/auth/credentials';
import { hashRecoveryCode } from '@/lib/auth/mfa';
import { completeSignIn, confirmSignInEnrolment, verifySignInCode } from '@/lib/auth/second-factor';
import { validateStaffSession } from '@/lib/auth/sessions';
import { pendingSecret } from '@/lib/auth/mfa';
import { THROTTLE } from '@/lib/auth/throttle';
import { resetStaffMfa, setMfaRoles } from '@/lib/staff/sign-in-admin';
import { PASSWORD, address, appCode, enrolApp, makeAccount } from '../auth-fixtures';
import { ensureClinic } from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

const STEP = 30_000;
const later = (t: Date, steps: number) => new Date(t.getTime() + steps * STEP);

async function passwordStep(email: string, now = new Date()) {
  const result = await checkStaffCredentials({ email, password: PASSWORD }, address(), { now });
  if (!result.ok) throw new Error(`password refused: ${JSON.stringify(result)}`);
  return result;
}

async function sessionsOf(staffUserId: string) {
  return db.select().from(staffSessions).where(eq(staffSessions.staffUserId, staffUserId));
}

beforeAll(() => ensureClinic(db));

describe('two-step sign-in (TOTP and recovery codes)', () => {
  it('asks for a code after the password, and no session exists until it is right', async () => {
    const user = await makeAccount();
    const t0 = new Date('2031-07-01T10:00:00Z');
    const { secret } = await enrolApp(user.id, t0);
    const step = await passwordStep(user.email, later(t0, 2));
    expect(step.next).toBe('code');
    expect(await completeSignIn(step.attempt, later(t0, 2))).toBeNull();
    expect(await sessionsOf(user.id)).toEqual([]);

    expect(await verifySignInCode(step.attempt, '000000', later(t0, 2))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      await verifySignInCode(step.attempt, await appCode(secret, later(t0, 2)), later(t0, 2)),
    ).toEqual({ ok: true });
    const done = await completeSignIn(step.attempt, later(t0, 2));
    expect(done).toMatchObject({ staffUserId: user.id });
    expect(await sessionsOf(user.id)).toHaveLength(1);
  });

  it('never accepts the same code twice, nor an older one', async () => {
    const user = await makeAccount();
    const t0 = new Date('2031-07-02T10:00:00Z');
    const { secret } = await enrolApp(user.id, t0);
    const now = later(t0, 4);
    const code = await appCode(secret, now);
    const first = await passwordStep(user.email, now);
    expect(await verifySignInCode(first.attempt, code, now)).toEqual({ ok: true });
    // Someone who saw the code over a shoulder, seconds later, within the same window:
    const second = await passwordStep(user.email, now);
    expect(await verifySignInCode(second.attempt, code, now)).toMatchObject({ ok: false });
    expect(
      await verifySignInCode(second.attempt, await appCode(secret, later(now, -1)), now),
    ).toMatchObject({ ok: false });
    // The next code from the app works.
    const next = later(now, 1);
    expect(await verifySignInCode(second.attempt, await appCode(secret, next), next)).toEqual({
      ok: true,
    });
  });

  it('ends an attempt after five wrong codes, and pauses a person’s code guesses', async () => {
    const user = await makeAccount();
    const t0 = new Date('2031-07-03T10:00:00Z');
    const { secret } = await enrolApp(user.id, t0);
    const now = later(t0, 2);
    const attempt = (await passwordStep(user.email, now)).attempt;
    const answers = [];
    for (let i = 0; i < THROTTLE.freeFailures; i++)
      answers.push(await verifySignInCode(attempt, String(100000 + i), now));
    expect(answers.at(-1)).toEqual({ ok: false, reason: 'expired' });
    // Even the right code no longer finishes that attempt.
    expect(await verifySignInCode(attempt, await appCode(secret, now), now)).toMatchObject({
      ok: false,
    });
    // A new attempt (the password again) meets the pause on code guesses, told how long.
    const again = (await passwordStep(user.email, now)).attempt;
    expect(await verifySignInCode(again, await appCode(secret, now), now)).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: 30,
    });
    const afterPause = later(now, 1);
    expect(await verifySignInCode(again, await appCode(secret, afterPause), afterPause)).toEqual({
      ok: true,
    });
  });

  it('takes each of the ten recovery codes once, and stores none of them readable', async () => {
    const user = await makeAccount();
    const { secret, recoveryCodes } = await enrolApp(user.id);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const stored = await db
      .select()
      .from(staffRecoveryCodes)
      .where(eq(staffRecoveryCodes.staffUserId, user.id));
    const dump = JSON.stringify(stored);
    for (const code of recoveryCodes) expect(dump).not.toContain(code.replace(/-/g, ''));
    expect(stored.map((r) => r.codeHash).sort()).toEqual(
      recoveryCodes.map(hashRecoveryCode).sort(),
    );
    const [mfa] = await db.select().from(staffMfa).where(eq(staffMfa.staffUserId, user.id));
    expect(mfa!.secretSealed).not.toContain(secret);

    const first = await passwordStep(user.email);
    expect(await verifySignInCode(first.attempt, recoveryCodes[3]!.toUpperCase())).toEqual({
      ok: true,
    });
    const second = await passwordStep(user.email);
    expect(await verifySignInCode(second.attempt, recoveryCodes[3]!)).toMatchObject({ ok: false });
    expect(await verifySignInCode(second.attempt, recoveryCodes[4]!)).toEqual({ ok: true });
  });

  it('makes an admin without an app set one up before any session exists', async () => {
    const admin = await makeAccount('admin');
    const t0 = new Date('2031-07-04T10:00:00Z');
    const step = await passwordStep(admin.email, t0);
    expect(step.next).toBe('enrol');
    expect(await verifySignInCode(step.attempt, '123456', t0)).toEqual({
      ok: false,
      reason: 'expired',
    });
    const secret = (await pendingSecret(admin.id))!;
    expect(await confirmSignInEnrolment(step.attempt, '000000', t0)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await sessionsOf(admin.id)).toEqual([]);
    const done = await confirmSignInEnrolment(step.attempt, await appCode(secret, t0), t0);
    expect(done).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
    expect(await completeSignIn(step.attempt, t0)).toMatchObject({ staffUserId: admin.id });
    // From now on the code is asked for at every sign-in.
    expect((await passwordStep(admin.email, later(t0, 1))).next).toBe('code');
  });

  it('asks the roles the clinic names for a second factor too (audited)', async () => {
    const boss = await makeStaff('admin');
    const f = await import('../fixtures').then((m) => m.makeFixtures(db));
    const practitioner = await makeAccount('practitioner', f.practitioner.id);
    expect((await passwordStep(practitioner.email)).next).toBe('ready');
    try {
      expect(await setMfaRoles(boss.principal, { roles: ['practitioner'] })).toMatchObject({
        ok: true,
      });
      expect((await passwordStep(practitioner.email)).next).toBe('enrol');
    } finally {
      await setMfaRoles(boss.principal, { roles: [] });
    }
    const entries = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'settings.mfa_roles'), eq(auditLog.actorStaffId, boss.user.id)),
      )
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.details.roles)).toEqual(['practitioner', 'admin only']);
  });

  it('an admin resets someone’s MFA (audited): their sessions end and the app no longer works', async () => {
    const boss = await makeStaff('admin');
    const desk = await makeStaff('front_desk');
    const target = await makeAccount('admin');
    const t0 = new Date();
    const { secret } = await enrolApp(target.id, t0);
    const step = await passwordStep(target.email, t0);
    await verifySignInCode(step.attempt, await appCode(secret, later(t0, 1)), later(t0, 1));
    const session = await completeSignIn(step.attempt);
    expect(await resetStaffMfa(desk.principal, { staffUserId: target.id })).toMatchObject({
      ok: false,
    });
    expect(await resetStaffMfa(boss.principal, { staffUserId: target.id })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await validateStaffSession(session!.sessionId)).toBeNull();
    expect((await passwordStep(target.email)).next).toBe('enrol');
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.mfa_reset'), eq(auditLog.entityId, target.id)));
    expect(entry).toMatchObject({ actorStaffId: boss.user.id });
    expect(await resetStaffMfa(boss.principal, { staffUserId: boss.user.id })).toMatchObject({
      ok: false,
    });
  });
});
