import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { auditLog, outbox, staffAccountLinks, staffUsers } from '@/db/schema';
import { requestPasswordReset, setPasswordWithLink } from '@/lib/auth/account-links';
import { checkStaffCredentials } from '@/lib/auth/credentials';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { validateStaffSession } from '@/lib/auth/sessions';
import { openOutboxLink } from '@/lib/email/outbox-link';
import { previewMessage } from '@/lib/email/preview';
import { inviteStaffMember } from '@/lib/staff/accounts';
import { sendAccountLink } from '@/lib/staff/sign-in-admin';
import { inviteStaffSchema } from '@/lib/validations/staff-accounts';
import { setPasswordSchema } from '@/lib/validations/staff-auth';
import { address } from '../auth-fixtures';
import { ensureClinic } from '../booking-fixtures';
import { makeStaff, openSession } from '../staff-fixtures';

const NEW_PASSWORD = 'tangerine-orbit-kettle-42';
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;

beforeAll(async () => {
  await ensureClinic(db);
  admin = await makeStaff('admin');
});

const invite = (overrides: Record<string, unknown> = {}) =>
  inviteStaffSchema.parse({
    name: 'New Person',
    email: `New.Person-${randomUUID()}@Example.com`,
    role: 'front_desk',
    practitionerId: '',
    ...overrides,
  });

/** The newest message to `recipient`, and the token its link carries once delivered. */
async function lastMessageTo(recipient: string) {
  const [row] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.recipient, recipient))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  if (!row) throw new Error(`no message to ${recipient}`);
  const url = openOutboxLink(row);
  return { row, url, token: url?.split('/set-password/')[1] ?? '' };
}

const signIn = (email: string, password: string) =>
  checkStaffCredentials({ email, password }, address());

describe(`invitations (${dbHandle().driver})`, () => {
  it('an admin invites by e-mail; the invitee chooses their own password through a single-use link', async () => {
    const input = invite();
    const result = await inviteStaffMember(admin.principal, input);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const [row] = await db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.id, result.data.staffUserId));
    expect(row).toMatchObject({ email: input.email, passwordHash: null });
    expect(await signIn(input.email, '')).toEqual({ ok: false, reason: 'invalid' });

    const { row: message, url, token } = await lastMessageTo(input.email);
    expect(message).toMatchObject({ kind: 'staff_invitation', status: 'pending' });
    expect(url).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    // The stored message and link table hold no usable link: sealed in one, hashed in the other.
    expect(JSON.stringify(message)).not.toContain(token);
    const links = await db
      .select()
      .from(staffAccountLinks)
      .where(eq(staffAccountLinks.staffUserId, result.data.staffUserId));
    expect(links).toHaveLength(1);
    expect(JSON.stringify(links)).not.toContain(token);
    expect(links[0]!.expiresAt.getTime() - links[0]!.createdAt.getTime()).toBe(72 * 3_600_000);
    expect(message.textBody).toContain('{{manage_url}}');
    expect(previewMessage(message).text).toContain(url);

    expect(await setPasswordWithLink(token, NEW_PASSWORD)).toEqual({
      ok: true,
      email: input.email,
    });
    expect(await signIn(input.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    // Used once: the same link does nothing the second time.
    expect(await setPasswordWithLink(token, 'another-long-passphrase-9')).toEqual({ ok: false });
    expect(await signIn(input.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    const [chosen] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, result.data.staffUserId),
          eq(auditLog.action, 'staff.password_chosen'),
        ),
      );
    expect(chosen).toMatchObject({ actorStaffId: result.data.staffUserId });
  });

  it('an invitation expires after 72 hours, and a new one replaces the old link', async () => {
    const input = invite();
    const result = await inviteStaffMember(admin.principal, input);
    if (!result.ok) throw new Error('invite failed');
    const first = (await lastMessageTo(input.email)).token;
    const in73h = new Date(Date.now() + 73 * 3_600_000);
    expect(await setPasswordWithLink(first, NEW_PASSWORD, in73h)).toEqual({ ok: false });

    expect(
      await sendAccountLink(admin.principal, { staffUserId: result.data.staffUserId }),
    ).toEqual({
      ok: true,
      data: { purpose: 'invite' },
    });
    const second = (await lastMessageTo(input.email)).token;
    expect(second).not.toBe(first);
    expect(await setPasswordWithLink(first, NEW_PASSWORD)).toEqual({ ok: false });
    expect(await setPasswordWithLink(second, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it('refuses short and common passwords on the set-password form', () => {
    const token = 'a'.repeat(43);
    const parse = (password: string, confirm = password) =>
      setPasswordSchema.safeParse({ token, password, confirm });
    expect(parse('short').error?.issues[0]?.path).toEqual(['password']);
    expect(parse('Password1234').error?.issues[0]?.message).toMatch(/common/);
    expect(parse(NEW_PASSWORD, 'something else').error?.issues[0]?.path).toEqual(['confirm']);
    expect(parse(NEW_PASSWORD).success).toBe(true);
    expect(isCommonPassword('password 1234')).toBe(true);
    expect(isCommonPassword('7777777777777')).toBe(true);
  });
});

describe(`forgotten passwords (${dbHandle().driver})`, () => {
  it('e-mails a reset link only to a real account, answering the same either way', async () => {
    const user = await makeStaff('front_desk');
    const before = await db.select({ id: outbox.id }).from(outbox);
    const ghost = `ghost-${randomUUID()}@example.com`;
    await expect(requestPasswordReset(ghost, address())).resolves.toBeUndefined();
    expect(await db.select({ id: outbox.id }).from(outbox)).toHaveLength(before.length);

    await expect(requestPasswordReset(user.user.email, address())).resolves.toBeUndefined();
    const { row, token } = await lastMessageTo(user.user.email);
    expect(row.kind).toBe('staff_password_reset');
    const [link] = await db
      .select()
      .from(staffAccountLinks)
      .where(eq(staffAccountLinks.staffUserId, user.user.id));
    expect(link!.expiresAt.getTime() - link!.createdAt.getTime()).toBe(3_600_000);

    // A reset ends every session the account had.
    const other = await openSession(user.user.id);
    expect(await setPasswordWithLink(token, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await validateStaffSession(user.sessionId)).toBeNull();
    expect(await validateStaffSession(other)).toBeNull();
    expect(await signIn(user.user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it('expires a reset link after an hour and stops sending after three an hour', async () => {
    const user = await makeStaff('front_desk');
    const from = address();
    await requestPasswordReset(user.user.email, from);
    const { token } = await lastMessageTo(user.user.email);
    expect(
      await setPasswordWithLink(token, NEW_PASSWORD, new Date(Date.now() + 61 * 60_000)),
    ).toEqual({ ok: false });
    await requestPasswordReset(user.user.email, from);
    await requestPasswordReset(user.user.email, from);
    const count = async () =>
      (await db.select().from(outbox).where(eq(outbox.recipient, user.user.email))).length;
    const sent = await count();
    await requestPasswordReset(user.user.email, from);
    expect(await count()).toBe(sent);
  });
});
