import type nlpDefault from 'compromise';
import type { Entity } from '../kb/types';
import { fold } from '../text/fold';
import { LEADING_TITLES, NOT_NAMES } from './stopwords';

type Nlp = typeof nlpDefault;

/** A name compromise found that the knowledge base may not know. */
export interface NlpEntity {
  name: string;
  type: 'person' | 'place' | 'organization';
  start: number;
  end: number;
}

export interface NlpExtractor {
  (text: string): NlpEntity[];
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

/**
 * Wraps compromise to find people, places and organisations, cleaned of titles and furniture. Register
 * the lexicon once per compromise instance: its lexicon is global.
 */
export function createNlpExtractor(nlp: Nlp, lexicon: Record<string, string>): NlpExtractor {
  if (!registered.has(nlp)) {
    nlp.plugin({ frozen: lexicon });
    registered.add(nlp);
  }
  return (text) => {
    const doc = nlp(text);
    // "Secretary of State Antony Blinken" is not a place called "State Antony".
    doc.match('secretary of [state]', 0).unTag('Place');
    const out: NlpEntity[] = [];
    const take = (matches: JsonMatch[], type: NlpEntity['type']) => {
      for (const m of matches) {
        if (!m.offset) continue;
        for (const part of splitName(m.text, m.offset.start)) {
          const cleaned = cleanName(part.text, part.start, type);
          if (cleaned) out.push({ ...cleaned, type });
        }
      }
    };
    take(doc.people().json({ offset: true }) as JsonMatch[], 'person');
    take(doc.places().json({ offset: true }) as JsonMatch[], 'place');
    take(doc.organizations().json({ offset: true }) as JsonMatch[], 'organization');
    // Bare acronyms (SPD, AFP, NALT) are organisations more often than not in news.
    take(
      (doc.match('#Acronym').not('(#Place|#Person|#Organization)').json({ offset: true }) as JsonMatch[]).filter((m) =>
        /^[A-Z]{2,6}$/.test(m.text.replace(/[^\p{L}]/gu, '')),
      ),
      'organization',
    );
    return out;
  };
}

/** Splits a span at internal punctuation: "Belgrade, Pristina" → two names. */
function splitName(text: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const re = /[^,;:()"“”„«»–—\n]+/g;
  for (const m of text.matchAll(re)) parts.push({ text: m[0], start: start + m.index });
  return parts;
}

function cleanName(
  text: string,
  start: number,
  type: NlpEntity['type'],
): { name: string; start: number; end: number } | null {
  let t = text;
  let s = start;
  const lead = /^\s+/.exec(t);
  if (lead) {
    t = t.slice(lead[0].length);
    s += lead[0].length;
  }
  if (type === 'person') {
    const title = LEADING_TITLES.exec(t);
    if (title && title[0].length > 0 && title[0].length < t.length) {
      t = t.slice(title[0].length);
      s += title[0].length;
    }
  }
  // Leading lower-case words ("southern Serbian town of Raska"): a name starts with a capital.
  const firstCap = t.search(/\p{Lu}/u);
  if (firstCap < 0) return null;
  if (firstCap > 0 && type !== 'organization') {
    const lastOf = t.lastIndexOf(' of ');
    const cut = lastOf >= 0 && lastOf + 4 <= t.length ? lastOf + 4 : firstCap;
    t = t.slice(cut);
    s += cut;
  }
  t = t.replace(/['’]s$/i, '').replace(/[\s.'’]+$/u, '');
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.every((w) => NOT_NAMES.has(fold(w)))) return null;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|de|von|van|der|bin|al|and|for|the|on|in)$/.test(w)))
    return null;
  if (t.length < 2 || /^#/.test(t)) return null;
  return { name: t, start: s, end: s + t.length };
}
