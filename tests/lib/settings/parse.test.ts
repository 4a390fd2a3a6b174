import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS, MAX_SITES, SettingsSchema, type Settings } from '@/lib/settings/schema';

const saved: Settings = {
  version: 1,
  networkLookups: true,
  networkAsked: true,
  highlightStyle: 'underline',
  uiLanguage: 'sq',
  history: false,
  extraSites: ['news.example.com', 'b.example'],
  disabledSites: ['*.reuters.com', 'apnews.com'],
};
const hosts = (n: number) => Array.from({ length: n }, (_, i) => `s${i}.example.com`);

describe('parseSettings', () => {
  test('keeps valid settings as they are, with nothing repaired', () => {
    expect(parseSettings(structuredClone(saved))).toEqual({ settings: saved, repaired: [] });
  });

  test('round trip: what it returns parses to itself', () => {
    const once = parseSettings({ ...saved, highlightStyle: 42, colour: 'red' }).settings;
    expect(parseSettings(JSON.parse(JSON.stringify(once)))).toEqual({ settings: once, repaired: [] });
  });

  test.each<[string, unknown, string[]]>([
    ['undefined (nothing saved)', undefined, []],
    ['null', null, []],
    ['a string', 'garbage', ['settings: not an object, reset to defaults']],
    ['a number', 42, ['settings: not an object, reset to defaults']],
    ['an array', [1, 2], ['settings: not an object, reset to defaults']],
  ])('%s → defaults', (_, raw, repaired) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired });
  });

  test('fills missing fields with defaults without calling them repaired', () => {
    expect(parseSettings({ version: 1, history: false })).toEqual({
      settings: { ...DEFAULT_SETTINGS, history: false },
      repaired: [],
    });
  });

  // Each row breaks some fields of `saved`: those (and only those) go back to their defaults.
  test.each<[string, Record<string, unknown>, Partial<Settings>, string[]]>([
    ['a wrong type', { networkLookups: 'yes' }, { networkLookups: false }, ['networkLookups: reset to default']],
    [
      'a value outside the choices',
      { highlightStyle: 'neon', uiLanguage: 'fr' },
      { highlightStyle: 'marker', uiLanguage: 'auto' },
      ['highlightStyle: reset to default', 'uiLanguage: reset to default'],
    ],
    ['null in a field', { history: null }, { history: true }, ['history: reset to default']],
    [
      'a list that is not a list',
      { extraSites: 'news.example.com' },
      { extraSites: [] },
      ['extraSites: reset to default'],
    ],
    [
      'invalid hostnames',
      { extraSites: ['news.example.com', 'not a host', 'https://x.example/', 7, null, 'b.example'] },
      {},
      ['extraSites: 4 invalid entries removed'],
    ],
    [
      'duplicates and capitals',
      { disabledSites: ['*.Reuters.com', '*.reuters.com', 'apnews.com', 'APNEWS.COM'] },
      {},
      ['disabledSites: 2 duplicates removed', 'disabledSites: entries written in lower case'],
    ],
    ['an unknown key', { colour: 'red' }, {}, ['"colour": unknown setting removed']],
    ['many unknown keys', Object.fromEntries(hosts(8).map((host) => [host, true])), {}, ['8 unknown settings removed']],
    ['an unreadable version', { version: 'one' }, {}, ['version: reset to default']],
    [
      'a newer version',
      { version: 3, laterSetting: 1 },
      {},
      ['version: saved by a newer Kontekst (3), read as 1', '"laterSetting": unknown setting removed'],
    ],
  ])('%s: resets what is broken, keeps the rest', (_, broken, reset, repaired) => {
    const result = parseSettings({ ...structuredClone(saved), ...broken });
    expect(result).toEqual({ settings: { ...saved, ...reset }, repaired });
    expect(v.safeParse(SettingsSchema, result.settings).success).toBe(true);
  });

  test('keeps the first MAX_SITES of a huge list and says how many it dropped', () => {
    const { settings, repaired } = parseSettings({ ...saved, extraSites: hosts(100_000) });
    expect(settings.extraSites).toEqual(hosts(MAX_SITES));
    expect(repaired).toEqual([`extraSites: ${100_000 - MAX_SITES} entries over the limit of ${MAX_SITES} removed`]);
  });

  test('counts invalid entries and duplicates towards nothing: the cap is on valid, distinct sites', () => {
    const list = ['bad host', 'a.example', 'a.example', ...hosts(MAX_SITES)];
    const { settings } = parseSettings({ ...saved, extraSites: list });
    expect(settings.extraSites).toHaveLength(MAX_SITES);
    expect(settings.extraSites[0]).toBe('a.example');
  });

  test('never throws, even on a value whose fields throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parseSettings(hostile)).toEqual({
      settings: DEFAULT_SETTINGS,
      repaired: ['settings: unreadable, reset to defaults'],
    });
  });

  test('does not hand out the shared default lists', () => {
    const { settings } = parseSettings(undefined);
    settings.extraSites.push('a.example');
    expect(parseSettings(undefined).settings.extraSites).toEqual([]);
  });
});
