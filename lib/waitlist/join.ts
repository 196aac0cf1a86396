import 'server-only';
import { fail, type ActionResult } from '@/lib/actions/result';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { outbox, practitionerServices, practitioners, waitlistEntries } from '@/db/schema';
import { hashManageToken, newManageToken } from '@/lib/appointments/online/manage-token';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { sqlState } from '@/db/client';
import { assertRecipient } from '@/lib/email/address';
import { outboxSettings } from '@/lib/email/config';
import { sealStaffLink } from '@/lib/email/outbox-link';
import { renderWaitlistJoined } from '@/lib/email/templates/waitlist';
import { findOrCreatePatient } from '@/lib/patients/match';
import type { WaitlistJoin } from '@/lib/validations/waitlist';
import { loadWaitlistClinic } from './clinic';
import { describePreferences } from './describe';

export type JoinResult = ActionResult<{ entryId: string }>;

export interface JoinContext {
  now?: Date;
  /** Staff adding a phone request; null online. */
  staff?: StaffPrincipal | null;
  /** "Earlier than this one": the patient's booked appointment (found by its manage link). */
  earlierThan?: { appointmentId: string; patientId: string } | null;
}

const LINK_DAYS_AFTER_LATEST = 14;

/**
 * Puts a patient on the waitlist: the patient record is matched like a booking's (e-mail and
 * name), the entry and its confirmation e-mail (with the private link to see, pause or leave it)
 * are written in one transaction.
 */
export async function joinWaitlist(
  input: WaitlistJoin,
  ctx: JoinContext = {},
): Promise<JoinResult> {
  const now = ctx.now ?? new Date();
  const { policy, service } = await loadPolicyAndService(input.service);
  if (!service) return { ok: false, fieldErrors: { service: ['Choose a therapy from the list.'] } };
  const today = clinicDate(now, policy.timeZone);
  if (input.latestDate < today)
    return { ok: false, fieldErrors: { latestDate: ['Choose today or a later date.'] } };
  const lastBookable = addDays(today, policy.bookingHorizonDays);
  if (input.latestDate > lastBookable)
    return {
      ok: false,
      fieldErrors: {
        latestDate: [
          `We book up to ${policy.bookingHorizonDays} days ahead: choose ${lastBookable} or earlier.`,
        ],
      },
    };
  const practitionerId = input.practitioner === 'any' ? null : input.practitioner;
  let practitionerName: string | null = null;
  if (practitionerId) {
    const [offers] = await db
      .select({ name: practitioners.name })
      .from(practitionerServices)
      .innerJoin(practitioners, eq(practitioners.id, practitionerServices.practitionerId))
      .where(
        and(
          eq(practitionerServices.practitionerId, practitionerId),
          eq(practitionerServices.serviceId, service.id),
          eq(practitioners.active, true),
        ),
      );
    if (!offers)
      return {
        ok: false,
        fieldErrors: { practitioner: ['That practitioner does not offer this therapy.'] },
      };
    practitionerName = offers.name;
  }

  const token = newManageToken();
  const outboxId = randomUUID();
  const clinic = await loadWaitlistClinic(db);
  const weekdays = [...new Set(input.weekdays)].sort();
  const parts = [...new Set(input.partsOfDay)];
  try {
    const entryId = await db.transaction(async (tx) => {
      const patientId =
        ctx.earlierThan?.patientId ??
        (await findOrCreatePatient(tx, {
          name: input.name,
          email: input.email,
          phone: input.phone,
        }));
      const [entry] = await tx
        .insert(waitlistEntries)
        .values({
          patientId,
          serviceId: service.id,
          practitionerId,
          weekdays,
          partsOfDay: parts,
          latestDate: input.latestDate,
          name: input.name,
          email: input.email,
          phone: input.phone,
          consentAt: now,
          earlierThanAppointmentId: ctx.earlierThan?.appointmentId ?? null,
          manageTokenHash: hashManageToken(token),
          manageExpiresAt: new Date(
            Date.parse(`${input.latestDate}T00:00:00Z`) + LINK_DAYS_AFTER_LATEST * 86_400_000,
          ),
          source: ctx.staff ? 'staff' : 'online',
          createdByStaffId: ctx.staff?.id ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: waitlistEntries.id });
      if (!entry) throw new Error('waitlist entry insert returned no row');
      const rendered = renderWaitlistJoined({
        name: input.name,
        serviceName: service.name,
        practitionerName,
        preferences: describePreferences(weekdays, parts),
        latestDate: input.latestDate,
        clinic: clinic.identity,
      });
      await tx.insert(outbox).values({
        id: outboxId,
        kind: 'waitlist_joined',
        patientId,
        recipient: assertRecipient(input.email),
        subject: rendered.subject.replace(/\p{Cc}+/gu, ' ').slice(0, 250),
        textBody: rendered.text,
        htmlBody: rendered.html,
        manageTokenSealed: sealStaffLink(`/waitlist/${token}`, outboxId),
        maxAttempts: outboxSettings().maxAttempts,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(
        {
          actorStaffId: ctx.staff?.id ?? null,
          actorKind: ctx.staff ? 'staff' : 'patient',
          action: 'waitlist.join',
          entityType: 'waitlist_entry',
          entityId: entry.id,
          details: { patientId, serviceId: service.id, via: ctx.staff ? 'dashboard' : 'online' },
        },
        tx,
      );
      return entry.id;
    });
    return { ok: true, data: { entryId } };
  } catch (error) {
    if (sqlState(error) === '23505')
      return fail(
        'You are already on the waitlist for this therapy. Use the link in your waitlist e-mail to see or change it.',
      );
    throw error;
  }
}
