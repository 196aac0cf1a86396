import { generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP as authenticator apps do it (RFC 6238: SHA-1, 6 digits, 30-second steps), through otplib.
 * A code is accepted for one step either side of now (clock drift), and only for a step later
 * than the last one accepted for that person, so a code is never accepted twice.
 */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** The 30-second step the code belongs to, or null when it is wrong or already used. */
export async function matchTotp(
  secret: string,
  code: string,
  afterStep: number,
  now = new Date(),
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: afterStep,
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
