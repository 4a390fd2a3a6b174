/**
 * `npm run kb:sample [-- --seed=N] [--n=30]`: facts drawn at random (fixed seed, so the sample can be drawn
 * again and checked by someone else) with their entity, as-of date and sources: the audit's worksheet.
 */
import { entities } from '../kb';

const arg = (name: string, fallback: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const seed = arg('seed', 2026);
const n = arg('n', 30);

/** mulberry32: a small seeded generator, the same draw on every machine. */
function random(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const all = entities.flatMap((e) => e.facts.map((f, i) => ({ entity: e.id, index: i, fact: f })));
const next = random(seed);
const picked = new Set<number>();
while (picked.size < Math.min(n, all.length)) picked.add(Math.floor(next() * all.length));
const lines = [...picked].map((k, i) => {
  const { entity, index, fact } = all[k]!;
  const sources = fact.sources.map((s) => `${s.publisher}: ${s.title} <${s.url}>`).join(' | ');
  return `${String(i + 1).padStart(2)}. ${entity} fact ${index} (as of ${fact.asOf}): ${fact.text}\n    ${sources}`;
});
process.stdout.write(`${all.length} facts; seed ${seed}, ${picked.size} drawn\n\n${lines.join('\n')}\n`);
