// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import de from '@/public/_locales/de/messages.json';
import { App } from '@/components/App';
import { createTranslate, TranslateContext } from '@/components/i18n';
import { createPanelState } from '@/components/panel-state';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';
import { createKnowledgeBase } from '@/lib/kb';
import { fakeDeps, stateOf } from './fake-deps';

const engine = createEngine();
const text =
  'Kosovo declared independence from Serbia in 2008. President Aleksandar Vučić said Belgrade would not recognise it.\n\nIn Pristina, officials said the police had reinforced the crossing at Jarinje, while Serbia accused Kosovo of provocation.';
const analysis = analyzeArticle({ title: 'Kosovo and Serbia trade accusations', text, lang: 'en' }, engine);

async function panelWith(deps: ReturnType<typeof fakeDeps>) {
  const panel = createPanelState(deps, createKnowledgeBase());
  await panel.refresh();
  return panel;
}

afterEach(cleanup);

describe('the reader decides', () => {
  test.each(['not-balkans', 'not-article'] as const)(
    '%s: "Show the context anyway" asks for this tab',
    async (status) => {
      const deps = fakeDeps(stateOf(status));
      render(<App panel={await panelWith(deps)} />);
      fireEvent.click(screen.getByTestId('show-anyway'));
      expect(screen.getByTestId('show-anyway').textContent).toBe('Show the context anyway');
      await waitFor(() => expect(deps.showAnyway).toHaveBeenCalledWith(4));
    },
  );

  test('no "show anyway" where there is nothing to overrule', async () => {
    for (const status of ['idle', 'analysing', 'error'] as const) {
      const { unmount } = render(<App panel={await panelWith(fakeDeps(stateOf(status)))} />);
      expect(screen.queryByTestId('show-anyway')).toBeNull();
      unmount();
    }
  });

  test('cards shown on request say so in the header; others do not', async () => {
    const { unmount } = render(
      <App panel={await panelWith(fakeDeps(stateOf('ready', { analysis, onRequest: true })))} />,
    );
    expect(screen.getByTestId('on-request').textContent).toMatch(/Shown on request/);
    unmount();
    render(<App panel={await panelWith(fakeDeps(stateOf('ready', { analysis })))} />);
    expect(screen.queryByTestId('on-request')).toBeNull();
  });

  test('an unlisted page offers "Read this page"; refused, the panel says how to get access', async () => {
    const deps = fakeDeps(stateOf('idle'), {
      siteStatus: async () => ({ host: null, status: 'none' as const }),
      readOnce: async () => false,
    });
    render(<App panel={await panelWith(deps)} />);
    const button = await screen.findByTestId('read-once');
    // The address is hidden from Kontekst: no site to enable, only the one page to read.
    expect(screen.queryByTestId('enable-site')).toBeNull();
    fireEvent.click(button);
    expect((await screen.findByTestId('read-once-refused')).textContent).toMatch(/toolbar button/);
  });

  test('a known unlisted host offers both, and reading once does not enable the site', async () => {
    const deps = fakeDeps(stateOf('idle'));
    render(<App panel={await panelWith(deps)} />);
    fireEvent.click(await screen.findByTestId('read-once'));
    await waitFor(() => expect(deps.readOnce).toHaveBeenCalledWith(4));
    expect(deps.enableSite).not.toHaveBeenCalled();
    expect(screen.getByTestId('enable-site').textContent).toMatch(/news\.example\.org/);
    expect(screen.queryByTestId('read-once-refused')).toBeNull();
  });

  test('reasons are worded in the panel’s language', async () => {
    document.documentElement.lang = 'de';
    render(
      <TranslateContext.Provider value={createTranslate(de)}>
        <App panel={await panelWith(fakeDeps(stateOf('ready', { analysis })))} />
      </TranslateContext.Provider>,
    );
    const reasons = [...screen.getByTestId('reasons').querySelectorAll('li')].map((li) => li.textContent);
    document.documentElement.lang = '';
    expect(reasons[0]).toMatch(/^Namen aus der Region: Kosovo \(\d+×\)/);
    expect(reasons).toContainEqual(expect.stringMatching(/^In der Überschrift: /));
    expect(reasons).toContainEqual(expect.stringMatching(/^\d+,\d Erwähnungen der Region pro 100 Wörter$/));
  });
});
