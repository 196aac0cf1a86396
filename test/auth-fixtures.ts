import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import { db } from '@/db';
import { staffUsers, type StaffRole } from '@/db/schema';
import { checkStaffCredentials, type CredentialContext } from '@/lib/auth/credentials';
import { newDeviceCookie } from '@/lib/auth/device-cookie';
import { confirmMfa, pendingSecret } from '@/lib/auth/mfa';
import { hashPassword } from '@/lib/auth/password';
import { completeSignIn } from '@/lib/auth/second-factor';

/** A password of the kind staff choose; used whole, however long. */
export const PASSWORD = 'correct horse battery staple '.repeat(5).trim();
let hashed: Promise<string> | undefined;

export async function makeAccount(role: StaffRole = 'front_desk', practitionerId?: string) {
  hashed ??= hashPassword(PASSWORD);
  const [user] = await db
    .insert(staffUsers)
    .values({
      email: `staff-${randomUUID()}@example.com`,
      name: 'Test Staff',
      role,
      practitionerId: practitionerId ?? null,
      passwordHash: await hashed,
    })
    .returning();
  return user!;
}

/** A fresh client address per call, so one test's address limit never reaches another's. */
export const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

/** The code an authenticator app shows for `secret` at `at` (steps of 30 s). */
export function appCode(secret: string, at = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** Sets up an app for the person, as scanning the QR code and typing a first code does. */
export async function enrolApp(staffUserId: string, at = new Date()) {
  const secret = (await pendingSecret(staffUserId))!;
  const recoveryCodes = await confirmMfa(staffUserId, await appCode(secret, at), at);
  if (!recoveryCodes) throw new Error('enrolment failed');
  return { secret, recoveryCodes };
}

/** A browser holding the device cookie a completed sign-in gave it. */
export function rememberedDevice(staffUserId: string): CredentialContext['deviceCookie'] {
  const cookie = newDeviceCookie(staffUserId).value;
  return (id) => (id === staffUserId ? cookie : undefined);
}

/** Password step and, when nothing more is needed, the session. */
export async function signInFully(email: string, context: CredentialContext = {}) {
  const result = await checkStaffCredentials({ email, password: PASSWORD }, address(), context);
  if (!result.ok || result.next !== 'ready')
    throw new Error(`sign-in stopped: ${JSON.stringify(result)}`);
  const done = await completeSignIn(result.attempt, context.now);
  if (!done) throw new Error('no session');
  return done;
}
