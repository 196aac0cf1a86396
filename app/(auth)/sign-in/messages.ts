/** What the sign-in pages say; one place, so every step refuses in the same words. */
export const INVALID = 'That e-mail and password do not match an active staff account.';
export const CODE_INVALID =
  'That code did not work. Use the newest code your app shows for this account (each code works once), or a recovery code.';
export const EXPIRED =
  'This sign-in took too long or had too many wrong codes. Please enter your e-mail and password again.';

/** "in 45 seconds", "in 3 minutes": when the person may try again. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function throttledMessage(seconds: number, what: 'password' | 'code'): string {
  return what === 'password'
    ? `Too many failed sign-ins. To keep patient records safe, sign-in from this device is paused: you can try again ${waitText(seconds)}. A computer or phone you have signed in on before is not held up by other people’s attempts, and an admin can lift the pause.`
    : `Too many wrong codes. You can try again ${waitText(seconds)}, or ask an admin to lift the pause.`;
}
