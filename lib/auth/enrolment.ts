import { eq } from 'drizzle-orm';
import { renderSVG } from 'uqr';
import { db } from '@/db';
import { clinicSettings, staffUsers } from '@/db/schema';
import { pendingSecret } from './mfa';
import { groupedSecret, totpUri } from './totp';

/**
 * What a person sees while setting up an authenticator app: the otpauth:// URI as a QR code,
 * drawn here as inline SVG (no image service ever sees the secret), and the same secret as text
 * to type in by hand. Null when the person already has an app.
 */
export async function enrolmentOffer(
  staffUserId: string,
): Promise<{ qrSvg: string; key: string } | null> {
  const secret = await pendingSecret(staffUserId);
  if (!secret) return null;
  const [row] = await db
    .select({ email: staffUsers.email, clinic: clinicSettings.name })
    .from(staffUsers)
    .leftJoin(clinicSettings, eq(clinicSettings.id, 1))
    .where(eq(staffUsers.id, staffUserId));
  const uri = totpUri(secret, row?.email ?? 'staff', row?.clinic ?? 'Clinic staff');
  return { qrSvg: renderSVG(uri, { border: 2 }), key: groupedSecret(secret) };
}
