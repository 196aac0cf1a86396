import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { articleQuestions } from '@/db/schema';
import {
  ARTICLE_QUESTION_FORM,
  QUESTIONS_MAX_PER_HOUR,
  loadPublicQuestions,
  submitArticleQuestion,
} from '@/lib/content/questions';
import { issueFormToken } from '@/lib/messages/form-token';
import { saveArticle, setArticlePublished } from '@/lib/staff/articles';
import { answerQuestion, moderateQuestion } from '@/lib/staff/article-questions';
import { articleSchema } from '@/lib/validations/article-editor';
import { articleQuestionSchema } from '@/lib/validations/article-question';
import { ensureClinic } from '../booking-fixtures';
import { makeFixtures } from '../fixtures';
import { makeStaff } from '../staff-fixtures';

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

const shownAt = new Date('2031-06-02T16:00:00Z');
const sentAt = new Date(shownAt.getTime() + 20_000);
const address = () => `198.51.100.${randomUUID()}`;
const SCRIPT = '<script>window.__pwned=1</script>';

let slug = '';
let admin: Awaited<ReturnType<typeof makeStaff>>;

beforeAll(async () => {
  await ensureClinic(db);
  const a = await makeFixtures(db);
  const b = await makeFixtures(db);
  admin = await makeStaff('admin');
  const saved = await saveArticle(
    admin.principal,
    articleSchema.parse({
      id: '',
      slug: `questions-${randomUUID().slice(0, 8)}`,
      title: 'Knee pain on stairs',
      description: 'Why stairs hurt and what helps.',
      topic: 'relief',
      bodyMarkdown: '## Why\n\nKnees matter.\n',
      authorId: a.practitioner.id,
      reviewedById: b.practitioner.id,
      therapyId: '',
      takeaways: '',
      references: '',
      related: '',
    }),
  );
  if (!saved.ok) throw new Error('article fixture failed');
  slug = saved.data.slug;
  const published = await setArticlePublished(admin.principal, {
    articleId: saved.data.articleId,
    publish: true,
  });
  if (!published.ok) throw new Error('publish failed');
});

function form(overrides: Record<string, unknown> = {}) {
  return {
    articleSlug: slug,
    question: `Is it fine to climb stairs every day? ${randomUUID()}`,
    name: 'Sam O’Neill',
    email: 'Sam@Example.COM',
    consent: true,
    website: '',
    formToken: issueFormToken(ARTICLE_QUESTION_FORM, shownAt),
    ...overrides,
  };
}

const rowsWith = (question: string) =>
  db.select().from(articleQuestions).where(eq(articleQuestions.question, question));

describe(`reader questions on articles (${dbHandle().driver})`, () => {
  it('stores a question as new and keeps it off the public page until staff answer and publish it', async () => {
    const input = form();
    expect(await submitArticleQuestion(input, { address: address(), now: sentAt })).toEqual({
      ok: true,
      data: undefined,
    });
    const [row] = await rowsWith(input.question);
    expect(row).toMatchObject({
      status: 'new',
      email: 'sam@example.com',
      name: 'Sam O’Neill',
      answer: null,
      publishedAt: null,
    });
    expect(row!.consentAt).toEqual(sentAt);
    expect(await loadPublicQuestions(slug)).toEqual([]);

    expect(
      (await answerQuestion(admin.principal, { questionId: row!.id, answer: 'Yes, gently.' })).ok,
    ).toBe(true);
    expect(await loadPublicQuestions(slug)).toEqual([]);
    expect(
      (await moderateQuestion(admin.principal, { questionId: row!.id, decision: 'publish' })).ok,
    ).toBe(true);
    const listed = await loadPublicQuestions(slug);
    expect(listed).toEqual([
      {
        id: row!.id,
        question: input.question,
        answer: 'Yes, gently.',
        askedBy: 'Sam',
        publishedAt: expect.any(String),
      },
    ]);
    // Neither the full name nor the e-mail reaches the page.
    expect(JSON.stringify(listed)).not.toMatch(/O’Neill|example\.com/i);

    expect(
      (await moderateQuestion(admin.principal, { questionId: row!.id, decision: 'reject' })).ok,
    ).toBe(true);
    expect(await loadPublicQuestions(slug)).toEqual([]);
  });

  it('keeps HTML in a question as plain text, stored and returned unchanged', async () => {
    const question = `What about this? ${SCRIPT} <b>bold</b> ${randomUUID()}`;
    expect(
      (
        await submitArticleQuestion(form({ question, name: '', email: '' }), {
          address: address(),
          now: sentAt,
        })
      ).ok,
    ).toBe(true);
    const [row] = await rowsWith(question);
    expect(row).toMatchObject({ question, name: null, email: null, status: 'new' });
    await answerQuestion(admin.principal, { questionId: row!.id, answer: `Answer ${SCRIPT}` });
    await moderateQuestion(admin.principal, { questionId: row!.id, decision: 'publish' });
    const listed = (await loadPublicQuestions(slug)).find((q) => q.id === row!.id);
    expect(listed).toMatchObject({ question, answer: `Answer ${SCRIPT}`, askedBy: null });
  });

  it('validates with the shared schema: length, consent, e-mail, a published article', async () => {
    const short = await submitArticleQuestion(form({ question: 'Why?' }), {
      address: address(),
      now: sentAt,
    });
    expect(short).toMatchObject({ ok: false, fieldErrors: { question: [expect.any(String)] } });
    expect(articleQuestionSchema.safeParse(form({ question: 'x'.repeat(1001) })).success).toBe(
      false,
    );
    expect(articleQuestionSchema.safeParse(form({ consent: false })).success).toBe(false);
    expect(articleQuestionSchema.safeParse(form({ email: 'not-an-address' })).success).toBe(false);
    expect(
      await submitArticleQuestion(form({ articleSlug: 'no-such-article' }), {
        address: address(),
        now: sentAt,
      }),
    ).toMatchObject({ ok: false, formError: expect.any(String) });
  });

  it('drops a filled honeypot silently and refuses forms sent too fast or with a forged stamp', async () => {
    const bot = form({ website: 'https://spam.example' });
    expect(await submitArticleQuestion(bot, { address: address(), now: sentAt })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await rowsWith(bot.question)).toHaveLength(0);

    const quick = form();
    expect(
      await submitArticleQuestion(quick, {
        address: address(),
        now: new Date(shownAt.getTime() + 500),
      }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/quick/) });
    const forged = form({ formToken: `${shownAt.getTime()}.${'A'.repeat(43)}` });
    expect(await submitArticleQuestion(forged, { address: address(), now: sentAt })).toMatchObject({
      ok: false,
      freshToken: expect.any(String),
    });
    expect([
      ...(await rowsWith(quick.question)),
      ...(await rowsWith(forged.question)),
    ]).toHaveLength(0);
  });

  it('rate-limits per client address, counting honeypot hits too', async () => {
    const from = address();
    for (let i = 0; i < QUESTIONS_MAX_PER_HOUR; i++) {
      expect(
        (await submitArticleQuestion(form({ website: 'bot' }), { address: from, now: sentAt })).ok,
      ).toBe(true);
    }
    const refused = form();
    expect(await submitArticleQuestion(refused, { address: from, now: sentAt })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/several questions/),
    });
    expect(await rowsWith(refused.question)).toHaveLength(0);
    // Another address is unaffected.
    expect((await submitArticleQuestion(form(), { address: address(), now: sentAt })).ok).toBe(
      true,
    );
  });
});
