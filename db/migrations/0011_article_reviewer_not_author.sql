-- A medical reviewer is a second person: nobody reviews their own article. NOT VALID keeps the
-- migration safe on a database that already holds a self-reviewed article (staff fix it in the
-- editor); every new insert and update is checked from now on.
ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewer_not_author" CHECK ("reviewed_by_id" IS DISTINCT FROM "author_id") NOT VALID;
