import type { EntityResult } from '@/lib/analysis/types';
import type { Card } from '@/lib/cards/card';
import type { Entity } from '@/lib/kb/types';
import { EntityFacts } from './EntityFacts';
import { HighlightControls } from './HighlightControls';
import { useT } from './i18n';
import { entityKey, type PanelState } from './panel-state';
import { TypeIcon } from './TypeIcon';
import { WikiSummary } from './WikiSummary';

/**
 * One entity: collapsed, a line (name, what it is, how often the article names it); expanded, its
 * dated and sourced background, and its mentions lit up in the page.
 */
export function ContextCard({
  panel,
  entity,
  record,
  card,
}: {
  panel: PanelState;
  entity: EntityResult;
  /** The knowledge base's record: undefined for a name outside it, or while it loads. */
  record: Entity | undefined;
  /** The analysis' own card for a known entity: what shows until the record is in. */
  card?: Card;
}) {
  const t = useT();
  const key = entityKey(entity);
  const open = panel.expanded.value === key;
  const bodyId = `card-body-${key.replace(/[^a-z0-9-]/gi, '_')}`;
  const known = !!(record ?? card);
  const summary = record?.summary ?? card?.summary ?? t('otherEntityNote');
  return (
    <article
      class={`card${open ? ' open' : ''}${known ? '' : ' other'}`}
      data-testid={entity.id ? `card-${entity.id}` : 'card-other'}
    >
      <button
        type="button"
        class="card-head"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => void panel.toggle(entity)}
      >
        <TypeIcon type={entity.type} />
        <span class="name">{record?.name ?? card?.title ?? entity.name}</span>
        <span class="summary">{summary}</span>
        <span class="count">
          <span aria-hidden="true">{entity.count}×</span>
          <span class="visually-hidden">{entity.count === 1 ? t('mentionOne') : t('mentions', entity.count)}</span>
        </span>
      </button>
      {open && (
        <div id={bodyId} class="card-body">
          <HighlightControls panel={panel} highlightKey={key} onStep={(d) => void panel.step(entity, d)} />
          {record ? (
            <EntityFacts panel={panel} entity={record} />
          ) : card ? (
            <p class="muted small" role="status">
              {t('cardLoading')}
            </p>
          ) : (
            <>
              <p class="muted small">{t('otherEntityNote')}</p>
              <WikiSummary panel={panel} name={entity.name} />
            </>
          )}
        </div>
      )}
    </article>
  );
}
