/**
 * Curated places to read more: the region's outlets and fact-checkers, as data. Each has a search-URL template
 * with `{q}` where the query goes; `curatedLinks` fills it with the entity's name in the outlet's language.
 * Nothing is fetched: these are links the reader may follow.
 */
import type { Entity, NameLang } from '@/lib/kb/types';
import { searchNameFor } from './entity-names';

export interface Outlet {
  id: string;
  name: string;
  /** The language its search is best queried in. */
  language: NameLang;
  kind: 'outlet' | 'fact-checker';
  /** https only; `{q}` is replaced by the URL-encoded name. */
  searchUrl: `https://${string}{q}${string}`;
}

export const outlets: readonly Outlet[] = [
  {
    id: 'balkan-insight',
    name: 'Balkan Insight',
    language: 'en',
    kind: 'outlet',
    searchUrl: 'https://balkaninsight.com/?s={q}',
  },
  {
    id: 'rfe-rl-balkan',
    name: 'Radio Slobodna Evropa',
    language: 'sr-Latn',
    kind: 'outlet',
    searchUrl: 'https://www.slobodnaevropa.org/s?k={q}',
  },
  {
    id: 'kossev',
    name: 'KoSSev',
    language: 'sr-Latn',
    kind: 'outlet',
    searchUrl: 'https://kossev.info/?s={q}',
  },
  {
    id: 'kosovo-online',
    name: 'Kosovo Online',
    language: 'sr-Latn',
    kind: 'outlet',
    searchUrl: 'https://www.kosovo-online.com/pretraga?search={q}',
  },
  {
    id: 'koha',
    name: 'Koha',
    language: 'sq',
    kind: 'outlet',
    searchUrl: 'https://www.koha.net/search?q={q}',
  },
  {
    id: 'n1',
    name: 'N1',
    language: 'sr-Latn',
    kind: 'outlet',
    searchUrl: 'https://n1info.rs/?s={q}',
  },
  {
    id: 'prishtina-insight',
    name: 'Prishtina Insight',
    language: 'en',
    kind: 'outlet',
    searchUrl: 'https://prishtinainsight.com/?s={q}',
  },
  {
    id: 'istinomer',
    name: 'Istinomer',
    language: 'sr-Latn',
    kind: 'fact-checker',
    searchUrl: 'https://www.istinomer.rs/?s={q}',
  },
  {
    id: 'raskrinkavanje',
    name: 'Raskrinkavanje',
    language: 'bs',
    kind: 'fact-checker',
    searchUrl: 'https://raskrinkavanje.ba/pretraga?q={q}',
  },
  {
    id: 'faktograf',
    name: 'Faktograf',
    language: 'hr',
    kind: 'fact-checker',
    searchUrl: 'https://faktograf.hr/?s={q}',
  },
];

export interface CuratedLink {
  outlet: Outlet;
  url: string;
}

/** One search link per outlet, outlets before fact-checkers, each in the outlet's language. */
export function curatedLinks(entity: Entity, list: readonly Outlet[] = outlets): CuratedLink[] {
  const ordered = [...list.filter((o) => o.kind === 'outlet'), ...list.filter((o) => o.kind === 'fact-checker')];
  return ordered.map((outlet) => ({
    outlet,
    url: outlet.searchUrl.replace('{q}', () => encodeURIComponent(searchNameFor(entity, outlet.language))),
  }));
}
