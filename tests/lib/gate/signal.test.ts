import { describe, expect, test } from 'vitest';
import { GATE_FILTERS } from '@/lib/gate/gate-keys.generated';
import { countSignals, filterIndex } from '@/lib/gate/signal';
import { gateVerdicts } from '../../bench/node-bench';

const index = filterIndex(GATE_FILTERS);

describe('the content script’s first look', () => {
  test.each([
    ['Tensions rise in Kosovo', 1],
    ['Protesters gathered in Beogradu and Prištini', 2],
    ['Lajme nga Kosovës dhe Serbisë', 2],
    ['Vlasti Републике Српске', 1],
    ['The Kosovo Force said', 1],
    // Capitals and cities count whatever their tier in the knowledge base; only minor towns do not.
    ['Letna inflacija v Sloveniji in v Ljubljani', 1],
    ['Sastanak u Zagrebu', 1],
    ['Protest u Nišu i Mostaru', 1],
  ])('finds the region in %j', (text, atLeast) => {
    expect(countSignals(index, text)).toBeGreaterThanOrEqual(atLeast);
  });

  test.each([
    'The United Nations Security Council met on the First of May.',
    'Der Rat der Europäischen Union tagte im Büro des Präsidenten.',
    'A student referendum on the special plate rule.',
    'kosovo written in lower case is not a name',
    // A minor town's one-word name alone: its five letters start too many other words.
    'Titel',
  ])('says nothing of %j', (text) => {
    expect(countSignals(index, text)).toBe(0);
  });

  test('lets every Balkans fixture through and keeps most ordinary news out', () => {
    const verdicts = gateVerdicts();
    const balkans = verdicts.filter((v) => v.slug.startsWith('bk-'));
    const ordinary = verdicts.filter((v) => v.slug.startsWith('ord-'));
    expect(balkans.every((v) => v.pass)).toBe(true);
    expect(ordinary.filter((v) => v.pass).length).toBeLessThanOrEqual(2);
  });
});
