/**
 * `npm run kb:report [-- --json]`: entity and fact counts by type, sources by domain, and the figures
 * that need refreshing (newest point older than twelve months).
 */
import { entities } from '../kb';
import { kbReport } from '../kb/report';

const json = process.argv.includes('--json');
const r = kbReport(entities, new Date().toISOString().slice(0, 10));

if (json) {
  const { entities: n, facts, factsWithoutSource, factsWithoutAsOf, disputedFigures, stale } = r;
  process.stdout.write(
    `${JSON.stringify({ entities: n, facts, factsWithoutSource, factsWithoutAsOf, disputedFigures, stale })}\n`,
  );
} else {
  const lines = [
    `Knowledge base: ${r.entities} entities, ${r.facts} facts (figures included), ${r.disputedFigures} disputed figures`,
    `Facts without a source: ${r.factsWithoutSource}; without an as-of date: ${r.factsWithoutAsOf}`,
    '',
    'By type:',
    ...Object.keys(r.byType)
      .sort()
      .map(
        (t) =>
          `  ${t.padEnd(13)} ${String(r.byType[t]).padStart(4)} entities ${String(r.factsByType[t]).padStart(5)} facts`,
      ),
    '',
    `Sources by domain (${r.sourcesByDomain.length} domains):`,
    ...r.sourcesByDomain.slice(0, 25).map((d) => `  ${String(d.count).padStart(4)}  ${d.domain}`),
    ...(r.sourcesByDomain.length > 25 ? [`  … and ${r.sourcesByDomain.length - 25} more`] : []),
    '',
    `Stale figures (newest point older than 12 months): ${r.stale.length}`,
    ...r.stale.map((s) => `  ${s.entity} / ${s.figure}: newest ${s.newest}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
