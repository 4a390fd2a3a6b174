import type { Entity } from '../kb/types';

export interface TimelineItem {
  date: string;
  text: string;
  entityId: string;
  entityName: string;
}

/**
 * The dated background of the entities on the page: their facts marked for the timeline and the events
 * among them, once each (the same fact told by two entities shows once), oldest first.
 */
export function timelineFor(list: readonly Entity[]): TimelineItem[] {
  const seen = new Set<string>();
  const out: TimelineItem[] = [];
  for (const e of list) {
    for (const f of e.facts) {
      if (!f.timeline) continue;
      const key = `${f.asOf}|${f.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date: f.asOf, text: f.text, entityId: e.id, entityName: e.name });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
