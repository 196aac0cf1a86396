import { expect, test, type Browser } from '@playwright/test';
import { canaryPatient } from './canary';
import { adminPage, choosePassword, inviteStaff, signIn } from './staff-session';
import { axeViolations } from './a11y';

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('admin disables a staff user and their open session stops working on the next request', async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  const id = stamp();
  const email = `temp-${id}@larkfield-stride.example`;
  const secret = `kettle-orbit-${id}-lantern`;
  const link = await inviteStaff(admin, { name: `Temp Desk ${id}`, email, role: 'front_desk' });

  const user = await newPage(browser);
  await choosePassword(user, link, secret);
  await signIn(user, email, secret);
  await expect(user.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await admin.goto('/dashboard/staff');
  await admin.getByRole('link', { name: `Temp Desk ${id}` }).click();
  await admin.getByRole('button', { name: 'Disable account' }).click();
  await admin.getByRole('button', { name: 'Yes, disable account' }).click();
  await expect(
    admin.getByText(`Temp Desk ${id} is disabled and signed out everywhere.`),
  ).toBeVisible();

  await user.goto('/dashboard/patients');
  await expect(user).toHaveURL(/\/sign-in/);
});

test('a call-back request from the contact page reaches the front desk inbox and is marked handled', async ({
  browser,
}) => {
  const visitor = await newPage(browser);
  await visitor.goto('/contact');
  const name = canaryPatient(`Callback ${stamp()}`).name;
  const form = visitor.locator('#call-back');
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel(/^Phone/).fill('+1 503-555-0188');
  await form.getByLabel('When suits you best?').selectOption('afternoon');
  await form
    .getByLabel(/What would you like to talk about/)
    .fill('Whether I should book a consultation.');
  await form.getByLabel(/I agree that the clinic stores these details/).check();
  // The form refuses submissions made within seconds of it being shown (bots): wait like a person.
  await visitor.waitForTimeout(3_500);
  await form.getByRole('button', { name: 'Request a call back' }).click();
  await expect(form.getByText('Thank you, we have your request.')).toBeVisible();
  await expect(
    form.getByText(/^We call back within one working day, during opening hours/),
  ).toBeVisible();

  const desk = await newPage(browser);
  await signIn(desk, 'frontdesk@larkfield-stride.example');
  await desk
    .getByRole('navigation', { name: 'Staff' })
    .getByRole('link', { name: /^Messages/ })
    .click();
  const item = desk.getByRole('article', { name });
  await expect(item).toBeVisible();
  await expect(item.getByText('Afternoon (noon to 5 pm)')).toBeVisible();
  await item.getByLabel('Status').selectOption({ label: 'Left voicemail' });
  await item.getByLabel('Note').fill('No answer at 2 pm.');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(
    item.getByText(/Sam Patel set it to left voicemail: No answer at 2 pm\./),
  ).toBeVisible();
  // A caller who wants an earlier time goes on the waitlist with their details filled in.
  await item.getByRole('link', { name: 'Add to the waitlist' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: 'Waitlist' })).toBeVisible();
  await expect(desk.getByLabel('Full name')).toHaveValue(name);
  await expect(desk.getByLabel('Phone', { exact: true })).toHaveValue(/555.?0188/);
  await desk.goBack();
  await item.getByLabel('Status').selectOption({ label: 'Closed' });
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(desk.getByRole('article', { name })).toHaveCount(0);

  await desk.getByRole('link', { name: 'Booked or closed' }).click();
  const handled = desk.getByRole('article', { name });
  await expect(handled).toBeVisible();
  await expect(handled.getByText(/Sam Patel set it to closed\./)).toBeVisible();
});

test('admin edits a published article and the public page shows the change at once', async ({
  browser,
}) => {
  const slug = 'training-load-rest-and-cross-training';
  const visitor = await newPage(browser);
  await visitor.goto(`/articles/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();

  const admin = await adminPage(browser);
  await admin.goto('/dashboard/articles');
  await admin.getByRole('link', { name: /^Training load, rest and cross-training/ }).click();
  const sentence = `Staff edit check ${stamp()}.`;
  const body = admin.getByLabel('Body (Markdown)');
  await body.fill(`${await body.inputValue()}\n\n${sentence}\n`);
  await expect(admin.getByRole('region', { name: 'Preview' }).getByText(sentence)).toBeVisible();
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByText(/^Saved\./)).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByText(sentence)).toBeVisible();
});

test('the admin dashboard pages have no serious accessibility violations and no sideways page scroll on a phone', async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  for (const path of [
    '/dashboard',
    '/dashboard/patients',
    '/dashboard/messages',
    '/dashboard/articles',
    '/dashboard/articles/questions',
    '/dashboard/clinic',
    '/dashboard/staff',
    '/dashboard/audit',
    '/dashboard/account',
  ]) {
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(admin), path).toEqual([]);
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.waitForTimeout(100);
    const overflow = await admin.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${path}: no horizontal scroll at 390 px`).toBeLessThanOrEqual(0);
  }
});
