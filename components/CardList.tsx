import type { Analysis, EntityResult } from '@/lib/analysis/types';
import type { PanelState } from './panel-state';
import { ContextCard } from './ContextCard';

const GROUPS: { type: EntityResult['type']; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organisations' },
  { type: 'event', label: 'Events' },
];

/** Cards grouped by kind, each group in order of how central the entity is to the article. */
export function CardList({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const withCards = new Set(analysis.cards.map((c) => c.id));
  const entities = analysis.entities.filter((e) => e.id && withCards.has(e.id));
  if (entities.length === 0)
    return <p class="empty">No context cards: the article names nothing Kontekst has background on yet.</p>;
  return (
    <div class="cards" data-testid="cards">
      {GROUPS.map(({ type, label }) => {
        const group = entities.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-label={label}>
            <h2 class="group-title">{label}</h2>
            <ul class="card-list">
              {group.map((e) => (
                <li key={e.id}>
                  <ContextCard panel={panel} entity={e} card={analysis.cards.find((c) => c.id === e.id)!} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
