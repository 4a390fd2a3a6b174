// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimsTable } from '@/components/ClaimsTable';
import { createKnowledgeBase } from '@/lib/kb';

const kb = createKnowledgeBase();
const disputed = (entity: string, id: string) => {
  const f = kb.get(entity)?.figures?.find((x) => x.id === id);
  if (f?.kind !== 'disputed') throw new Error(`${entity}/${id} is not disputed`);
  return f;
};
const recognitions = disputed('kosovo', 'recognitions');
const peak = disputed('kfor', 'peak-strength');

describe('ClaimsTable', () => {
  afterEach(cleanup);

  test('a table captioned "Disputed", with Claimant, Figure, As of, Source', () => {
    render(<ClaimsTable figure={recognitions} />);
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Disputed States that recognise Kosovo');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Claimant', 'Figure', 'As of', 'Source']);
  });

  test('the reason the numbers differ comes first, above the table', () => {
    render(<ClaimsTable figure={recognitions} />);
    const why = screen.getByText(recognitions.why);
    expect(why.compareDocumentPosition(screen.getByRole('table')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('collapsed: each claimant’s newest claim, so every side shows', () => {
    render(<ClaimsTable figure={recognitions} />);
    const claimants = new Set(recognitions.claims.map((c) => c.claimant));
    const rows = screen.getAllByTestId('claim');
    expect(rows).toHaveLength(claimants.size);
    expect(new Set(rows.map((r) => within(r).getByRole('rowheader').textContent))).toEqual(claimants);
  });

  test('every claim, newest first, on demand', () => {
    render(<ClaimsTable figure={recognitions} />);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${recognitions.claims.length}` }));
    const rows = screen.getAllByTestId('claim');
    expect(rows).toHaveLength(recognitions.claims.length);
    const dates = rows.map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual(
      [...recognitions.claims]
        .map((c) => c.date)
        .sort()
        .reverse(),
    );
  });

  test.each([
    ['Serbia (foreign minister Ivica Dačić)', '2019-08-16', 'fewer than 100 states', '16 Aug 2019'],
    ["Kosovo's foreign ministry", '2019-02', '116 states', 'Feb 2019'],
  ])('%s (%s): "%s" as of %s', (claimant, date, figureText, asOf) => {
    render(<ClaimsTable figure={recognitions} />);
    const more = screen.queryByRole('button', { name: /Show all/ });
    if (more) fireEvent.click(more);
    const row = screen
      .getAllByTestId('claim')
      .find((r) => r.querySelector('time')!.getAttribute('datetime') === date && r.textContent!.startsWith(claimant))!;
    expect(row).toBeTruthy();
    expect(within(row).getByRole('rowheader').textContent).toBe(claimant);
    const [figure, when, source] = within(row).getAllByRole('cell');
    expect(figure!.textContent).toMatch(new RegExp(`^${figureText}`));
    expect(when!.textContent).toBe(asOf);
    const links = within(source!).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('claim notes are shown with the figure; qualifiers in words', () => {
    render(<ClaimsTable figure={peak} />);
    const rows = screen.getAllByTestId('claim');
    const polish = rows.find((r) => r.textContent!.includes('Polish Ministry'))!;
    expect(within(polish).getAllByRole('cell')[0]!.textContent).toBe(
      'about 50,000 troopsstrength at the launch of the mission, from about 30 countries',
    );
    expect(polish.querySelector('.claim-note')?.textContent).toBe(
      'strength at the launch of the mission, from about 30 countries',
    );
  });
});
