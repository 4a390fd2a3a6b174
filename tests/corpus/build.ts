/**
 * `npm run corpus:build`: the manifest from the saved search answers (cache/raw/<n>.json) and the
 * annotator's labels (tests/corpus/labels.txt), and the cached texts. Run by whoever adds texts; the
 * manifest it writes is what is committed.
 *
 * labels.txt, one text a line: `<answer n>.<rank> <b|o> <kind> <lang> | Name=t:surface/surface; …`
 * with t one of p (person), l (place), o (organization), e (event); no surfaces means the name itself.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  CACHE_DIR,
  CORPUS_DIR,
  MANIFEST,
  RAW_DIR,
  idOf,
  languageGroup,
  readExclusions,
  readManifest,
  sha256,
  textPath,
  type EntityType,
  type KeyEntity,
  type ManifestEntry,
  type RawAnswer,
} from './files';

/** A text keeps the date it was first taken, and its split: a text tuned on never moves aside, nor back. */
const previous = new Map(existsSync(MANIFEST) ? readManifest().entries.map((e) => [e.id, e]) : []);
const TODAY = new Date().toISOString().slice(0, 10);
const TYPES: Record<string, EntityType> = { p: 'person', l: 'place', o: 'organization', e: 'event' };

const answers = new Map<string, RawAnswer>();
for (const f of readdirSync(RAW_DIR).filter((f) => f.endsWith('.json')))
  answers.set(f.slice(0, -5), JSON.parse(readFileSync(join(RAW_DIR, f), 'utf8')) as RawAnswer);

const exclusions = readExclusions();
if (!exclusions) console.warn('exclusion list not found: URLs not checked');
const entries: ManifestEntry[] = [];
const seenText = new Map<string, string>();
let skipped = 0;
let differing = 0;
const errors: string[] = [];
const lines = readFileSync(join(CORPUS_DIR, 'labels.txt'), 'utf8').split(/\r?\n/);
for (const [i, raw] of lines.entries()) {
  const line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  const m = /^(\d+)\.(\d+)\s+([bo])\s+(\S+)\s+(\S+)\s*(?:\|\s*(.*))?$/.exec(line);
  if (!m) throw new Error(`labels.txt:${i + 1}: cannot read "${line}"`);
  const [, n, rank, topic, kind, language, keys = ''] = m;
  const answer = answers.get(n!);
  const result = answer?.results.find((r, k) => (r.rank ?? k + 1) === Number(rank));
  if (!answer || !result) throw new Error(`labels.txt:${i + 1}: no result ${n}.${rank}`);
  if (exclusions?.has(sha256(result.url))) {
    console.error(`labels.txt:${i + 1}: ${result.url} is on the exclusion list: skipped`);
    skipped++;
    continue;
  }
  const key = result.excerpt.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (seenText.has(key)) throw new Error(`labels.txt:${i + 1}: same text as ${seenText.get(key)}`);
  seenText.set(key, `${n}.${rank}`);
  const keyEntities: KeyEntity[] = keys
    .split(';')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => {
      const km = /^(.+?)=([ploe]):?(.*)$/.exec(k);
      if (!km) throw new Error(`labels.txt:${i + 1}: cannot read entity "${k}"`);
      const surfaces = km[3]!
        .split('/')
        .map((s) => s.trim())
        .filter(Boolean);
      const name = km[1]!.trim();
      const all = surfaces.length ? surfaces : [name];
      for (const s of all)
        if (!result.excerpt.includes(s)) errors.push(`labels.txt:${i + 1}: "${s}" is not in the text`);
      return { name, type: TYPES[km[2]!]!, surfaces: all };
    });
  const id = idOf(result.url);
  if (entries.some((e) => e.id === id)) throw new Error(`labels.txt:${i + 1}: ${result.url} twice`);
  // A text already in the manifest keeps the hash it was recorded with: an answer saved again that differs
  // by a character (a rebuild copied by hand) must not re-define the text, only fail to restore it.
  const recorded = previous.get(id)?.sha256;
  const hash = sha256(result.excerpt);
  entries.push({
    id,
    url: result.url,
    query: answer.query,
    retrieved: previous.get(id)?.retrieved ?? TODAY,
    sha256: recorded ?? hash,
    split: 'tune',
    labels: { topic: topic === 'b' ? 'balkans' : 'other', kind: kind!, language: language!, keyEntities },
  });
  if (recorded && recorded !== hash) {
    console.warn(
      `labels.txt:${i + 1}: ${n}.${rank} differs from its recorded text: kept the recorded hash, not cached`,
    );
    differing++;
    continue;
  }
  writeFileSync(textPath(id), result.excerpt, 'utf8');
}

if (errors.length) {
  for (const e of errors) console.error(e);
  process.exit(1);
}

// A third and more aside, chosen by hash within each language group and topic, so every group has both.
// Texts already in the manifest keep their split; new ones are split among themselves the same way.
const cells = new Map<string, ManifestEntry[]>();
for (const e of entries) {
  const before = previous.get(e.id);
  if (before) {
    e.split = before.split;
    continue;
  }
  const cell = `${languageGroup(e.labels.language)}/${e.labels.topic}`;
  cells.set(cell, [...(cells.get(cell) ?? []), e]);
}
for (const cell of cells.values())
  cell
    .sort((a, b) => sha256(`split:${a.id}`).localeCompare(sha256(`split:${b.id}`)))
    .forEach((e, k) => (e.split = k % 3 === 0 ? 'aside' : 'tune'));

// Texts whose label line was dropped leave the cache too.
const kept = new Set(entries.map((e) => `${e.id}.txt`));
for (const f of readdirSync(CACHE_DIR)) if (f.endsWith('.txt') && !kept.has(f)) rmSync(join(CACHE_DIR, f));

const description =
  'Kontekst real-text corpus: third-party texts (search-tool page excerpts) with labels; the texts are ' +
  'never committed (tests/corpus/cache, git-ignored). See tests/corpus/README.md.';
// Written as prettier writes it, so `prettier --check .` holds for the committed manifest.
const options = (await resolveConfig(MANIFEST)) ?? {};
writeFileSync(MANIFEST, await format(JSON.stringify({ description, entries }), { ...options, filepath: MANIFEST }));
console.log(
  `manifest: ${entries.length} entries (${entries.filter((e) => e.split === 'aside').length} aside); ${skipped} skipped as excluded; ${differing} kept with their recorded hash`,
);
