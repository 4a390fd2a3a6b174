import type { Fact } from '@/lib/kb/types';
import { formatDate } from './format';
import { useT } from './i18n';
import { SourceLinks } from './SeriesChart';

/** Facts with their as-of dates and sources, in the knowledge base's order: the most telling first. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const t = useT();
  return (
    <ul class="facts" aria-label={t('facts')}>
      {facts.map((f) => (
        <li key={`${f.asOf}|${f.text}`} class="fact" data-testid="fact">
          <p>{f.text}</p>
          <p class="fact-meta">
            <span>{t('asOf', formatDate(f.asOf))}</span>
            {' · '}
            <SourceLinks sources={f.sources} />
          </p>
        </li>
      ))}
    </ul>
  );
}
