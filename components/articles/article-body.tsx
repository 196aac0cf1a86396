import styles from './article-body.module.css';

/**
 * The article's rendered body. `html` must come from renderArticleMarkdown (lib/content/markdown),
 * which drops raw HTML and sanitises everything else before it gets here.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />;
}
