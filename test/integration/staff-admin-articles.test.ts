import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { getPublishedArticle } from '@/db/queries/articles';
import { articleQuestions, articles } from '@/db/schema';
import { renderArticlePreview, saveArticle, setArticlePublished } from '@/lib/staff/articles';
import { answerQuestion, moderateQuestion } from '@/lib/staff/article-questions';
import { recordArticleReview } from '@/lib/staff/article-review';
import { articleSchema } from '@/lib/validations/article-editor';
import { ensureClinic } from '../booking-fixtures';
import { makeFixtures } from '../fixtures';
import { makeStaff } from '../staff-fixtures';

const session = vi.hoisted(() => ({ sid: null as string | null }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));
vi.mock('next/cache', () => ({
  revalidatePath: (path: string) => revalidated.push(path),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
let author: Staff;
let otherPractitioner: Staff;
let frontDesk: Staff;
let authorId = '';

beforeAll(async () => {
  await ensureClinic(db);
  const a = await makeFixtures(db);
  const b = await makeFixtures(db);
  authorId = a.practitioner.id;
  admin = await makeStaff('admin');
  author = await makeStaff('practitioner', { practitionerId: a.practitioner.id });
  otherPractitioner = await makeStaff('practitioner', { practitionerId: b.practitioner.id });
  frontDesk = await makeStaff('front_desk');
});

beforeEach(() => {
  session.sid = null;
  revalidated.length = 0;
});

const draft = (overrides: Record<string, unknown> = {}) =>
  articleSchema.parse({
    id: '',
    slug: `test-article-${randomUUID().slice(0, 8)}`,
    title: 'Hip mobility for runners',
    description: 'Three gentle drills to keep your hips moving after long runs.',
    topic: 'exercises',
    bodyMarkdown: '## Why\n\nHips matter.\n',
    authorId,
    reviewedById: '',
    therapyId: '',
    takeaways: 'Move daily\n\nStart gently',
    references: '',
    related: '',
    ...overrides,
  });

describe(`article editor (${dbHandle().driver})`, () => {
  it('renders the preview with the public sanitiser: no raw HTML, no javascript: links', () => {
    const { html } = renderArticlePreview(
      '## Title\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) **bold**',
      0,
    );
    expect(html).toContain('<h2 id="title">Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('a practitioner writes a draft under their own name, but not under someone else’s; front desk can’t at all', async () => {
    expect(
      await saveArticle(
        author.principal,
        draft({ authorId: otherPractitioner.principal.practitionerId }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { authorId: expect.any(Array) } });
    expect(await saveArticle(frontDesk.principal, draft())).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    const saved = await saveArticle(author.principal, draft());
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const [row] = await db.select().from(articles).where(eq(articles.id, saved.data.articleId));
    expect(row).toMatchObject({
      status: 'draft',
      takeaways: ['Move daily', 'Start gently'],
      reviewedById: null,
    });
    expect(
      await saveArticle(
        otherPractitioner.principal,
        draft({ id: saved.data.articleId, slug: row!.slug }),
      ),
    ).toMatchObject({ ok: false });
  });

  it('publishing needs a reviewer; published edits and unpublishing reach the public read at once', async () => {
    const saved = await saveArticle(author.principal, draft());
    if (!saved.ok) throw new Error('save failed');
    const { articleId, slug } = saved.data;
    expect(await setArticlePublished(author.principal, { articleId, publish: true })).toMatchObject(
      { ok: false, formError: expect.stringMatching(/reviewer/) },
    );
    expect(
      (
        await saveArticle(
          admin.principal,
          draft({ id: articleId, slug, reviewedById: otherPractitioner.principal.practitionerId }),
        )
      ).ok,
    ).toBe(true);

    const { setArticlePublishedAction, saveArticleAction } =
      await import('@/app/(staff)/dashboard/articles/actions');
    session.sid = author.sessionId;
    expect(await setArticlePublishedAction({ articleId, publish: true })).toEqual({
      ok: true,
      data: { slug },
    });
    expect(revalidated).toContain(`/articles/${slug}`);
    expect((await getPublishedArticle(slug))?.title).toBe('Hip mobility for runners');

    revalidated.length = 0;
    const edit = await saveArticleAction({
      ...draft({ id: articleId, slug, reviewedById: otherPractitioner.principal.practitionerId }),
      title: 'Hip mobility for runners, revised',
    });
    expect(edit.ok).toBe(true);
    expect(revalidated).toContain(`/articles/${slug}`);
    expect((await getPublishedArticle(slug))?.title).toBe('Hip mobility for runners, revised');
    // A published article can't lose its reviewer.
    expect(await saveArticle(author.principal, draft({ id: articleId, slug }))).toMatchObject({
      ok: false,
      fieldErrors: { reviewedById: expect.any(Array) },
    });

    session.sid = frontDesk.sessionId;
    expect(await setArticlePublishedAction({ articleId, publish: false })).toMatchObject({
      ok: false,
    });
    session.sid = author.sessionId;
    expect((await setArticlePublishedAction({ articleId, publish: false })).ok).toBe(true);
    expect(await getPublishedArticle(slug)).toBeNull();
  });

  it('moderates reader questions: answer, publish, unpublish, reject', async () => {
    const saved = await saveArticle(admin.principal, draft());
    if (!saved.ok) throw new Error('save failed');
    const [q] = await db
      .insert(articleQuestions)
      .values({
        articleId: saved.data.articleId,
        question: 'Can I run through it?',
        consentAt: new Date(),
        email: 'reader@example.com',
      })
      .returning();
    const { listArticlesForEditor } = await import('@/db/queries/articles-admin');
    expect(
      (await listArticlesForEditor()).find((a) => a.id === saved.data.articleId)?.newQuestions,
    ).toBe(1);
    expect(
      await moderateQuestion(author.principal, { questionId: q!.id, decision: 'publish' }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/Answer/) });
    expect(
      await answerQuestion(frontDesk.principal, { questionId: q!.id, answer: 'Yes.' }),
    ).toMatchObject({ ok: false });
    expect(
      await answerQuestion(author.principal, {
        questionId: q!.id,
        answer: 'Easy runs are usually fine.',
      }),
    ).toMatchObject({ ok: true, data: { published: false } });
    expect(
      (await moderateQuestion(author.principal, { questionId: q!.id, decision: 'publish' })).ok,
    ).toBe(true);
    let [row] = await db.select().from(articleQuestions).where(eq(articleQuestions.id, q!.id));
    expect(row).toMatchObject({ status: 'published', answeredById: author.user.id });
    expect(row!.publishedAt).not.toBeNull();
    expect(
      (await moderateQuestion(author.principal, { questionId: q!.id, decision: 'unpublish' })).ok,
    ).toBe(true);
    expect(
      (await moderateQuestion(admin.principal, { questionId: q!.id, decision: 'reject' })).ok,
    ).toBe(true);
    [row] = await db.select().from(articleQuestions).where(eq(articleQuestions.id, q!.id));
    expect(row).toMatchObject({ status: 'rejected', publishedAt: null });
  });

  it('needs a reviewer other than the author, and references with a link and a checked date', () => {
    const selfReviewed = articleSchema.safeParse({ ...draft(), reviewedById: authorId });
    expect(selfReviewed.error?.issues.map((i) => i.path.join('.'))).toEqual(['reviewedById']);
    const badReferences = articleSchema.safeParse({
      ...draft(),
      references: 'NICE. Guideline without a link.\nNICE. [x](https://nice.org.uk) no date.',
    });
    expect(badReferences.error?.issues.map((i) => i.message)).toEqual([
      'Reference 1 needs an https:// link.',
      expect.stringMatching(/^Reference 2 needs the date it was checked/),
    ]);
  });

  it('the database refuses a self-review even if the form is bypassed', async () => {
    const saved = await saveArticle(admin.principal, {
      ...draft(),
      reviewedById: authorId,
    });
    expect(saved).toMatchObject({ ok: false, fieldErrors: { reviewedById: expect.any(Array) } });
  });

  it('only the named reviewer or an admin records a yearly review, which moves the dates on', async () => {
    const saved = await saveArticle(
      admin.principal,
      draft({ reviewedById: otherPractitioner.principal.practitionerId }),
    );
    if (!saved.ok) throw new Error('save failed');
    const { articleId } = saved.data;
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(await recordArticleReview(author.principal, { articleId }, later)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/reviewer/),
    });
    expect(await recordArticleReview(frontDesk.principal, { articleId }, later)).toMatchObject({
      ok: false,
    });
    expect(await recordArticleReview(otherPractitioner.principal, { articleId }, later)).toEqual({
      ok: true,
      data: { slug: saved.data.slug },
    });
    const [row] = await db
      .select({ reviewedAt: articles.reviewedAt })
      .from(articles)
      .where(eq(articles.id, articleId));
    expect(row?.reviewedAt?.toISOString()).toBe(later.toISOString());
    expect((await recordArticleReview(admin.principal, { articleId })).ok).toBe(true);
  });
});
