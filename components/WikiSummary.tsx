import { useEffect, useState } from 'preact/hooks';
import type { Responses } from '@/lib/protocol/protocol';
import { formatDate, isWebUrl } from './format';
import { useT } from './i18n';
import type { PanelState } from './panel-state';

/** For a name outside the knowledge base: Wikipedia's summary, dated and credited (when look-ups are on). */
export function WikiSummary({ panel, name }: { panel: PanelState; name: string }) {
  const t = useT();
  const allowed = panel.settings.value?.networkLookups ?? false;
  const [summary, setSummary] = useState<Responses['wiki/summary'] | null>(null);
  useEffect(() => {
    if (!allowed) return;
    let live = true;
    void panel.deps.wiki(name).then((s) => live && setSummary(s));
    return () => {
      live = false;
    };
  }, [name, allowed]);
  if (!allowed || !summary) return null;
  if (!summary.ok) return summary.error === 'off' ? null : <p class="muted small">{t('wikiUnavailable')}</p>;
  if (summary.kind === 'not-found') return <p class="muted small">{t('wikiNotFound')}</p>;
  const link = isWebUrl(summary.url) ? (
    <a href={summary.url} target="_blank" rel="noopener noreferrer">
      {t('wikipedia')}
    </a>
  ) : null;
  if (summary.kind === 'ambiguous')
    return (
      <p class="small" data-testid="wiki-ambiguous">
        {t('wikiAmbiguous')} {link}
      </p>
    );
  return (
    <div class="wiki-summary" data-testid="wiki-summary">
      <h3>{t('wikiSummary')}</h3>
      {summary.description && <p class="muted small">{summary.description}</p>}
      <p>{summary.extract}</p>
      <p class="fact-meta">
        {summary.lastEdited && <span>{t('wikiEdited', formatDate(summary.lastEdited.slice(0, 10)))} · </span>}
        {link}
      </p>
    </div>
  );
}
