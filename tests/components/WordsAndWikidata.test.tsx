// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '@/components/App';
import { createPanelState } from '@/components/panel-state';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';
import { createKnowledgeBase } from '@/lib/kb';
import type { CurrentFactsResponse } from '@/lib/protocol/protocol';
import { fakeDeps, stateOf } from './fake-deps';

afterEach(cleanup);

const engine = createEngine();
const kb = createKnowledgeBase();
const analysis = analyzeArticle(
  {
    title: 'Belgrade says Serbs in Kosovo will be paid',
    text: 'Serbia will keep paying Serbs in Kosovo and Metohija, Aleksandar Vučić said in Belgrade.\n\nOfficials in Pristina said Kosovo would apply its rule. Belgrade calls the boundary the administrative line; Vučić repeated that Serbia would support people in Kosovo and Metohija.',
    lang: 'en',
    publishedAt: '2024-02-06',
  },
  engine,
);

describe('Words in this article', () => {
  test('each term with who uses it and the neutral term; its button lights up that term, not a card', async () => {
    const d = fakeDeps(stateOf('ready', { analysis }));
    const panel = createPanelState(d, kb);
    await panel.refresh();
    render(<App panel={panel} />);
    const words = screen.getByTestId('words');
    const entries = [...words.querySelectorAll('[data-testid="word"]')];
    expect(entries.map((e) => e.querySelector('strong')?.textContent)).toEqual([
      'Kosovo and Metohija',
      'administrative line',
    ]);
    expect(entries[0]!.textContent).toMatch(/Used by: Serbia \(official usage\)/);
    expect(entries[0]!.textContent).toMatch(/Neutral term: Kosovo/);
    const show = entries[0]!.querySelector<HTMLButtonElement>('[data-testid="word-show"]')!;
    fireEvent.click(show);
    await waitFor(() => expect(show.getAttribute('aria-pressed')).toBe('true'));
    expect(d.highlight).toHaveBeenCalledWith(4, { id: 'kosovo', surfaces: ['Kosovo and Metohija'] }, 0, 'marker');
    await waitFor(() => expect(entries[0]!.textContent).toMatch(/Mention 1 of 3/));
    // No card is open: the term is highlighted on its own.
    expect(document.querySelector('.card.open')).toBeNull();
    fireEvent.click(show);
    await waitFor(() => expect(d.clearHighlight).toHaveBeenCalled());
  });

  test('an article without contested terms has no such section', async () => {
    const plain = analyzeArticle(
      { title: 'Kosovo', text: 'Kosovo and Serbia met in Brussels again.', lang: 'en' },
      engine,
    );
    const panel = createPanelState(fakeDeps(stateOf('ready', { analysis: plain })), kb);
    await panel.refresh();
    render(<App panel={panel} />);
    expect(screen.queryByTestId('words')).toBeNull();
  });
});

describe('Wikidata today', () => {
  const serbia = kb.get('serbia')!;
  const factIndex = serbia.facts.findIndex((f) => f.changing?.some((c) => c.property === 'P6'));
  const answer: CurrentFactsResponse = {
    status: 'ok',
    checks: [
      {
        entityId: 'serbia',
        factIndex,
        property: 'P6',
        bundled: 'Đuro Macut',
        today: ['Jovana Testić'],
        since: '2026-10-01',
        retrieved: '2026-12-01',
      },
    ],
    sentIds: ['Q403', 'Q1246'],
    labelIds: ['Q57', 'Q9001'],
  };

  test('beside the fact it checks, dated; what was sent is listed', async () => {
    const d = fakeDeps(stateOf('ready', { analysis }), { currentFacts: async () => answer });
    const panel = createPanelState(d, kb);
    await panel.refresh();
    render(<App panel={panel} />);
    await waitFor(() =>
      expect(screen.getByTestId('sent-wikidata').textContent).toBe(
        'Sent to Wikidata: Q403, Q1246 · Names asked for: Q57, Q9001',
      ),
    );
    fireEvent.click(screen.getByTestId('card-serbia').querySelector('button')!);
    const today = await screen.findByTestId('wikidata-today');
    expect(today.textContent).toBe('Wikidata today: Jovana Testić (since 1 Oct 2026; retrieved 1 Dec 2026)');
    expect(today.closest('[data-testid="fact"]')?.textContent).toContain(serbia.facts[factIndex]!.text);
  });

  test('Wikidata unavailable: the facts as bundled, and a note that says so', async () => {
    const failed: CurrentFactsResponse = {
      status: 'error',
      error: 'malformed',
      checks: [],
      sentIds: ['Q403'],
      labelIds: [],
    };
    const panel = createPanelState(fakeDeps(stateOf('ready', { analysis }), { currentFacts: async () => failed }), kb);
    await panel.refresh();
    render(<App panel={panel} />);
    expect((await screen.findByTestId('wikidata-unavailable')).textContent).toMatch(/unavailable/);
    expect(screen.queryByTestId('wikidata-today')).toBeNull();
  });
});
