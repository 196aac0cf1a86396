import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { articles } from '@/db/schema';
import { fail, fieldError, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { ARTICLE_PAGE_IDS } from '@/lib/content/article-view';
import { publicImageSize } from '@/lib/content/image-size';
import { renderArticleMarkdown } from '@/lib/content/markdown';
import type { ArticleValues } from '@/lib/validations/article-editor';
import { linesOf } from '@/lib/validations/lines';
import { constraintOf, isUniqueViolation } from './db-errors';
import { forbidden, hasRole } from './permissions';

/**
 * The staff article editor. Admins edit everything; a practitioner edits articles they wrote or
 * review, and writes new ones under their own name. Callers revalidate the public pages with the
 * slugs returned (revalidateArticles), so an edit or withdrawal shows at once.
 */

export const EDITOR_ROLES = ['admin', 'practitioner'] as const;

export function canEditArticle(
  actor: StaffPrincipal,
  article: { authorId: string; reviewedById: string | null },
): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'practitioner' &&
    !!actor.practitionerId &&
    [article.authorId, article.reviewedById].includes(actor.practitionerId)
  );
}

/**
 * The same renderer and sanitizer as the public article page, so the preview can't show more than
 * the page will; `problems` lists what the editor should fix (notes without a reference, unknown
 * red-flag lists).
 */
export function renderArticlePreview(
  markdown: string,
  referenceCount: number,
): { html: string; problems: string[] } {
  const { html, problems } = renderArticleMarkdown(markdown, {
    imageSize: publicImageSize,
    reservedIds: ARTICLE_PAGE_IDS,
    referenceCount,
  });
  return { html, problems: [...new Set(problems)] };
}

export async function lockArticle(tx: Executor, articleId: string) {
  const [row] = await tx
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      authorId: articles.authorId,
      reviewedById: articles.reviewedById,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .for('update');
  return row ?? null;
}

export interface SavedArticle {
  articleId: string;
  slug: string;
  /** Set when a published article's slug changed: its old page must be revalidated too. */
  previousSlug: string | null;
}

export async function saveArticle(
  actor: StaffPrincipal,
  input: ArticleValues,
  now = new Date(),
): Promise<ActionResult<SavedArticle>> {
  if (!hasRole(actor, EDITOR_ROLES)) return forbidden();
  const content = {
    slug: input.slug,
    title: input.title,
    description: input.description,
    topic: input.topic,
    bodyMarkdown: input.bodyMarkdown,
    therapyId: input.therapyId || null,
    takeaways: linesOf(input.takeaways),
    references: linesOf(input.references),
    related: linesOf(input.related),
  };
  const reviewedById = input.reviewedById || null;
  try {
    return await db.transaction(async (tx) => {
      if (!input.id) {
        if (actor.role === 'practitioner' && input.authorId !== actor.practitionerId) {
          return fieldError('authorId', 'You can only write articles under your own name.');
        }
        const [row] = await tx
          .insert(articles)
          .values({
            ...content,
            authorId: input.authorId,
            reviewedById,
            reviewedAt: reviewedById ? now : null,
            status: 'draft',
            updatedAt: now,
          })
          .returning({ id: articles.id, slug: articles.slug });
        await writeAudit(
          {
            actorStaffId: actor.id,
            action: 'article.create',
            entityType: 'article',
            entityId: row!.id,
          },
          tx,
        );
        return {
          ok: true as const,
          data: { articleId: row!.id, slug: row!.slug, previousSlug: null },
        };
      }
      const existing = await lockArticle(tx, input.id);
      if (!existing) return fail('That article no longer exists.');
      if (!canEditArticle(actor, existing)) return forbidden();
      if (actor.role === 'practitioner' && input.authorId !== existing.authorId) {
        return fieldError('authorId', 'Only an admin can change an article’s author.');
      }
      if (existing.status === 'published' && !reviewedById) {
        return fieldError(
          'reviewedById',
          'A published article needs a reviewer. Unpublish it first to remove the review.',
        );
      }
      const reviewChanged = reviewedById !== existing.reviewedById;
      await tx
        .update(articles)
        .set({
          ...content,
          authorId: input.authorId,
          ...(reviewChanged ? { reviewedById, reviewedAt: reviewedById ? now : null } : {}),
          updatedAt: now,
        })
        .where(eq(articles.id, existing.id));
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: 'article.update',
          entityType: 'article',
          entityId: existing.id,
          details: { status: existing.status, slugChanged: existing.slug !== content.slug },
        },
        tx,
      );
      const previousSlug = existing.slug !== content.slug ? existing.slug : null;
      return {
        ok: true as const,
        data: { articleId: existing.id, slug: content.slug, previousSlug },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error) && constraintOf(error).includes('slug'))
      return fieldError('slug', 'Another article already uses this slug.');
    // Also checked by the form's schema; the database has the last word (23514, check violation).
    if (constraintOf(error) === 'articles_reviewer_not_author')
      return fieldError(
        'reviewedById',
        'The medical reviewer must be someone other than the author.',
      );
    throw error;
  }
}

export async function setArticlePublished(
  actor: StaffPrincipal,
  input: { articleId: string; publish: boolean },
  now = new Date(),
): Promise<ActionResult<{ slug: string }>> {
  if (!hasRole(actor, EDITOR_ROLES)) return forbidden();
  return db.transaction(async (tx) => {
    const existing = await lockArticle(tx, input.articleId);
    if (!existing) return fail('That article no longer exists.');
    if (!canEditArticle(actor, existing)) return forbidden();
    if (input.publish && !existing.reviewedById)
      return fail(
        'Choose a reviewer and save before publishing: medical content is never published unreviewed.',
      );
    if ((existing.status === 'published') === input.publish)
      return { ok: true as const, data: { slug: existing.slug } };
    await tx
      .update(articles)
      .set(
        input.publish
          ? { status: 'published', publishedAt: now }
          : { status: 'draft', publishedAt: null },
      )
      .where(eq(articles.id, existing.id));
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: input.publish ? 'article.publish' : 'article.unpublish',
        entityType: 'article',
        entityId: existing.id,
      },
      tx,
    );
    return { ok: true as const, data: { slug: existing.slug } };
  });
}
