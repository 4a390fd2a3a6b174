import { formatNumber } from '@/lib/cards/card';
import type { DisputedFigure } from '@/lib/kb/types';
import { formatDate } from './format';
import { SourceLinks } from './SeriesChart';

/**
 * A figure the parties disagree on: why the numbers differ, then every claim with who makes it, when and where,
 * newest first. Never one number alone.
 */
export function ClaimsTable({ figure }: { figure: DisputedFigure }) {
  // Stable sort: claims of the same date keep the knowledge base's order.
  const claims = [...figure.claims].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section class="claims" data-testid="claims">
      <p class="claims-why">{figure.why}</p>
      <table class="claims-table">
        <caption>
          <span class="badge-disputed">Disputed</span> {figure.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Claimant</th>
            <th scope="col">Figure</th>
            <th scope="col">As of</th>
            <th scope="col">Source</th>
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
    </section>
  );
}
