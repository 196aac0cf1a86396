import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { getActiveServiceBySlug } from '@/db/queries/services';
import { listActivePractitioners } from '@/db/queries/practitioners';
import { auditLog, practitionerPhotos, practitioners } from '@/db/schema';
import { removePractitionerPhoto, savePractitionerPhoto } from '@/lib/staff/practitioner-photo';
import { savePractitioner } from '@/lib/staff/practitioners';
import { saveService } from '@/lib/staff/services';
import { practitionerSchema, serviceSchema } from '@/lib/validations/clinic-admin';
import { ensureClinic } from '../booking-fixtures';
import { makeFixtures } from '../fixtures';
import { makeStaff } from '../staff-fixtures';

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
let frontDesk: Staff;

beforeAll(async () => {
  await ensureClinic(db);
  admin = await makeStaff('admin');
  frontDesk = await makeStaff('front_desk');
});

/** A real JPEG, taller than wide, with camera metadata that must not survive. */
async function photo(width = 900, height = 1200): Promise<Blob> {
  const bytes = await sharp({
    create: { width, height, channels: 3, background: { r: 180, g: 120, b: 90 } },
  })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam', Model: 'Secret GPS phone' } })
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
}

async function fetchPhoto(url: string) {
  const { GET } = await import('@/app/(site)/team/photos/[id]/[variant]/route');
  const [, , , id, variant] = url.split('/');
  return GET(new Request(`http://localhost${url}`), {
    params: Promise.resolve({ id: id!, variant: variant! }),
  });
}

describe(`practitioner photos (${dbHandle().driver})`, () => {
  it('an admin uploads a photo: three square WebP sizes, metadata stripped, served with a versioned URL', async () => {
    const { practitioner } = await makeFixtures(db);
    expect(
      await savePractitionerPhoto(frontDesk.principal, {
        practitionerId: practitioner.id,
        photo: await photo(),
      }),
    ).toMatchObject({ ok: false });

    const saved = await savePractitionerPhoto(admin.principal, {
      practitionerId: practitioner.id,
      photo: await photo(),
    });
    expect(saved).toEqual({ ok: true, data: { version: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    const rows = await db
      .select()
      .from(practitionerPhotos)
      .where(eq(practitionerPhotos.practitionerId, practitioner.id));
    expect(rows.map((r) => r.width).sort((a, b) => a - b)).toEqual([160, 320, 640]);
    for (const row of rows) {
      const meta = await sharp(Buffer.from(row.bytes)).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: row.width, height: row.width });
      expect(meta.exif).toBeUndefined();
    }

    const profile = (await listActivePractitioners()).find((p) => p.slug === practitioner.slug);
    expect(profile?.photo?.srcSet).toContain(' 640w');
    const response = await fetchPhoto(profile!.photo!.src);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(160);

    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, practitioner.id));
    expect(entry?.action).toBe('practitioner.photo');
  });

  it('refuses files that are not photos, and photos that are too small', async () => {
    const { practitioner } = await makeFixtures(db);
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>']);
    expect(
      await savePractitionerPhoto(admin.principal, { practitionerId: practitioner.id, photo: svg }),
    ).toMatchObject({ ok: false, fieldErrors: { photo: [expect.any(String)] } });
    expect(
      await savePractitionerPhoto(admin.principal, {
        practitionerId: practitioner.id,
        photo: new Blob(['not an image at all']),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { photo: [expect.stringMatching(/JPEG, PNG or WebP/)] },
    });
    expect(
      await savePractitionerPhoto(admin.principal, {
        practitionerId: practitioner.id,
        photo: await photo(120, 120),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringMatching(/too small/)] } });
  });

  it('a replaced photo gets a new URL; old, removed and inactive photos answer 404', async () => {
    const { practitioner } = await makeFixtures(db);
    const first = await savePractitionerPhoto(admin.principal, {
      practitionerId: practitioner.id,
      photo: await photo(),
    });
    const second = await savePractitionerPhoto(admin.principal, {
      practitionerId: practitioner.id,
      photo: await photo(1000, 1000),
    });
    if (!first.ok || !second.ok) throw new Error('upload failed');
    expect(second.data.version).not.toBe(first.data.version);
    const url = (v: string) => `/team/photos/${practitioner.id}/320-${v}.webp`;
    expect((await fetchPhoto(url(first.data.version))).status).toBe(404);
    expect((await fetchPhoto(url(second.data.version))).status).toBe(200);
    expect(
      (await fetchPhoto(`/team/photos/${practitioner.id}/999-${second.data.version}.webp`)).status,
    ).toBe(404);

    await db
      .update(practitioners)
      .set({ active: false })
      .where(eq(practitioners.id, practitioner.id));
    expect((await fetchPhoto(url(second.data.version))).status).toBe(404);
    await db
      .update(practitioners)
      .set({ active: true })
      .where(eq(practitioners.id, practitioner.id));

    expect(
      (await removePractitionerPhoto(admin.principal, { practitionerId: practitioner.id })).ok,
    ).toBe(true);
    expect((await fetchPhoto(url(second.data.version))).status).toBe(404);
  });

  it('saves credentials, interests and each therapy’s evidence, contraindications and risks', async () => {
    const { practitioner, service } = await makeFixtures(db);
    const person = practitionerSchema.parse({
      id: practitioner.id,
      slug: practitioner.slug,
      name: practitioner.name,
      title: 'DC',
      bio: '',
      color: '#2f6f7e',
      active: true,
      sortOrder: 0,
      serviceIds: [service.id],
      credentials: 'Doctor of Chiropractic (DC)\n\n  Licensed in Oregon  ',
      interests: 'Trail runners',
    });
    expect((await savePractitioner(admin.principal, person)).ok).toBe(true);
    const profile = (await listActivePractitioners()).find((p) => p.slug === practitioner.slug);
    expect(profile).toMatchObject({
      credentials: ['Doctor of Chiropractic (DC)', 'Licensed in Oregon'],
      interests: ['Trail runners'],
      photo: null,
    });

    const therapy = serviceSchema.parse({
      id: service.id,
      slug: service.slug,
      name: service.name,
      summary: 'S',
      description: '## Who it may help\nRunners.',
      evidence: 'Trials show a small benefit.',
      contraindications: 'Pregnancy\nA recent fracture',
      commonRisks: 'Soreness for a day',
      rareRisks: '',
      durationMinutes: 30,
      price: 50,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      active: true,
      requiresConsultation: false,
      sortOrder: 9,
    });
    expect((await saveService(admin.principal, therapy)).ok).toBe(true);
    expect(await getActiveServiceBySlug(service.slug)).toMatchObject({
      evidence: 'Trials show a small benefit.',
      contraindications: ['Pregnancy', 'A recent fracture'],
      commonRisks: ['Soreness for a day'],
      rareRisks: [],
    });
  });
});
