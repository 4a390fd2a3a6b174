import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readabilityWithoutInnerHtml } from './readability-dom';
import { iconSet } from './modules/icons';
import { kbAssets } from './modules/kb-assets';
import { contentMatches } from './entrypoints/article/matches';

// The end-to-end and demo builds also run on the local test server (127.0.0.1) and go to their own folder;
// the store build never does.
const local = process.env.KONTEKST_LOCAL === '1';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // KONTEKST_OUT lets two builds live side by side (e.g. a second checkout's tests).
  outDir: process.env.KONTEKST_OUT ?? (local ? '.output/local' : '.output'),
  vite: () => ({
    plugins: [preact(), readabilityWithoutInnerHtml()],
    define: { __KONTEKST_LOCAL__: JSON.stringify(local) },
    // The NLP worker (entrypoints/offscreen/nlp.worker.ts) as an ES module, like every other extension script.
    worker: { format: 'es' as const },
  }),
  // The AMO sources zip: everything `npm ci && npm run build:firefox` needs (BUILDING.md), none of the tests,
  // screenshots or store texts.
  zip: {
    includeSources: ['**/*', '.npmrc', '.prettierrc.json'],
    excludeSources: ['tests/**', 'assets/readme/**', 'store/**', '.ci/**', '.output/**'],
  },
  hooks: {
    // The knowledge base ships as data files read on demand, not inside every bundle that needs it.
    'build:publicAssets': (_wxt, files) => {
      files.push(...kbAssets());
    },
    // The content script runs on every page the reader opens: it uses the browser's own promise-based API
    // (chrome.* in Chrome MV3, browser.* in Firefox) and leaves the polyfill's start-up cost to the extension's
    // own pages, which keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (
        !entrypoints.every((e) => e.type === 'content-script' || (e.type === 'unlisted-script' && e.name === 'article'))
      )
        return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) alias.unshift(native);
      else
        config.resolve.alias = [
          native,
          ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string })),
        ];
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT writes Firefox's sidebar_action from the side panel entrypoint: its icon goes in afterwards.
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = iconSet();
      // The content script (entrypoints/article, an unlisted script: see there why) on the curated sites.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: contentMatches(), js: ['article.js'], run_at: 'document_idle' },
      ];
      if (!local) return;
      for (const script of manifest.content_scripts ?? []) script.matches?.push('http://127.0.0.1/*');
      // The test build talks to stand-in servers on 127.0.0.1 and may look up without a prompt.
      // news.kontekst.test (mapped to 127.0.0.1 by the tests) stands for a site the reader has not enabled yet.
      const hosts = [
        'http://127.0.0.1/*',
        '*://news.kontekst.test/*',
        'https://api.gdeltproject.org/*',
        'https://en.wikipedia.org/*',
        'https://www.wikidata.org/*',
      ];
      if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
      else manifest.permissions = [...(manifest.permissions ?? []), ...hosts];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked for only when the reader allows look-ups (GDELT, Wikipedia, Wikidata) or enables another site.
    optional_host_permissions: [
      'https://api.gdeltproject.org/*',
      'https://en.wikipedia.org/*',
      'https://www.wikidata.org/*',
      '*://*/*',
    ],
    icons: iconSet(),
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: iconSet(),
      // Firefox (109+) puts a new add-on's button in the extensions menu unless it asks for the toolbar (MDN:
      // action.default_area, Firefox only); the reader can still move it. Chrome pins only at the reader's hand.
      ...(browser === 'firefox' && { default_area: 'navbar' as const }),
    },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_openPanel__',
      },
    },
    // chrome.sidePanel.open (toolbar button and shortcut) came in Chrome 116; the rest needs less: offscreen
    // documents 109, the CSS Custom Highlight API 105, storage.session 102.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      sidebar_action: { open_at_install: false, default_title: '__MSG_extName__' },
      browser_specific_settings: {
        gecko: {
          id: 'kontekst@kontekst.example',
          // Firefox 140 brought both the CSS Custom Highlight API (the article's highlights) and
          // data_collection_permissions (below; 142 on Android); sidebarAction.toggle and storage.session are older.
          strict_min_version: '140.0',
          // Page text never leaves the browser. Only when the reader allows look-ups do names found in
          // articles (website content) go to GDELT and Wikipedia, and the Wikidata ids of the entities found
          // to Wikidata: optional, asked in the panel.
          data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
