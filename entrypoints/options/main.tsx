import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslate, loadCatalog, pickLanguage, TranslateContext } from '@/components/i18n';
import { Options } from '@/components/Options';
import { settingsArea, type StorageLike } from '@/lib/settings/browser-area';
import { createSettingsStore } from '@/lib/settings/store';
import '@/assets/panel.css';

async function main() {
  const store = createSettingsStore(settingsArea(browser.storage as unknown as StorageLike));
  const root = document.getElementById('app')!;
  const show = async (uiLanguage: string) => {
    const language = pickLanguage(uiLanguage, browser.i18n.getUILanguage());
    document.documentElement.lang = language;
    const t = createTranslate(await loadCatalog(language, (path) => browser.runtime.getURL(path as '/')));
    document.title = t('optionsTitle');
    render(
      <TranslateContext.Provider value={t}>
        <Options
          version={browser.runtime.getManifest().version}
          store={store}
          clearHistory={() => browser.storage.local.remove('history')}
          removeSite={async (host) => {
            await browser.permissions.remove({ origins: [`*://${host}/*`] }).catch(() => false);
          }}
        />
      </TranslateContext.Provider>,
      root,
    );
  };
  const initial = await store.load().catch(() => null);
  await show(initial?.uiLanguage ?? 'auto');
  store.subscribe((next) => void show(next.uiLanguage));
  document.body.setAttribute('data-ready', '1');
}

void main();
