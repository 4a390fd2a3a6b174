import type { CardFact } from '@/lib/cards/card';
import { formatDate, hostOf, isWebUrl } from './format';

/** Facts with their as-of dates and sources; disputed ones marked as disputed. */
export function FactList({ facts }: { facts: readonly CardFact[] }) {
  return (
    <ul class="facts">
      {facts.map((f) => (
        <li key={f.text} class={f.disputed ? 'fact disputed' : 'fact'} data-testid="fact">
          {f.disputed && <span class="badge-disputed">Disputed</span>}
          <p>{f.text}</p>
          <p class="fact-meta">
            <span>As of {formatDate(f.asOf)}</span>
            {' · '}
            {f.sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 && ', '}
                {isWebUrl(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
                    {s.publisher || hostOf(s.url)}
                  </a>
                ) : (
                  s.publisher
                )}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
