import { pgEnum } from 'drizzle-orm/pg-core';

export const appointmentStatus = pgEnum('appointment_status', [
  'booked',
  'confirmed',
  'arrived',
  'completed',
  'no_show',
  'cancelled',
]);
export const appointmentSource = pgEnum('appointment_source', ['online', 'staff']);
export const staffRole = pgEnum('staff_role', ['admin', 'practitioner', 'front_desk']);

export type AppointmentStatus = (typeof appointmentStatus.enumValues)[number];
export type AppointmentSource = (typeof appointmentSource.enumValues)[number];
export type StaffRole = (typeof staffRole.enumValues)[number];
