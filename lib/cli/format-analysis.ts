import type { Analysis } from '../analysis/types';
import { formatNumber } from '../cards/card';
import en from '../../public/_locales/en/messages.json';
import { wordReason, type ReasonMessage } from '../topic/reasons';

/** A reason in the panel's English wording (the same locale file), for the terminal. */
const english = (key: ReasonMessage, ...subs: string[]) => {
  const entry = en[key] as { message: string; placeholders?: Record<string, { content: string }> };
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const index = Number(/^\$(\d)$/.exec(entry.placeholders?.[name.toLowerCase()]?.content ?? '')?.[1]);
    return subs[index - 1] ?? whole;
  });
};

/** A readable summary of an analysis, for the terminal. */
export function formatAnalysis(a: Analysis): string {
  const out: string[] = [];
  out.push(a.title ?? '(untitled)');
  const language = a.language ? `${a.language.code} (${a.language.confidence.toFixed(2)})` : null;
  out.push([a.siteName, a.publishedAt, a.lang, language && `text in ${language}`].filter(Boolean).join(' · ') || '');
  out.push('');
  out.push(`Balkans story: ${a.topic.isBalkans ? 'yes' : 'no'} (score ${a.topic.score.toFixed(2)})`);
  for (const r of a.topic.reasons) out.push(`  - ${wordReason(r, english, 'en-GB')}`);
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
