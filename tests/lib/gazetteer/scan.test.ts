import { describe, expect, test } from 'vitest';
import { createEngine } from '@/lib/analysis/engine';
import { linkMentions } from '@/lib/entities/link';
import { scan } from '@/lib/gazetteer/scan';
import { tokenize } from '@/lib/text/tokens';

const engine = createEngine();

/** The knowledge-base ids linked in a text (one zone, the body). */
function ids(text: string, lang: string | null = null): string[] {
  const tokens = tokenize(text);
  const matches = scan(engine.gazetteer, tokens);
  return [
    ...new Set(
      linkMentions(engine.gazetteer, [{ zone: 'body', text, tokens, matches, offset: 0 }], lang).map((m) => m.id),
    ),
  ];
}

describe('names in the region’s languages and scripts', () => {
  test.each([
    [
      'Albanian forms and endings',
      'Kryeministri foli në Prishtinë dhe në Mitrovicë për Kosovën.',
      ['pristina', 'mitrovica', 'kosovo'],
    ],
    ['Serbian Latin endings', 'Sastanak u Beogradu i Prištini o Kosovu.', ['belgrade', 'pristina', 'kosovo']],
    ['Serbian Cyrillic endings', 'Састанак у Београду и Приштини о Косову.', ['belgrade', 'pristina', 'kosovo']],
    ['German genitive', 'Die Regierung Serbiens und die Polizei im Kosovo.', ['serbia', 'kosovo']],
    ['without diacritics', 'Talks in Pristina and Zvecan ended.', ['pristina', 'zvecan']],
  ])('%s', (name, text, expected) => {
    expect(ids(text, name === 'German genitive' ? 'de' : null)).toEqual(expect.arrayContaining(expected));
  });

  test('a place inside a larger name is not the place', () => {
    expect(ids('She ordered an Amaro Montenegro with tonic.')).not.toContain('montenegro');
    expect(ids('Fernanda Montenegro won the award.')).not.toContain('montenegro');
  });

  test('short forms need the entity in context: Niš with Serbia, not alone', () => {
    expect(ids('Protests spread to Niš on Sunday.')).not.toContain('nis');
    expect(ids('Protests in Serbia spread to Niš on Sunday.')).toContain('nis');
  });

  test('names must be capitalised: "serbia" in a URL-like word is not a mention', () => {
    expect(ids('the serbia desk')).toEqual([]);
  });
});
