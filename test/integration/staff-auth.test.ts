import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { staffSessions, staffUsers } from '@/db/schema';
import { checkStaffCredentials } from '@/lib/auth/credentials';
import { hashPassword } from '@/lib/auth/password';
import { bumpSessionVersion, revokeStaffSession, validateStaffSession } from '@/lib/auth/sessions';

const PASSWORD = 'correct horse battery staple '.repeat(5).trim(); // 144 characters, used whole

async function makeStaff(role: 'admin' | 'front_desk' = 'front_desk') {
  const email = `staff-${randomUUID()}@example.com`;
  const [user] = await db
    .insert(staffUsers)
    .values({ email, name: 'Test Staff', role, passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return user!;
}

// Each test gets its own client address so the per-address limit of one test can't leak into another.
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

describe('staff credentials', () => {
  it('signs in with the whole long password and refuses a truncated one', async () => {
    const user = await makeStaff();
    const ok = await checkStaffCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, address());
    expect(ok).toMatchObject({ ok: true, staffUserId: user.id });
    const truncated = await checkStaffCredentials({ email: user.email, password: PASSWORD.slice(0, 72) }, address());
    expect(truncated).toEqual({ ok: false, reason: 'invalid' });
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const user = await makeStaff();
    const wrong = await checkStaffCredentials({ email: user.email, password: 'nope' }, address());
    const unknown = await checkStaffCredentials({ email: `ghost-${randomUUID()}@example.com`, password: 'nope' }, address());
    expect(wrong).toEqual(unknown);
  });

  it('refuses a disabled account', async () => {
    const user = await makeStaff();
    await db.update(staffUsers).set({ disabled: true }).where(eq(staffUsers.id, user.id));
    expect(await checkStaffCredentials({ email: user.email, password: PASSWORD }, address())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('throttles an account after five attempts, even with the right password, until the window passes', async () => {
    const user = await makeStaff();
    const now = new Date('2031-05-01T10:00:00Z');
    for (let i = 0; i < 5; i++) {
      await checkStaffCredentials({ email: user.email, password: `guess-${i}` }, address(), now);
    }
    const locked = await checkStaffCredentials({ email: user.email, password: PASSWORD }, address(), now);
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    const later = await checkStaffCredentials({ email: user.email, password: PASSWORD }, address(), new Date('2031-05-01T10:15:00Z'));
    expect(later).toMatchObject({ ok: true });
  });

  it('throttles a client address across accounts', async () => {
    const from = address();
    const now = new Date('2031-05-02T10:00:00Z');
    const results = [];
    for (let i = 0; i < 31; i++) {
      results.push(await checkStaffCredentials({ email: `spray-${i}-${randomUUID()}@example.com`, password: 'x' }, from, now));
    }
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });
  });
});

describe('staff sessions are checked against the database on every request', () => {
  async function signedIn() {
    const user = await makeStaff();
    const result = await checkStaffCredentials({ email: user.email, password: PASSWORD }, address());
    if (!result.ok) throw new Error('sign-in failed');
    return { user, sessionId: result.sessionId };
  }

  it('stops working as soon as the user is disabled', async () => {
    const { user, sessionId } = await signedIn();
    expect(await validateStaffSession(sessionId)).toMatchObject({ id: user.id, role: 'front_desk' });
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
    expect(await validateStaffSession(idle.sessionId, new Date(Date.now() + 29 * 60_000))).not.toBeNull();
    expect(await validateStaffSession(idle.sessionId, new Date(Date.now() + 29 * 60_000 + 31 * 60_000))).toBeNull();

    const old = await signedIn();
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3_600_000);
    await db.update(staffSessions).set({ createdAt: thirteenHoursAgo }).where(eq(staffSessions.id, old.sessionId));
    expect(await validateStaffSession(old.sessionId)).toBeNull();
  });

  it('rejects a made-up session id', async () => {
    expect(await validateStaffSession(randomUUID())).toBeNull();
    expect(await validateStaffSession("' or 1=1 --")).toBeNull();
  });
});
