import type { Analysis } from '@/lib/analysis/types';
import { HighlightControls } from './HighlightControls';
import { useT } from './i18n';
import { termKey, type PanelState } from './panel-state';

/**
 * "Words in this article": the contested terms the article itself uses, each with who uses it and the
 * neutral wording, lit up in the page on request. It says which words are there, never what that means.
 */
export function WordsSection({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const t = useT();
  const terms = analysis.terms ?? [];
  if (terms.length === 0) return null;
  return (
    <section class="words" id="section-words" aria-labelledby="words-title" data-testid="words">
      <h2 class="group-title" id="words-title">
        {t('wordsTitle')}
      </h2>
      <p class="muted small">{t('wordsIntro')}</p>
      <ul class="word-list">
        {terms.map((term) => {
          const key = termKey(term);
          const open = panel.expanded.value === key;
          return (
            <li key={key} class={`word${open ? ' open' : ''}`} data-testid="word" data-entity={term.entityId}>
              {/* No count here: the page's own count, headline included, comes with the highlight (as for cards). */}
              <p class="word-surface">
                <strong>{term.surfaces.join(' · ')}</strong>
              </p>
              <p class="small">
                {t('wordsUsedBy', term.usedBy)}
                {term.note && <span class="muted"> ({term.note})</span>}
              </p>
              <p class="small" data-testid="word-neutral">
                {t('wordsNeutral', term.neutral)}
              </p>
              <button
                type="button"
                class="link-button"
                aria-pressed={open}
                onClick={() => void panel.toggleTerm(term)}
                data-testid="word-show"
              >
                {open ? t('wordsHide') : t('wordsShow')}
              </button>
              {open && (
                <HighlightControls panel={panel} highlightKey={key} onStep={(d) => void panel.stepTerm(term, d)} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
