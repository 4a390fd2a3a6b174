import type { EntityId } from './types';
import declared from './data/ambiguous.json';

/**
 * Names (folded) that belong to more than one entity, with every candidate (lib/kb/data/ambiguous.json,
 * written by `npm run kb:ambiguous` and reviewed like any data). The linker picks among them by what else
 * the page names; the data tests fail on a shared name that is not declared here, and on a declaration
 * that no longer matches the data.
 */
export const AMBIGUOUS_NAMES = declared as unknown as Readonly<Record<string, readonly EntityId[]>>;
