// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { App } from '@/components/App';
import { createPanelState } from '@/components/panel-state';
import { createEngine } from '@/lib/analysis/engine';
import { createKnowledgeBase } from '@/lib/kb';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { TabState } from '@/lib/protocol/tab-state';
import { fakeDeps, stateOf } from './fake-deps';

const engine = createEngine();
const analysis = analyzeArticle(
  {
    title: 'Serbia and Kosovo trade accusations as KFOR patrols the north',
    text: 'Kosovo declared independence from Serbia in 2008. President Aleksandar Vučić said Belgrade would not recognise it.\n\nIn Pristina, officials said Kosovo police had reinforced the crossing at Jarinje, while Serbia accused Kosovo of provocation. KFOR said it was watching closely in Kosovo.',
    lang: 'en',
    publishedAt: '2023-09-30',
  },
  engine,
);

const deps = (state: TabState) => fakeDeps(state);

describe('panel', () => {
  test.each([
    ['idle', 'Open a news article'],
    ['not-article', 'This page is not an article'],
    ['not-balkans', 'Not a Balkans story'],
    ['analysing', 'Reading the article'],
    ['error', 'could not read this page'],
  ] as const)('says what happened: %s', async (status, text) => {
    const panel = createPanelState(
      deps(stateOf(status, { error: status === 'error' ? 'Timed out' : null })),
      createKnowledgeBase(),
    );
    await panel.refresh();
    render(<App panel={panel} />);
    expect(screen.getByTestId(`status-${status}`).textContent).toContain(text);
  });

  test('shows cards, opens one with its dated facts, and lights up its mentions', async () => {
    const d = deps(stateOf('ready', { analysis }));
    const panel = createPanelState(d, createKnowledgeBase());
    await panel.refresh();
    render(<App panel={panel} />);
    expect(screen.getByTestId('article-title').textContent).toMatch(/Serbia and Kosovo/);
    const kosovo = screen.getByTestId('card-kosovo');
    const head = kosovo.querySelector('button')!;
    expect(head.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(head);
    await waitFor(() => expect(head.getAttribute('aria-expanded')).toBe('true'));
    expect(d.highlight).toHaveBeenCalledWith(4, expect.objectContaining({ id: 'kosovo' }), 0, 'marker');
    await waitFor(() => expect(screen.getByTestId('highlight-position').textContent).toBe('Mention 1 of 3'));
    const facts = kosovo.querySelectorAll('[data-testid="fact"]');
    expect(facts.length).toBeGreaterThan(2);
    expect(kosovo.textContent).toMatch(/As of/);
    for (const a of kosovo.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });
});
