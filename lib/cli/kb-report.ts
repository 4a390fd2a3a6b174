/**
 * `npm run kb:report [-- --json]`: entity and fact counts by type, country and tier, sources by domain with
 * the reprint lint's verdict, the changing facts and which of them are over a year old, and the figures
 * that need refreshing (newest point older than twelve months).
 */
import { entities } from '../kb';
import { kbReport } from '../kb/report';

const json = process.argv.includes('--json');
const today = new Date().toISOString().slice(0, 10);
const r = kbReport(entities, today);

const table = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `  ${k.padEnd(24)} ${String(n).padStart(5)}`);

if (json) {
  const { sourcesByDomain, staleFacts, ...rest } = r;
  process.stdout.write(
    `${JSON.stringify({
      ...rest,
      staleFacts: staleFacts.length,
      sourcesOnReprintList: sourcesByDomain.filter((d) => d.verdict).map((d) => d.domain),
    })}\n`,
  );
} else {
  const lines = [
    `Knowledge base: ${r.entities} entities, ${r.facts} facts (figures included), ${r.disputedFigures} disputed figures`,
    `Facts without a source: ${r.factsWithoutSource}; without an as-of date: ${r.factsWithoutAsOf}`,
    `Entities with three facts or more: ${r.withThreeFacts}; with a Wikidata id: ${r.withWikidata}`,
    '',
    'By type:',
    ...Object.keys(r.byType)
      .sort()
      .map(
        (t) =>
          `  ${t.padEnd(13)} ${String(r.byType[t]).padStart(4)} entities ${String(r.factsByType[t]).padStart(5)} facts`,
      ),
    '',
    'By country:',
    ...table(r.byCountry),
    '',
    'By tier (importance):',
    ...table(r.byTier),
    '',
    `Changing facts (offices, leaders, counts): ${r.changingFacts.count}, as of ${r.changingFacts.oldest ?? '–'} to ${r.changingFacts.newest ?? '–'}`,
    `Of those, over a year old on ${today} (the panel marks them possibly out of date): ${r.staleFacts.length}`,
    ...r.staleFacts.map((s) => `  ${s.entity} (${s.asOf}): ${s.fact.slice(0, 100)}`),
    '',
    `Sources by domain (${r.sourcesByDomain.length} domains; ${r.reprintCitations} citations on the reprint list):`,
    ...r.sourcesByDomain
      .slice(0, 25)
      .map((d) => `  ${String(d.count).padStart(4)}  ${d.domain}${d.verdict ? `  ✗ ${d.verdict}` : ''}`),
    ...(r.sourcesByDomain.length > 25 ? [`  … and ${r.sourcesByDomain.length - 25} more`] : []),
    ...r.sourcesByDomain
      .slice(25)
      .filter((d) => d.verdict)
      .map((d) => `  ${String(d.count).padStart(4)}  ${d.domain}  ✗ ${d.verdict}`),
    '',
    `Stale figures (newest point older than 12 months): ${r.stale.length}`,
    ...r.stale.map((s) => `  ${s.entity} / ${s.figure}: newest ${s.newest}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
