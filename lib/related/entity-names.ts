/**
 * Picks the name an entity goes by in one language, for queries and search links. Short forms, adjectives,
 * historic names and names that need context never stand for the entity alone ("Vučić", "Kosovar", "KiM").
 */
import type { Entity, Name, NameLang } from '@/lib/kb/types';
import { transliterate } from '@/lib/text/fold';

/** Lower is better: the plain name, then the official one, then a common alternative, then an acronym. */
const FORM_RANK: Record<string, number> = { plain: 0, official: 1, common: 2, abbreviation: 3 };

function usable(name: Name): boolean {
  return !name.needsContext && (name.form === undefined || name.form in FORM_RANK);
}

interface Candidate {
  text: string;
  rank: number;
  /** Transliterated from Cyrillic rather than written in the knowledge base. */
  derived: boolean;
}

function candidates(entity: Entity, lang: NameLang): Candidate[] {
  const out: Candidate[] = [];
  for (const name of entity.names) {
    if (!usable(name)) continue;
    const rank = FORM_RANK[name.form ?? 'plain']!;
    if (name.lang === lang) out.push({ text: name.text, rank, derived: false });
    // Serbian Latin is a letter-for-letter transliteration of Serbian Cyrillic, so a Cyrillic name is also
    // the Latin one (Косово → Kosovo) where the knowledge base lists only the Cyrillic.
    else if (lang === 'sr-Latn' && name.lang === 'sr-Cyrl')
      out.push({ text: transliterate(name.text), rank, derived: true });
  }
  return out;
}

/** The entity's best name written in `lang` (exactly that language), or null. */
export function nameIn(entity: Entity, lang: NameLang): string | null {
  const list = candidates(entity, lang);
  if (list.length === 0) return null;
  // Stable: among equals, the knowledge base's order wins.
  const best = list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.rank - b.c.rank || Number(a.c.derived) - Number(b.c.derived) || a.i - b.i)[0]!;
  return best.c.text;
}

/** Languages to fall back on, in order, where the knowledge base has no name in the language asked for. */
const FALLBACK: Partial<Record<NameLang, readonly NameLang[]>> = {
  hr: ['bs', 'sr-Latn'],
  bs: ['hr', 'sr-Latn'],
  'sr-Latn': [],
  'sr-Cyrl': [],
  sq: [],
  mk: [],
};

/** The name a reader of `lang` would search for: the language's own name, its neighbours', else English. */
export function searchNameFor(entity: Entity, lang: NameLang): string {
  if (lang === 'en') return entity.name;
  for (const l of [lang, ...(FALLBACK[lang] ?? [])]) {
    const name = nameIn(entity, l);
    if (name !== null) return name;
  }
  return entity.name;
}

/** Latin letters without diacritics, case kept (Vučić → Vucic, Đorđe → Djordje): how wire copy often spells names. */
export function asciiFold(text: string): string {
  return transliterate(text)
    .replace(/Đ/g, 'Dj')
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
