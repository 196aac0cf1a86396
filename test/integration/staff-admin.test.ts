import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { auditLog, clinicSettings, staffUsers } from '@/db/schema';
import { validateStaffSession } from '@/lib/auth/sessions';
import {
  changeStaffRole,
  inviteStaffMember,
  setStaffDisabled,
  signOutEverywhere,
} from '@/lib/staff/accounts';
import { sendAccountLink } from '@/lib/staff/sign-in-admin';
import { inviteStaffSchema } from '@/lib/validations/staff-accounts';
import { replaceOpeningHours, updateClinicSettings } from '@/lib/staff/clinic-settings';
import { replaceWorkingHours, savePractitioner } from '@/lib/staff/practitioners';
import { saveService } from '@/lib/staff/services';
import { clinicSettingsSchema, isIanaTimeZone } from '@/lib/validations/clinic-admin';
import { ensureClinic } from '../booking-fixtures';
import { makeFixtures } from '../fixtures';
import { makeStaff, openSession } from '../staff-fixtures';

// Server actions run outside Next here: the session comes from a mocked Auth.js, the rest is real.
const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
let frontDesk: Staff;
let practitioner: Staff;
let practitionerId: string;

beforeAll(async () => {
  await ensureClinic(db);
  const f = await makeFixtures(db);
  practitionerId = f.practitioner.id;
  admin = await makeStaff('admin');
  frontDesk = await makeStaff('front_desk');
  practitioner = await makeStaff('practitioner', { practitionerId });
});

beforeEach(() => {
  session.sid = null;
});

// Invitations and password resets by e-mail: staff-invitations.test.ts.
const invite = (overrides: Record<string, unknown> = {}) =>
  inviteStaffSchema.parse({
    name: 'New Person',
    email: `New.Person-${randomUUID()}@Example.com`,
    role: 'front_desk',
    practitionerId: '',
    ...overrides,
  });

describe(`staff accounts (${dbHandle().driver})`, () => {
  it('maps a duplicate e-mail to a field error, and a practitioner account needs its own profile', async () => {
    const input = invite();
    expect((await inviteStaffMember(admin.principal, input)).ok).toBe(true);
    expect(await inviteStaffMember(admin.principal, input)).toEqual({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already/)] },
    });
    const taken = await inviteStaffMember(
      admin.principal,
      invite({ role: 'practitioner', practitionerId }),
    );
    expect(taken).toEqual({
      ok: false,
      fieldErrors: { practitionerId: [expect.stringMatching(/already has an account/)] },
    });
  });
  it('disabling a user ends their open session on the next request', async () => {
    const target = await makeStaff('front_desk');
    const otherDevice = await openSession(target.user.id);
    expect(await validateStaffSession(otherDevice)).not.toBeNull();
    expect(
      await setStaffDisabled(admin.principal, { staffUserId: target.user.id, disabled: true }),
    ).toEqual({ ok: true, data: undefined });
    expect(await validateStaffSession(target.sessionId)).toBeNull();
    expect(await validateStaffSession(otherDevice)).toBeNull();
    // Enabling again does not revive old sessions.
    await setStaffDisabled(admin.principal, { staffUserId: target.user.id, disabled: false });
    expect(await validateStaffSession(target.sessionId)).toBeNull();
  });

  it('a role change and "sign out everywhere" bump the session version', async () => {
    const a = await makeStaff('front_desk');
    expect(
      (
        await changeStaffRole(admin.principal, {
          staffUserId: a.user.id,
          role: 'admin',
          practitionerId: '',
        })
      ).ok,
    ).toBe(true);
    expect(await validateStaffSession(a.sessionId)).toBeNull();
    const [afterRole] = await db.select().from(staffUsers).where(eq(staffUsers.id, a.user.id));
    expect(afterRole).toMatchObject({ sessionVersion: a.user.sessionVersion + 1, role: 'admin' });

    const c = await makeStaff('practitioner', {
      practitionerId: (await makeFixtures(db)).practitioner.id,
    });
    expect((await signOutEverywhere(admin.principal, { staffUserId: c.user.id })).ok).toBe(true);
    expect(await validateStaffSession(c.sessionId)).toBeNull();
  });

  it('counts only sessions that still work in the staff list, and marks invited accounts', async () => {
    const { listStaffAccounts } = await import('@/db/queries/staff');
    const target = await makeStaff('front_desk');
    await openSession(target.user.id);
    const before = (await listStaffAccounts()).find((a) => a.id === target.user.id);
    expect(before).toMatchObject({ openSessions: 2, invited: false, mfa: false });
    await signOutEverywhere(admin.principal, { staffUserId: target.user.id });
    expect((await listStaffAccounts()).find((a) => a.id === target.user.id)?.openSessions).toBe(0);
    const result = await inviteStaffMember(admin.principal, invite());
    if (!result.ok) throw new Error('invite failed');
    expect((await listStaffAccounts()).find((a) => a.id === result.data.staffUserId)).toMatchObject(
      {
        invited: true,
      },
    );
  });

  it('an admin can’t disable their own account', async () => {
    expect(
      await setStaffDisabled(admin.principal, { staffUserId: admin.user.id, disabled: true }),
    ).toMatchObject({ ok: false });
    expect(await validateStaffSession(admin.sessionId)).not.toBeNull();
  });

  it('front desk and practitioners can’t manage staff — domain functions and actions alike', async () => {
    const target = await makeStaff('front_desk');
    for (const actor of [frontDesk.principal, practitioner.principal]) {
      expect(await inviteStaffMember(actor, invite())).toMatchObject({
        ok: false,
        formError: expect.any(String),
      });
      expect(
        await changeStaffRole(actor, {
          staffUserId: target.user.id,
          role: 'admin',
          practitionerId: '',
        }),
      ).toMatchObject({ ok: false });
      expect(await sendAccountLink(actor, { staffUserId: target.user.id })).toMatchObject({
        ok: false,
      });
      expect(
        await setStaffDisabled(actor, { staffUserId: target.user.id, disabled: true }),
      ).toMatchObject({ ok: false });
      expect(await signOutEverywhere(actor, { staffUserId: target.user.id })).toMatchObject({
        ok: false,
      });
    }
    const actions = await import('@/app/(staff)/dashboard/staff/actions');
    session.sid = practitioner.sessionId;
    expect(
      await actions.setStaffDisabledAction({ staffUserId: target.user.id, disabled: true }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/role/) });
    session.sid = frontDesk.sessionId;
    expect(await actions.inviteStaffAction({ ...invite() })).toMatchObject({ ok: false });
    session.sid = null;
    expect(await actions.inviteStaffAction({ ...invite() })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/session/),
    });
    const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, target.user.id));
    expect(row).toMatchObject({
      disabled: false,
      role: 'front_desk',
      sessionVersion: target.user.sessionVersion,
    });
  });

  it('no admin action sets or sees a password', async () => {
    const actions = await import('@/app/(staff)/dashboard/staff/actions');
    expect(Object.keys(actions).filter((name) => /password/i.test(name))).toEqual([]);
    session.sid = admin.sessionId;
    const email = `via-${randomUUID()}@example.com`;
    const result = await actions.inviteStaffAction({
      name: 'Via Action',
      email,
      role: 'front_desk',
      practitionerId: '',
      password: 'kettle-orbit-lantern-77',
    });
    expect(result).toMatchObject({ ok: true });
    expect(JSON.stringify(result)).not.toMatch(/password/i);
    const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email));
    expect(row!.passwordHash).toBeNull();
  });
});

describe(`clinic settings and catalogue (${dbHandle().driver})`, () => {
  const settings = () =>
    clinicSettingsSchema.parse({
      name: 'Larkfield Stride Chiropractic',
      timeZone: 'America/Los_Angeles',
      addressLine1: '418 Alder Row, Suite 2',
      addressLine2: '',
      city: 'Portland',
      region: 'OR',
      postalCode: '97205',
      country: 'us',
      phone: '+1 503-555-0147',
      email: 'hello@larkfield-stride.example',
      minNoticeMinutes: 120,
      bookingHorizonDays: 60,
      slotStepMinutes: 15,
      cancellationCutoffHours: 24,
    });

  it('validates the time zone with Intl', () => {
    expect(isIanaTimeZone('America/Los_Angeles')).toBe(true);
    expect(isIanaTimeZone('Europe/Berlin')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIanaTimeZone('PST; drop table')).toBe(false);
    const bad = clinicSettingsSchema.safeParse({ ...settings(), timeZone: 'Pacific Time' });
    expect(bad.error?.issues[0]?.path).toEqual(['timeZone']);
  });

  it('practitioners and front desk can’t change settings, hours, practitioners or therapies', async () => {
    for (const actor of [practitioner.principal, frontDesk.principal]) {
      expect(await updateClinicSettings(actor, { ...settings(), name: 'Hijacked' })).toMatchObject({
        ok: false,
      });
      expect(await replaceOpeningHours(actor, [])).toMatchObject({ ok: false });
      expect(await replaceWorkingHours(actor, { practitionerId, hours: [] })).toMatchObject({
        ok: false,
      });
      expect(
        await savePractitioner(actor, {
          id: practitionerId,
          slug: 'x',
          name: 'X',
          title: 'DC',
          bio: '',
          color: '#000000',
          active: false,
          sortOrder: 0,
          serviceIds: [],
          credentials: '',
          interests: '',
        }),
      ).toMatchObject({ ok: false });
      expect(
        await saveService(actor, {
          id: '',
          slug: `s-${randomUUID().slice(0, 8)}`,
          name: 'X',
          summary: 'X',
          description: '',
          evidence: '',
          contraindications: '',
          commonRisks: '',
          rareRisks: '',
          durationMinutes: 30,
          price: 1,
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          active: true,
          requiresConsultation: false,
          sortOrder: 0,
        }),
      ).toMatchObject({ ok: false });
    }
    const [row] = await db.select({ name: clinicSettings.name }).from(clinicSettings);
    expect(row!.name).not.toBe('Hijacked');
  });

  it('an admin saves settings (unchanged values: the shared row stays as other files expect) and it is audited by field name', async () => {
    const result = await updateClinicSettings(admin.principal, settings());
    expect(result.ok).toBe(true);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'settings.update'))
      .limit(1);
    expect(entry?.entityType).toBe('settings');
  });

  it('an admin replaces a practitioner’s working hours and saves a therapy with a price in dollars', async () => {
    const f = await makeFixtures(db);
    const hours = [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:30' },
    ];
    expect(
      await replaceWorkingHours(admin.principal, { practitionerId: f.practitioner.id, hours }),
    ).toEqual({ ok: true, data: undefined });
    const saved = await saveService(admin.principal, {
      id: f.service.id,
      slug: f.service.slug,
      name: 'Renamed',
      summary: 'S',
      description: '',
      evidence: '',
      contraindications: '',
      commonRisks: '',
      rareRisks: '',
      durationMinutes: 45,
      price: 99.5,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      active: true,
      requiresConsultation: true,
      sortOrder: 3,
    });
    expect(saved).toEqual({ ok: true, data: { serviceId: f.service.id } });
    const dup = await saveService(admin.principal, {
      id: '',
      slug: f.service.slug,
      name: 'Dup',
      summary: 'S',
      description: '',
      evidence: '',
      contraindications: '',
      commonRisks: '',
      rareRisks: '',
      durationMinutes: 30,
      price: 10,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      active: true,
      requiresConsultation: false,
      sortOrder: 0,
    });
    expect(dup).toEqual({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
  });
});
