import type { Entity, EntityId, Name } from '../kb/types';

/** "Ministry of the Interior of Croatia": an institution's English name ending in its country's. */
const OF_COUNTRY = /^(.+?) of (?:the )?(?:Republic of )?(.+)$/;

/**
 * The English press's other ways of writing a state's institution: the country's adjective or name in
 * front ("Croatian Ministry of Interior", "Bosnian Border Police", "BiH Prosecutor's Office") where the
 * knowledge base writes "Ministry of the Interior of Croatia". Derived from the knowledge base's own names,
 * so every institution of every country gets them.
 */
export function englishVariants(entities: readonly Entity[]): Map<EntityId, Name[]> {
  const countries = entities.filter((e) => e.type === 'place' && e.kind === 'country' && e.region === 'balkans');
  /** A country's English names (as the tail of "X of …") → the forms written in front of X. */
  const fronts = new Map<string, string[]>();
  for (const c of countries) {
    const plain = c.names.filter((n) => !n.needsContext && n.form !== 'adjective' && n.form !== 'historic');
    const tails = plain.filter((n) => n.lang === 'en').map((n) => n.text);
    const front = [
      ...c.names.filter((n) => n.lang === 'en' && n.form === 'adjective' && !n.needsContext).map((n) => n.text),
      ...plain.filter((n) => n.lang === 'en' && !n.text.includes(' ') && !n.text.includes('-')).map((n) => n.text),
      ...plain.filter((n) => n.form === 'abbreviation' && /^[\p{Lu}&]+[\p{L}&]*$/u.test(n.text)).map((n) => n.text),
    ];
    for (const t of tails) fronts.set(t, [...new Set(front)]);
  }
  const out = new Map<EntityId, Name[]>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const have = new Set(e.names.map((n) => n.text.toLowerCase()));
    const extra: Name[] = [];
    for (const n of e.names) {
      if (n.lang !== 'en' || n.needsContext) continue;
      const m = OF_COUNTRY.exec(n.text);
      const front = m && fronts.get(m[2]!);
      if (!m || !front) continue;
      const heads = [...new Set([m[1]!, m[1]!.replace(/ of the /, ' of ')])];
      for (const f of front)
        for (const h of heads) {
          const text = `${f} ${h}`;
          if (have.has(text.toLowerCase())) continue;
          have.add(text.toLowerCase());
          extra.push({ text, lang: 'en', form: 'common' });
        }
    }
    if (extra.length) out.set(e.id, extra);
  }
  return out;
}
