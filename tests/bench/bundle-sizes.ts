import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one module imports: statically (loaded with it) and dynamically (loaded later, on demand). */
export interface Imports {
  static: string[];
  dynamic: string[];
}

/**
 * The relative `.js` specifiers a built chunk imports. Minified output writes `import"./a.js"`,
 * `import{x}from"./a.js"`, `export{y}from"./a.js"` and `import(\`./a.js\`)`; a specifier is only taken
 * right after `from`, a bare `import` or `import(`, so strings elsewhere in the code are not imports.
 */
export function importsOf(code: string): Imports {
  const found: Imports = { static: [], dynamic: [] };
  const re = /(\bfrom|\bimport)\s*(\(\s*)?(["'`])(\.{1,2}\/[^"'`\s]+?\.m?js)\3/g;
  for (const m of code.matchAll(re)) {
    const list = m[2] ? found.dynamic : found.static;
    if (!list.includes(m[4]!)) list.push(m[4]!);
  }
  return found;
}

/** The `src` of each `<script>` in an HTML page. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
}

/** A file of the build, by its path from the build's root ('chunks/x.js'). */
export interface BuiltFile {
  file: string;
  raw: number;
  /** gzip -9, as a store or a CDN would serve it; each file on its own, as the browser loads them. */
  gzip: number;
}

export interface EntrySize {
  entry: string;
  /** Files loaded with the entry (its static import graph). */
  files: BuiltFile[];
  raw: number;
  gzip: number;
  /** Chunks the entry loads later, by dynamic import (with their own static imports not already loaded). */
  lazy: BuiltFile[];
  /** Files of the static graph left out of the sums (the panel's map data when it is split out). */
  excluded: BuiltFile[];
}

export interface BundleSizes {
  dir: string;
  entries: EntrySize[];
  /**
   * What only the analyser loads: chunks it imports dynamically, and worker scripts (started with
   * `new Worker(url)`, in no entry's import graph): compromise, in the NLP worker.
   */
  analyserOnly: BuiltFile[];
  /** Whether a file of analyserOnly mentions compromise (a sanity check of the name). */
  analyserOnlyIsCompromise: boolean;
  /** The knowledge base as data files (kb/index.json and the record shards), read on demand, in no bundle. */
  kbData: {
    indexRaw: number;
    indexGzip: number;
    shards: number;
    shardsRaw: number;
    shardsGzip: number;
    largestShardGzip: number;
    /** The other data files (the packed gazetteer, compromise's lexicon). */
    other: BuiltFile[];
  };
}

/** The map's data, left out of the panel's figure when it is a chunk of its own. */
const MAP_DATA = /(^|\/)[^/]*(region|map-data)[^/]*\.(m?js|json)$/i;
export const isMapData = (file: string): boolean => MAP_DATA.test(file);

export function measureBuild(dir: string): BundleSizes {
  const cache = new Map<string, BuiltFile>();
  const sized = (file: string): BuiltFile => {
    let f = cache.get(file);
    if (!f) {
      const buf = readFileSync(join(dir, file));
      f = { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
      cache.set(file, f);
    }
    return f;
  };
  const importsCache = new Map<string, Imports>();
  const importsOfFile = (file: string): Imports => {
    let i = importsCache.get(file);
    if (!i) {
      const resolve = (spec: string) => posix.normalize(posix.join(posix.dirname(file), spec));
      const raw = importsOf(readFileSync(join(dir, file), 'utf8'));
      i = { static: raw.static.map(resolve), dynamic: raw.dynamic.map(resolve) };
      importsCache.set(file, i);
    }
    return i;
  };
  const closure = (roots: string[], already: ReadonlySet<string> = new Set()): string[] => {
    const seen = new Set<string>();
    const queue = roots.filter((r) => !already.has(r));
    while (queue.length > 0) {
      const f = queue.shift()!;
      if (seen.has(f) || already.has(f)) continue;
      seen.add(f);
      if (f.endsWith('.js')) queue.push(...importsOfFile(f).static);
    }
    return [...seen];
  };
  const lazyOf = (files: string[]): string[] => {
    const loaded = new Set(files);
    const roots = files.flatMap((f) => (f.endsWith('.js') ? importsOfFile(f).dynamic : []));
    return closure([...new Set(roots)], loaded);
  };

  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    side_panel?: { default_path?: string };
    options_ui?: { page?: string };
  };
  const page = (html: string | undefined): string[] => {
    if (!html || !existsSync(join(dir, html))) return [];
    const scripts = scriptsOf(readFileSync(join(dir, html), 'utf8'));
    return scripts.map((s) =>
      s.startsWith('/') ? s.slice(1) : posix.normalize(posix.join(dirname(html).replace(/^\.$/, ''), s)),
    );
  };
  const roots: [string, string[]][] = [
    ['content script', [...new Set(manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [])]],
    ['panel', page(manifest.side_panel?.default_path ?? 'sidepanel.html')],
    [
      'background',
      manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []),
    ],
    ['offscreen (analyser)', page('offscreen.html')],
    ['options', page(manifest.options_ui?.page ?? 'options.html')],
  ];

  const entries: EntrySize[] = roots
    .filter(([, r]) => r.length > 0)
    .map(([entry, r]) => {
      const all = closure(r);
      const excluded = entry === 'panel' ? all.filter(isMapData) : [];
      const files = all.filter((f) => !excluded.includes(f)).map(sized);
      return {
        entry,
        files,
        raw: files.reduce((s, f) => s + f.raw, 0),
        gzip: files.reduce((s, f) => s + f.gzip, 0),
        lazy: lazyOf(all).map(sized),
        excluded: excluded.map(sized),
      };
    });

  // Loaded only by the analyser: lazy there, and in no other entry's static or lazy graph.
  const analyser = entries.find((e) => e.entry.startsWith('offscreen'));
  const elsewhere = new Set(
    entries.filter((e) => e !== analyser).flatMap((e) => [...e.files, ...e.lazy, ...e.excluded].map((f) => f.file)),
  );
  const workers = existsSync(join(dir, 'assets'))
    ? readdirSync(join(dir, 'assets'))
        .filter((f) => /\.worker-[\w-]+\.js$/.test(f))
        .map((f) => sized(`assets/${f}`))
    : [];
  const analyserOnly = [...(analyser?.lazy ?? []).filter((f) => !elsewhere.has(f.file)), ...workers];
  const analyserOnlyIsCompromise = analyserOnly.some((f) => /compromise/.test(readFileSync(join(dir, f.file), 'utf8')));
  const kbFiles = existsSync(join(dir, 'kb')) ? readdirSync(join(dir, 'kb')).map((f) => sized(`kb/${f}`)) : [];
  const index = kbFiles.find((f) => f.file === 'kb/index.json');
  const shards = kbFiles.filter((f) => /^kb\/records-\d+\.json$/.test(f.file));
  const kbData = {
    indexRaw: index?.raw ?? 0,
    indexGzip: index?.gzip ?? 0,
    shards: shards.length,
    shardsRaw: shards.reduce((s, f) => s + f.raw, 0),
    shardsGzip: shards.reduce((s, f) => s + f.gzip, 0),
    largestShardGzip: Math.max(0, ...shards.map((f) => f.gzip)),
    other: kbFiles.filter((f) => f !== index && !shards.includes(f)),
  };
  return { dir, entries, analyserOnly, analyserOnlyIsCompromise, kbData };
}
