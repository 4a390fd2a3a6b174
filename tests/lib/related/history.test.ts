import { describe, expect, test } from 'vitest';
import { createReadingHistory, HISTORY_KEY, type StorageAreaLike } from '@/lib/related/history';

/** Behaves like browser.storage.local: get(key) → { [key]: value }, set merges; values are copied (structured clone). */
function fakeArea(initial?: unknown) {
  const data: Record<string, unknown> = initial === undefined ? {} : { [HISTORY_KEY]: structuredClone(initial) };
  const area: StorageAreaLike & { data: Record<string, unknown>; writes: number } = {
    data,
    writes: 0,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => {
      area.writes++;
      Object.assign(data, structuredClone(items));
      return Promise.resolve();
    },
  };
  return area;
}

const read = (url: string, day: number, entityIds: string[], title = `Article ${day}`) => ({
  url,
  title,
  publishedAt: `2026-03-${String(day).padStart(2, '0')}`,
  readAt: `2026-03-${String(day).padStart(2, '0')}T12:00:00Z`,
  entityIds,
});

describe('createReadingHistory', () => {
  test('records under one key, as version 1, newest first, with only the allowed fields', async () => {
    const area = fakeArea();
    const h = createReadingHistory(area);
    expect(await h.record(read('https://kossev.info/a', 1, ['kosovo']))).toBe(true);
    expect(
      await h.record({
        ...read('https://koha.net/b', 2, ['kosovo', 'kfor']),
        text: 'the whole page…',
        html: '<p>',
      } as never),
    ).toBe(true);
    expect(Object.keys(area.data)).toEqual([HISTORY_KEY]);
    expect(area.data[HISTORY_KEY]).toEqual({
      version: 1,
      entries: [
        {
          url: 'https://koha.net/b',
          title: 'Article 2',
          publishedAt: '2026-03-02T00:00:00.000Z',
          readAt: '2026-03-02T12:00:00.000Z',
          entityIds: ['kosovo', 'kfor'],
        },
        {
          url: 'https://kossev.info/a',
          title: 'Article 1',
          publishedAt: '2026-03-01T00:00:00.000Z',
          readAt: '2026-03-01T12:00:00.000Z',
          entityIds: ['kosovo'],
        },
      ],
    });
    expect(JSON.stringify(area.data)).not.toContain('whole page');
  });

  test('re-reading the same article updates it rather than adding a second entry', async () => {
    const h = createReadingHistory(fakeArea());
    await h.record(read('https://n1info.rs/vesti/x/?utm_source=fb', 1, ['serbia']));
    await h.record(read('https://n1info.rs/vesti/x#comments', 5, ['serbia', 'kosovo'], 'Updated title'));
    const list = await h.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: 'Updated title', entityIds: ['serbia', 'kosovo'] });
    expect(list[0]!.readAt).toBe('2026-03-05T12:00:00.000Z');
  });

  test('articles that differ only in their query (?id=) stay apart', async () => {
    const h = createReadingHistory(fakeArea());
    await h.record(read('https://site.rs/index.php?id=1', 1, ['serbia']));
    await h.record(read('https://site.rs/index.php?id=2', 2, ['serbia']));
    expect(await h.list()).toHaveLength(2);
  });

  test('is capped: the oldest reading goes', async () => {
    const h = createReadingHistory(fakeArea(), { cap: 3 });
    for (let day = 1; day <= 5; day++) await h.record(read(`https://a.rs/${day}`, day, ['kosovo']));
    expect((await h.list()).map((e) => e.url)).toEqual(['https://a.rs/5', 'https://a.rs/4', 'https://a.rs/3']);
  });

  test.each([
    ['javascript: URL', { ...read('javascript:alert(1)', 1, ['kosovo']) }],
    ['data: URL', { ...read('data:text/html,<b>x</b>', 1, ['kosovo']) }],
    ['invalid read date', { ...read('https://a.rs/1', 1, ['kosovo']), readAt: 'soon' }],
  ])('refuses a %s', async (_name, entry) => {
    const area = fakeArea();
    const h = createReadingHistory(area);
    expect(await h.record(entry)).toBe(false);
    expect(area.writes).toBe(0);
  });

  test('cleans what it stores: title trimmed and capped, ids de-duplicated and strings only', async () => {
    const h = createReadingHistory(fakeArea());
    await h.record({
      url: 'https://a.rs/1',
      title: `  ${'x'.repeat(500)}\n`,
      readAt: Date.parse('2026-03-01T00:00:00Z'),
      entityIds: ['kosovo', 'kosovo', 7 as never, '', 'kfor'],
    });
    const [entry] = await h.list();
    expect(entry!.title).toHaveLength(300);
    expect(entry!.entityIds).toEqual(['kosovo', 'kfor']);
    expect(entry!.publishedAt).toBeNull();
  });

  test.each([
    ['nothing stored', undefined],
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    ['an unknown version', { version: 2, entries: [read('https://a.rs/1', 1, ['kosovo'])] }],
    ['entries not a list', { version: 1, entries: 'x' }],
    ['null', null],
  ])('a corrupt or unknown value (%s) reads as empty and is replaced on the next write', async (_name, stored) => {
    const area = fakeArea(stored);
    const h = createReadingHistory(area);
    expect(await h.list()).toEqual([]);
    expect(await h.related(['kosovo'], null)).toEqual([]);
    await h.record(read('https://b.rs/2', 2, ['kosovo']));
    expect(area.data[HISTORY_KEY]).toMatchObject({ version: 1, entries: [{ url: 'https://b.rs/2' }] });
  });

  test('bad entries inside a good value are dropped, good ones kept', async () => {
    const area = fakeArea({
      version: 1,
      entries: [
        read('https://a.rs/1', 1, ['kosovo']),
        { url: 'javascript:x', readAt: '2026-03-01', entityIds: [] },
        { url: 'https://a.rs/2' },
        null,
        read('https://a.rs/1/', 3, ['kosovo']),
      ],
    });
    expect((await createReadingHistory(area).list()).map((e) => e.url)).toEqual(['https://a.rs/1/']);
  });

  test('a storage area that throws on read gives an empty history', async () => {
    const area: StorageAreaLike = { get: () => Promise.reject(new Error('boom')), set: () => Promise.resolve() };
    expect(await createReadingHistory(area).list()).toEqual([]);
  });

  describe('related', () => {
    const seed = async () => {
      const h = createReadingHistory(fakeArea());
      await h.record(read('https://a.rs/only-kosovo-old', 1, ['kosovo']));
      await h.record(read('https://a.rs/kosovo-kfor', 2, ['kosovo', 'kfor']));
      await h.record(read('https://a.rs/unrelated', 3, ['croatia']));
      await h.record(read('https://a.rs/only-kosovo-new', 4, ['kosovo']));
      await h.record(read('https://a.rs/current', 5, ['kosovo', 'kfor', 'aleksandar-vucic']));
      return h;
    };

    test('ranks by shared entities, then by most recent reading; leaves out the current article', async () => {
      const h = await seed();
      const related = await h.related(['kosovo', 'kfor', 'aleksandar-vucic'], 'https://a.rs/current/?utm_medium=x');
      expect(related.map((e) => [e.url, e.shared])).toEqual([
        ['https://a.rs/kosovo-kfor', ['kosovo', 'kfor']],
        ['https://a.rs/only-kosovo-new', ['kosovo']],
        ['https://a.rs/only-kosovo-old', ['kosovo']],
      ]);
    });

    test.each([
      ['no shared entity', ['serbia'], []],
      ['no entities at all', [], []],
      ['one entity', ['croatia'], ['https://a.rs/unrelated']],
    ])('%s', async (_name, ids, expected) => {
      const h = await seed();
      expect((await h.related(ids, null)).map((e) => e.url)).toEqual(expected);
    });

    test('honours the limit', async () => {
      const h = await seed();
      expect(await h.related(['kosovo'], null, 2)).toHaveLength(2);
    });
  });

  test('clear empties the history', async () => {
    const area = fakeArea();
    const h = createReadingHistory(area);
    await h.record(read('https://a.rs/1', 1, ['kosovo']));
    await h.clear();
    expect(await h.list()).toEqual([]);
    expect(area.data[HISTORY_KEY]).toEqual({ version: 1, entries: [] });
  });

  test('records made at once are all kept (no lost update)', async () => {
    const h = createReadingHistory(fakeArea());
    await Promise.all([1, 2, 3, 4].map((day) => h.record(read(`https://a.rs/${day}`, day, ['kosovo']))));
    expect(await h.list()).toHaveLength(4);
  });
});
