import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importsOf, measureBuild, scriptsOf } from './bundle-sizes';

describe('importsOf', () => {
  test.each([
    ['bare import', 'import"./a-1.js";x()', ['./a-1.js'], []],
    ['named import', 'import{n as e,r as t}from"./b.js";', ['./b.js'], []],
    ['re-export', 'export{y}from"../c.js"', ['../c.js'], []],
    ['dynamic import with backticks', 'const m=await import(`./three-X.js`)', [], ['./three-X.js']],
    ['dynamic import with spaces', 'import( "./d.js" )', [], ['./d.js']],
    ['a string that is not an import', 'const s="./e.js";f(`./g.js`)', [], []],
    ['a package import is not a chunk', 'import"preact"', [], []],
    ['each once', 'import"./a.js";import{x}from"./a.js"', ['./a.js'], []],
  ])('%s', (_name, code, statics, dynamics) => {
    expect(importsOf(code)).toEqual({ static: statics, dynamic: dynamics });
  });
});

describe('scriptsOf', () => {
  test('the src of each script, not of links', () => {
    const html = `<script type="module" crossorigin src="/chunks/sidepanel-1.js"></script>
      <link rel="modulepreload" href="/chunks/x.js"><script src='./y.js'></script><script>inline()</script>`;
    expect(scriptsOf(html)).toEqual(['/chunks/sidepanel-1.js', './y.js']);
  });
});

describe('measureBuild', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    write(
      'manifest.json',
      JSON.stringify({
        background: { service_worker: 'background.js' },
        content_scripts: [{ js: ['article.js'] }],
        side_panel: { default_path: 'sidepanel.html' },
        options_ui: { page: 'options.html' },
      }),
    );
    write('article.js', '(function(){console.log("gate")})()');
    write('background.js', 'import{a}from"./chunks/shared.js";a()');
    write('sidepanel.html', '<script type="module" src="/chunks/sidepanel.js"></script>');
    write('chunks/sidepanel.js', 'import"./shared.js";import{r}from"./region-1.js";import(`./lazy.js`)');
    write('chunks/shared.js', 'export const a=()=>1;'.repeat(20));
    write('chunks/region-1.js', 'export const r=[1,2,3];');
    write('chunks/lazy.js', 'export default 1');
    write('offscreen.html', '<script type="module" src="/chunks/offscreen.js"></script>');
    write('chunks/offscreen.js', 'import"./shared.js";const n=await import(`./three.js`)');
    write('chunks/three.js', 'import"./shared.js";export default "compromise: Invalid tag"');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('attributes chunks to entry points through the static import graph', () => {
    const r = measureBuild(dir);
    const files = (name: string) =>
      r.entries
        .find((e) => e.entry.startsWith(name))
        ?.files.map((f) => f.file)
        .sort();
    expect(files('content script')).toEqual(['article.js']);
    expect(files('background')).toEqual(['background.js', 'chunks/shared.js']);
    // The map data is left out of the panel's figure but named.
    expect(files('panel')).toEqual(['chunks/shared.js', 'chunks/sidepanel.js']);
    const panel = r.entries.find((e) => e.entry === 'panel')!;
    expect(panel.excluded.map((f) => f.file)).toEqual(['chunks/region-1.js']);
    expect(panel.lazy.map((f) => f.file)).toEqual(['chunks/lazy.js']);
    expect(panel.gzip).toBe(panel.files.reduce((s, f) => s + f.gzip, 0));
    expect(r.entries.find((e) => e.entry === 'options')).toBeUndefined();
  });

  test('finds the chunk only the analyser loads, and only what it adds', () => {
    const r = measureBuild(dir);
    expect(r.analyserOnly.map((f) => f.file)).toEqual(['chunks/three.js']);
    expect(r.analyserOnlyIsCompromise).toBe(true);
  });
});
