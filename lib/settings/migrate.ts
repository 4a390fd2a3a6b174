import { SETTINGS_VERSION } from './schema';

/** A stored settings object of any version, before validation. */
export type StoredSettings = Record<string, unknown>;

/**
 * One step forward: `MIGRATIONS[n]` turns a version-n object into a version-(n+1) object. Steps only
 * move and rename keys; the values are checked afterwards (parse.ts), so a step must cope with any
 * value and must keep keys it does not know (parse.ts reports and drops those).
 */
export type Migration = (old: StoredSettings) => StoredSettings;

/**
 * v0 (pre-release, no `version`): `{ lookups?: boolean, sites?: string[] }`.
 * `lookups` becomes `networkLookups`; a reader who had set it either way has been asked.
 */
const v0ToV1: Migration = ({ lookups, sites, ...rest }) => ({
  ...rest,
  ...(lookups !== undefined && { networkLookups: lookups, networkAsked: typeof lookups === 'boolean' }),
  ...(sites !== undefined && { extraSites: sites }),
  version: 1,
});

export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The version an object was saved with: 0 when it has none, undefined when it is unreadable. */
export function storedVersion(raw: StoredSettings): number | undefined {
  const { version } = raw;
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : undefined;
}

/**
 * Brings an object of an older version up to SETTINGS_VERSION. Objects with an unreadable version, or
 * from a newer Kontekst (another device on the same sync account), are returned as they are.
 */
export function migrate(raw: StoredSettings): StoredSettings {
  const from = storedVersion(raw);
  if (from === undefined || from >= SETTINGS_VERSION) return raw;
  return MIGRATIONS.slice(from, SETTINGS_VERSION).reduce((value, step) => step(value), raw);
}
