import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import {
  articleQuestions,
  articles,
  practitioners,
  services,
  staffUsers,
  type ArticleQuestionStatus,
} from '@/db/schema';

/** Staff reads of the article library: drafts included, unlike db/queries/articles.ts. */

const reviewer = alias(practitioners, 'reviewer');

export async function listArticlesForEditor() {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      topic: articles.topic,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
      authorId: articles.authorId,
      authorName: practitioners.name,
      reviewedById: articles.reviewedById,
      reviewedAt: articles.reviewedAt,
      reviewerName: reviewer.name,
      // The outer row's id is named in full: drizzle writes columns unqualified in a select list.
      newQuestions: sql<number>`(select count(*)::int from ${articleQuestions} q where q.article_id = "articles"."id" and q.status = 'new')`,
    })
    .from(articles)
    .innerJoin(practitioners, eq(practitioners.id, articles.authorId))
    .leftJoin(reviewer, eq(reviewer.id, articles.reviewedById))
    .orderBy(desc(articles.updatedAt));
}

export async function getArticleForEditor(articleId: string) {
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      description: articles.description,
      topic: articles.topic,
      bodyMarkdown: articles.bodyMarkdown,
      authorId: articles.authorId,
      reviewedById: articles.reviewedById,
      reviewedAt: articles.reviewedAt,
      therapyId: articles.therapyId,
      takeaways: articles.takeaways,
      references: articles.references,
      related: articles.related,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  return row ?? null;
}

/** Authors, reviewers and therapies for the editor's selects. */
export async function listEditorOptions() {
  const [people, therapies] = await Promise.all([
    db
      .select({ id: practitioners.id, name: practitioners.name })
      .from(practitioners)
      .orderBy(asc(practitioners.sortOrder), asc(practitioners.name)),
    db
      .select({ id: services.id, name: services.name })
      .from(services)
      .orderBy(asc(services.sortOrder), asc(services.name)),
  ]);
  return { people, therapies };
}

export async function listQuestionsForModeration(status: ArticleQuestionStatus) {
  return db
    .select({
      id: articleQuestions.id,
      question: articleQuestions.question,
      name: articleQuestions.name,
      email: articleQuestions.email,
      status: articleQuestions.status,
      answer: articleQuestions.answer,
      answeredAt: articleQuestions.answeredAt,
      answeredByName: staffUsers.name,
      createdAt: articleQuestions.createdAt,
      publishedAt: articleQuestions.publishedAt,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
    })
    .from(articleQuestions)
    .innerJoin(articles, eq(articles.id, articleQuestions.articleId))
    .leftJoin(staffUsers, eq(staffUsers.id, articleQuestions.answeredById))
    .where(eq(articleQuestions.status, status))
    .orderBy(status === 'new' ? asc(articleQuestions.createdAt) : desc(articleQuestions.createdAt))
    .limit(100);
}

export async function countQuestionsByStatus() {
  const rows = await db
    .select({ status: articleQuestions.status, n: sql<number>`count(*)::int` })
    .from(articleQuestions)
    .groupBy(articleQuestions.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}
