import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const password = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';
const SERVICE = 'new-patient-consultation';

/** A clinic-local date (America/Los_Angeles), `days` from today. */
function clinicDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(date);
}

test('an admin downloads a patient’s data as JSON, erases them, and their manage link stops working', async ({
  page,
  request,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 8);
  const email = `privacy-e2e-${tag}@example.com`;
  const name = `Privacytester Ex${tag.replace(/[^a-f]/g, '')}ample`;

  // A booking through the public API gives the patient a manage link.
  const availability = await request.get(
    `/api/v1/availability?service=${SERVICE}&from=${clinicDate(4)}&to=${clinicDate(25)}`,
  );
  expect(availability.ok()).toBe(true);
  const { slots } = (await availability.json()) as {
    slots: Array<{ start: string; practitionerId: string }>;
  };
  expect(slots.length).toBeGreaterThan(30);
  let manageUrl: string | undefined;
  // Slots from the middle of the range: other specs take the first and the last ones.
  for (const slot of slots.slice(-30, -15).reverse()) {
    const response = await request.post('/api/v1/bookings', {
      headers: { 'Idempotency-Key': `e2e-privacy-${randomUUID()}`, Origin: baseURL! },
      data: {
        service: SERVICE,
        practitioner: slot.practitionerId,
        start: slot.start,
        patient: {
          name,
          email,
          phone: '+1 503-555-0177',
          patientType: 'new',
          reason: 'Hip pain after long runs.',
          consent: true,
          intake: {
            painAreas: ['hip_buttock'],
            painDuration: 'under_2_weeks',
            legPain: 'no',
            redFlags: [],
          },
        },
      },
    });
    if (response.status() === 409) continue;
    expect(response.status()).toBe(201);
    manageUrl = ((await response.json()) as { manageUrl: string }).manageUrl;
    break;
  }
  expect(manageUrl).toMatch(/\/book\/manage\/[A-Za-z0-9_-]{43}$/);
  const managePath = new URL(manageUrl!).pathname;
  await page.goto(managePath);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    'We can’t find that booking',
  );

  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill('admin@larkfield-stride.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto('/dashboard/patients');
  await page.getByLabel('Search patients').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const privacy = page.getByRole('region', { name: 'Privacy requests' });
  const downloading = page.waitForEvent('download');
  await privacy.getByRole('link', { name: 'Download data (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^patient-[0-9a-f-]{36}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    version: number;
    patient: { name: string; email: string };
    appointments: Array<{ status: string; intake: { painAreas?: string[] } }>;
    messages: Array<{ recipient: string; kind: string }>;
  };
  expect(data.version).toBe(1);
  expect(data.patient).toMatchObject({ name, email });
  expect(data.appointments).toHaveLength(1);
  expect(data.appointments[0]).toMatchObject({
    status: 'booked',
    intake: { painAreas: ['hip_buttock'] },
  });
  expect(data.messages.some((m) => m.recipient === email && m.kind === 'confirmation')).toBe(true);

  await privacy.getByRole('button', { name: 'Erase patient data…' }).click();
  await expect(privacy.getByText('1 upcoming appointment', { exact: true })).toBeVisible();
  await privacy.getByRole('button', { name: 'Erase patient data', exact: true }).click();
  await expect(privacy.getByText('Type ERASE in capitals to confirm.')).toBeVisible();
  await privacy.getByLabel('Type ERASE to confirm').fill('ERASE');
  await privacy.getByRole('button', { name: 'Erase patient data', exact: true }).click();
  await expect(
    privacy.getByText(/The patient’s data is erased\. 1 upcoming appointment cancelled/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Erased patient' })).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);

  // The list shows the erased patient too, without contact details.
  await page.goto('/dashboard/patients?q=Erased%20patient');
  await expect(page.getByRole('link', { name: 'Erased patient' }).first()).toBeVisible();

  const gone = await request.get(managePath);
  expect(gone.status()).toBe(404);
  await page.goto(managePath);
  await expect(
    page.getByRole('heading', { level: 1, name: 'We can’t find that booking' }),
  ).toBeVisible();
  expect((await request.get(`${managePath}/calendar.ics`)).status()).toBe(404);
});
