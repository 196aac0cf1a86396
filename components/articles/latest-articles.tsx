import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { SectionHeading } from '@/components/ui/section-heading';
import { getArticleTimeZone, getLatestArticles } from '@/lib/content/articles';
import { ArticleGrid } from './article-card';

/**
 * The newest articles as a home-page section (cached; renders nothing while the library is
 * empty). Drop it between two sections of app/(site)/page.tsx.
 */
export async function LatestArticles({
  limit = 3,
  className = 'py-14 sm:py-20',
}: {
  limit?: number;
  /** The section's spacing and background, to fit between its neighbours. */
  className?: string;
}) {
  const [articles, timeZone] = await Promise.all([getLatestArticles(limit), getArticleTimeZone()]);
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="latest-articles-title" className={className}>
      <Container>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <SectionHeading
            id="latest-articles-title"
            eyebrow="From our library"
            title="Advice for runners"
          >
            <p>
              Medically reviewed articles on back, hip and leg pain, with exercises you can do at
              home.
            </p>
          </SectionHeading>
          <Link href="/articles" className="arrow-link">
            All articles <ArrowRightIcon className="size-4" />
          </Link>
        </div>
        <div className="mt-10">
          <ArticleGrid articles={articles} timeZone={timeZone} />
        </div>
      </Container>
    </section>
  );
}
