import { describe, expect, test } from 'vitest';
import { parseWikiSummary, summaryUrl } from '@/lib/wiki/summary';

describe('Wikipedia summaries', () => {
  test('the URL of a name', () => {
    expect(summaryUrl('John Kirby')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/John_Kirby');
    expect(summaryUrl('Marta Kovač', 'http://127.0.0.1:9/s/')).toBe('http://127.0.0.1:9/s/Marta_Kova%C4%8D');
  });

  test('an article: plain text, dated, linked', () => {
    const body = JSON.stringify({
      type: 'standard',
      title: 'Jake Sullivan',
      description: 'American official',
      extract: 'Jake Sullivan is an <b>American</b> government official &amp; lawyer.',
      timestamp: '2026-10-02T08:00:00Z',
      content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Jake_Sullivan' } },
    });
    expect(parseWikiSummary(200, body, 'Jake Sullivan')).toEqual({
      ok: true,
      kind: 'article',
      title: 'Jake Sullivan',
      description: 'American official',
      extract: 'Jake Sullivan is an American government official & lawyer.',
      lastEdited: '2026-10-02T08:00:00Z',
      url: 'https://en.wikipedia.org/wiki/Jake_Sullivan',
    });
  });

  test.each([
    [
      'a disambiguation page is "several possible matches"',
      200,
      JSON.stringify({ type: 'disambiguation', title: 'Milan' }),
      { ok: true, kind: 'ambiguous' },
    ],
    ['404 is not found', 404, '', { ok: true, kind: 'not-found' }],
    ['429 is unavailable', 429, '', { ok: false, error: 'unavailable' }],
    ['garbage is malformed', 200, '<html>', { ok: false, error: 'malformed' }],
    [
      'a javascript: link is not kept',
      200,
      JSON.stringify({
        type: 'standard',
        title: 'X',
        extract: 'x',
        content_urls: { desktop: { page: 'javascript:alert(1)' } },
      }),
      { ok: true, kind: 'article', url: 'https://en.wikipedia.org/wiki/X' },
    ],
  ])('%s', (_name, status, body, expected) => {
    expect(parseWikiSummary(status, body, 'Milan')).toMatchObject(expected);
  });
});
