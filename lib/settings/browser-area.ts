import type { SettingsArea, StorageChangeListener } from './store';

/** The parts of the browser's `storage` namespace the settings use: passed in, so lib/ imports no API. */
export interface StorageLike {
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: {
    addListener(l: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void): void;
    removeListener(
      l: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void,
    ): void;
  };
}

/**
 * Settings live in `storage.local`: `storage.sync` allows 8 KiB an item, too little for a reader's list of
 * sites, and sync would carry the reading history's switch to other machines unasked.
 */
export function settingsArea(storage: StorageLike): SettingsArea {
  return {
    areaName: 'local',
    get: (key) => storage.local.get(key),
    set: (items) => storage.local.set(items),
    onChanged(listener: StorageChangeListener) {
      const wrapped = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) =>
        listener(changes, area);
      storage.onChanged.addListener(wrapped);
      return () => storage.onChanged.removeListener(wrapped);
    },
  };
}
