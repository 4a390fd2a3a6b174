import * as v from 'valibot';
import { storedVersion } from './migrate';
import { parseSettings } from './parse';
import { SETTINGS_VERSION, SettingsPatchSchema, type Settings } from './schema';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** `areaName` is absent for an area's own event (browser.storage.sync.onChanged). */
export type StorageChangeListener = (changes: StorageChanges, areaName?: string) => void;

/** The part of a browser storage area the store needs (browser.storage.sync, or a fake in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** Registers a change listener (e.g. storage.onChanged.addListener); may return a way to remove it. */
  onChanged?: (listener: StorageChangeListener) => (() => void) | void;
  /** 'sync' or 'local': changes reported for other areas are ignored. Unset: all are taken. */
  areaName?: string;
}

export interface SettingsStore {
  /** The stored settings, repaired; a repaired or migrated value is written back once. */
  load(): Promise<Settings>;
  /** Checks and saves a change; an invalid one rejects with an Error and nothing is written. */
  update(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `listener` with the new settings whenever they change in any extension context. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Saved by a later Kontekst (another device on the same sync account): read it, never overwrite it. */
const isNewer = (raw: unknown) => isRecord(raw) && (storedVersion(raw) ?? 0) > SETTINGS_VERSION;

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue) ?? 'settings';
      return issue.type === 'strict_object' ? `${path}: not a setting` : `${path}: ${issue.message}`;
    })
    .join('; ');
}

export function createSettingsStore(area: SettingsArea, key = 'settings'): SettingsStore {
  // One operation at a time, so a load's write-back cannot overwrite an update made meanwhile.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  };

  const read = async (): Promise<unknown> => (await area.get(key))?.[key];

  const load = () =>
    serial(async () => {
      const raw = await read();
      const { settings, repaired } = parseSettings(raw);
      const migrated = isRecord(raw) && (storedVersion(raw) ?? SETTINGS_VERSION) < SETTINGS_VERSION;
      if ((repaired.length > 0 || migrated) && !isNewer(raw)) {
        // Best effort: if the write fails, the next load repairs the same way.
        await area.set({ [key]: settings }).catch(() => undefined);
      }
      return settings;
    });

  const update = (patch: Partial<Settings>) =>
    serial(async () => {
      const checked = v.safeParse(SettingsPatchSchema, patch);
      if (!checked.success) throw new Error(`Invalid settings: ${describe(checked.issues)}`);
      const raw = await read();
      if (isNewer(raw)) {
        throw new Error('Settings were saved by a newer version of Kontekst: update Kontekst to change them here.');
      }
      // `{ history: undefined }` means "no change", not "unset".
      const changes = Object.fromEntries(Object.entries(checked.output).filter(([, value]) => value !== undefined));
      const next: Settings = { ...parseSettings(raw).settings, ...changes };
      await area.set({ [key]: next });
      return next;
    });

  const subscribe = (listener: (settings: Settings) => void) => {
    if (!area.onChanged) throw new Error('This storage area has no change event: pass onChanged to subscribe.');
    let active = true;
    const remove = area.onChanged((changes, areaName) => {
      if (!active || !Object.hasOwn(changes, key)) return;
      if (area.areaName !== undefined && areaName !== undefined && areaName !== area.areaName) return;
      // Parsed but not written back: every open context gets this event, one writer is enough (load).
      listener(parseSettings(changes[key]?.newValue).settings);
    });
    return () => {
      active = false;
      remove?.();
    };
  };

  return { load, update, subscribe };
}
