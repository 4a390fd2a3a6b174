import * as v from 'valibot';
import { migrate, storedVersion } from './migrate';
import {
  HostnameSchema,
  MAX_SITES,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  SitePatternSchema,
  defaultSettings,
  type Settings,
} from './schema';

export interface ParsedSettings {
  settings: Settings;
  /** What was changed from the stored value, one line per field ("highlightStyle: reset to default"). */
  repaired: string[];
}

type ScalarField = Exclude<keyof Settings, 'version' | SiteListField>;
type SiteListField = 'extraSites' | 'disabledSites';

const SITE_LISTS = { extraSites: HostnameSchema, disabledSites: SitePatternSchema } as const;
// Derived from the schema, so a field added there is read here without another list to update.
const SCALAR_FIELDS = Object.keys(SETTINGS_FIELDS).filter(
  (key) => key !== 'version' && !(key in SITE_LISTS),
) as ScalarField[];
const KNOWN = new Set<string>(Object.keys(SETTINGS_FIELDS));
/** More unknown keys than this are reported as one line, not one each. */
const UNKNOWN_LISTED = 5;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Keeps every entry of a stored site list that is valid, lower-cased, once, up to MAX_SITES; says what
 * it dropped. Stops reading once the cap is reached, so a corrupted list of a million entries is cheap.
 */
function repairSiteList(field: SiteListField, raw: unknown[], repaired: string[]): string[] {
  const kept = new Set<string>();
  let invalid = 0;
  let duplicates = 0;
  let changed = false;
  let index = 0;
  for (; index < raw.length && kept.size < MAX_SITES; index++) {
    const entry = raw[index];
    const result = v.safeParse(SITE_LISTS[field], entry);
    if (!result.success) invalid++;
    else if (kept.has(result.output)) duplicates++;
    else {
      kept.add(result.output);
      changed ||= result.output !== entry;
    }
  }
  const over = raw.length - index;
  if (invalid) repaired.push(`${field}: ${plural(invalid, 'invalid entry', 'invalid entries')} removed`);
  if (duplicates) repaired.push(`${field}: ${plural(duplicates, 'duplicate', 'duplicates')} removed`);
  if (over) repaired.push(`${field}: ${plural(over, 'entry', 'entries')} over the limit of ${MAX_SITES} removed`);
  if (changed) repaired.push(`${field}: entries written in lower case`);
  return [...kept];
}

function parseRecord(raw: Record<string, unknown>): ParsedSettings {
  const repaired: string[] = [];
  const settings = defaultSettings();
  const version = storedVersion(raw);
  const value = migrate(raw);

  if (version === undefined) repaired.push('version: reset to default');
  else if (version > SETTINGS_VERSION)
    repaired.push(`version: saved by a newer Kontekst (${version}), read as ${SETTINGS_VERSION}`);

  for (const field of SCALAR_FIELDS) {
    // A missing field is not broken: an older or partial save, and the default is what it meant.
    if (value[field] === undefined) continue;
    const result = v.safeParse(SETTINGS_FIELDS[field], value[field]);
    if (result.success) (settings as Record<ScalarField, unknown>)[field] = result.output;
    else repaired.push(`${field}: reset to default`);
  }

  for (const field of Object.keys(SITE_LISTS) as SiteListField[]) {
    const list = value[field];
    if (list === undefined) continue;
    if (Array.isArray(list)) settings[field] = repairSiteList(field, list, repaired);
    else repaired.push(`${field}: reset to default`);
  }

  const unknown = Object.keys(value).filter((key) => !KNOWN.has(key));
  if (unknown.length > UNKNOWN_LISTED) repaired.push(`${unknown.length} unknown settings removed`);
  else for (const key of unknown) repaired.push(`${JSON.stringify(key.slice(0, 40))}: unknown setting removed`);
  return { settings, repaired };
}

/**
 * Reads a stored settings value of any version into current Settings. Never throws: what is broken falls
 * back to its default and is named in `repaired`, everything else the reader saved is kept. Nothing saved
 * (undefined or null) is simply the defaults.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), repaired: [] };
  if (!isRecord(raw)) return { settings: defaultSettings(), repaired: ['settings: not an object, reset to defaults'] };
  try {
    return parseRecord(raw);
  } catch {
    // Only a hostile value gets here (a throwing getter or proxy): start again from the defaults.
    return { settings: defaultSettings(), repaired: ['settings: unreadable, reset to defaults'] };
  }
}
