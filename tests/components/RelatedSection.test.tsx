// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '@/components/App';
import { createPanelState } from '@/components/panel-state';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';
import { createKnowledgeBase } from '@/lib/kb';
import type { CoverageResponse } from '@/lib/protocol/protocol';
import { fakeDeps, stateOf } from './fake-deps';

const analysis = analyzeArticle(
  {
    title: 'Kosovo and Serbia trade blame after clashes in Zvečan',
    text: 'KFOR troops were injured in Zvečan, in northern Kosovo. Serbia said Kosovo police provoked the clashes.\n\nPresident Aleksandar Vučić put the army on alert. Kosovo declared independence in 2008; Serbia does not recognise it.',
    lang: 'en',
    publishedAt: '2023-05-30',
    url: 'https://news.example/zvecan',
  },
  createEngine(),
);

const ok: CoverageResponse = {
  live: {
    status: 'ok',
    total: 2,
    groups: {
      serbian: [
        {
          title: 'Sukobi u Zvečanu <img src=x onerror=alert(1)>',
          url: 'https://rs.example/a',
          domain: 'rs.example',
          date: '2023-05-30T10:00:00Z',
          language: 'Serbian',
          sourceCountry: 'Serbia',
        },
      ],
      albanian: [],
      regional: [],
      international: [
        {
          title: 'Clashes in north Kosovo',
          url: 'https://intl.example/b',
          domain: 'intl.example',
          date: null,
          language: 'English',
          sourceCountry: 'United Kingdom',
        },
      ],
    },
  },
  sentTerms: ['Kosovo', 'KFOR', 'Aleksandar Vučić'],
  curated: [],
  history: [],
  historyEnabled: true,
};

async function renderPanel(coverage: CoverageResponse | { error: string }, settings: Record<string, unknown> = {}) {
  const deps = fakeDeps(stateOf('ready', { analysis }), { coverage: async () => coverage });
  if (Object.keys(settings).length) await deps.updateSettings(settings);
  const panel = createPanelState(deps, createKnowledgeBase());
  await panel.refresh();
  render(<App panel={panel} />);
  return { deps, panel };
}

describe('coverage in the panel', () => {
  afterEach(cleanup);

  test('asks once before anything leaves the browser, and remembers the answer', async () => {
    const { deps } = await renderPanel({ ...ok, live: { status: 'off' }, sentTerms: [] });
    expect(screen.getByTestId('lookup-prompt')).toBeTruthy();
    fireEvent.click(screen.getByTestId('lookup-allow'));
    await waitFor(() => expect(deps.updateSettings).toHaveBeenCalledWith({ networkAsked: true, networkLookups: true }));
    expect(deps.requestLookups).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByTestId('lookup-prompt')).toBeNull());
  });

  test('groups coverage by language community and says what was sent', async () => {
    await renderPanel(ok, { networkAsked: true, networkLookups: true });
    await waitFor(() => expect(screen.getByTestId('coverage-serbian')).toBeTruthy());
    expect(screen.getByTestId('coverage-international').textContent).toMatch(/Clashes in north Kosovo/);
    expect(screen.getByTestId('sent-terms').textContent).toBe('Sent to GDELT: Kosovo, KFOR, Aleksandar Vučić');
  });

  test('a title carrying HTML is shown as text', async () => {
    await renderPanel(ok, { networkAsked: true, networkLookups: true });
    await waitFor(() => expect(screen.getByTestId('coverage-serbian')).toBeTruthy());
    expect(screen.getByTestId('coverage-serbian').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('[data-testid="related"] img')).toBeNull();
  });

  test('"unavailable right now" is not "no coverage found"', async () => {
    await renderPanel(
      { ...ok, live: { status: 'error', error: 'unavailable', message: 'timed out' } },
      { networkAsked: true, networkLookups: true },
    );
    await waitFor(() => expect(screen.getByTestId('coverage-unavailable')).toBeTruthy());
    expect(screen.queryByText(/No other coverage found/)).toBeNull();
    cleanup();
    await renderPanel(
      {
        ...ok,
        live: { status: 'ok', total: 0, groups: { serbian: [], albanian: [], regional: [], international: [] } },
      },
      { networkAsked: true, networkLookups: true },
    );
    await waitFor(() => expect(screen.getByText(/No other coverage found/)).toBeTruthy());
    expect(screen.queryByTestId('coverage-unavailable')).toBeNull();
  });

  test('with look-ups off, the cards are there and nothing was sent', async () => {
    await renderPanel({ ...ok, live: { status: 'off' }, sentTerms: [] }, { networkAsked: true, networkLookups: false });
    await waitFor(() => expect(screen.getByTestId('live-coverage').dataset.status).toBe('off'));
    expect(screen.queryByTestId('sent-terms')).toBeNull();
    expect(screen.getByTestId('card-kosovo')).toBeTruthy();
  });
});
