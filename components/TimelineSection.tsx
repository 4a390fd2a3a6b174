import type { Analysis } from '@/lib/analysis/types';
import type { Entity } from '@/lib/kb/types';
import { timelineFor } from '@/lib/panel/timeline';
import type { PanelState } from './panel-state';
import { Timeline } from './Timeline';

/** The dated background of the article's entities, with the article's own date marked. */
export function TimelineSection({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const onPage = analysis.entities.flatMap((e) => (e.id ? [panel.kb.get(e.id)] : [])).filter((e): e is Entity => !!e);
  const events = timelineFor(onPage);
  return (
    <div id="section-timeline">
      <Timeline events={events} articleDate={analysis.publishedAt} onSelect={(id) => void panel.open(id)} />
    </div>
  );
}
