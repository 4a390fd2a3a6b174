import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '@/components/i18n';
import { justified, LISTING_DIR, readListing } from './listing';

const SECTIONS = ['Name', 'Short description', 'Description', 'Single purpose', 'Permissions', 'Data use'];
describe('store listings', () => {
  test('one listing for each language the panel speaks, and no other', () => {
    const files = readdirSync(LISTING_DIR).map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each([...LANGUAGES])('%s', (lang) => {
    const sections = readListing(lang);

    test('has every section a store form asks for, none empty', () => {
      expect([...sections.keys()]).toEqual(SECTIONS);
      for (const name of SECTIONS) expect(sections.get(name)!.length, name).toBeGreaterThan(0);
    });

    test("the short description fits Chrome's 132 characters and is one line", () => {
      const short = sections.get('Short description')!;
      expect(short).not.toContain('\n');
      expect([...short].length).toBeLessThanOrEqual(132);
    });

    test('justifies the same permissions as the English listing, each in its own words', () => {
      const here = justified(sections.get('Permissions')!);
      const en = justified(readListing('en').get('Permissions')!);
      expect(here.map((j) => j.permission)).toEqual(en.map((j) => j.permission));
      for (const j of here) expect(j.why.length, j.permission).toBeGreaterThan(40);
      if (lang !== 'en') expect(here.map((j) => j.why)).not.toEqual(en.map((j) => j.why));
    });

    test('the name is the extension name and the privacy promise is stated', () => {
      expect(sections.get('Name')).toBe('Kontekst');
      expect(sections.get('Data use')).toContain('PRIVACY.md');
      expect(sections.get('Description')).toMatch(/GDELT/);
      expect(sections.get('Description')).toMatch(/[WV]ikipedi/);
    });
  });
});
