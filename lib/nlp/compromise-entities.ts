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

interface JsonMatch {
  text: string;
  offset?: { start: number; length: number };
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

interface JsonTerm {
  tags?: string[];
}

/**
 * Wraps compromise to find people, places and organisations, cleaned of titles and furniture. Register
 * the lexicon once per compromise instance: its lexicon is global.
 */
export function createNlpExtractor(nlp: Nlp, lexicon: Record<string, string>): NlpExtractor {
  if (!registered.has(nlp)) {
    nlp.plugin({ frozen: lexicon });
    registered.add(nlp);
  }
  return (text, lang = null) => {
    const doc = nlp(text);
    // "Secretary of State Antony Blinken" is not a place called "State Antony".
    doc.match('secretary of [state]', 0).unTag('Place');
    const out: NlpEntity[] = [];
    const take = (matches: (JsonMatch & { terms?: JsonTerm[] })[], type: NlpEntity['type']) => {
      for (const m of matches) {
        if (!m.offset) continue;
        for (const part of splitName(m.text, m.offset.start)) {
          const words = part.text.trim().split(/\s+/).length;
          const tags = (m.terms ?? []).slice(0, words).map((t) => t.tags ?? []);
          const cleaned = cleanName({ text: part.text, start: part.start, tags }, type, lang);
          if (cleaned) out.push(cleaned);
        }
      }
    };
    take(doc.people().json({ offset: true }) as JsonMatch[], 'person');
    take(doc.places().json({ offset: true }) as JsonMatch[], 'place');
    take(doc.organizations().json({ offset: true }) as JsonMatch[], 'organization');
    // Bare acronyms (SPD, AFP, NALT) are organisations more often than not in news.
    take(
      (doc.match('#Acronym').not('(#Place|#Person|#Organization)').json({ offset: true }) as JsonMatch[]).filter((m) =>
        /^[A-Z]{3,6}$/.test(m.text.replace(/[^\p{L}]/gu, '')),
      ),
      'organization',
    );
    return out;
  };
}

/** Splits a span at internal punctuation: "Belgrade, Pristina" → two names. */
function splitName(text: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const re = /[^,;:()"“”„«»–—\n/]+/g;
  for (const m of text.matchAll(re)) parts.push({ text: m[0], start: start + m.index });
  return parts;
}
