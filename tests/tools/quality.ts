/**
 * `npm run quality [-- --json] [--verbose] [--retrieved=YYYY-MM-DD]`: the engine scored on the real-text
 * corpus (whatever of it is cached, tests/corpus) and on the committed fixtures, per language group and
 * split. `--retrieved` scores only the texts taken that day: a new round's first, blind measurement. Not a
 * test: it reports; the cache may be partly or wholly missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadEngine } from '../../lib/analyser/lazy-engine';
import { analyzeArticle } from '../../lib/analysis/analyze';
import type { Analysis } from '../../lib/analysis/types';
import { languageGroup, readManifest, sha256, textPath } from '../corpus/files';
import { analyseFixture, ARTICLES, HELDOUT, loadCorpus } from './corpus';
import { add, emptyCounts, figures, junkReason, keyFound, type Counts, type Figures } from './quality-score';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const retrieved = process.argv.find((a) => a.startsWith('--retrieved='))?.slice('--retrieved='.length);
const engine = await loadEngine();

interface Scored {
  set: string;
  split: string;
  group: string;
  counts: Counts;
  missed: string[];
  junk: string[];
  wrong: string[];
}

function score(
  set: string,
  split: string,
  id: string,
  label: { topic: boolean; lang: string },
  a: Analysis | null,
  keys: { label: string; found: boolean }[],
): Scored {
  const c = emptyCounts();
  c.articles = 1;
  const predicted = a?.topic.isBalkans ?? false;
  if (predicted && label.topic) c.tp++;
  else if (predicted) c.fp++;
  else if (label.topic) c.fn++;
  else c.tn++;
  const missed: string[] = [];
  if (label.topic)
    for (const k of keys) {
      c.keys++;
      if (k.found) c.keysFound++;
      else missed.push(`${id}: ${k.label}`);
    }
  // Knowledge-base entities are curated; junk is what the name finders make up.
  const junk = (a?.entities ?? []).flatMap((e) => {
    const why = e.id === null ? junkReason(e.name) : null;
    return why ? [`${id}: "${e.name}" (${why})`] : [];
  });
  c.junk = junk.length;
  // The language the engine tells from the text (sr-Latn, hr, sl…); the page's own lang attribute when the
  // engine has none (the fixtures' labels are written in that form).
  const lang = set === 'real' ? (a?.language?.code ?? a?.lang) : a?.lang;
  if (lang === label.lang) c.langRight++;
  if (languageGroup(lang) === languageGroup(label.lang)) c.langGroupRight++;
  const wrong: string[] = [];
  if (predicted !== label.topic) wrong.push(`${id}: ${predicted ? 'lit, labelled other' : 'dark, labelled balkans'}`);
  if (lang !== label.lang) wrong.push(`${id}: language ${lang ?? 'none'}, labelled ${label.lang}`);
  return { set, split, group: languageGroup(label.lang), counts: c, missed, junk, wrong };
}

const scored: Scored[] = [];
const entries = readManifest().entries.filter((e) => !retrieved || e.retrieved === retrieved);
let missing = 0;
let mismatched = 0;
for (const e of entries) {
  const path = textPath(e.id);
  if (!existsSync(path)) {
    missing++;
    continue;
  }
  const text = readFileSync(path, 'utf8');
  if (sha256(text) !== e.sha256) {
    mismatched++;
    continue;
  }
  // Plain text with no title: an excerpt's first line is not reliably a headline. The address is the page's,
  // as the extension has it.
  const a = analyzeArticle({ title: null, text, url: e.url }, engine);
  const keys = e.labels.keyEntities.map((k) => ({ label: k.name, found: keyFound(k, a.entities) }));
  scored.push(score('real', e.split, e.id, { topic: e.labels.topic === 'balkans', lang: e.labels.language }, a, keys));
}
for (const [set, dir] of [
  ['fixtures', ARTICLES],
  ['heldout', HELDOUT],
] as const) {
  for (const f of loadCorpus(dir)) {
    const a = analyseFixture(f, engine);
    const ids = new Set(a?.entities.map((x) => x.id) ?? []);
    const keys = f.expected.keyEntities.map((id) => ({ label: id, found: ids.has(id) }));
    scored.push(score(set, 'all', f.slug, { topic: f.expected.topic === 'balkans', lang: f.expected.lang }, a, keys));
  }
}

const GROUPS = ['English', 'German', 'SR/HR/BS/CNR', 'Albanian', 'SL/MK', 'Other', 'all'];
const rows: { set: string; split: string; group: string; figures: Figures }[] = [];
for (const [set, splits] of [
  ['real', ['tune', 'aside']],
  ['fixtures', ['all']],
  ['heldout', ['all']],
] as const) {
  for (const split of splits)
    for (const group of GROUPS) {
      const part = scored.filter((s) => s.set === set && s.split === split && (group === 'all' || s.group === group));
      if (part.length === 0) continue;
      rows.push({ set, split, group, figures: figures(part.reduce((c, s) => add(c, s.counts), emptyCounts())) });
    }
}

if (json) {
  const detail = (f: (s: Scored) => string[]) => scored.flatMap(f);
  console.log(
    JSON.stringify(
      {
        corpus: { entries: entries.length, scored: entries.length - missing - mismatched, missing, mismatched },
        rows,
        missed: detail((s) => s.missed),
        junk: detail((s) => s.junk),
        wrong: detail((s) => s.wrong),
      },
      null,
      2,
    ),
  );
} else {
  const f = (x: number | null) => (x === null ? '   –' : x.toFixed(2));
  console.log(
    `real-text corpus: ${entries.length} in the manifest, ${entries.length - missing - mismatched} scored, ` +
      `${missing} not cached${mismatched ? `, ${mismatched} not matching their hash (skipped)` : ''}`,
  );
  console.log('set       split  group          texts  P     R     F1    key-recall       junk(/20)   lang  lang-group');
  for (const r of rows) {
    const x = r.figures;
    console.log(
      [
        r.set.padEnd(9),
        r.split.padEnd(6),
        r.group.padEnd(14),
        String(x.articles).padStart(5),
        f(x.precision),
        f(x.recall),
        f(x.f1),
        `${f(x.keyEntityRecall)} (${x.keys})`.padEnd(16),
        `${x.junk} (${f(x.junkPer20)})`.padEnd(11),
        f(x.languageAccuracy),
        f(x.languageGroupAccuracy),
      ].join(' '),
    );
  }
  if (verbose)
    for (const s of scored)
      for (const line of [...s.wrong, ...s.missed, ...s.junk]) console.log(`  ${s.set} ${s.split} ${line}`);
}
