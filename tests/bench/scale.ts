import nlp from 'compromise';
import { analyzeArticle } from '../../lib/analysis/analyze';
import { createEngine, type Engine } from '../../lib/analysis/engine';
import { entities } from '../../lib/kb';
import type { Entity, EntityId } from '../../lib/kb/types';
import { createNlpExtractor, frozenLexicon } from '../../lib/nlp/compromise-entities';
import { extractArticle } from '../../lib/extract/extract';
import { parseHTML } from 'linkedom';
import { loadCorpus } from '../tools/corpus';

/** One point of the scale test: analysis of `textKb` of text against a KB of `kbSize` entities. */
export interface ScalePoint {
  textKb: number;
  kbSize: number;
  /** Best of the runs: wall clock and this process's CPU time (user + system) for the same run. */
  wallMs: number;
  cpuMs: number;
  /** Building the engine (gazetteer, indexes, lexicon) for this KB, once. */
  buildMs: number;
}

export interface ScaleFigures {
  text: ScalePoint[];
  kb: ScalePoint[];
  /** Growth exponents from the first to the last point: t ∝ size^k (CPU time). */
  textExponent: number;
  kbExponent: number;
}

const TEXT_SIZES = [1, 10, 100];
const KB_SIZES = [200, 1200, 5000];

/** Balkans fixture articles joined into paragraphs until the text is `kb` KiB long. */
function textOf(kb: number): string {
  const texts = loadCorpus()
    .filter((f) => f.slug.startsWith('bk-') && f.slug.endsWith('-en'))
    .flatMap((f) => extractArticle(parseHTML(f.html).document as unknown as Document)?.text ?? []);
  let out = '';
  for (let i = 0; out.length < kb * 1024; i++) out += `${texts[i % texts.length]}\n\n`;
  return out.slice(0, kb * 1024);
}

const SYLLABLES = ['ko', 'va', 'ri', 'sel', 'dan', 'mir', 'lo', 'zar', 'bek', 'tin', 'gor', 'vel', 'ush', 'pra', 'nes'];
/** Made-up people, places and organisations, so that a 5,000-entity KB has 5,000 distinct names. */
function synthetic(n: number): Entity[] {
  const word = (i: number, len: number) => {
    let s = '';
    for (let k = 0; k < len; k++) s += SYLLABLES[Math.floor(i / SYLLABLES.length ** k) % SYLLABLES.length];
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const template = entities.find((e) => e.type === 'person')!;
  return Array.from({ length: n }, (_, i) => {
    const name = `${word(i, 2)} ${word(i * 7 + 3, 3)}ić`;
    return {
      ...template,
      id: `synthetic-${i}` as EntityId,
      name,
      names: [
        { text: name, lang: 'en' },
        { text: name.split(' ')[1]!, lang: 'en', form: 'short', needsContext: true },
      ],
      relations: [],
    } as Entity;
  });
}

/** A KB of exactly `size` entities: the real ones first, then made-up ones. */
function kbOf(size: number): Entity[] {
  return size <= entities.length ? entities.slice(0, size) : [...entities, ...synthetic(size - entities.length)];
}

function measure(fn: () => unknown, runs: number): { wallMs: number; cpuMs: number } {
  let best = { wallMs: Infinity, cpuMs: Infinity };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    const wallMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (cpuMs < best.cpuMs) best = { wallMs, cpuMs };
  }
  return best;
}

function engineFor(list: readonly Entity[]): { engine: Engine; buildMs: number } {
  const t = performance.now();
  const engine = createEngine({ entities: list, nlp: createNlpExtractor(nlp, frozenLexicon(list)) });
  return { engine, buildMs: performance.now() - t };
}

const exponent = (points: ScalePoint[], size: (p: ScalePoint) => number) => {
  const a = points[0]!;
  const b = points.at(-1)!;
  return Math.log(b.cpuMs / a.cpuMs) / Math.log(size(b) / size(a));
};

/**
 * How analysis time grows with the text (1, 10, 100 KiB against the real KB) and with the knowledge base
 * (200, 1,200 and 5,000 entities, made-up ones past the real KB, against 10 KiB of text).
 */
export function scaleFigures(runs = 3): ScaleFigures {
  const full = engineFor(entities);
  const text = TEXT_SIZES.map((textKb) => {
    const input = { title: 'Scale test', text: textOf(textKb), lang: 'en' };
    analyzeArticle(input, full.engine);
    return {
      textKb,
      kbSize: entities.length,
      buildMs: full.buildMs,
      ...measure(() => analyzeArticle(input, full.engine), runs),
    };
  });
  const input = { title: 'Scale test', text: textOf(10), lang: 'en' };
  const kb = KB_SIZES.map((kbSize) => {
    const { engine, buildMs } = engineFor(kbOf(kbSize));
    analyzeArticle(input, engine);
    return { textKb: 10, kbSize, buildMs, ...measure(() => analyzeArticle(input, engine), runs) };
  });
  return {
    text,
    kb,
    textExponent: exponent(text, (p) => p.textKb),
    kbExponent: exponent(kb, (p) => p.kbSize),
  };
}

/** The scale table as Markdown, for the bench output and the README. */
export function scaleTable(s: ScaleFigures): string {
  const row = (p: ScalePoint) =>
    `| ${p.textKb} KiB | ${p.kbSize.toLocaleString('en-GB')} | ${p.cpuMs.toFixed(1)} | ${p.wallMs.toFixed(1)} | ${p.buildMs.toFixed(0)} |`;
  return [
    '| text | KB entities | analysis CPU ms | analysis wall ms | engine build ms (wall) |',
    '| --- | --- | --- | --- | --- |',
    ...s.text.map(row),
    ...s.kb.map(row),
    '',
    `Growth (CPU time, first to last point): text exponent ${s.textExponent.toFixed(2)}, KB exponent ${s.kbExponent.toFixed(2)}.`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('scale.ts')) console.log(scaleTable(scaleFigures()));
