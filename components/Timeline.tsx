import { useId, useState } from 'preact/hooks';
import { formatDate } from './format';
import { useT } from './i18n';

export interface TimelineEvent {
  /** ISO date at the source's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  text: string;
  entityId: string;
  entityName: string;
}

export interface TimelineProps {
  events: readonly TimelineEvent[];
  /** The article's publication date (ISO; a time part is ignored), or null when the page gives none. */
  articleDate: string | null;
  onSelect(id: string): void;
}

/** Collapsed, the list shows this many of the most recent events. */
export const TIMELINE_COLLAPSED = 8;

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

type Row = { kind: 'event'; event: TimelineEvent; key: string } | { kind: 'article'; date: string; key: string };

/**
 * The article's background in time: dated events from its entities' cards, oldest first, with the article's own
 * date marked among them. ISO dates of mixed precision sort as strings: "2008" before "2008-02" before
 * "2008-02-17", so a year stands before the months in it.
 */
export function Timeline({ events, articleDate, onSelect }: TimelineProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const titleId = useId();
  const listId = useId();
  if (events.length === 0) return null;

  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const shown = expanded ? sorted : sorted.slice(-TIMELINE_COLLAPSED);
  const rows: Row[] = shown.map((event, i) => ({
    kind: 'event',
    event,
    key: `${event.date}|${event.entityId}|${i}`,
  }));
  const published = articleDate?.match(ISO_DATE)?.[0];
  if (published) {
    // After every event of the same date or earlier: the article reports on them.
    const at = rows.findIndex((r) => r.kind === 'event' && r.event.date > published);
    rows.splice(at === -1 ? rows.length : at, 0, { kind: 'article', date: published, key: 'article' });
  }

  return (
    <section class="timeline" aria-labelledby={titleId} data-testid="timeline">
      <h2 class="group-title timeline-title" id={titleId}>
        {t('timelineTitle')}
      </h2>
      <ol class="timeline-list" id={listId}>
        {rows.map((r) =>
          r.kind === 'article' ? (
            <li key={r.key} class="timeline-item timeline-article" data-testid="timeline-article">
              <time dateTime={r.date}>{formatDate(r.date)}</time>
              <span class="timeline-text">
                <strong>{t('thisArticle')}</strong>
              </span>
            </li>
          ) : (
            <li key={r.key} class="timeline-item" data-testid="timeline-event">
              <time dateTime={r.event.date}>{formatDate(r.event.date)}</time>
              <span class="timeline-text">
                <button type="button" class="timeline-entity" onClick={() => onSelect(r.event.entityId)}>
                  {r.event.entityName}
                </button>
                {' — '}
                {r.event.text}
              </span>
            </li>
          ),
        )}
      </ol>
      {sorted.length > TIMELINE_COLLAPSED && (
        <button
          type="button"
          class="timeline-toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showFewer') : t('showAll', sorted.length)}
        </button>
      )}
    </section>
  );
}
