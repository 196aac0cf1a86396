import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  adminPage,
  choosePassword,
  enrolOnPage,
  inviteStaff,
  linkIn,
  nextTotp,
  signIn,
  totpAt,
} from './staff-session';

/**
 * Staff accounts from the invitation on: the person chooses their own password, sets up two-step
 * sign-in where their role needs it, sees and ends their own sessions, resets a forgotten
 * password by e-mail, and is not kept out by a stranger's guesses. Each test invites its own
 * people, so nothing here touches the seeded logins other specs use.
 */

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const FIREFOX_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0';

async function newPage(browser: Browser, userAgent?: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  return context.newPage();
}

/** An invited person who has chosen their password. */
async function invitedPerson(browser: Browser, role: 'admin' | 'front_desk', label: string) {
  const id = stamp();
  const person = {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\s+/g, '-')}-${id}@larkfield-stride.example`,
    password: `lantern-harbour-${id}-quill`,
  };
  const admin = await adminPage(browser);
  const link = await inviteStaff(admin, { name: person.name, email: person.email, role });
  await choosePassword(await newPage(browser), link, person.password);
  return { ...person, admin, link };
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('an invited admin chooses a password, sets up an app at first sign-in and signs in with codes from then on', async ({
  browser,
}) => {
  const person = await invitedPerson(browser, 'admin', 'New Admin');
  const page = await newPage(browser);
  // The invitation link worked once; it is used up now.
  await page.goto(person.link);
  await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();

  // First sign-in: admins must set up an authenticator app before any session exists.
  await passwordStep(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
  const { secret, step, recoveryCodes } = await enrolOnPage(page);
  expect(recoveryCodes).toHaveLength(10);
  await page.getByRole('button', { name: 'I have saved them: continue' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  // Next time the code is asked for; the one used at set-up is refused, the app's next one works.
  await passwordStep(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await page.getByLabel('Code').fill(await totpAt(secret, step));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/That code did not work/)).toBeVisible();
  await page.getByLabel('Code').fill((await nextTotp(secret, step)).code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  // A recovery code works once.
  for (const expected of ['signed in', 'refused'] as const) {
    await passwordStep(page, person.email, person.password);
    await page.getByLabel('Code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    if (expected === 'signed in') {
      await expect(page).toHaveURL(/\/dashboard$/);
      await signOut(page);
    } else {
      await expect(page.getByText(/That code did not work/)).toBeVisible();
    }
  }

  // Phone lost: an admin resets their two-step sign-in, and they set up a new app next time.
  const admin = person.admin;
  await admin.goto('/dashboard/staff');
  await admin.getByRole('link', { name: person.name }).click();
  await expect(admin.getByText('Two-step sign-in: on')).toBeVisible();
  await admin.getByRole('button', { name: 'Reset two-step sign-in' }).click();
  await admin.getByRole('button', { name: 'Yes, reset two-step sign-in' }).click();
  await expect(admin.getByText(/authenticator app and recovery codes are removed/)).toBeVisible();
  await page.getByRole('button', { name: 'Start again with another account' }).click();
  await passwordStep(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible();
  await admin.goto('/dashboard/audit');
  await expect(admin.getByText('Reset a staff member’s two-step sign-in').first()).toBeVisible();
});

test('staff see where they are signed in and end a session elsewhere; every sign-out ends the session on the server', async ({
  browser,
}) => {
  const person = await invitedPerson(browser, 'front_desk', 'Desk Person');
  const here = await newPage(browser);
  const there = await newPage(browser, FIREFOX_ON_WINDOWS);
  await signIn(here, person.email, person.password);
  await signIn(there, person.email, person.password);

  await here.goto('/dashboard/account');
  const sessions = here.getByRole('list', { name: 'Your sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('(this device)')).toHaveCount(1);
  await sessions.getByRole('button', { name: /^End session: Firefox 132 on Windows/ }).click();
  await expect(here.getByText('Ended the session on Firefox 132 on Windows.')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await there.goto('/dashboard');
  await expect(there).toHaveURL(/\/sign-in/);

  // Auth.js's session endpoint says when the cookie expires, and nothing that names the session.
  const session = await here.request.get('/api/auth/session');
  const body = await session.text();
  expect(JSON.parse(body)).not.toHaveProperty('sid');
  expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);

  // Auth.js's own sign-out endpoint ends the session row, not just the cookie: a copy of the
  // cookie taken before no longer opens anything.
  const copy = await here.context().cookies();
  const { csrfToken } = (await (await here.request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const out = await here.request.post('/api/auth/signout', {
    headers: { Origin: new URL(here.url()).origin },
    form: { csrfToken },
    maxRedirects: 0,
  });
  expect(out.status()).toBeLessThan(400);
  const replay = await browser.newContext();
  await replay.addCookies(copy);
  const replayed = await replay.newPage();
  await replayed.goto('/dashboard');
  await expect(replayed).toHaveURL(/\/sign-in/);
});

test('“Forgot password” e-mails a link without telling whether the address exists, and a reset ends every session', async ({
  browser,
}) => {
  const person = await invitedPerson(browser, 'front_desk', 'Forgetful');
  const elsewhere = await newPage(browser);
  await signIn(elsewhere, person.email, person.password);

  const page = await newPage(browser);
  const answers: string[] = [];
  for (const email of [`nobody-${stamp()}@larkfield-stride.example`, person.email]) {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await page.getByLabel('Work e-mail').fill(email);
    await page.getByRole('button', { name: 'E-mail me a reset link' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Check your e-mail.' });
    await expect(status).toBeVisible();
    answers.push((await status.innerText()).replace(email, '<address>'));
  }
  expect(answers[0]).toBe(answers[1]);

  const link = await linkIn(person.admin, person.email, 'Reset your');
  const newPassword = `${person.password}-renewed`;
  await choosePassword(page, link, newPassword);
  await elsewhere.goto('/dashboard');
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await passwordStep(page, person.email, person.password);
  await expect(page.getByRole('status')).toContainText('do not match');
  await signIn(page, person.email, newPassword);
});

test('a remembered computer signs in while a stranger’s failed guesses pause everyone else, until an admin lifts the pause', async ({
  browser,
}) => {
  const person = await invitedPerson(browser, 'front_desk', 'Reception');
  const desk = await newPage(browser);
  await signIn(desk, person.email, person.password);
  await signOut(desk);

  // A stranger guesses from another browser (and another address).
  const stranger = await browser.newContext({
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.200' },
  });
  const guess = await stranger.newPage();
  let message = '';
  for (let i = 0; i < 6; i++) {
    await passwordStep(guess, person.email, `wrong-guess-${i}`);
    await expect(guess.getByRole('status')).toHaveText(/\S/);
    message = await guess.getByRole('status').innerText();
  }
  expect(message).toMatch(/Too many failed sign-ins.*try again in \d+ (seconds|minute)/);
  // Even with the right password, an unrecognised browser waits.
  await passwordStep(guess, person.email, person.password);
  await expect(guess.getByRole('status')).toContainText('Too many failed sign-ins');

  // The reception computer, where they signed in before, is not held up.
  await signIn(desk, person.email, person.password);

  // An admin sees the pause and lifts it; the other browser can sign in at once.
  const admin = person.admin;
  await admin.goto('/dashboard/staff');
  await admin.getByRole('link', { name: person.name }).click();
  await expect(admin.getByText(/Paused after \d+ failed attempts/)).toBeVisible();
  await admin.getByRole('button', { name: 'Lift the sign-in pause' }).click();
  await admin.getByRole('button', { name: 'Yes, lift the sign-in pause' }).click();
  await expect(admin.getByText(/can try to sign in again straight away/)).toBeVisible();
  await signIn(guess, person.email, person.password);
});
