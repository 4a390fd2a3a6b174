import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CoverageItem } from '@/lib/related/coverage';
import { dedupeCoverage, gdeltSeenDate, parseGdeltResponse } from '@/lib/related/gdelt-parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/gdelt/${name}`, import.meta.url), 'utf8');
const JSON_TYPE = 'application/json; charset=utf-8';

function items(body: string, currentUrl: string | null = null): CoverageItem[] {
  const result = parseGdeltResponse(200, JSON_TYPE, body, currentUrl);
  if (!result.ok) throw new Error(`expected items, got ${result.error}: ${result.message}`);
  return result.items;
}

describe('parseGdeltResponse: a real-shaped article list', () => {
  const list = items(fixture('artlist-banjska.json'));

  test('keeps the usable articles, in GDELT order', () => {
    expect(list.map((i) => i.domain)).toEqual([
      'kossev.info',
      'kosovo-online.com',
      'koha.net',
      'index.hr',
      'balkaninsight.com',
      'reuters.com',
      'dw.com',
      'n1info.rs',
      'rts.rs',
    ]);
  });

  test('maps GDELT fields and dates', () => {
    expect(list[0]).toEqual({
      title: 'Specijalni sud: optužnica za napad u Banjskoj potvrđena',
      url: 'https://kossev.info/specijalni-sud-optuznica-banjska-radoicic/',
      domain: 'kossev.info',
      date: '2026-03-10T09:15:00Z',
      language: 'Serbian',
      sourceCountry: 'Kosovo',
    });
  });

  test('titles are plain text: tags and scripts gone, entities decoded', () => {
    const byDomain = new Map(list.map((i) => [i.domain, i]));
    expect(byDomain.get('dw.com')!.title).toBe('Kosovo: Anklage nach Angriff in Banjska bestätigt');
    expect(byDomain.get('kosovo-online.com')!.title).toBe('Vučić o Banjskoj: "Srbija nije imala nikakve veze"');
    expect(byDomain.get('koha.net')!.title).toBe('Sulmi në Banjskë: aktakuza ndaj Radoiçiqit & 44 të tjerëve');
    expect(byDomain.get('n1info.rs')!.title).toBe('Potvrđena optužnica za Banjsku – šta piše u njoj');
    for (const i of list) expect(i.title).not.toMatch(/[<>]|&\w+;/);
  });

  test('only http(s) links: javascript: and data: are dropped', () => {
    for (const i of list) expect(i.url).toMatch(/^https?:\/\//);
    expect(list.some((i) => i.domain === 'evil.example')).toBe(false);
  });

  test('an item whose title is only markup is dropped', () => {
    expect(list.some((i) => i.domain === 'example-news.mk')).toBe(false);
  });

  test('the same URL with tracking and fragment, and the same title syndicated, appear once', () => {
    expect(list.filter((i) => i.title.toLowerCase().includes('monastery siege'))).toHaveLength(1);
    expect(list.find((i) => i.domain === 'reuters.com')!.url).toBe(
      'https://www.reuters.com/world/europe/kosovo-court-banjska-2026-03-10/',
    );
  });

  test('a bad seendate gives a null date, not a dropped item', () => {
    expect(list.find((i) => i.domain === 'n1info.rs')!.date).toBeNull();
  });

  test("the reader's own article is left out", () => {
    const without = items(
      fixture('artlist-banjska.json'),
      'https://www.koha.net/arberi/sulmi-ne-banjske-aktakuza/?ref=fb',
    );
    expect(without.map((i) => i.domain)).not.toContain('koha.net');
    expect(without).toHaveLength(list.length - 1);
  });
});

describe('parseGdeltResponse: answers that are not a list', () => {
  test.each([
    ['no matches: {}', 200, JSON_TYPE, fixture('empty.json'), { ok: true, items: [] }],
    ['empty articles array', 200, JSON_TYPE, '{"articles": []}', { ok: true, items: [] }],
    [
      'OR without parentheses, plain text with 200',
      200,
      'text/html; charset=utf-8',
      "Queries containing OR'd terms must be surrounded by ().\n",
      { ok: false, error: 'gdelt-error', message: "Queries containing OR'd terms must be surrounded by ()." },
    ],
    [
      'phrase too short, plain text with 200',
      200,
      'text/html',
      'The specified phrase is too short.',
      { ok: false, error: 'gdelt-error', message: 'The specified phrase is too short.' },
    ],
    [
      'throttle notice with 200',
      200,
      'text/html',
      'Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.',
      { ok: false, error: 'rate-limited' },
    ],
    ['429', 429, 'text/plain', 'Please limit requests to one every 5 seconds', { ok: false, error: 'rate-limited' }],
    ['429 with an empty body', 429, null, '', { ok: false, error: 'rate-limited' }],
    ['502', 502, 'text/html', '<html><body>Bad Gateway</body></html>', { ok: false, error: 'unavailable' }],
    ['503', 503, null, '', { ok: false, error: 'unavailable' }],
    ['400 with a message', 400, 'text/html', 'Invalid query start date.', { ok: false, error: 'gdelt-error' }],
    [
      'truncated JSON',
      200,
      JSON_TYPE,
      '{"articles": [{"url": "https://a.rs/x", "title": "Kos',
      { ok: false, error: 'malformed' },
    ],
    ['JSON array', 200, JSON_TYPE, '[{"url": "https://a.rs/x"}]', { ok: false, error: 'malformed' }],
    ['articles not a list', 200, JSON_TYPE, fixture('articles-not-a-list.json'), { ok: false, error: 'malformed' }],
    ['empty body', 200, JSON_TYPE, '   ', { ok: false, error: 'malformed' }],
  ] as const)('%s', (_name, status, type, body, expected) => {
    expect(parseGdeltResponse(status, type, body, null)).toMatchObject(expected);
  });

  test("GDELT's words are kept, trimmed to 200 characters of plain text", () => {
    const result = parseGdeltResponse(200, 'text/html', `<p>${'Your query was too long. '.repeat(20)}</p>`, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('gdelt-error');
    expect(result.message.length).toBeLessThanOrEqual(200);
    expect(result.message.startsWith('Your query was too long.')).toBe(true);
    expect(result.message).not.toContain('<p>');
  });

  test('raw control characters and stray escapes inside strings are repaired', () => {
    const body =
      '{"articles": [{"url": "https://kossev.info/a", "title": "Line\tone\nand \\q two", "seendate": "20260310T091500Z", "domain": "kossev.info", "language": "Serbian", "sourcecountry": "Kosovo"}]}';
    expect(items(body).map((i) => i.title)).toEqual(['Line one and q two']);
  });

  test('articles that are not objects, or lack a URL or title, are skipped', () => {
    const body = JSON.stringify({
      articles: [null, 7, 'x', { title: 'no url' }, { url: 'https://a.rs/1' }, { url: 'https://a.rs/2', title: 'ok' }],
    });
    expect(items(body)).toEqual([
      { title: 'ok', url: 'https://a.rs/2', domain: 'a.rs', date: null, language: null, sourceCountry: null },
    ]);
  });
});

describe('gdeltSeenDate', () => {
  test.each([
    ['20260310T091500Z', '2026-03-10T09:15:00Z'],
    ['20260310091500', '2026-03-10T09:15:00Z'],
    ['20260231T091500Z', null],
    ['2026-03-10', null],
    [20260310, null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(gdeltSeenDate(input)).toBe(expected);
  });
});

describe('dedupeCoverage', () => {
  const item = (url: string, title: string): CoverageItem => ({
    url,
    title,
    domain: new URL(url).hostname,
    date: null,
    language: 'English',
    sourceCountry: null,
  });

  test.each([
    [
      'same path, www and trailing slash',
      [item('https://www.a.com/x/', 'One story'), item('http://a.com/x', 'Other words entirely')],
      1,
    ],
    [
      'query ignored',
      [item('https://a.com/x?amp=1', 'One story'), item('https://a.com/x?page=2', 'Other words entirely')],
      1,
    ],
    [
      'one word changed in ten is near-identical',
      [
        item('https://a.com/1', 'Serbia and Kosovo leaders meet in Brussels for new talks today'),
        item('https://b.com/2', 'Serbia and Kosovo leaders meet in Brussels for new talks Monday'),
      ],
      1,
    ],
    [
      'Cyrillic and Latin spelling of the same title',
      [
        item('https://a.rs/1', 'Оптужница за Бањску потврђена'),
        item('https://b.rs/2', 'Optužnica za Banjsku potvrđena'),
      ],
      1,
    ],
    [
      'different stories on the same subject stay',
      [
        item('https://a.com/1', 'Kosovo court confirms Banjska indictment'),
        item('https://b.com/2', 'Serbia rejects Kosovo court ruling on Banjska'),
      ],
      2,
    ],
  ])('%s', (_name, list, expected) => {
    expect(dedupeCoverage(list)).toHaveLength(expected);
  });
});
