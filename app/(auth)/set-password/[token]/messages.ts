export const USED_OR_EXPIRED =
  'This link has expired or was already used. Ask for a new one on the “Forgot your password?” page, or ask an admin to send a new invitation.';
