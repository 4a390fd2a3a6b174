import { describe, expect, test } from 'vitest';
import { patternCovers, siteStatus } from '@/lib/sites/host-match';
import { NEWS_SITES } from '@/lib/sites/news-sites';

describe('the curated news sites', () => {
  test('at least 60, unique, valid match-pattern hosts', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
    for (const site of NEWS_SITES) expect(site).toMatch(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  test('cover the region in every language: Serbian, Kosovo, Bosnian, Croatian, Montenegrin, Macedonian, Albanian outlets', () => {
    for (const host of [
      'www.b92.net',
      'kossev.info',
      'www.koha.net',
      'www.klix.ba',
      'www.index.hr',
      'www.vijesti.me',
      'www.mia.mk',
      'top-channel.tv',
    ]) {
      expect(
        NEWS_SITES.some((p) => patternCovers(p, host)),
        host,
      ).toBe(true);
    }
  });
});

describe('site status', () => {
  const none = { disabledSites: [], extraSites: [] };
  test.each([
    ['www.reuters.com', none, 'curated'],
    ['reuters.com', none, 'curated'],
    ['evilreuters.com', none, 'none'],
    ['www.reuters.com', { disabledSites: ['*.reuters.com'], extraSites: [] }, 'disabled'],
    ['news.example.org', { disabledSites: [], extraSites: ['news.example.org'] }, 'enabled'],
    ['other.example.org', { disabledSites: [], extraSites: ['news.example.org'] }, 'none'],
  ] as const)('%s', (host, settings, expected) => {
    expect(siteStatus(host, settings)).toBe(expected);
  });
});
