import { useState } from 'preact/hooks';
import { formatNumber } from '@/lib/cards/card';
import type { DisputedFigure } from '@/lib/kb/types';
import { formatDate } from './format';
import { SourceLinks } from './SeriesChart';
import { useT } from './i18n';

/**
 * A figure the parties disagree on: why the numbers differ, then every claim with who makes it, when and where,
 * newest first. Never one number alone.
 */
export function ClaimsTable({ figure }: { figure: DisputedFigure }) {
  const t = useT();
  // Stable sort: claims of the same date keep the knowledge base's order.
  const all = [...figure.claims].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // Collapsed: each claimant's newest claim, so every side shows; all of them on demand.
  const [expanded, setExpanded] = useState(false);
  const newest = all.filter((c, i) => all.findIndex((o) => o.claimant === c.claimant) === i);
  const claims = expanded ? all : newest;
  return (
    <section class="claims" data-testid="claims">
      <p class="claims-why">{figure.why}</p>
      <table class="claims-table">
        <caption>
          <span class="badge-disputed">{t('disputed')}</span> {figure.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('colClaimant')}</th>
            <th scope="col">{t('colFigure')}</th>
            <th scope="col">{t('colAsOf')}</th>
            <th scope="col">{t('colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c, i) => (
            <tr key={i} data-testid="claim">
              <th scope="row">{c.claimant}</th>
              <td>
                {formatNumber(c.value, c.qualifier)} {figure.unit}
                {c.note && <span class="claim-note">{c.note}</span>}
              </td>
              <td>
                <time dateTime={c.date}>{formatDate(c.date)}</time>
              </td>
              <td>
                <SourceLinks sources={c.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {newest.length < all.length && (
        <button type="button" class="link-button small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showFewer') : t('showAll', all.length)}
        </button>
      )}
    </section>
  );
}
