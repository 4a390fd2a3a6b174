import type { Fact } from '@/lib/kb/types';
import type { FactCheck } from '@/lib/wikidata/facts';
import { formatDate } from './format';
import { useT } from './i18n';
import { SourceLinks } from './SeriesChart';

/**
 * Facts with their as-of dates and sources, in the knowledge base's order: the most telling first. Where
 * Wikidata (asked when the reader allows look-ups) now gives another value, that is shown beside the fact.
 */
export function FactList({
  facts,
  checks = [],
  today = new Date(),
}: {
  facts: readonly Fact[];
  checks?: readonly FactCheck[];
  today?: Date;
}) {
  const t = useT();
  return (
    <ul class="facts" aria-label={t('facts')}>
      {facts.map((f, i) => (
        <li key={`${f.asOf}|${f.text}`} class="fact" data-testid="fact">
          <p>{f.text}</p>
          <p class="fact-meta">
            <span>{t('asOf', formatDate(f.asOf))}</span>
            {possiblyOutdated(f, today) && (
              <>
                {' · '}
                <span class="fact-outdated" data-testid="fact-outdated">
                  {t('possiblyOutdated')}
                </span>
              </>
            )}
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

/** A fact that changes (an office, a leader, a count) whose as-of date is more than twelve months back. */
export function possiblyOutdated(f: Fact, today: Date): boolean {
  if (!f.changes && !f.changing) return false;
  const yearAgo = new Date(today);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  return f.asOf < yearAgo.toISOString().slice(0, 10);
}
