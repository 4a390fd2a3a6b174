import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS, migrate, storedVersion } from '@/lib/settings/migrate';
import { parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from '@/lib/settings/schema';

const FIXTURES = join(import.meta.dirname, '../../fixtures/settings');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const v0Files = readdirSync(FIXTURES).filter((name) => /^v0-.*\.json$/.test(name));

describe('migrations', () => {
  test('there is one step for each version before the current one', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  test('there are recorded v0 examples', () => {
    expect(v0Files.length).toBeGreaterThanOrEqual(5);
  });

  test.each(v0Files)('%s migrates to valid current settings', (name) => {
    const raw = fixture(name);
    expect(storedVersion(raw)).toBe(0);
    const migrated = migrate(raw);
    expect(migrated.version).toBe(SETTINGS_VERSION);
    const { settings } = parseSettings(raw);
    expect(v.safeParse(SettingsSchema, settings).success).toBe(true);
  });

  test.each<[string, Partial<Settings>, string[]]>([
    ['v0-lookups-on.json', { networkLookups: true, networkAsked: true, extraSites: ['a.example'] }, []],
    ['v0-lookups-off.json', { networkLookups: false, networkAsked: true }, []],
    ['v0-empty.json', {}, []],
    [
      'v0-sites-only.json',
      { extraSites: ['news.example.com', 'blog.example.org'] },
      ['extraSites: 1 duplicate removed', 'extraSites: entries written in lower case'],
    ],
    [
      'v0-stray-keys.json',
      { networkLookups: true, networkAsked: true, extraSites: ['a.example'] },
      ['extraSites: 2 invalid entries removed', '"theme": unknown setting removed'],
    ],
  ])('%s keeps what the reader chose', (name, expected, repaired) => {
    expect(parseSettings(fixture(name))).toEqual({ settings: { ...DEFAULT_SETTINGS, ...expected }, repaired });
  });

  test('a v0 object written with version 0 migrates like one without', () => {
    expect(migrate({ version: 0, lookups: true })).toEqual({ version: 1, networkLookups: true, networkAsked: true });
  });

  test.each([
    ['current', { version: 1, history: false }],
    ['newer (another device)', { version: 7, history: false, futureThing: 1 }],
    ['unreadable version', { version: 'one', lookups: true }],
  ])('leaves a %s object as it is', (_, raw) => {
    expect(migrate(raw)).toBe(raw);
  });
});

describe('storedVersion', () => {
  test.each<[unknown, number | undefined]>([
    [undefined, 0],
    [0, 0],
    [1, 1],
    [12, 12],
    [-1, undefined],
    [1.5, undefined],
    ['1', undefined],
    [null, undefined],
    [Number.NaN, undefined],
  ])('version %j → %j', (version, expected) => {
    expect(storedVersion(version === undefined ? {} : { version })).toBe(expected);
  });
});
