import type { EntityId } from './types';

/**
 * Names (folded) that belong to more than one entity, with every candidate. The linker picks among
 * them by what else the page names; the data tests fail on a shared name that is not declared here,
 * and on a declaration that no longer matches the data.
 */
export const AMBIGUOUS_NAMES: Readonly<Record<string, readonly EntityId[]>> = {};
