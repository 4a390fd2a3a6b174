import type { PanelState } from './panel-state';
import { ArticleHeader } from './ArticleHeader';
import { CardList } from './CardList';
import { StatusMessage } from './StatusMessage';

/** The side panel: the article's header and its context cards, or a word on why there are none. */
export function App({ panel }: { panel: PanelState }) {
  const state = panel.state.value;
  const analysis = state?.analysis;
  return (
    <main class="panel" aria-busy={state?.status === 'analysing'}>
      {panel.loadError.value && <StatusMessage kind="error" detail={panel.loadError.value} />}
      {!panel.loadError.value && (!state || state.status !== 'ready' || !analysis) && (
        <StatusMessage kind={state?.status ?? 'idle'} detail={state?.error ?? null} analysis={analysis ?? null} />
      )}
      {state?.status === 'ready' && analysis && (
        <>
          <ArticleHeader analysis={analysis} />
          <CardList panel={panel} analysis={analysis} />
        </>
      )}
    </main>
  );
}
