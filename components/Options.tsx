import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_STYLES, type Settings } from '@/lib/settings/schema';
import type { SettingsStore } from '@/lib/settings/store';
import { NEWS_SITES } from '@/lib/sites/news-sites';
import { LANGUAGES, useT, type MessageKey } from './i18n';

export interface OptionsProps {
  version: string;
  store: SettingsStore;
  /** Clears the reader's own reading history. */
  clearHistory(): Promise<void>;
  /** Revokes the permission for a site the reader had enabled. */
  removeSite(host: string): Promise<void>;
}

const STYLE_LABEL: Record<(typeof HIGHLIGHT_STYLES)[number], MessageKey> = {
  marker: 'highlightMarker',
  underline: 'highlightUnderline',
  outline: 'highlightOutline',
};

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', sr: 'Srpski', sq: 'Shqip' };

/** Settings: network look-ups, reading history, highlight style, language, sites. Changes apply at once. */
export function Options({ version, store, clearHistory, removeSite }: OptionsProps) {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void store.load().then(setSettings);
    return store.subscribe(setSettings);
  }, [store]);

  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await store.update(patch));
      setStatus(t('saved'));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  if (!settings) return <main class="options" aria-busy="true" />;
  const disabled = new Set(settings.disabledSites);
  return (
    <main class="options">
      <h1>
        {t('optionsTitle')} <span class="muted small">{version}</span>
      </h1>
      <p>
        {t('optionsIntro')}{' '}
        <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
          {t('privacyPolicy')}
        </a>
      </p>
      <p class="save-status" role="status" aria-live="polite" data-testid="save-status">
        {status ?? ' '}
      </p>

      <fieldset>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.networkLookups}
            onChange={(e) => void save({ networkLookups: e.currentTarget.checked, networkAsked: true })}
            data-testid="option-network"
          />
          {t('optionNetwork')}
        </label>
        <p class="help">{t('optionNetworkHelp')}</p>
      </fieldset>

      <fieldset>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.history}
            onChange={(e) => void save({ history: e.currentTarget.checked })}
          />
          {t('optionHistory')}
        </label>
        <p class="help">{t('optionHistoryHelp')}</p>
        <button
          type="button"
          onClick={() =>
            void clearHistory().then(
              () => setStatus(t('historyCleared')),
              (error: unknown) => setStatus(String(error)),
            )
          }
        >
          {t('clearHistory')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('optionHighlight')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="radio">
            <input
              type="radio"
              name="highlight"
              checked={settings.highlightStyle === style}
              onChange={() => void save({ highlightStyle: style })}
            />
            <span class={`highlight-sample highlight-${style}`}>{t(STYLE_LABEL[style])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <label>
          {t('optionLanguage')}{' '}
          <select
            value={settings.uiLanguage}
            onChange={(e) => void save({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}
            data-testid="option-language"
          >
            <option value="auto">{t('languageAuto')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionExtraSites')}</legend>
        {settings.extraSites.length === 0 ? (
          <p class="help">{t('noExtraSites')}</p>
        ) : (
          <ul class="extra-sites">
            {settings.extraSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() =>
                    void removeSite(host).then(() =>
                      save({ extraSites: settings.extraSites.filter((h) => h !== host) }),
                    )
                  }
                >
                  {t('removeSite', host)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('optionSites')}</legend>
        <p class="help">{t('optionSitesHelp')}</p>
        <ul class="site-list">
          {NEWS_SITES.map((site) => (
            <li key={site}>
              <label>
                <input
                  type="checkbox"
                  checked={!disabled.has(site)}
                  onChange={(e) =>
                    void save({
                      disabledSites: e.currentTarget.checked
                        ? settings.disabledSites.filter((s) => s !== site)
                        : [...settings.disabledSites, site],
                    })
                  }
                />
                {site.replace(/^\*\./, '')}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </main>
  );
}
