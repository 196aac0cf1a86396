CREATE TYPE "public"."article_question_status" AS ENUM('new', 'answered', 'published', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."article_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."article_topic" AS ENUM('causes', 'relief', 'exercises', 'prevention', 'treatment');--> statement-breakpoint
CREATE TABLE "article_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"name" text,
	"email" text,
	"question" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"status" "article_question_status" DEFAULT 'new' NOT NULL,
	"answer" text,
	"answered_by_id" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "article_questions_length" CHECK (char_length("article_questions"."question") between 1 and 4000),
	CONSTRAINT "article_questions_email_lowercase" CHECK ("article_questions"."email" is null or "article_questions"."email" = lower("article_questions"."email")),
	CONSTRAINT "article_questions_answered" CHECK ("article_questions"."status" not in ('answered', 'published') or ("article_questions"."answer" is not null and "article_questions"."answered_at" is not null)),
	CONSTRAINT "article_questions_published_has_date" CHECK (("article_questions"."status" = 'published') = ("article_questions"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"topic" "article_topic" NOT NULL,
	"body_markdown" text NOT NULL,
	"author_id" uuid NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"therapy_id" uuid,
	"takeaways" text[] DEFAULT '{}'::text[] NOT NULL,
	"related" text[] DEFAULT '{}'::text[] NOT NULL,
	"references" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "article_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "description"), 'B') || setweight(to_tsvector('english'::regconfig, "body_markdown"), 'C')) STORED NOT NULL,
	CONSTRAINT "articles_slug_unique" UNIQUE("slug"),
	CONSTRAINT "articles_slug_format" CHECK ("articles"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "articles_published_has_date" CHECK (("articles"."status" = 'published') = ("articles"."published_at" is not null)),
	CONSTRAINT "articles_published_is_reviewed" CHECK ("articles"."status" <> 'published' or ("articles"."reviewed_by_id" is not null and "articles"."reviewed_at" is not null)),
	CONSTRAINT "articles_review_pair" CHECK (("articles"."reviewed_by_id" is null) = ("articles"."reviewed_at" is null)),
	CONSTRAINT "articles_not_related_to_self" CHECK (not ("articles"."slug" = any("articles"."related")))
);
--> statement-breakpoint
ALTER TABLE "article_questions" ADD CONSTRAINT "article_questions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_questions" ADD CONSTRAINT "article_questions_answered_by_id_staff_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_practitioners_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewed_by_id_practitioners_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_therapy_id_services_id_fk" FOREIGN KEY ("therapy_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_questions_article_idx" ON "article_questions" USING btree ("article_id","status","published_at");--> statement-breakpoint
CREATE INDEX "article_questions_queue_idx" ON "article_questions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_status_published_idx" ON "articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "articles_topic_idx" ON "articles" USING btree ("topic");--> statement-breakpoint
CREATE INDEX "articles_therapy_idx" ON "articles" USING btree ("therapy_id");--> statement-breakpoint
CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "articles_reviewed_by_idx" ON "articles" USING btree ("reviewed_by_id");