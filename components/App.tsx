import { useEffect } from 'preact/hooks';
import { ArticleHeader } from './ArticleHeader';
import { CardList } from './CardList';
import { FiguresSection } from './FiguresSection';
import { useT } from './i18n';
import { MapSection } from './MapSection';
import type { PanelState } from './panel-state';
import { RelatedSection } from './RelatedSection';
import { SiteEnable } from './SiteEnable';
import { StatusMessage } from './StatusMessage';
import { TimelineSection } from './TimelineSection';
import { WordsSection } from './WordsSection';

/** The side panel: the article's header, its cards, its figures against the record, a timeline and a map. */
export function App({ panel }: { panel: PanelState }) {
  const t = useT();
  const state = panel.state.value;
  const analysis = state?.analysis;
  const ready = state?.status === 'ready' && !!analysis;
  useEffect(() => {
    if (ready) void panel.loadCurrentFacts();
  }, [ready, panel.tabId.value, state?.url, panel.settings.value?.networkLookups]);
  if (panel.loadError.value)
    return (
      <main class="panel">
        <StatusMessage kind="error" detail={panel.loadError.value} />
      </main>
    );
  if (!state || state.status !== 'ready' || !analysis)
    return (
      <main class="panel" aria-busy={state?.status === 'analysing'}>
        <StatusMessage
          kind={state && state.status !== 'ready' ? state.status : 'idle'}
          detail={state?.error ?? null}
          analysis={analysis ?? null}
          onShowAnyway={panel.tabId.value !== null ? () => panel.deps.showAnyway(panel.tabId.value!) : undefined}
        />
        {(!state || state.status === 'idle') && <SiteEnable panel={panel} />}
      </main>
    );
  return (
    <main class="panel">
      <ArticleHeader analysis={analysis} onRequest={state.onRequest === true} />
      <nav class="section-nav">
        <a href="#section-cards">{t('sectionCards')}</a>
        {(analysis.terms ?? []).length > 0 && <a href="#section-words">{t('sectionWords')}</a>}
        {analysis.figures.length > 0 && <a href="#section-figures">{t('sectionFigures')}</a>}
        <a href="#section-timeline">{t('sectionTimeline')}</a>
        <a href="#section-map">{t('sectionMap')}</a>
        <a href="#section-related">{t('sectionRelated')}</a>
      </nav>
      <div id="section-cards">
        <CardList panel={panel} analysis={analysis} />
      </div>
      <WordsSection panel={panel} analysis={analysis} />
      <FiguresSection panel={panel} analysis={analysis} />
      <TimelineSection panel={panel} analysis={analysis} />
      <MapSection panel={panel} analysis={analysis} />
      <RelatedSection panel={panel} analysis={analysis} />
    </main>
  );
}
