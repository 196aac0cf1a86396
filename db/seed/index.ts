import { count, eq, inArray } from 'drizzle-orm';
import { generatePassword, hashPassword, verifyPassword } from '../../lib/auth/password';
import type { Database } from '../client';
import {
  appointments,
  clinicOpeningHours,
  clinicSettings,
  patients,
  practitioners,
  practitionerServices,
  services,
  staffUsers,
  workingHours,
  type StaffRole,
} from '../schema';
import { planDemoAppointments } from './appointments';
import { seedArticles } from './articles';
import { seedWaitlist } from './waitlist';
import { seedExercises } from './exercises';
import { fillDemoDetails } from './details';
import {
  demoClinic,
  demoOfficeStaff,
  demoOpeningHours,
  demoPatientNames,
  demoPractitioners,
  demoServices,
} from './clinic-data';

export interface SeededLogin {
  email: string;
  name: string;
  role: StaffRole;
  /** Only when this run set it (new account, or SEED_STAFF_PASSWORD). */
  password?: string;
}

export interface SeedOptions {
  now?: Date;
  /** Every demo login gets this password; otherwise new logins get a generated one. */
  staffPassword?: string;
}

/** Idempotent: inserts what is missing, never duplicates, never touches existing appointments. */
export async function seedDemoClinic(
  db: Database,
  options: SeedOptions = {},
): Promise<SeededLogin[]> {
  const now = options.now ?? new Date();
  await db.insert(clinicSettings).values(demoClinic).onConflictDoNothing();
  const [hours] = await db.select({ n: count() }).from(clinicOpeningHours);
  if (!hours?.n) {
    await db
      .insert(clinicOpeningHours)
      .values(
        demoOpeningHours.map(([weekday, opensAt, closesAt]) => ({ weekday, opensAt, closesAt })),
      );
  }

  await db.insert(services).values(demoServices).onConflictDoNothing({ target: services.slug });
  const serviceRows = await db.select().from(services);
  const serviceBySlug = new Map(serviceRows.map((s) => [s.slug, s]));

  const practitionerIds = new Map<string, string>();
  for (const { email: _email, services: offered, hours: weekly, ...p } of demoPractitioners) {
    await db.insert(practitioners).values(p).onConflictDoNothing({ target: practitioners.slug });
    const [row] = await db
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(eq(practitioners.slug, p.slug));
    const id = row!.id;
    practitionerIds.set(p.slug, id);
    await db
      .insert(practitionerServices)
      .values(
        offered.map((slug) => ({ practitionerId: id, serviceId: serviceBySlug.get(slug)!.id })),
      )
      .onConflictDoNothing();
    const [existing] = await db
      .select({ n: count() })
      .from(workingHours)
      .where(eq(workingHours.practitionerId, id));
    if (!existing?.n) {
      await db.insert(workingHours).values(
        weekly.map(([weekday, startTime, endTime]) => ({
          practitionerId: id,
          weekday,
          startTime,
          endTime,
        })),
      );
    }
  }

  await fillDemoDetails(db, practitionerIds);
  const logins = await seedStaff(db, practitionerIds, options.staffPassword);
  await seedAppointments(db, now, practitionerIds, serviceBySlug);
  await seedArticles(db);
  await seedWaitlist(db, now);
  await seedExercises(db);
  return logins;
}

async function seedStaff(
  db: Database,
  practitionerIds: Map<string, string>,
  fixedPassword: string | undefined,
): Promise<SeededLogin[]> {
  const wanted = [
    ...demoOfficeStaff.map((s) => ({ ...s, practitionerId: null as string | null })),
    ...demoPractitioners.map((p) => ({
      email: p.email,
      name: p.name,
      role: 'practitioner' as const,
      practitionerId: practitionerIds.get(p.slug)!,
    })),
  ];
  const existing = await db
    .select({ email: staffUsers.email, id: staffUsers.id, passwordHash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(
      inArray(
        staffUsers.email,
        wanted.map((w) => w.email),
      ),
    );
  const byEmail = new Map(existing.map((e) => [e.email, e]));
  const logins: SeededLogin[] = [];
  for (const w of wanted) {
    const found = byEmail.get(w.email);
    if (!found) {
      const password = fixedPassword ?? generatePassword();
      await db.insert(staffUsers).values({ ...w, passwordHash: await hashPassword(password) });
      logins.push({ email: w.email, name: w.name, role: w.role, password });
    } else if (
      fixedPassword &&
      !(found.passwordHash && (await verifyPassword(found.passwordHash, fixedPassword)))
    ) {
      await db
        .update(staffUsers)
        .set({ passwordHash: await hashPassword(fixedPassword), updatedAt: new Date() })
        .where(eq(staffUsers.id, found.id));
      logins.push({ email: w.email, name: w.name, role: w.role, password: fixedPassword });
    } else {
      logins.push({ email: w.email, name: w.name, role: w.role, password: fixedPassword });
    }
  }
  return logins;
}

async function seedAppointments(
  db: Database,
  now: Date,
  practitionerIds: Map<string, string>,
  serviceBySlug: Map<string, typeof services.$inferSelect>,
): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(appointments);
  if (existing?.n) return;
  const patientRows = demoPatientNames.map((name, i) => ({
    name,
    email: `${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.')}@example.com`,
    // Stored as the app writes phones: E.164 (lib/phone.ts).
    phone: `+1503555${String(100 + i).padStart(4, '0')}`,
  }));
  await db.insert(patients).values(patientRows).onConflictDoNothing();
  const patientIds = (
    await db
      .select({ id: patients.id })
      .from(patients)
      .where(
        inArray(
          patients.email,
          patientRows.map((p) => p.email),
        ),
      )
  ).map((p) => p.id);

  const rows = planDemoAppointments({
    now,
    timeZone: demoClinic.timeZone,
    daysBack: 21,
    daysAhead: 21,
    practitioners: demoPractitioners.map((p) => ({
      id: practitionerIds.get(p.slug)!,
      serviceIds: p.services.map((s) => serviceBySlug.get(s)!.id),
      hours: p.hours,
    })),
    services: new Map([...serviceBySlug.values()].map((s) => [s.id, s])),
    patientIds,
  });
  // One transaction: a half-seeded diary would look real and be wrong.
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await tx.insert(appointments).values(rows.slice(i, i + 200));
    }
  });
}
