import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
  chooseDay,
  chooseTherapyAndPractitioner,
  chooseTime,
  confirmBooking,
  continueToReview,
  fillDetails,
} from './booking-flow';
import { canaryPatient } from './canary';
import { openAdminSession } from './staff-session';

/**
 * HTML a patient or reader types is shown as text everywhere staff read it: the literal string is
 * on the page, no element it describes exists in the DOM, and none of its script ran.
 */

// Its own client address: the public forms and online booking are rate-limited per address.
const VISITOR = { 'X-Forwarded-For': '198.51.100.61' };

const mark = `h5${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const hostile = `<img src=x onerror="window.__pwned=1"><b>bold ${mark}</b><script>window.__pwned=2</script>`;

interface Injected {
  images: number;
  handlers: number;
  bold: number;
  scripts: number;
  pwned: string;
}

const CLEAN: Injected = { images: 0, handlers: 0, bold: 0, scripts: 0, pwned: 'undefined' };

/** Elements the hostile text would have created had it been rendered as HTML, and whether it ran. */
function injectedMarkup(page: Page): Promise<Injected> {
  return page.evaluate((m) => {
    const all = (selector: string) => Array.from(document.querySelectorAll(selector));
    return {
      images: all('img[src="x"]').length,
      handlers: all('[onerror]').length,
      bold: all('b').filter((b) => b.textContent?.includes(m)).length,
      // Next's own inline scripts carry the string escaped inside JSON: only a bare one counts.
      scripts: all('script').filter((s) => s.textContent?.trim().startsWith('window.__pwned'))
        .length,
      pwned: typeof (window as unknown as { __pwned?: unknown }).__pwned,
    };
  }, mark);
}

async function expectShownAsText(
  page: Page,
  literal: string,
  within: Locator = page.locator('body'),
) {
  // Some pages render a list twice (table for wide screens, cards for narrow): the one shown counts.
  await expect(
    within.getByText(literal, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  expect(await injectedMarkup(page)).toEqual(CLEAN);
}

async function newPage(browser: Browser, headers?: Record<string, string>) {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  return context.newPage();
}

async function signInAsAdmin(browser: Browser) {
  const page = await newPage(browser);
  await openAdminSession(page);
  return page;
}

test('the check itself notices markup that was rendered instead of shown', async ({ page }) => {
  await page.setContent(`<p>${hostile}</p>`);
  const found = await injectedMarkup(page);
  expect(found).toMatchObject({ images: 1, handlers: 1, bold: 1, scripts: 1 });
  expect(found.pwned).not.toBe('undefined');
});

test('a patient’s name and notes with HTML in them show as text to the patient and to staff', async ({
  browser,
}) => {
  // One journey through the booking flow and five staff pages.
  test.setTimeout(120_000);
  const patient = {
    ...canaryPatient(`<b>Hal ${mark}</b>`, 'hal'),
    phone: '503 555 0161',
    // Starts with "=": the CSV export must not hand it to a spreadsheet as a formula either.
    reason: `=1+2 ${hostile}`,
  };

  const visitor = await newPage(browser, VISITOR);
  await chooseTherapyAndPractitioner(visitor, 'Chiropractic adjustment', 'First available');
  // Late on a day well ahead: the other specs book early times.
  const date = await chooseDay(visitor, 6);
  await chooseTime(visitor, -1);
  await fillDetails(visitor, patient);
  await continueToReview(visitor);
  await expectShownAsText(visitor, patient.name);
  await expectShownAsText(visitor, patient.reason);
  await confirmBooking(visitor);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(`You’re booked, <b>Hal`);
  expect(await injectedMarkup(visitor)).toEqual(CLEAN);

  const admin = await signInAsAdmin(browser);

  // The day's schedule, then the appointment: name as the heading, the notes under Clinical.
  await admin.goto(`/dashboard/schedule?date=${date}&view=list`);
  const link = admin.getByRole('link', { name: patient.name }).filter({ visible: true }).first();
  await expect(link).toContainText(patient.name);
  expect(await injectedMarkup(admin)).toEqual(CLEAN);
  await link.click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(patient.name);
  await expectShownAsText(admin, patient.reason);
  await expectShownAsText(admin, patient.email);

  // The patient's page: the note sits in the appointment's intake details.
  await admin.goto(`/dashboard/patients?q=${encodeURIComponent(patient.email)}`);
  await admin.getByRole('link', { name: patient.name, exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(patient.name);
  await admin.getByText('Intake', { exact: true }).first().click();
  await expectShownAsText(admin, patient.reason);

  // The confirmation as the Outbox shows it: the text part, as typed.
  await admin.goto(`/dashboard/outbox?to=${encodeURIComponent(patient.email)}`);
  const confirmation = admin
    .getByRole('article')
    .filter({ has: admin.getByRole('heading', { name: /^Booked:/ }) });
  await confirmation.getByText('Message text').click();
  const text = confirmation.locator('pre').first();
  await expect(text).toContainText(`Hello <b>Hal,`);
  await expect(text).toContainText(patient.reason);
  expect(await injectedMarkup(admin)).toEqual(CLEAN);

  // The CSV export: plain text (not HTML-escaped), quoted, and the formula start neutralised.
  // (the route the dashboard's export form sends the admin to, with the admin's session)
  const response = await admin.request.get(
    `/api/staff/exports/appointments.csv?from=${date}&to=${date}`,
  );
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  const csv = await response.text();
  const row = csv.split('\r\n').find((line) => line.includes(patient.email));
  expect(row, 'the booking is in the export').toBeDefined();
  expect(row).toContain(`"'${patient.reason.replace(/"/g, '""')}"`);
  expect(row).not.toContain('&lt;');
  expect(await injectedMarkup(admin)).toEqual(CLEAN);
});

test('a reader question with HTML in it shows as text in moderation', async ({ browser }) => {
  const reader = await newPage(browser, VISITOR);
  const asker = canaryPatient(`<b>Rae ${mark}</b>`, 'rae');
  const question = `Is running with sciatica safe? ${hostile}`;
  await reader.goto('/articles/stretches-for-runners-back-and-hips');
  const ask = reader.getByRole('region', { name: 'Ask a question about this article' });
  await ask.getByLabel('Your question').fill(question);
  await ask.getByLabel(/^Your name/).fill(asker.name);
  await ask.getByLabel(/^E-mail/).fill(asker.email);
  await ask.getByLabel(/may publish it on this page/).check();
  // The form refuses submissions made within seconds of it being shown (bots): wait like a person.
  await reader.waitForTimeout(3_500);
  await ask.getByRole('button', { name: 'Send my question' }).click();
  await expect(ask.getByText('Thank you, we have your question.')).toBeVisible();
  expect(await injectedMarkup(reader)).toEqual(CLEAN);

  const admin = await signInAsAdmin(browser);
  await admin.goto('/dashboard/articles/questions');
  const item = admin.getByRole('listitem').filter({ hasText: question });
  await expectShownAsText(admin, question, item);
  await expect(item).toContainText(`from ${asker.name}, ${asker.email} (private)`);
});

test('a call-back request with HTML in it shows as text in the staff inbox', async ({
  browser,
}) => {
  const visitor = await newPage(browser, VISITOR);
  const caller = canaryPatient(`<b>Cy ${mark}</b>`, 'cy');
  const message = `Please call about my knee. ${hostile}`;
  await visitor.goto('/contact');
  const form = visitor.locator('#call-back');
  await form.getByLabel('Your name').fill(caller.name);
  await form.getByLabel(/^Phone/).fill('+1 503-555-0162');
  await form.getByLabel('When suits you best?').selectOption('morning');
  await form.getByLabel(/What would you like to talk about/).fill(message);
  await form.getByLabel(/I agree that the clinic stores these details/).check();
  await visitor.waitForTimeout(3_500);
  await form.getByRole('button', { name: 'Request a call back' }).click();
  await expect(form.getByText('Thank you, we have your request.')).toBeVisible();

  const admin = await signInAsAdmin(browser);
  await admin.goto('/dashboard/messages');
  // The request's card: its heading is the caller's name as typed, then the request's status.
  const item = admin.getByRole('article', { name: `${caller.name} New`, exact: true });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(`${caller.name} New`);
  await expectShownAsText(admin, message, item);
});
