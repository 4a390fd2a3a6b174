import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { NEWS_SITES } from '@/lib/sites/news-sites';
import {
  DEFAULT_SETTINGS,
  MAX_SITES,
  SettingsPatchSchema,
  SettingsSchema,
  defaultSettings,
  isHostname,
  isSitePattern,
} from '@/lib/settings/schema';

describe('defaults', () => {
  test('are valid settings', () => {
    expect(v.safeParse(SettingsSchema, DEFAULT_SETTINGS).success).toBe(true);
  });

  test('send nothing anywhere and keep the reader’s history', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: 1,
      networkLookups: false,
      networkAsked: false,
      highlightStyle: 'marker',
      uiLanguage: 'auto',
      history: true,
      extraSites: [],
      disabledSites: [],
    });
  });

  test('cannot be changed through the shared object, and copies are independent', () => {
    expect(() => (DEFAULT_SETTINGS.extraSites as string[]).push('a.example')).toThrow();
    const copy = defaultSettings();
    copy.extraSites.push('a.example');
    expect(defaultSettings().extraSites).toEqual([]);
  });

  test('survive a JSON round trip (what storage does) unchanged', () => {
    const settings = { ...defaultSettings(), highlightStyle: 'outline', extraSites: ['news.example.com'] };
    expect(v.parse(SettingsSchema, JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });
});

describe('isHostname', () => {
  test.each([
    ['news.example.com', true],
    ['a.example', true],
    ['xn--80ak6aa92e.com', true],
    ['my-paper.co.uk', true],
    ['localhost', false],
    ['192.168.0.1', false],
    ['-bad.example.com', false],
    ['bad-.example.com', false],
    ['news..example.com', false],
    ['news example.com', false],
    ['https://news.example.com', false],
    ['news.example.com/path', false],
    ['*.example.com', false],
    ['News.Example.com', false], // lists keep lower case; the schema lower-cases input first
    [`${'a'.repeat(64)}.com`, false],
    [`${'a.'.repeat(127)}com`, false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isHostname(host)).toBe(expected);
  });
});

describe('isSitePattern', () => {
  test('accepts every entry of the curated list', () => {
    expect(NEWS_SITES.filter((site) => !isSitePattern(site))).toEqual([]);
  });

  test.each([
    ['*.example.com', true],
    ['example.com', true],
    ['*.*.example.com', false],
    ['*example.com', false],
    ['*.com.', false],
  ])('%s → %s', (site, expected) => {
    expect(isSitePattern(site)).toBe(expected);
  });
});

describe('SettingsPatchSchema', () => {
  test('lower-cases, trims and dedupes the sites a reader types', () => {
    const result = v.parse(SettingsPatchSchema, { extraSites: [' News.Example.com', 'news.example.com', 'b.example'] });
    expect(result).toEqual({ extraSites: ['news.example.com', 'b.example'] });
  });

  test.each([
    ['an unknown key', { colour: 'red' }],
    ['a wrong type', { history: 'yes' }],
    ['a value outside the choices', { uiLanguage: 'fr' }],
    ['another version', { version: 2 }],
    ['an invalid hostname', { extraSites: ['not a host'] }],
    ['a wildcard in extraSites', { extraSites: ['*.example.com'] }],
    ['too many sites', { extraSites: Array.from({ length: MAX_SITES + 1 }, (_, i) => `s${i}.example.com`) }],
  ])('refuses %s', (_, patch) => {
    expect(v.safeParse(SettingsPatchSchema, patch).success).toBe(false);
  });

  test('takes exactly MAX_SITES sites', () => {
    const extraSites = Array.from({ length: MAX_SITES }, (_, i) => `s${i}.example.com`);
    expect(v.safeParse(SettingsPatchSchema, { extraSites }).success).toBe(true);
  });
});
