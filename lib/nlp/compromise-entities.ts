import type nlpDefault from 'compromise';
import type { Entity } from '../kb/types';
import { fold } from '../text/fold';
import { cleanName } from './clean-name';

type Nlp = typeof nlpDefault;

/** A name compromise found that the knowledge base may not know. */
export interface NlpEntity {
  name: string;
  type: 'person' | 'place' | 'organization';
  start: number;
  end: number;
}

export interface NlpExtractor {
  (text: string, lang?: string | null): NlpEntity[];
}

const registered = new WeakSet<object>();

/**
 * compromise's lexicon, frozen, with the knowledge base's names (so "Vučić" at the start of a sentence
 * is a person, not an adjective; "KFOR" an organisation, not a bare acronym). Keys are folded the way
 * compromise folds its own terms.
 */
export function frozenLexicon(list: readonly Entity[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of list) {
    for (const n of e.names) {
      if (/[\u0400-\u04ff]/.test(n.text)) continue;
      const key = fold(n.text)
        .replace(/-/g, ' ')
        .replace(/[^\p{L}\p{N}' ]/gu, '')
        .trim();
      if (key === '' || key.length < 2) continue;
      if (n.form === 'adjective') out[key] = 'Demonym';
      else if (e.type === 'person') out[key] = key.includes(' ') ? 'Person' : 'LastName';
      else if (e.type === 'place')
        out[key] = e.kind === 'country' ? 'Country' : e.kind === 'region' ? 'Region' : 'City';
      else if (e.type === 'organization') out[key] = 'Organization';
    }
  }
  for (const demonym of ['kosovar', 'kosovan', 'serb', 'serbs', 'albanians', 'bosniak', 'bosniaks'])
    out[demonym] = 'Demonym';
  return out;
}

/**
 * Wraps compromise to find people, places and organisations (bare acronyms come from the tokens, see
 * analyze.ts), cleaned of titles and furniture. Register
 * the lexicon once per compromise instance: its lexicon is global.
 */
export function createNlpExtractor(nlp: Nlp, lexicon: Record<string, string>): NlpExtractor {
  if (!registered.has(nlp)) {
    nlp.plugin({ frozen: lexicon });
    registered.add(nlp);
  }
  return (text, lang = null) => {
    const doc = nlp(text);
    doc.compute('offset');
    const out: NlpEntity[] = [];
    // One match over the tagged names, split by kind here: the same spans as .people(), .places() and
    // .organizations(), at a third of the cost (raw terms rather than .json() for offsets and tags).
    const view = doc.match('(#Person|#Place|#Organization)+') as unknown as { docs: RawTerm[][] };
    for (const terms of view.docs) {
      let from = 0;
      for (let i = 1; i <= terms.length; i++) {
        if (i < terms.length && kindOf(terms[i]!) === kindOf(terms[from]!)) continue;
        take(terms.slice(from, i), kindOf(terms[from]!));
        from = i;
      }
    }
    function take(terms: RawTerm[], type: NlpEntity['type']) {
      const first = terms[0]?.offset;
      const last = terms.at(-1)?.offset;
      if (!first || !last) return;
      const span = text.slice(first.start, last.start + last.length);
      // "Secretary of State Antony Blinken" is not a place called "State Antony".
      if (
        type === 'place' &&
        /^State\b/.test(span) &&
        /secretary of\s*$/i.test(text.slice(Math.max(0, first.start - 16), first.start))
      )
        return;
      let at = 0;
      for (const part of splitName(span, first.start)) {
        const words = part.text.trim().split(/\s+/).length;
        const tags = terms.slice(at, at + words).map((t) => [...t.tags]);
        at += words;
        const cleaned = cleanName({ text: part.text, start: part.start, tags }, type, lang);
        if (cleaned) out.push(cleaned);
      }
    }
    return out;
  };
}

/** A name's kind by its terms' tags: a person's name may contain a place ("Jake of Arc"), not the reverse. */
function kindOf(term: RawTerm): NlpEntity['type'] {
  if (term.tags.has('Person')) return 'person';
  if (term.tags.has('Organization')) return 'organization';
  return 'place';
}

interface RawTerm {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** Splits a span at internal punctuation: "Belgrade, Pristina" → two names. */
function splitName(text: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const re = /[^,;:()"“”„«»–—\n/]+/g;
  for (const m of text.matchAll(re)) parts.push({ text: m[0], start: start + m.index });
  return parts;
}
