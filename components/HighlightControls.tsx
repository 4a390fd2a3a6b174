import { useT } from './i18n';
import type { PanelState } from './panel-state';

/** Steps through the mentions (of an entity, or of a contested term) lit up in the page. */
export function HighlightControls({
  panel,
  highlightKey,
  onStep,
}: {
  panel: PanelState;
  /** The key of the card or term whose highlight this steps through. */
  highlightKey: string;
  onStep: (delta: 1 | -1) => void;
}) {
  const t = useT();
  const h = panel.highlight.value;
  if (!h || h.key !== highlightKey)
    return (
      <p class="highlight-status" aria-hidden="true">
        &nbsp;
      </p>
    );
  if (h.error) return <p class="highlight-status">{t('highlightFailed', h.error)}</p>;
  if (h.count === 0) return <p class="highlight-status">{t('highlightNone')}</p>;
  return (
    <div class="highlight-controls" role="group" aria-label={t('mentionsInArticle')}>
      <button type="button" onClick={() => onStep(-1)} aria-label={t('previousMention')} disabled={h.count < 2}>
        ‹
      </button>
      <span data-testid="highlight-position" aria-live="polite">
        {t('mentionPosition', h.index + 1, h.count)}
      </span>
      <button type="button" onClick={() => onStep(1)} aria-label={t('nextMention')} disabled={h.count < 2}>
        ›
      </button>
    </div>
  );
}
