import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOOKUP_ORIGINS } from '@/lib/related/lookup-hosts';
import { contentMatches } from '@/entrypoints/article/matches';
import { ICON_SIZES, STORE_ICON } from '@/modules/icons';
import { PRIVACY_PAGE, PRIVACY_SOURCE, privacyPage } from '@/modules/privacy-page';
import { justified, readListing } from './listing';
import { pngSize } from './png';
import { readZip } from './zip-reader';

/**
 * The store packages as submitted: `npm run zip` and `npm run zip:firefox` (run by `npm test` just before
 * these checks) write them to .output/.
 */
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zipPath = (browser: string) => `.output/kontekst-${version}-${browser}.zip`;
for (const browser of ['chrome', 'firefox'])
  if (!existsSync(zipPath(browser))) throw new Error(`${zipPath(browser)} is missing: run npm run zip and zip:firefox`);

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  minimum_chrome_version?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  sidebar_action?: { default_icon?: Record<string, string> };
  browser_specific_settings?: { gecko?: { strict_min_version?: string; data_collection_permissions?: unknown } };
}

const packages = {
  chrome: readZip(zipPath('chrome')),
  firefox: readZip(zipPath('firefox')),
};
const manifestOf = (files: Map<string, Buffer>) => JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
const chrome = manifestOf(packages.chrome);
const firefox = manifestOf(packages.firefox);
/** All the shipped JavaScript of a package, by file. */
const scripts = (files: Map<string, Buffer>) =>
  [...files].filter(([name]) => name.endsWith('.js')).map(([name, bytes]) => [name, bytes.toString('utf8')] as const);
const allJs = (files: Map<string, Buffer>) =>
  scripts(files)
    .map(([, code]) => code)
    .join('\n');

/**
 * The browser version each API Kontekst's shipped code calls needs (Chrome's release notes, MDN). A use found
 * in the bundle raises the minimum the manifest must declare.
 */
const CHROME_APIS = [
  { api: 'chrome.sidePanel.open', use: /\.sidePanel\.open\(/, version: 116 },
  { api: 'chrome.sidePanel.setPanelBehavior', use: /\.sidePanel\.setPanelBehavior\(/, version: 116 },
  { api: 'chrome.offscreen.createDocument', use: /\.offscreen\.createDocument\(/, version: 109 },
  { api: 'CSS Custom Highlight API', use: /CSS\.highlights/, version: 105 },
  { api: 'storage.session', use: /\.storage\.session\b/, version: 102 },
];
const FIREFOX_APIS = [
  { api: 'CSS Custom Highlight API', use: /CSS\.highlights/, version: 140 },
  { api: 'storage.session', use: /\.storage\.session\b/, version: 115 },
  { api: 'sidebarAction.toggle', use: /\.sidebarAction\.toggle\(/, version: 73 },
];

describe('the Chrome package', () => {
  test('asks for exactly the declared permissions, and no host permission up front', () => {
    expect([...chrome.permissions!].sort()).toEqual(['activeTab', 'offscreen', 'scripting', 'sidePanel', 'storage']);
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(chrome.optional_host_permissions).toEqual([...LOOKUP_ORIGINS, '*://*/*']);
    // The content script runs on the curated news sites only (the test build's 127.0.0.1 is not in it).
    expect(chrome.content_scripts!.flatMap((c) => c.matches).sort()).toEqual(contentMatches().sort());
  });

  test('runs no remote code: scripts are packaged files, no import() or importScripts of a URL', () => {
    for (const [name, bytes] of packages.chrome) {
      if (!name.endsWith('.html')) continue;
      const srcs = [...bytes.toString('utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
      for (const src of srcs) {
        expect(src, name).not.toMatch(/^(?:[a-z]+:)?\/\//i);
        expect(packages.chrome.has(src.replace(/^\//, '')), `${name}: ${src}`).toBe(true);
      }
      expect(bytes.toString('utf8'), name).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/);
    }
    for (const [name, code] of scripts(packages.chrome)) {
      expect(code, name).not.toMatch(/\bimport\(\s*[`'"](?:https?:)?\/\//);
      expect(code, name).not.toMatch(/\bimportScripts\(/);
      // Every dynamic import is of a packaged chunk.
      for (const m of code.matchAll(/\bimport\(\s*[`'"]([^`'"]+)[`'"]/g))
        expect(m[1], name).toMatch(/^\.{1,2}\/[\w./-]+\.js$/);
    }
    expect(chrome.content_security_policy).toBeUndefined();
  });

  test('has no eval, no Function constructor, no code in strings given to timers', () => {
    for (const [name, code] of scripts(packages.chrome)) {
      expect(code.match(/\beval\s*\(/g), name).toBeNull();
      expect(code.match(/\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g), name).toBeNull();
      expect(code.match(/\bset(?:Timeout|Interval)\(\s*[`'"]/g), name).toBeNull();
    }
    // The checks see through minification: the same patterns find a planted eval.
    expect('x=1;eval(y)'.match(/\beval\s*\(/g)).not.toBeNull();
    expect('a=new Function("b")'.match(/\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g)).not.toBeNull();
  });

  test('the content script holds no \\p{…} pattern literal (V8 compiles one while parsing, on every page)', () => {
    for (const files of [packages.chrome, packages.firefox]) {
      const [script] = manifestOf(files).content_scripts![0]!.js!;
      const code = files.get(script!)!.toString('utf8');
      expect(code.match(/\/[^/\n]*\\[pP]\{[^/\n]*\/[a-z]*u/g), script).toBeNull();
    }
    // The check finds a planted literal as the minifier writes it.
    expect('x=/[\\p{L}\\p{N}]/u.test(y)'.match(/\/[^/\n]*\\[pP]\{[^/\n]*\/[a-z]*u/g)).not.toBeNull();
  });

  test('minimum_chrome_version is the newest version among the APIs the code calls', () => {
    const code = allJs(packages.chrome);
    const used = CHROME_APIS.filter((a) => a.use.test(code));
    for (const a of used) console.log(`# Chrome ${a.version}: ${a.api}`);
    expect(used.map((a) => a.api)).toContain('chrome.sidePanel.open');
    expect(Number(chrome.minimum_chrome_version)).toBe(Math.max(...used.map((a) => a.version)));
  });
});

test('the store icon for the upload form lies beside the zips, 128 px square', () => {
  expect(pngSize(readFileSync(`.output/${STORE_ICON}`))).toEqual({ width: 128, height: 128 });
});

describe('the Firefox package', () => {
  test('strict_min_version is the newest version among the APIs and manifest keys it uses', () => {
    const gecko = firefox.browser_specific_settings!.gecko!;
    const used = FIREFOX_APIS.filter((a) => a.use.test(allJs(packages.firefox)));
    // data_collection_permissions is read from Firefox 140 on.
    if (gecko.data_collection_permissions) used.push({ api: 'data_collection_permissions', use: /./, version: 140 });
    for (const a of used) console.log(`# Firefox ${a.version}: ${a.api}`);
    expect(gecko.strict_min_version).toBe(`${Math.max(...used.map((a) => a.version))}.0`);
  });

  test('asks for no host permission up front; look-ups and other sites are optional', () => {
    expect([...firefox.permissions!].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(firefox.host_permissions ?? []).toEqual([]);
    expect(firefox.optional_host_permissions).toEqual([...LOOKUP_ORIGINS, '*://*/*']);
  });
});

describe.each(Object.entries(packages))('both packages: %s', (browser, files) => {
  const manifest = manifestOf(files);

  test("carry package.json's version", () => {
    expect(manifest.version).toBe(version);
  });

  test('every icon the manifest names is a PNG of its size', () => {
    const sets = [manifest.icons, manifest.action?.default_icon, manifest.sidebar_action?.default_icon];
    if (browser === 'firefox') expect(manifest.sidebar_action?.default_icon).toBeDefined();
    for (const set of sets.filter((s) => s !== undefined)) {
      expect(Object.keys(set).map(Number)).toEqual([...ICON_SIZES]);
      for (const [size, path] of Object.entries(set)) {
        expect(files.has(path), path).toBe(true);
        expect(pngSize(files.get(path)!)).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  test('ship the privacy policy as written in PRIVACY.md', () => {
    expect(files.get(PRIVACY_PAGE)?.toString('utf8')).toBe(privacyPage(readFileSync(PRIVACY_SOURCE, 'utf8')));
  });

  test('every permission and optional host they ask for is justified in every store listing', () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_host_permissions ?? []), 'content_scripts'];
    for (const lang of ['en', 'de', 'sr', 'sq']) {
      const listed = justified(readListing(lang).get('Permissions')!).map((j) => j.permission);
      expect(listed, lang).toEqual(expect.arrayContaining(asked));
    }
  });

  test('the zip holds the build as it is in .output', () => {
    const dir = `.output/${browser}-mv3`;
    for (const [name, bytes] of files) expect(readFileSync(`${dir}/${name}`).equals(bytes), name).toBe(true);
    console.log(
      `# ${zipPath(browser)}: ${(statSync(zipPath(browser)).size / 1024).toFixed(1)} KiB, ${files.size} files`,
    );
  });
});
