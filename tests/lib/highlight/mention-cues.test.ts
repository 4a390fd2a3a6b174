import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyseDocument } from '@/lib/analyser/analyse-html';
import { loadEngine } from '@/lib/analyser/lazy-engine';
import { buildTextMap } from '@/lib/extract/text-map';
import { findMentions } from '@/lib/highlight/find-mentions';
import { locateMentions, mentionCues } from '@/lib/highlight/mention-cues';

const ARTICLES = 'tests/fixtures/articles';
const BALKANS = readdirSync(ARTICLES).filter((slug) => slug.startsWith('bk-'));

describe('mention cues', () => {
  test('keep a little of the mention’s own paragraph on each side', () => {
    const text = 'Kosovo Force patrols.\n\nIn Pristina, Kosovo said no.';
    const at = text.lastIndexOf('Kosovo');
    expect(mentionCues(text, [{ start: at, end: at + 6 }])).toEqual([
      { before: 'In Pristina, ', text: 'Kosovo', after: ' said no.' },
    ]);
  });

  test('find the mention they came from, not another entity’s name or the headline', () => {
    const { document } = parseHTML(
      '<html><body><h1>Kosovo votes</h1><p>The Kosovo Force watched as Kosovo voted. Kosovo Force left.</p></body></html>',
    );
    const body = 'The Kosovo Force watched as Kosovo voted. Kosovo Force left.';
    const at = body.indexOf('as Kosovo') + 3;
    const spans = locateMentions(buildTextMap(document.body), mentionCues(body, [{ start: at, end: at + 6 }]));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.startNode.data.slice(spans[0]!.startOffset - 3, spans[0]!.endOffset)).toBe('as Kosovo');
    // Spelling search alone finds four.
    expect(findMentions(buildTextMap(document.body), ['Kosovo'])).toHaveLength(4);
  });

  test('a cue whose words are no longer on the page is not shown', () => {
    const { document } = parseHTML('<html><body><p>Serbia and Montenegro.</p></body></html>');
    expect(locateMentions(buildTextMap(document.body), [{ before: 'in ', text: 'Kosovo', after: '.' }])).toEqual([]);
  });

  test.each(BALKANS)('%s: every entity’s count is the number of mentions found in the page', async (slug) => {
    const html = readFileSync(join(ARTICLES, slug, 'source.html'), 'utf8');
    const analysis = analyseDocument(parseHTML(html).document, null, await loadEngine())!;
    // The page as the content script sees it: a fresh parse, the whole body.
    const { document } = parseHTML(html);
    const map = buildTextMap(document.body);
    const disagree = analysis.entities
      .map((e) => ({ name: e.name, count: e.count, found: locateMentions(map, e.cues!).length }))
      .filter((e) => e.count !== e.found);
    expect(disagree).toEqual([]);
  });
});
