import type { Analysis } from '@/lib/analysis/types';
import { formatDate } from './format';
import { ReasonList } from './ReasonList';
import { useT } from './i18n';

/** The article the cards are for, and why Kontekst thinks it is a Balkans story. */
export function ArticleHeader({ analysis, onRequest = false }: { analysis: Analysis; onRequest?: boolean }) {
  const t = useT();
  // The headline is in the article's language: screen readers pronounce it by this (only a well-formed tag).
  const lang = analysis.lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(analysis.lang) ? analysis.lang : undefined;
  const meta = [analysis.siteName, analysis.publishedAt && formatDate(analysis.publishedAt)]
    .filter(Boolean)
    .join(' · ');
  return (
    <header class="article-header">
      <h1 data-testid="article-title" lang={lang}>
        {analysis.title ?? t('untitled')}
      </h1>
      {meta && <p class="meta">{meta}</p>}
      {onRequest && (
        <p class="notice" data-testid="on-request">
          {t('shownOnRequest')}
        </p>
      )}
      <details class="reasons">
        <summary>{t('whyBalkans')}</summary>
        <ReasonList reasons={analysis.topic.reasons} />
      </details>
      {analysis.truncated && <p class="notice">{t('truncated', analysis.length.toLocaleString('en-GB'))}</p>}
    </header>
  );
}
