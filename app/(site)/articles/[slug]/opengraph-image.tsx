import { ImageResponse } from 'next/og';
import { getArticleView } from '@/lib/content/articles';
import { topicLabels } from '@/lib/content/topics';

// No font is fetched: the fontsource packages here ship only woff2, which the image renderer
// cannot read, so ImageResponse uses the font bundled with Next.
export const alt = 'Larkfield Stride Chiropractic article';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-dynamic';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  const title = view?.article.title ?? 'Articles for runners';
  const eyebrow = view ? topicLabels[view.article.topic] : 'Library';
  const byline = view ? `By ${view.article.author.name}` : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: 'linear-gradient(160deg, #fbf8f3 0%, #f1e8d9 100%)',
        color: '#173f4c',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <div
          style={{
            width: 56,
            height: 56,
            borderRadius: 28,
            background: '#2f6f7e',
            display: 'flex',
          }}
        />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 34, fontWeight: 700 }}>Larkfield Stride</div>
          <div style={{ fontSize: 20, letterSpacing: 4, color: '#2f6f7e' }}>
            CHIROPRACTIC · PORTLAND, OR
          </div>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div
          style={{ fontSize: 26, letterSpacing: 3, color: '#9c4221', textTransform: 'uppercase' }}
        >
          {eyebrow}
        </div>
        <div
          style={{
            fontSize: title.length > 70 ? 56 : 66,
            lineHeight: 1.12,
            fontWeight: 700,
            maxWidth: 1040,
          }}
        >
          {title}
        </div>
      </div>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#4b5b61' }}
      >
        <div>{byline}</div>
        <div>Medically reviewed</div>
      </div>
    </div>,
    size,
  );
}
