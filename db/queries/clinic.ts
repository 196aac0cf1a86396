import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db';
import { clinicOpeningHours, clinicSettings } from '@/db/schema';

export interface ClinicContact {
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
  email: string;
}

/**
 * The clinic's IANA time zone: dates are shown and days counted in it. Once per request (React
 * cache); a missing settings row is a setup error, as for getClinic.
 */
export const getClinicTimeZone = cache(async (): Promise<string> => {
  const [row] = await db
    .select({ timeZone: clinicSettings.timeZone })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1));
  if (!row) throw new Error('clinic settings are missing: run `npm run db:seed` or create them');
  return row.timeZone;
});

/** The clinic's public contact details (the single clinic_settings row). */
export const getClinic = cache(async (): Promise<ClinicContact> => {
  const [row] = await db
    .select({
      name: clinicSettings.name,
      addressLine1: clinicSettings.addressLine1,
      addressLine2: clinicSettings.addressLine2,
      city: clinicSettings.city,
      region: clinicSettings.region,
      postalCode: clinicSettings.postalCode,
      country: clinicSettings.country,
      phone: clinicSettings.phone,
      email: clinicSettings.email,
    })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1))
    .limit(1);
  // The row is created by the seed; without it the site cannot say where the clinic is.
  if (!row) throw new Error('clinic_settings has no row: run `npm run db:seed`');
  return row;
});

export interface OpeningHours {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Clinic-local 'HH:mm:ss'. */
  opensAt: string;
  closesAt: string;
}

/** Public opening hours in clinic-local time, Monday first. Days without rows are closed. */
export const listOpeningHours = cache(async (): Promise<OpeningHours[]> => {
  return db
    .select({
      weekday: clinicOpeningHours.weekday,
      opensAt: clinicOpeningHours.opensAt,
      closesAt: clinicOpeningHours.closesAt,
    })
    .from(clinicOpeningHours)
    .orderBy(asc(clinicOpeningHours.weekday), asc(clinicOpeningHours.opensAt));
});

export interface PaymentSettings {
  insurers: string[];
  insuranceNote: string;
  offersSuperbills: boolean;
  paymentMethods: string[];
  cancellationCutoffHours: number;
}

/** What the fees page says about insurance, superbills and paying (set by admins). */
export const getPaymentSettings = cache(async (): Promise<PaymentSettings> => {
  const [row] = await db
    .select({
      insurers: clinicSettings.insurers,
      insuranceNote: clinicSettings.insuranceNote,
      offersSuperbills: clinicSettings.offersSuperbills,
      paymentMethods: clinicSettings.paymentMethods,
      cancellationCutoffHours: clinicSettings.cancellationCutoffHours,
    })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1))
    .limit(1);
  if (!row) throw new Error('clinic_settings has no row: run `npm run db:seed`');
  return row;
});
