import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { clinicSettings } from '@/db/schema';
import type { ClinicIdentity } from '@/lib/email/templates/layout';

/** What the waitlist needs of the clinic: its policy, its offer settings, its e-mail identity. */
export interface WaitlistClinic {
  timeZone: string;
  minNoticeMinutes: number;
  bookingHorizonDays: number;
  slotStepMinutes: number;
  cancellationCutoffHours: number;
  batchSize: number;
  offerMinutes: number;
  identity: ClinicIdentity;
}

export async function loadWaitlistClinic(executor: Executor): Promise<WaitlistClinic> {
  const [c] = await executor.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
  if (!c) throw new Error('clinic_settings has no row: run `npm run db:seed`');
  return {
    timeZone: c.timeZone,
    minNoticeMinutes: c.minNoticeMinutes,
    bookingHorizonDays: c.bookingHorizonDays,
    slotStepMinutes: c.slotStepMinutes,
    cancellationCutoffHours: c.cancellationCutoffHours,
    batchSize: c.waitlistBatchSize,
    offerMinutes: c.waitlistOfferMinutes,
    identity: {
      name: c.name,
      email: c.email,
      phone: c.phone,
      address: [c.addressLine1, c.addressLine2, c.city, `${c.region} ${c.postalCode}`]
        .filter(Boolean)
        .join(', '),
      timeZone: c.timeZone,
    },
  };
}
