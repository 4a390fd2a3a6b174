import type { Fact } from '@/lib/kb/types';
import type { FactCheck } from '@/lib/wikidata/facts';
import { formatDate } from './format';
import { useT } from './i18n';
import { SourceLinks } from './SeriesChart';

/**
 * Facts with their as-of dates and sources, in the knowledge base's order: the most telling first. Where
 * Wikidata (asked when the reader allows look-ups) now gives another value, that is shown beside the fact.
 */
export function FactList({ facts, checks = [] }: { facts: readonly Fact[]; checks?: readonly FactCheck[] }) {
  const t = useT();
  return (
    <ul class="facts" aria-label={t('facts')}>
      {facts.map((f, i) => (
        <li key={`${f.asOf}|${f.text}`} class="fact" data-testid="fact">
          <p>{f.text}</p>
          <p class="fact-meta">
            <span>{t('asOf', formatDate(f.asOf))}</span>
            {' · '}
            <SourceLinks sources={f.sources} />
          </p>
          {checks
            .filter((c) => c.factIndex === i)
            .map((c) => (
              <p key={c.property} class="wikidata-today" data-testid="wikidata-today" data-property={c.property}>
                {c.since
                  ? t('wikidataTodaySince', c.today.join(', '), formatDate(c.since), formatDate(c.retrieved))
                  : t('wikidataToday', c.today.join(', '), formatDate(c.retrieved))}
              </p>
            ))}
        </li>
      ))}
    </ul>
  );
}
