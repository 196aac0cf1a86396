import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { EDITOR_ROLES, lockArticle } from './articles';
import { forbidden, hasRole } from './permissions';

/**
 * Records that the reviewer has checked the article again today (the page's "Last reviewed" date;
 * the next review falls due a year later). Only the named reviewer or an admin can.
 */
export async function recordArticleReview(
  actor: StaffPrincipal,
  input: { articleId: string },
  now = new Date(),
): Promise<ActionResult<{ slug: string }>> {
  if (!hasRole(actor, EDITOR_ROLES)) return forbidden();
  return db.transaction(async (tx) => {
    const existing = await lockArticle(tx, input.articleId);
    if (!existing) return fail('That article no longer exists.');
    if (!existing.reviewedById) return fail('Choose a medical reviewer and save first.');
    const isReviewer = !!actor.practitionerId && actor.practitionerId === existing.reviewedById;
    if (actor.role !== 'admin' && !isReviewer)
      return fail('Only the article’s medical reviewer (or an admin) can record a review.');
    await tx.update(articles).set({ reviewedAt: now }).where(eq(articles.id, existing.id));
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'article.review',
        entityType: 'article',
        entityId: existing.id,
      },
      tx,
    );
    return { ok: true as const, data: { slug: existing.slug } };
  });
}
