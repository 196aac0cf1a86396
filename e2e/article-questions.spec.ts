import { expect, test, type Browser, type Page } from '@playwright/test';
import { canaryPatient } from './canary';
import { openAdminSession } from './staff-session';

const article = '/articles/stretches-for-runners-back-and-hips';
const SCRIPT = '<script>window.__pwned=1</script>';

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('a reader’s question appears on the article only after staff answer and publish it, as text', async ({
  browser,
}) => {
  const marker = `Q${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const question = `Can I do these stretches daily? ${SCRIPT} ${marker}`;
  const answer = `Yes, most of them, gently. ${marker}-answer`;

  const robin = canaryPatient('Robin');
  const reader = await newPage(browser);
  await reader.goto(article);
  const ask = reader.getByRole('region', { name: 'Ask a question about this article' });
  await ask.getByLabel('Your question').fill(question);
  await ask.getByLabel(/^Your name/).fill(robin.name);
  await ask.getByLabel(/^E-mail/).fill(robin.email);
  await ask.getByLabel(/may publish it on this page/).check();
  // The form refuses submissions made within seconds of it being shown (bots): wait like a person.
  await reader.waitForTimeout(3_500);
  await ask.getByRole('button', { name: 'Send my question' }).click();
  await expect(ask.getByText('Thank you, we have your question.')).toBeVisible();

  await reader.reload();
  await expect(reader.getByText(marker)).toHaveCount(0);
  expect(await pwned(reader)).toBeUndefined();

  const admin = await newPage(browser);
  await openAdminSession(admin);
  await admin.goto('/dashboard/articles/questions');
  const item = admin.getByRole('listitem').filter({ hasText: marker });
  await expect(item.getByText(question)).toBeVisible();
  await item.getByLabel('Answer').fill(answer);
  await item.getByRole('button', { name: 'Answer', exact: true }).click();
  // Saved: the question leaves the "New" tab (its "Answer saved" note may flash by first).
  await expect(admin.getByRole('listitem').filter({ hasText: marker })).toHaveCount(0);
  // An answered question moves from the "New" tab to "Answered, not public".
  await admin.getByRole('link', { name: /^Answered, not public/ }).click();
  const answered = admin.getByRole('listitem').filter({ hasText: marker });
  await answered.getByRole('button', { name: 'Publish with answer' }).click();
  await expect(answered).toHaveCount(0);
  await admin.getByRole('link', { name: /^Published/ }).click();
  await expect(admin.getByRole('listitem').filter({ hasText: marker })).toBeVisible();
  expect(await pwned(admin)).toBeUndefined();

  await reader.goto(article);
  const asked = reader.getByRole('region', { name: 'Readers asked' });
  await expect(asked.getByText(question, { exact: true })).toBeVisible();
  await expect(asked.getByText(answer, { exact: true })).toBeVisible();
  await expect(asked.getByText('Robin asked')).toBeVisible();
  await expect(reader.getByText(robin.email)).toHaveCount(0);
  await expect(reader.getByText(robin.name)).toHaveCount(0);
  expect(await pwned(reader)).toBeUndefined();
});
