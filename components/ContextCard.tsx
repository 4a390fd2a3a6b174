import type { EntityResult } from '@/lib/analysis/types';
import type { Card } from '@/lib/cards/card';
import type { PanelState } from './panel-state';
import { FactList } from './FactList';
import { HighlightControls } from './HighlightControls';

const ICON: Record<string, string> = { person: '👤', place: '📍', organization: '🏛', event: '📅', other: '•' };

/** One entity: collapsed, a line; expanded, its dated and sourced facts, and its mentions lit up in the page. */
export function ContextCard({ panel, entity, card }: { panel: PanelState; entity: EntityResult; card: Card }) {
  const open = panel.expanded.value === entity.id;
  const bodyId = `card-${card.id}`;
  return (
    <article class={`card${open ? ' open' : ''}`} data-testid={`card-${card.id}`}>
      <button
        type="button"
        class="card-head"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => void panel.toggle(entity)}
      >
        <span class="icon" aria-hidden="true">
          {ICON[card.type] ?? '•'}
        </span>
        <span class="name">{card.title}</span>
        <span class="summary">{card.summary}</span>
        <span class="count" aria-label={`${entity.count} mentions`}>
          {entity.count}×
        </span>
      </button>
      {open && (
        <div id={bodyId} class="card-body">
          <HighlightControls panel={panel} entity={entity} />
          <FactList facts={card.facts} />
        </div>
      )}
    </article>
  );
}
