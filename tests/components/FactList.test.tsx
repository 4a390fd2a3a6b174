// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { FactList } from '@/components/FactList';
import type { Fact } from '@/lib/kb/types';

const source = {
  publisher: 'Wikipedia',
  title: 'T',
  url: 'https://en.wikipedia.org/wiki/T',
  accessed: '2026-12',
} as const;
const fact = (text: string, asOf: Fact['asOf'], extra: Partial<Fact> = {}): Fact => ({
  text,
  asOf,
  sources: [source],
  ...extra,
});
const today = new Date('2026-12-06T12:00:00Z');

describe('FactList', () => {
  afterEach(cleanup);

  test('a changing fact more than a year old is marked possibly out of date; others are not', () => {
    render(
      <FactList
        today={today}
        facts={[
          fact('She has led the party since 2021.', '2025-06', { changes: true }),
          fact('He has been the interior minister since 2024.', '2025-12-10', { changes: true }),
          fact('The town was founded in the 14th century.', '1990'),
          fact('He has chaired the presidency since 2022.', '2022-11-16', {
            changing: [{ property: 'P488', value: { name: 'X' } }],
          }),
        ]}
      />,
    );
    const items = screen.getAllByTestId('fact');
    const marked = items.map((li) => li.querySelector('[data-testid="fact-outdated"]')?.textContent ?? null);
    expect(marked[0]).toMatch(/possibly out of date/i);
    expect(marked[1]).toBeNull();
    expect(marked[2]).toBeNull();
    expect(marked[3]).toMatch(/possibly out of date/i);
  });
});
