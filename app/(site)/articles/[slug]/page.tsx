import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ArticleBody } from '@/components/articles/article-body';
import { ArticleByline } from '@/components/articles/article-byline';
import { ArticleGrid } from '@/components/articles/article-card';
import { ArticleJsonLd } from '@/components/articles/article-json-ld';
import { ArticleReferences } from '@/components/articles/article-references';
import { ArticleSafety } from '@/components/articles/article-safety';
import { AskQuestionForm } from '@/components/articles/ask-question-form';
import { BookTherapyCta } from '@/components/articles/book-therapy-cta';
import { KeyTakeaways } from '@/components/articles/key-takeaways';
import { ReadersAsked } from '@/components/articles/readers-asked';
import { TableOfContents } from '@/components/articles/table-of-contents';
import { Container } from '@/components/ui/container';
import { findConsultationService } from '@/db/queries/booking-catalog';
import { getClinic } from '@/db/queries/clinic';
import { getArticleView } from '@/lib/content/articles';
import { articleHref, articlesHref } from '@/lib/content/links';
import { ARTICLE_QUESTION_FORM, getPublicQuestions } from '@/lib/content/questions';
import { topicLabels } from '@/lib/content/topics';
import { issueFormToken } from '@/lib/messages/form-token';

// Cached; article changes revalidate it (revalidateArticles in lib/content/revalidate.ts).
export const revalidate = 3600;

/** None at build (it has no database): each page is rendered on its first visit, then cached. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/**
 * The whole <title> within 70 characters, so search results and tabs show it uncut: the site's
 * full name when it fits, its short name when that fits, else the article's title alone.
 */
function pageTitle(title: string): string | { absolute: string } {
  if (`${title} · Larkfield Stride Chiropractic`.length <= 70) return title;
  const short = `${title} · Larkfield Stride`;
  return { absolute: short.length <= 70 ? short : title };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (renderingAtBuild()) return {};
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) return { title: 'Article not found', robots: { index: false } };
  const { article } = view;
  const url = articleHref(article.slug);
  return {
    title: pageTitle(article.title),
    description: article.description,
    authors: [{ name: article.author.name, url: `/team#${article.author.slug}` }],
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: [article.author.name],
      section: topicLabels[article.topic],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.description,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  if (renderingAtBuild()) return null;
  const { slug } = await params;
  const [view, clinic, consultation] = await Promise.all([
    getArticleView(slug),
    getClinic(),
    findConsultationService(),
  ]);
  if (!view) notFound();
  const questions = await getPublicQuestions(slug);
  const { article, html, toc, references, related, timeZone } = view;

  return (
    <article aria-labelledby="article-title">
      <ArticleJsonLd view={view} clinic={clinic} />
      <header className="border-b border-sand-200 bg-gradient-to-b from-sand-100 to-cream">
        <Container className="py-10 sm:py-14">
          <nav aria-label="Breadcrumb" className="mb-5 text-[0.95rem]">
            <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
              <li>
                <Link
                  href="/articles"
                  className="font-medium text-brand-800 underline underline-offset-4"
                >
                  Articles
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li>
                {/* A document load: topics render per request behind proxy.ts's rewrite. */}
                <a
                  href={articlesHref({ topic: article.topic })}
                  className="font-medium text-brand-800 underline underline-offset-4"
                >
                  {topicLabels[article.topic]}
                </a>
              </li>
            </ol>
          </nav>
          <h1 id="article-title" className="max-w-3xl text-4xl sm:text-5xl">
            {article.title}
          </h1>
          <p className="mt-5 max-w-2xl text-lead text-muted">{article.description}</p>
          <ArticleByline article={article} timeZone={timeZone} />
        </Container>
      </header>

      <Container className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-14">
        <div className="lg:order-2">
          <div className="lg:sticky lg:top-6">
            <TableOfContents entries={toc} />
          </div>
        </div>

        <div className="min-w-0 space-y-10 lg:order-1">
          <KeyTakeaways items={article.takeaways} />
          <ArticleBody html={html} />

          <ArticleReferences references={references} />

          <ReadersAsked questions={questions} />

          <section aria-labelledby="article-ask" className="border-t border-sand-200 pt-8">
            <h2 id="article-ask" className="text-2xl">
              Ask a question about this article
            </h2>
            <p className="mt-2 text-muted">
              We answer general questions here for everyone. For advice about your own symptoms,
              book an appointment or phone us.
            </p>
            <div className="mt-5">
              <AskQuestionForm
                articleSlug={article.slug}
                formToken={issueFormToken(ARTICLE_QUESTION_FORM)}
              />
            </div>
          </section>

          <ArticleSafety clinicPhone={clinic.phone} />
          <BookTherapyCta therapy={article.therapy} consultation={consultation} />
        </div>
      </Container>

      {related.length > 0 ? (
        <section
          aria-labelledby="article-related"
          className="border-t border-sand-200 bg-sand-50 py-12 sm:py-16"
        >
          <Container>
            <h2 id="article-related" className="text-3xl">
              Related articles
            </h2>
            <div className="mt-8">
              <ArticleGrid articles={related} timeZone={timeZone} />
            </div>
          </Container>
        </section>
      ) : null}
    </article>
  );
}
