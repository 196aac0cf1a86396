import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { bookFirstOpen, openSlots } from './api-booking';
import { canaryPatient } from './canary';
import { openAdminSession } from './staff-session';

const SERVICE = 'new-patient-consultation';

test('an admin downloads a patient’s data as JSON, erases them, and their manage link stops working', async ({
  page,
  request,
  baseURL,
}) => {
  const { name, email } = canaryPatient('Privacytester', `privacy${randomUUID().slice(0, 8)}`);

  // A booking through the public API gives the patient a manage link.
  const slots = await openSlots(request, SERVICE, 4, 25);
  expect(slots.length).toBeGreaterThan(30);
  const manageUrl = await bookFirstOpen(request, {
    origin: baseURL!,
    service: SERVICE,
    // Slots from the middle of the range: other specs take the first and the last ones.
    candidates: slots.slice(-30, -15).reverse(),
    patient: { name, email },
  });
  const managePath = new URL(manageUrl).pathname;
  await page.goto(managePath);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    'We can’t find that booking',
  );

  await openAdminSession(page);

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
    intake: { painAreas: ['lower_back'] },
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
