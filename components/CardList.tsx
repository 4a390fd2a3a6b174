import type { Analysis, EntityResult } from '@/lib/analysis/types';
import { ContextCard } from './ContextCard';
import { useT, type MessageKey } from './i18n';
import { entityKey, type PanelState } from './panel-state';

const GROUPS: { type: EntityResult['type']; label: MessageKey }[] = [
  { type: 'person', label: 'groupPeople' },
  { type: 'place', label: 'groupPlaces' },
  { type: 'organization', label: 'groupOrganisations' },
  { type: 'event', label: 'groupEvents' },
];

/**
 * Cards grouped by kind, each group in order of how central the entity is to the article (mentions,
 * headline and lead, importance); names outside the knowledge base last, as plain cards.
 */
export function CardList({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const t = useT();
  const cards = new Map(analysis.cards.map((c) => [c.id, c]));
  const known = analysis.entities.filter((e) => e.id && cards.has(e.id));
  const others = analysis.entities.filter((e) => !e.id).slice(0, 12);
  if (known.length === 0 && others.length === 0) return <p class="empty">{t('noCards')}</p>;
  return (
    <div class="cards" data-testid="cards">
      {GROUPS.map(({ type, label }) => {
        const group = known.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-label={t(label)}>
            <h2 class="group-title">{t(label)}</h2>
            <ul class="card-list">
              {group.map((e) => (
                <li key={e.id}>
                  <ContextCard panel={panel} entity={e} record={panel.kb.get(e.id!)} card={cards.get(e.id!)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {others.length > 0 && (
        <section aria-label={t('groupOthers')}>
          <h2 class="group-title">{t('groupOthers')}</h2>
          <ul class="card-list">
            {others.map((e) => (
              <li key={entityKey(e)}>
                <ContextCard panel={panel} entity={e} record={undefined} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
