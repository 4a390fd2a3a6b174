import type { Analysis } from '../analysis/types';
import { formatNumber } from '../cards/card';

/** A readable summary of an analysis, for the terminal. */
export function formatAnalysis(a: Analysis): string {
  const out: string[] = [];
  out.push(a.title ?? '(untitled)');
  const language = a.language ? `${a.language.code} (${a.language.confidence.toFixed(2)})` : null;
  out.push([a.siteName, a.publishedAt, a.lang, language && `text in ${language}`].filter(Boolean).join(' · ') || '');
  out.push('');
  out.push(`Balkans story: ${a.topic.isBalkans ? 'yes' : 'no'} (score ${a.topic.score.toFixed(2)})`);
  for (const r of a.topic.reasons) out.push(`  - ${r}`);
  out.push('');
  out.push(`Entities (${a.entities.length}):`);
  for (const e of a.entities)
    out.push(
      `  ${e.name} [${e.type}${e.id ? `, ${e.id}` : ''}] ×${e.count}${e.surfaces.length > 1 ? ` (${e.surfaces.join(', ')})` : ''}`,
    );
  if (a.figures.length > 0) {
    out.push('');
    out.push('Figures in the article:');
    for (const f of a.figures)
      out.push(`  ${f.entity}: ${formatNumber(f.value, f.qualifier)} ${f.measure} — "${f.text}"`);
  }
  if (a.terms.length > 0) {
    out.push('');
    out.push('Words in this article:');
    for (const t of a.terms)
      out.push(`  ${t.surfaces.join(' / ')} ×${t.count} — used by ${t.usedBy}; neutral: ${t.neutral}`);
  }
  out.push('');
  out.push(`Cards (${a.cards.length}):`);
  for (const c of a.cards) {
    out.push(`  ${c.title} — ${c.summary}`);
    for (const f of c.facts.slice(0, 3))
      out.push(`    · ${f.disputed ? '[disputed] ' : ''}${f.text} (as of ${f.asOf})`);
  }
  return `${out.join('\n')}\n`;
}
