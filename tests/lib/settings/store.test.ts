import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES, type Settings } from '@/lib/settings/schema';
import {
  createSettingsStore,
  type SettingsArea,
  type StorageChangeListener,
  type StorageChanges,
} from '@/lib/settings/store';

/** An in-memory storage area that, like the browser's, copies values and reports every write. */
function fakeArea(initial: Record<string, unknown> = {}, name = 'sync') {
  const data = new Map(Object.entries(structuredClone(initial)));
  const listeners = new Set<StorageChangeListener>();
  const emit = (changes: StorageChanges, areaName: string) =>
    listeners.forEach((listener) => listener(changes, areaName));
  const area = {
    areaName: name,
    get: vi.fn(async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: StorageChanges = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      emit(changes, name);
    }),
    onChanged: (listener: StorageChangeListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies SettingsArea;
  return { area, data, emit, listeners };
}

const saved: Settings = {
  ...DEFAULT_SETTINGS,
  networkLookups: true,
  networkAsked: true,
  uiLanguage: 'de',
  extraSites: ['news.example.com'],
  disabledSites: [],
};

describe('load', () => {
  test('nothing saved: defaults, and nothing written', async () => {
    const { area } = fakeArea();
    expect(await createSettingsStore(area).load()).toEqual(DEFAULT_SETTINGS);
    expect(area.set).not.toHaveBeenCalled();
  });

  test('valid settings: returned as saved, nothing written', async () => {
    const { area } = fakeArea({ settings: saved });
    expect(await createSettingsStore(area).load()).toEqual(saved);
    expect(area.set).not.toHaveBeenCalled();
  });

  test('corrupted settings: repaired and written back once', async () => {
    const { area, data } = fakeArea({ settings: { ...saved, highlightStyle: 7, junk: true } });
    const store = createSettingsStore(area);
    const repaired = { ...saved, highlightStyle: 'marker' };
    expect(await store.load()).toEqual(repaired);
    expect(await store.load()).toEqual(repaired);
    expect(area.set).toHaveBeenCalledTimes(1);
    expect(data.get('settings')).toEqual(repaired);
  });

  test('garbage under the key: defaults written back', async () => {
    const { area, data } = fakeArea({ settings: 'corrupt' });
    expect(await createSettingsStore(area).load()).toEqual(DEFAULT_SETTINGS);
    expect(data.get('settings')).toEqual(DEFAULT_SETTINGS);
  });

  test('v0 settings: migrated and written back as the current version', async () => {
    const { area, data } = fakeArea({ settings: { lookups: true, sites: ['a.example'] } });
    const expected = { ...DEFAULT_SETTINGS, networkLookups: true, networkAsked: true, extraSites: ['a.example'] };
    expect(await createSettingsStore(area).load()).toEqual(expected);
    expect(data.get('settings')).toEqual(expected);
  });

  test('settings from a newer Kontekst: read, never overwritten', async () => {
    const newer = { ...saved, version: 2, laterSetting: 'x' };
    const { area, data } = fakeArea({ settings: newer });
    expect(await createSettingsStore(area).load()).toEqual(saved);
    expect(area.set).not.toHaveBeenCalled();
    expect(data.get('settings')).toEqual(newer);
  });

  test('a failed write-back still returns the repaired settings', async () => {
    const { area } = fakeArea({ settings: { ...saved, history: 'no' } });
    area.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await createSettingsStore(area).load()).toEqual(saved);
  });

  test('uses the key it was given', async () => {
    const { area } = fakeArea({ settings: saved, other: { ...saved, uiLanguage: 'sr' } });
    expect((await createSettingsStore(area, 'other').load()).uiLanguage).toBe('sr');
  });
});

describe('update', () => {
  test('saves a valid change, keeps the other settings and returns the result', async () => {
    const { area, data } = fakeArea({ settings: saved });
    const next = await createSettingsStore(area).update({ highlightStyle: 'outline', extraSites: ['B.Example'] });
    const expected = { ...saved, highlightStyle: 'outline', extraSites: ['b.example'] };
    expect(next).toEqual(expected);
    expect(data.get('settings')).toEqual(expected);
  });

  test('on empty storage, starts from the defaults', async () => {
    const { area, data } = fakeArea();
    await createSettingsStore(area).update({ networkAsked: true });
    expect(data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, networkAsked: true });
  });

  test('repairs a corrupted stored value while saving a change', async () => {
    const { area, data } = fakeArea({ settings: { ...saved, uiLanguage: 12 } });
    await createSettingsStore(area).update({ history: false });
    expect(data.get('settings')).toEqual({ ...saved, uiLanguage: 'auto', history: false });
  });

  test('an undefined value means no change', async () => {
    const { area, data } = fakeArea({ settings: saved });
    await createSettingsStore(area).update({ uiLanguage: undefined });
    expect(data.get('settings')).toEqual(saved);
  });

  test.each<[string, unknown, RegExp]>([
    ['a wrong type', { history: 'yes' }, /^Invalid settings: history: .*boolean/],
    ['a value outside the choices', { highlightStyle: 'neon' }, /^Invalid settings: highlightStyle: .*"neon"/],
    ['an unknown key', { colour: 'red' }, /^Invalid settings: colour: not a setting$/],
    [
      'an invalid hostname',
      { extraSites: ['ok.example', 'bad host'] },
      /extraSites\.1: not a valid hostname.*"bad host"/,
    ],
    [
      'too many sites',
      { extraSites: Array.from({ length: MAX_SITES + 1 }, (_, i) => `s${i}.example.com`) },
      /extraSites: at most 500 sites/,
    ],
    ['another version', { version: 2 }, /^Invalid settings: version: /],
    ['not an object', null, /^Invalid settings: settings: /],
  ])('rejects %s with a clear message and writes nothing', async (_, patch, message) => {
    const { area, data } = fakeArea({ settings: saved });
    await expect(createSettingsStore(area).update(patch as Partial<Settings>)).rejects.toThrow(message);
    expect(area.set).not.toHaveBeenCalled();
    expect(data.get('settings')).toEqual(saved);
  });

  test('refuses to overwrite settings from a newer Kontekst', async () => {
    const newer = { ...saved, version: 2 };
    const { area, data } = fakeArea({ settings: newer });
    await expect(createSettingsStore(area).update({ history: false })).rejects.toThrow(/newer version/);
    expect(data.get('settings')).toEqual(newer);
  });

  test('changes made at once are all kept, in order', async () => {
    const { area, data } = fakeArea({ settings: { ...saved, history: 'broken' } });
    const store = createSettingsStore(area);
    await Promise.all([
      store.load(),
      store.update({ networkLookups: false }),
      store.update({ history: false }),
      store.update({ highlightStyle: 'bad' as Settings['highlightStyle'] }).catch(() => undefined),
      store.update({ uiLanguage: 'sq' }),
    ]);
    expect(data.get('settings')).toEqual({ ...saved, networkLookups: false, history: false, uiLanguage: 'sq' });
  });
});

describe('subscribe', () => {
  test('reports each change of the settings key, parsed', async () => {
    const { area } = fakeArea({ settings: saved });
    const store = createSettingsStore(area);
    const seen: Settings[] = [];
    store.subscribe((settings) => seen.push(settings));
    await store.update({ highlightStyle: 'underline' });
    expect(seen).toEqual([{ ...saved, highlightStyle: 'underline' }]);
  });

  test('a change written by another context, corrupted or removed, arrives repaired', () => {
    const { area, emit } = fakeArea();
    const listener = vi.fn();
    createSettingsStore(area).subscribe(listener);
    emit({ settings: { newValue: { ...saved, highlightStyle: 'neon' } } }, 'sync');
    emit({ settings: { oldValue: saved } }, 'sync');
    expect(listener.mock.calls).toEqual([[{ ...saved, highlightStyle: 'marker' }], [DEFAULT_SETTINGS]]);
    expect(area.set).not.toHaveBeenCalled();
  });

  test('ignores other keys and other areas; takes events that name no area', () => {
    const { area, emit, listeners } = fakeArea();
    const listener = vi.fn();
    createSettingsStore(area).subscribe(listener);
    emit({ tabState: { newValue: 1 } }, 'sync');
    emit({ settings: { newValue: saved } }, 'local');
    expect(listener).not.toHaveBeenCalled();
    // An area's own event (storage.sync.onChanged) passes no area name.
    listeners.forEach((registered) => registered({ settings: { newValue: saved } }));
    expect(listener).toHaveBeenCalledWith(saved);
  });

  test('stops after unsubscribe, and removes its listener', async () => {
    const { area, listeners } = fakeArea({ settings: saved });
    const store = createSettingsStore(area);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(listeners.size).toBe(1);
    unsubscribe();
    expect(listeners.size).toBe(0);
    await store.update({ history: false });
    expect(listener).not.toHaveBeenCalled();
  });

  test('an area whose event gives no way to remove a listener is muted instead', () => {
    const listeners: StorageChangeListener[] = [];
    const store = createSettingsStore({
      get: async () => ({}),
      set: async () => undefined,
      onChanged: (listener) => void listeners.push(listener),
    });
    const listener = vi.fn();
    store.subscribe(listener)();
    listeners[0]!({ settings: { newValue: saved } }, 'sync');
    expect(listener).not.toHaveBeenCalled();
  });

  test('without a change event, subscribing is a clear error', () => {
    const store = createSettingsStore({ get: async () => ({}), set: async () => undefined });
    expect(() => store.subscribe(() => undefined)).toThrow(/no change event/);
  });
});
