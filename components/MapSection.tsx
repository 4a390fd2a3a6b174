import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis/types';
import type { RegionData } from '@/lib/map/region';
import { placesFor } from '@/lib/panel/places';
import { LocatorMap } from './LocatorMap';
import { useT } from './i18n';
import type { PanelState } from './panel-state';

/** The map's data (12 KB) loads only when a story has places to show. */
const loadRegion = () => import('@/assets/map/region.json').then((m) => m.default as unknown as RegionData);

export function MapSection({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const t = useT();
  const places = placesFor(analysis.entities, panel.kb);
  const [data, setData] = useState<RegionData | null>(null);
  useEffect(() => {
    if (places.length === 0 || data) return;
    let live = true;
    void loadRegion().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [places.length > 0]);
  if (places.length === 0) return null;
  return (
    <section class="map-section" id="section-map" aria-label={t('mapTitle')}>
      {/* Space kept while the data loads: no jump. */}
      <div class="map-frame">
        {data && <LocatorMap places={places} data={data} onSelect={(id) => void panel.open(id)} />}
      </div>
    </section>
  );
}
