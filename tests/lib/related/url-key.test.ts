import { describe, expect, test } from 'vitest';
import { canonicalUrl, httpUrl, urlKey } from '@/lib/related/url-key';

describe('httpUrl', () => {
  test.each([
    ['https://balkaninsight.com/2026/03/10/x/', 'https://balkaninsight.com/2026/03/10/x/'],
    ['  http://kossev.info/a  ', 'http://kossev.info/a'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['data:text/html;base64,PHNjcmlwdD4=', null],
    ['file:///etc/passwd', null],
    ['ftp://example.com/x', null],
    ['//example.com/x', null],
    ['/relative/path', null],
    ['https://user:pass@evil.example/x', null],
    ['', null],
    [42, null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(httpUrl(input)?.href ?? null).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  test.each([
    ['https://n1info.rs/vesti/x/?utm_source=fb&utm_medium=social#top', 'https://n1info.rs/vesti/x/'],
    ['https://example.com/a?id=7&fbclid=abc', 'https://example.com/a?id=7'],
    ['https://example.com/a?id=7', 'https://example.com/a?id=7'],
    ['javascript:void(0)', null],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
});

describe('urlKey', () => {
  test.each([
    ['https://www.Reuters.com/world/x/', 'reuters.com/world/x'],
    ['http://reuters.com/world/x?utm_source=gdelt#c', 'reuters.com/world/x'],
    ['https://reuters.com/world/x?page=2', 'reuters.com/world/x'],
    ['data:text/plain,hi', null],
  ])('%s → %s', (input, expected) => {
    expect(urlKey(input)).toBe(expected);
  });

  test('keeps the query where asked, sorted and without tracking', () => {
    expect(urlKey('https://www.site.rs/index.php?b=2&id=5&utm_campaign=x', { keepQuery: true })).toBe(
      'site.rs/index.php?b=2&id=5',
    );
    expect(urlKey('https://site.rs/index.php?id=5&b=2', { keepQuery: true })).toBe('site.rs/index.php?b=2&id=5');
    expect(urlKey('https://site.rs/index.php?id=6', { keepQuery: true })).not.toBe(
      urlKey('https://site.rs/index.php?id=5', { keepQuery: true }),
    );
  });
});
