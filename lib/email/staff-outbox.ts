import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { clinicSettings, outbox, type StaffRole } from '@/db/schema';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { assertRecipient } from './address';
import { outboxSettings } from './config';
import { sealStaffLink } from './outbox-link';
import { renderStaffInvitation, renderStaffPasswordReset } from './templates/staff-account';

export interface StaffLinkMessage {
  kind: 'staff_invitation' | 'staff_password_reset';
  recipient: string;
  name: string;
  role: StaffRole;
  /** Where the link leads, e.g. `/set-password/<token>`; sealed to this message's row. */
  path: string;
  expiresHours: number;
  now?: Date;
}

/**
 * Queues an e-mail to a staff member about their own account, inside the caller's transaction
 * (the link it carries exists only if the message does). Delivered by the outbox worker like
 * every other message; the link is filled in at delivery (lib/email/outbox-link.ts).
 */
export async function enqueueStaffLinkMessage(tx: Executor, m: StaffLinkMessage): Promise<string> {
  const now = m.now ?? new Date();
  const [clinic] = await tx.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
  if (!clinic) throw new Error('clinic settings are missing: no sender for staff e-mail');
  const facts = {
    name: m.name,
    roleLabel: ROLE_LABELS[m.role],
    expiresHours: m.expiresHours,
    clinic: {
      name: clinic.name,
      email: clinic.email,
      phone: clinic.phone,
      address: [
        clinic.addressLine1,
        clinic.addressLine2,
        clinic.city,
        `${clinic.region} ${clinic.postalCode}`,
      ]
        .filter(Boolean)
        .join(', '),
      timeZone: clinic.timeZone,
    },
  };
  const rendered =
    m.kind === 'staff_invitation' ? renderStaffInvitation(facts) : renderStaffPasswordReset(facts);
  const id = randomUUID();
  await tx.insert(outbox).values({
    id,
    kind: m.kind,
    recipient: assertRecipient(m.recipient),
    // A subject is a header: no control character may reach it, whatever a name contains.
    subject: rendered.subject.replace(/\p{Cc}+/gu, ' ').slice(0, 250),
    textBody: rendered.text,
    htmlBody: rendered.html,
    manageTokenSealed: sealStaffLink(m.path, id),
    maxAttempts: outboxSettings().maxAttempts,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}
