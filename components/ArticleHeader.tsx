import type { Analysis } from '@/lib/analysis/types';
import { formatDate } from './format';

/** The article the cards are for, and why Kontekst thinks it is a Balkans story. */
export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  return (
    <header class="article-header">
      <h1 data-testid="article-title">{analysis.title ?? 'Untitled article'}</h1>
      <p class="meta">
        {[analysis.siteName, analysis.publishedAt && formatDate(analysis.publishedAt)].filter(Boolean).join(' · ')}
      </p>
      <details class="reasons">
        <summary>Why this is a Balkans story</summary>
        <ul>
          {analysis.topic.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </header>
  );
}
