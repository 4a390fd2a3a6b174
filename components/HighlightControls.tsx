import type { EntityResult } from '@/lib/analysis/types';
import { useT } from './i18n';
import { entityKey, type PanelState } from './panel-state';

/** Steps through the entity's mentions in the page. */
export function HighlightControls({ panel, entity }: { panel: PanelState; entity: EntityResult }) {
  const t = useT();
  const h = panel.highlight.value;
  if (!h || h.key !== entityKey(entity))
    return (
      <p class="highlight-status" aria-hidden="true">
        &nbsp;
      </p>
    );
  if (h.error) return <p class="highlight-status">{t('highlightFailed', h.error)}</p>;
  if (h.count === 0) return <p class="highlight-status">{t('highlightNone')}</p>;
  return (
    <div class="highlight-controls" role="group" aria-label={t('mentionsInArticle')}>
      <button
        type="button"
        onClick={() => void panel.step(entity, -1)}
        aria-label={t('previousMention')}
        disabled={h.count < 2}
      >
        ‹
      </button>
      <span data-testid="highlight-position" aria-live="polite">
        {t('mentionPosition', h.index + 1, h.count)}
      </span>
      <button
        type="button"
        onClick={() => void panel.step(entity, 1)}
        aria-label={t('nextMention')}
        disabled={h.count < 2}
      >
        ›
      </button>
    </div>
  );
}
