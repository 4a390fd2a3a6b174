// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TIMELINE_COLLAPSED, Timeline, type TimelineEvent } from '@/components/Timeline';
import { createKnowledgeBase } from '@/lib/kb';

const kb = createKnowledgeBase();

/** The timeline facts of some entities, as the panel will collect them. */
function eventsOf(...ids: string[]): TimelineEvent[] {
  return ids.flatMap((id) => {
    const e = kb.get(id)!;
    return e.facts
      .filter((f) => f.timeline)
      .map((f) => ({ date: f.asOf, text: f.text, entityId: e.id, entityName: e.name }));
  });
}

const kosovo = eventsOf('kosovo');
const many = eventsOf('kosovo', 'serbia', 'kfor');
const dates = () => screen.getAllByRole('listitem').map((li) => li.querySelector('time')!.getAttribute('datetime')!);

describe('Timeline', () => {
  afterEach(cleanup);

  test('the knowledge base gives enough events to collapse', () => {
    expect(kosovo.length).toBeGreaterThan(2);
    expect(many.length).toBeGreaterThan(TIMELINE_COLLAPSED);
  });

  test('an ordered list, oldest first, whatever order the events come in', () => {
    render(<Timeline events={[...kosovo].reverse()} articleDate={null} onSelect={() => undefined} />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const shown = dates();
    expect(shown).toEqual([...shown].sort());
    expect(shown).toHaveLength(Math.min(kosovo.length, TIMELINE_COLLAPSED));
  });

  test.each([
    ['2008-02-17', '17 Feb 2008'],
    ['2023-10', 'Oct 2023'],
    ['1999', '1999'],
  ])('formats %s as "%s"', (date, text) => {
    render(
      <Timeline
        events={[{ date, text: 'Something happened.', entityId: 'kosovo', entityName: 'Kosovo' }]}
        articleDate={null}
        onSelect={() => undefined}
      />,
    );
    const time = screen.getByRole('listitem').querySelector('time')!;
    expect(time.textContent).toBe(text);
    expect(time.getAttribute('datetime')).toBe(date);
  });

  test('a year sorts before the months and days in it', () => {
    const events: TimelineEvent[] = ['2008-02-17', '2008', '2007-12-31', '2008-02'].map((date) => ({
      date,
      text: date,
      entityId: 'kosovo',
      entityName: 'Kosovo',
    }));
    render(<Timeline events={events} articleDate={null} onSelect={() => undefined} />);
    expect(dates()).toEqual(['2007-12-31', '2008', '2008-02', '2008-02-17']);
  });

  test('the article’s own date is marked "This article", in order', () => {
    const sorted = [...kosovo].sort((a, b) => a.date.localeCompare(b.date));
    const middle = sorted[Math.floor(sorted.length / 2)]!.date;
    const articleDate = `${middle.slice(0, 4)}-06-15T09:30:00+02:00`;
    render(<Timeline events={kosovo} articleDate={articleDate} onSelect={() => undefined} />);
    const marker = screen.getByTestId('timeline-article');
    expect(marker.textContent).toContain('This article');
    expect(marker.querySelector('time')!.getAttribute('datetime')).toBe(articleDate.slice(0, 10));
    const shown = dates();
    expect(shown).toEqual([...shown].sort());
    expect(screen.getAllByTestId('timeline-article')).toHaveLength(1);
  });

  test('no article date, no marker', () => {
    render(<Timeline events={kosovo} articleDate={null} onSelect={() => undefined} />);
    expect(screen.queryByTestId('timeline-article')).toBeNull();
  });

  test('an event on the article’s day comes before the marker: the article reports it', () => {
    const events: TimelineEvent[] = [
      { date: '2023-09-24', text: 'Banjska attack.', entityId: 'banjska', entityName: 'Banjska' },
      { date: '2023-10', text: 'KFOR reinforced.', entityId: 'kfor', entityName: 'KFOR' },
    ];
    render(<Timeline events={events} articleDate="2023-09-24" onSelect={() => undefined} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/Banjska/);
    expect(items[1]).toMatch(/This article/);
    expect(items[2]).toMatch(/KFOR/);
  });

  test('each event’s entity name selects its card', () => {
    const onSelect = vi.fn();
    render(<Timeline events={many} articleDate={null} onSelect={onSelect} />);
    const kfor = screen.getAllByRole('button', { name: 'KFOR' });
    expect(kfor.length).toBeGreaterThan(0);
    fireEvent.click(kfor[0]!);
    expect(onSelect).toHaveBeenCalledWith('kfor');
  });

  test(`collapses to the ${TIMELINE_COLLAPSED} most recent with a "Show all N" toggle`, () => {
    render(<Timeline events={many} articleDate="2023-09-30" onSelect={() => undefined} />);
    const newest = [...many]
      .map((e) => e.date)
      .sort()
      .slice(-TIMELINE_COLLAPSED);
    expect(screen.getAllByTestId('timeline-event')).toHaveLength(TIMELINE_COLLAPSED);
    expect(
      screen.getAllByTestId('timeline-event').map((li) => li.querySelector('time')!.getAttribute('datetime')),
    ).toEqual(newest);
    const toggle = screen.getByRole('button', { name: `Show all ${many.length}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.tagName).toBe('OL');

    fireEvent.click(toggle);
    expect(screen.getAllByTestId('timeline-event')).toHaveLength(many.length);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Show fewer');
    expect(screen.getAllByTestId('timeline-article')).toHaveLength(1);
    const shown = dates();
    expect(shown).toEqual([...shown].sort());

    fireEvent.click(toggle);
    expect(screen.getAllByTestId('timeline-event')).toHaveLength(TIMELINE_COLLAPSED);
  });

  test('no toggle when everything fits', () => {
    const few = kosovo.slice(0, 3);
    render(<Timeline events={few} articleDate={null} onSelect={() => undefined} />);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
  });

  test('renders nothing without events', () => {
    const { container } = render(<Timeline events={[]} articleDate="2024-01-01" onSelect={() => undefined} />);
    expect(container.firstChild).toBeNull();
  });
});
