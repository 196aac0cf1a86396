import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { articleQuestions, articles } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { EDITOR_ROLES } from './articles';
import { forbidden, hasRole } from './permissions';

/**
 * Readers' questions on articles (the moderation queue): answering, publishing, withdrawing and
 * rejecting. Each change locks the question row and is audited against its article. Callers
 * revalidate the article's public page with the slug returned.
 */

async function lockQuestion(tx: Executor, questionId: string) {
  const [row] = await tx
    .select({
      id: articleQuestions.id,
      status: articleQuestions.status,
      answer: articleQuestions.answer,
      articleId: articleQuestions.articleId,
      slug: articles.slug,
    })
    .from(articleQuestions)
    .innerJoin(articles, eq(articles.id, articleQuestions.articleId))
    .where(eq(articleQuestions.id, questionId))
    .for('update', { of: articleQuestions });
  return row ?? null;
}

/** Writes (or corrects) the clinic's answer; a published question stays published with the new answer. */
export async function answerQuestion(
  actor: StaffPrincipal,
  input: { questionId: string; answer: string },
  now = new Date(),
): Promise<ActionResult<{ slug: string; published: boolean }>> {
  if (!hasRole(actor, EDITOR_ROLES)) return forbidden();
  return db.transaction(async (tx) => {
    const question = await lockQuestion(tx, input.questionId);
    if (!question) return fail('That question no longer exists.');
    const status = question.status === 'published' ? 'published' : 'answered';
    await tx
      .update(articleQuestions)
      .set({ answer: input.answer, answeredById: actor.id, answeredAt: now, status })
      .where(eq(articleQuestions.id, question.id));
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'article.question_answer',
        entityType: 'article',
        entityId: question.articleId,
        details: { questionId: question.id },
      },
      tx,
    );
    return { ok: true as const, data: { slug: question.slug, published: status === 'published' } };
  });
}

export async function moderateQuestion(
  actor: StaffPrincipal,
  input: { questionId: string; decision: 'publish' | 'unpublish' | 'reject' },
  now = new Date(),
): Promise<ActionResult<{ slug: string }>> {
  if (!hasRole(actor, EDITOR_ROLES)) return forbidden();
  return db.transaction(async (tx) => {
    const question = await lockQuestion(tx, input.questionId);
    if (!question) return fail('That question no longer exists.');
    if (input.decision === 'publish' && !question.answer)
      return fail('Answer the question before publishing it.');
    const set =
      input.decision === 'publish'
        ? { status: 'published' as const, publishedAt: now }
        : input.decision === 'unpublish'
          ? {
              status: question.answer ? ('answered' as const) : ('new' as const),
              publishedAt: null,
            }
          : { status: 'rejected' as const, publishedAt: null };
    await tx.update(articleQuestions).set(set).where(eq(articleQuestions.id, question.id));
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: `article.question_${input.decision}`,
        entityType: 'article',
        entityId: question.articleId,
        details: { questionId: question.id },
      },
      tx,
    );
    return { ok: true as const, data: { slug: question.slug } };
  });
}
