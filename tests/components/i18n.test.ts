import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, createTranslate, type Catalog, type MessageKey } from '@/components/i18n';
import { UI_LANGUAGES } from '@/lib/settings/schema';

// Every locale directory on disk is checked, so a new one cannot slip past these tests.
const root = fileURLToPath(new URL('../../public/_locales/', import.meta.url));
const locales = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const catalogs = new Map<string, Catalog>(
  locales.map((lang) => [lang, JSON.parse(readFileSync(`${root}${lang}/messages.json`, 'utf8')) as Catalog]),
);
const en = catalogs.get('en')!;
const enKeys = Object.keys(en).sort() as MessageKey[];

/** The $NAME$ tokens a message uses, lower-cased as the browser and createTranslate match them. */
const tokensOf = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());

describe('locale files', () => {
  test('English and the other locales are all there', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'sr', 'sq']));
  });

  test('every language the panel offers has a locale file, and every locale file is offered', () => {
    expect([...LANGUAGES].sort()).toEqual(locales);
  });

  test('every language the settings accept is one the panel offers', () => {
    expect(UI_LANGUAGES.filter((l) => l !== 'auto').sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(locales)('%s', (lang) => {
    const catalog = catalogs.get(lang)!;
    const entries = enKeys.map((key) => [key, catalog[key]] as const);

    test('has exactly the keys of en', () => {
      expect(Object.keys(catalog).sort()).toEqual(enKeys);
    });

    test('no message is empty, and entries hold only the fields the browser reads', () => {
      for (const [key, entry] of entries) {
        expect(typeof entry?.message, key).toBe('string');
        expect(entry!.message.trim(), key).not.toBe('');
        expect(
          Object.keys(entry!).filter((f) => !['message', 'description', 'placeholders'].includes(f)),
          key,
        ).toEqual([]);
      }
    });

    test('placeholders are those of en, copied exactly', () => {
      for (const [key, entry] of entries) expect(entry?.placeholders, key).toEqual(en[key]!.placeholders);
    });

    test('every $TOKEN$ in a message is declared, and every declared placeholder is used', () => {
      for (const [key, entry] of entries) {
        const used = [...new Set(tokensOf(entry!.message))].sort();
        expect(used, key).toEqual(Object.keys(entry!.placeholders ?? {}).sort());
      }
    });

    test('no stray $ (the browser reads $1 or an unclosed $NAME as a substitution)', () => {
      for (const [key, entry] of entries) {
        expect(entry!.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$/g, ''), key).not.toContain('$');
      }
    });

    test('createTranslate substitutes every placeholder, in the caller’s order', () => {
      const t = createTranslate(catalog);
      for (const [key, entry] of entries) {
        const count = Object.keys(entry!.placeholders ?? {}).length;
        const subs = Array.from({ length: count }, (_, i) => `«arg${i + 1}»`);
        const text = t(key, ...subs);
        expect(text, key).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
        for (const [name, { content }] of Object.entries(entry!.placeholders ?? {})) {
          // The placeholder's $n names the argument that must appear where its token was.
          const n = Number(/^\$(\d)$/.exec(content)?.[1]);
          expect(text, `${key}.${name}`).toContain(`«arg${n}»`);
        }
      }
    });
  });
});

describe('translations', () => {
  test.each([
    ['en', 'mentionPosition', [3, 7], 'Mention 3 of 7'],
    ['de', 'mentionPosition', [3, 7], 'Erwähnung 3 von 7'],
    ['sr', 'mentionPosition', [3, 7], 'Pominjanje 3 od 7'],
    ['sq', 'mentionPosition', [3, 7], 'Përmendja 3 nga 7'],
    ['sr', 'enableOnSite', ['rts.rs'], 'Uključi Kontekst na sajtu rts.rs'],
    ['sq', 'enableOnSite', ['kallxo.com'], 'Aktivizo Kontekst në kallxo.com'],
    ['sr', 'chartFrom', ['KFOR', '50,000', 'troops', 'Jun 1999'], 'KFOR: 50,000 troops (Jun 1999)'],
    ['sq', 'chartHighest', ['50,000', 'Jun 1999'], '; kulmi 50,000 (Jun 1999)'],
  ] as const)('%s %s %j → %s', (lang, key, subs, expected) => {
    expect(createTranslate(catalogs.get(lang)!)(key, ...subs)).toBe(expected);
  });

  test('a missing argument leaves its token visible rather than inventing text', () => {
    expect(createTranslate(catalogs.get('sr')!)('mentionPosition', 3)).toBe('Pominjanje 3 od $COUNT$');
  });

  // Neutral on Kosovo's status: the Serbian UI says "Kosovo" (not "Kosovo i Metohija"), the Albanian "Kosova".
  test.each([
    ['sr', /Metohij/i],
    ['sq', /\bKosovo\b/],
  ])('%s UI text does not name Kosovo in a way that takes a side', (lang, pattern) => {
    for (const [key, entry] of Object.entries(catalogs.get(lang)!)) expect(entry.message, key).not.toMatch(pattern);
  });
});
