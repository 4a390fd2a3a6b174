import type { EntityResult } from '@/lib/analysis/types';
import type { PanelState } from './panel-state';

/** Steps through the entity's mentions in the page. */
export function HighlightControls({ panel, entity }: { panel: PanelState; entity: EntityResult }) {
  const h = panel.highlight.value;
  if (!h || h.entityId !== entity.id) return null;
  if (h.error) return <p class="highlight-status">Could not mark the mentions in the page: {h.error}</p>;
  if (h.count === 0) return <p class="highlight-status">No mentions found in the page as it is now.</p>;
  return (
    <div class="highlight-controls" role="group" aria-label="Mentions in the article">
      <button type="button" onClick={() => void panel.step(entity, -1)} aria-label="Previous mention">
        ‹
      </button>
      <span data-testid="highlight-position" aria-live="polite">
        Mention {h.index + 1} of {h.count}
      </span>
      <button type="button" onClick={() => void panel.step(entity, 1)} aria-label="Next mention">
        ›
      </button>
    </div>
  );
}
