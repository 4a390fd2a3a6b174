import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { isLargePage, pageHtml } from '@/lib/gate/handover';

const page = (paragraphs: number) =>
  parseHTML(
    `<!doctype html><html lang="en"><head><title>Kosovo and Serbia</title><meta property="og:type" content="article"></head><body><nav>Menu</nav><div id="app"><div class="page"><article>${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i} about Kosovo and Serbia.</p>`).join('')}</article></div></div></body></html>`,
  ).document as unknown as Document;

describe('the hand-over', () => {
  test('an ordinary page goes whole', () => {
    const doc = page(20);
    const { html, truncated } = pageHtml(doc, 5_000_000, false);
    expect(truncated).toBe(false);
    expect(html).toBe(doc.documentElement.outerHTML);
  });

  test('a large page: its head and its article’s opening blocks, within the limit', () => {
    const doc = page(5000);
    const { html, truncated } = pageHtml(doc, 20_000, true);
    expect(truncated).toBe(true);
    expect(html.length).toBeLessThanOrEqual(20_000 + 40);
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><title>Kosovo and Serbia<\/title>/);
    expect(html).toContain('<p>Paragraph 0 about Kosovo and Serbia.</p>');
    expect(html).not.toContain('Paragraph 4999');
    expect(html).not.toContain('<nav>');
  });

  test('a large page: blocks the reader cannot see are left out', () => {
    const doc = page(50);
    const article = doc.querySelector('article')!;
    article.insertAdjacentHTML(
      'afterbegin',
      '<div hidden><section><div>Hidden deep subtree about Kosovo.</div></section></div><aside aria-hidden="true">Not read either.</aside>',
    );
    const { html, truncated } = pageHtml(doc, 1_000_000, true);
    expect(html).not.toContain('Hidden deep subtree');
    expect(html).not.toContain('Not read either');
    expect(html).toContain('<p>Paragraph 49 about Kosovo and Serbia.</p>');
    expect(truncated).toBe(true);
  });

  test('large means a large document or many elements', () => {
    expect(isLargePage(page(10), 5_000_000)).toBe(true);
    expect(isLargePage(page(10), 50_000)).toBe(false);
    // linkedom does not count '*': a stand-in document with a browser's element count.
    const many = { getElementsByTagName: () => ({ length: 21_000 }) } as unknown as Document;
    expect(isLargePage(many, undefined)).toBe(true);
    expect(isLargePage(many, 600_000)).toBe(true);
    // Under 200 KB a page is handed over whole whatever its element count, which is not even asked.
    expect(isLargePage(many, 150_000)).toBe(false);
  });
});
