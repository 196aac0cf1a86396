import type { OutboxKind } from '@/db/schema';
import { siteUrl } from '@/lib/env';
import { seal, unseal } from '@/lib/security/seal';
import { openManageLink } from '@/lib/security/seal';
import { manageUrl } from './manage-link';

/**
 * The link a queued message carries, opened just before it goes out (and for the local mailbox's
 * preview): a patient's manage link (lib/email/manage-link.ts), or a staff account or waitlist link whose
 * path is sealed to that one outbox row, so the stored message never holds a usable link.
 */
export const STAFF_LINK_KINDS: ReadonlySet<OutboxKind> = new Set([
  'staff_invitation',
  'staff_password_reset',
]);
/** Patients' waitlist links (an entry's page, an offer's claim page), sealed the same way. */
export const WAITLIST_LINK_KINDS: ReadonlySet<OutboxKind> = new Set([
  'waitlist_joined',
  'waitlist_offer',
]);
/** Kinds whose link is a site path sealed to the row: staff links and a care plan's My plan link. */
const PATH_LINK_KINDS: ReadonlySet<OutboxKind> = new Set([...STAFF_LINK_KINDS, 'care_plan']);
const PURPOSE = 'outbox-staff-link';

export function sealStaffLink(path: string, outboxId: string): string {
  return seal(PURPOSE, path, outboxId);
}

/** A patient's private page (My plan) sealed to this one outbox row, like a staff link. */
export const sealPatientPathLink = sealStaffLink;

export function openOutboxLink(row: {
  id: string;
  kind: OutboxKind;
  appointmentId: string | null;
  manageTokenSealed: string | null;
}): string | null {
  if (!row.manageTokenSealed) return null;
  if (PATH_LINK_KINDS.has(row.kind) || WAITLIST_LINK_KINDS.has(row.kind)) {
    const path = unseal(PURPOSE, row.manageTokenSealed, row.id);
    return path?.startsWith('/') ? siteUrl(path).href : null;
  }
  const token = row.appointmentId ? openManageLink(row.manageTokenSealed, row.appointmentId) : null;
  return token ? manageUrl(token) : null;
}
