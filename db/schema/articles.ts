import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { practitioners } from './practitioners';
import { services } from './services';
import { staffUsers } from './staff';

export const articleTopic = pgEnum('article_topic', [
  'causes',
  'relief',
  'exercises',
  'prevention',
  'treatment',
]);
export const articleStatus = pgEnum('article_status', ['draft', 'published']);
export const articleQuestionStatus = pgEnum('article_question_status', [
  'new',
  'answered',
  'published',
  'rejected',
]);

export type ArticleTopic = (typeof articleTopic.enumValues)[number];
export type ArticleStatus = (typeof articleStatus.enumValues)[number];
export type ArticleQuestionStatus = (typeof articleQuestionStatus.enumValues)[number];

/** PostgreSQL's full-text document type; only ever read inside SQL, never selected into JS. */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/**
 * The educational library. An article is public only when `status = 'published'` and
 * `published_at <= now()`; everything else (drafts, scheduled posts) stays out of pages, search,
 * the sitemap and the feed. `search` is maintained by PostgreSQL itself, so no writer can forget it.
 */
export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    topic: articleTopic('topic').notNull(),
    /** Markdown; raw HTML in it is never rendered (see lib/content/markdown.ts). */
    bodyMarkdown: text('body_markdown').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'restrict' }),
    reviewedById: uuid('reviewed_by_id').references(() => practitioners.id, {
      onDelete: 'restrict',
    }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Null while a draft. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Last content change readers should know about (shown as "Updated"). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    therapyId: uuid('therapy_id').references(() => services.id, { onDelete: 'set null' }),
    takeaways: text('takeaways')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Slugs of related articles, in display order; unknown or unpublished ones are skipped. */
    related: text('related')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * Citations, one line of inline Markdown each (lib/content/references.ts), in the order the
     * body's `[^n]` notes number them.
     */
    references: text('references')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: articleStatus('status').notNull().default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "description"), 'B') || setweight(to_tsvector('english'::regconfig, "body_markdown"), 'C')`,
      ),
  },
  (t) => [
    index('articles_search_idx').using('gin', t.search),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_topic_idx').on(t.topic),
    index('articles_therapy_idx').on(t.therapyId),
    index('articles_author_idx').on(t.authorId),
    index('articles_reviewed_by_idx').on(t.reviewedById),
    check('articles_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check(
      'articles_published_has_date',
      sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`,
    ),
    // Medical content is never published without a named reviewer and a review date.
    check(
      'articles_published_is_reviewed',
      sql`${t.status} <> 'published' or (${t.reviewedById} is not null and ${t.reviewedAt} is not null)`,
    ),
    check('articles_review_pair', sql`(${t.reviewedById} is null) = (${t.reviewedAt} is null)`),
    check('articles_not_related_to_self', sql`not (${t.slug} = any(${t.related}))`),
    // articles_reviewer_not_author (reviewed_by_id <> author_id) lives in the custom migration
    // 0011_article_reviewer_not_author.sql: added NOT VALID, so databases with an older
    // self-reviewed article still migrate, while every insert and update is checked.
  ],
);

/**
 * Readers' questions about an article. Name and e-mail are optional and personal: the public page
 * shows at most the first name, never the e-mail. A question is stored only with consent
 * (`consent_at`). Staff answer, publish or reject.
 */
export const articleQuestions = pgTable(
  'article_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    name: text('name'),
    /** Lower-cased, for a reply; never published. */
    email: text('email'),
    question: text('question').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    status: articleQuestionStatus('status').notNull().default('new'),
    answer: text('answer'),
    answeredById: uuid('answered_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('article_questions_article_idx').on(t.articleId, t.status, t.publishedAt),
    index('article_questions_queue_idx').on(t.status, t.createdAt),
    check('article_questions_length', sql`char_length(${t.question}) between 1 and 4000`),
    check(
      'article_questions_email_lowercase',
      sql`${t.email} is null or ${t.email} = lower(${t.email})`,
    ),
    check(
      'article_questions_answered',
      sql`${t.status} not in ('answered', 'published') or (${t.answer} is not null and ${t.answeredAt} is not null)`,
    ),
    check(
      'article_questions_published_has_date',
      sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`,
    ),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleQuestion = typeof articleQuestions.$inferSelect;
export type NewArticleQuestion = typeof articleQuestions.$inferInsert;
