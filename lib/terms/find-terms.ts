import type { Entity } from '../kb/types';
import { fold, foldWithMap, transliterate } from '../text/fold';

/** A contested term the article itself uses: where, who uses it, and the neutral wording. */
export interface TermUse {
  /** The entity whose term it is. */
  entityId: string;
  entityName: string;
  term: string;
  usedBy: string;
  note: string | null;
  neutral: string;
  /** Occurrences in the text. */
  count: number;
  /** Spellings as the text has them (what the page highlighter looks for). */
  surfaces: string[];
  /** Offsets in the extracted text. */
  mentions: { start: number; end: number }[];
}

interface CompiledForm {
  pattern: RegExp;
  /** Acronym words (KiM) by their position in the form: matched in this case only. */
  acronyms: Map<number, string>;
}

/** A form of a term, compiled only once a text holds its probe. */
interface TermForm {
  source: string;
  /** Letters every match holds (the first word up to its first ending): a text without them is not scanned. */
  probe: string;
  compiled?: CompiledForm;
}

const formsByEntity = new WeakMap<Entity, TermForm[][]>();

/** An acronym: a capital after the first letter (KiM, ZSO), not a capitalised word (Kosovo). */
const isAcronym = (word: string) => /^\p{L}.*\p{Lu}/u.test(word);

function compile(form: string): CompiledForm {
  const words = form.trim().split(/\s+/);
  const acronyms = new Map<number, string>();
  const parts = words.map((word, i) => {
    if (isAcronym(word)) acronyms.set(i, word);
    return `(${fold(word)
      .split('~')
      .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\p{L}{0,3}')})`;
  });
  // Words apart by spaces or a line break; whole words only.
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu'), acronyms };
}

function formsOf(entity: Entity): TermForm[][] {
  let forms = formsByEntity.get(entity);
  if (!forms) {
    forms = (entity.terms ?? []).map((t) =>
      (t.forms ?? []).map((source) => ({ source, probe: fold(source.trim().split(/\s+/)[0] ?? '').split('~')[0]! })),
    );
    formsByEntity.set(entity, forms);
  }
  return forms;
}

/**
 * The contested terms of the named entities that the text uses, in the engine's folding (case, diacritics,
 * Serbian Cyrillic aside) and with case endings where a form allows them. Only entities the article names
 * are looked at: "genocide" or "border crossing" is the contested term only in a story about its subject.
 */
export function findTerms(text: string, entities: readonly Entity[], lang: string | null): TermUse[] {
  // Folded on the first entity with a form to look for: most articles' entities have none.
  let foldedText: ReturnType<typeof foldWithMap> | undefined;
  const folded = () => (foldedText ??= foldWithMap(text));
  const out: TermUse[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const entity of entities) {
    const terms = entity.terms ?? [];
    const forms = formsOf(entity);
    terms.forEach((term, i) => {
      if (lang && term.notIn?.includes(lang)) return;
      const spans: { start: number; end: number }[] = [];
      for (const form of forms[i] ?? []) {
        // Most forms are not in most texts: a plain search rules them out before the (costly) pattern does.
        if (!folded().text.includes(form.probe)) continue;
        const { pattern, acronyms } = (form.compiled ??= compile(form.source));
        pattern.lastIndex = 0;
        for (const m of folded().text.matchAll(pattern)) {
          const start = folded().origin[m.index]!;
          const end = folded().origin[m.index + m[0].length - 1]! + 1;
          if (acronyms.size > 0 && !acronymsMatch(text.slice(start, end), acronyms)) continue;
          // One stretch of text is one term: the longer form wins ("so-called Kosovo" over "Kosovo*" parts).
          if (spans.some((s) => s.start < end && start < s.end)) continue;
          spans.push({ start, end });
        }
      }
      const own = spans.filter((s) => !taken.some((t) => t.start < s.end && s.start < t.end));
      if (own.length === 0) return;
      taken.push(...own);
      own.sort((a, b) => a.start - b.start);
      out.push({
        entityId: entity.id,
        entityName: entity.name,
        term: term.term,
        usedBy: term.usedBy,
        note: term.note ?? null,
        neutral: term.neutral ?? entity.neutral ?? entity.name,
        count: own.length,
        surfaces: [...new Set(own.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')))],
        mentions: own,
      });
    });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** The acronym words of a form, in the text's own case (Cyrillic read as Latin: КиМ is KiM). */
function acronymsMatch(found: string, acronyms: Map<number, string>): boolean {
  const words = transliterate(found).split(/\s+/);
  for (const [i, word] of acronyms) if (words[i] !== word) return false;
  return true;
}
