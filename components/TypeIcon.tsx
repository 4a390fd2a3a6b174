import type { EntityKind } from '@/lib/analysis/types';
import { useT, type MessageKey } from './i18n';

const LABEL: Record<EntityKind, MessageKey> = {
  person: 'typePerson',
  place: 'typePlace',
  organization: 'typeOrganisation',
  event: 'typeEvent',
  other: 'typeOther',
};

// Simple line icons drawn in the panel's text colour: no icon font, no network.
const PATH: Record<EntityKind, string> = {
  person: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5 6c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5',
  place: 'M8 15s5-4.6 5-8.5A5 5 0 0 0 3 6.5C3 10.4 8 15 8 15zm0-6.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  organization: 'M2 14h12M3 14V6h10v8M5 8v4m3-4v4m3-4v4M2 6l6-4 6 4',
  event: 'M3 3h10v11H3zM3 6h10M6 1.5v3m4-3v3',
  other: 'M8 4v5m0 2.5v.5',
};

export function TypeIcon({ type }: { type: EntityKind }) {
  const t = useT();
  return (
    <span class="icon" title={t(LABEL[type])}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d={PATH[type]}
          fill="none"
          stroke="currentColor"
          stroke-width="1.4"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      <span class="visually-hidden">{t(LABEL[type])}</span>
    </span>
  );
}
