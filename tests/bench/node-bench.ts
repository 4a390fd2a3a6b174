import { parseHTML } from 'linkedom';
import nlp from 'compromise';
import { analyzeArticle } from '../../lib/analysis/analyze';
import { createEngine } from '../../lib/analysis/engine';
import { createNlpExtractor, frozenLexicon } from '../../lib/nlp/compromise-entities';
import { entities } from '../../lib/kb';
import { extractArticle } from '../../lib/extract/extract';
import { gate } from '../../lib/gate/gate';
import { GATE_FILTERS } from '../../lib/gate/gate-keys.generated';
import { filterIndex } from '../../lib/gate/signal';
import { scan } from '../../lib/gazetteer/scan';
import { tokenize } from '../../lib/text/tokens';
import { loadCorpus } from '../tools/corpus';
import { median } from './stats';

export interface NodeFigures {
  articles: number;
  gateMs: number;
  scanMs: number;
  fullMs: number;
  compromiseMs: number;
  /** Medians over the corpus of each article's own ratio. */
  fullOverCompromise: number;
  gateOverScan: number;
}

/** Best of `runs` timings of fn, in ms: the least disturbed run on a shared machine. */
function time(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Over the dev corpus, in one process: the content script's gate (on the page's DOM) against a bare
 * gazetteer scan of the same article text, and the full analysis against a bare compromise parse of the
 * same text. Each pair is timed back to back on each article, so machine noise hits both alike.
 */
export function nodeFigures(runs = 7): NodeFigures {
  const engine = createEngine({ entities, nlp: createNlpExtractor(nlp, frozenLexicon(entities)) });
  const index = filterIndex(GATE_FILTERS);
  const gates: number[] = [];
  const scans: number[] = [];
  const fulls: number[] = [];
  const bares: number[] = [];
  const ratiosFull: number[] = [];
  const ratiosGate: number[] = [];
  const corpus = loadCorpus();
  // Warm-up: compromise's first parses pay for its lazy set-up.
  for (const f of corpus.slice(0, 5)) nlp(f.html.slice(0, 2000)).people();
  for (const f of corpus) {
    const { document } = parseHTML(f.html);
    const article = extractArticle(parseHTML(f.html).document as unknown as Document);
    if (!article) continue;
    const input = { ...article, url: null };
    const g = time(() => gate(document as unknown as Document, index, Buffer.byteLength(f.html)), runs);
    const s = time(() => scan(engine.gazetteer, tokenize(article.text)), runs);
    const full = time(() => analyzeArticle(input, engine), runs);
    const bare = time(() => nlp(article.text), runs);
    gates.push(g);
    scans.push(s);
    fulls.push(full);
    bares.push(bare);
    ratiosFull.push(full / bare);
    ratiosGate.push(g / s);
  }
  return {
    articles: fulls.length,
    gateMs: median(gates),
    scanMs: median(scans),
    fullMs: median(fulls),
    compromiseMs: median(bares),
    fullOverCompromise: median(ratiosFull),
    gateOverScan: median(ratiosGate),
  };
}

/** Which fixture pages pass the content script's gate (and so are handed over and analysed), in Node. */
export function gateVerdicts(): { slug: string; pass: boolean }[] {
  const index = filterIndex(GATE_FILTERS);
  return loadCorpus().map((f) => ({
    slug: f.slug,
    // The page's size as the browser's navigation entry gives it: the gate reads the same text as there.
    pass: gate(parseHTML(f.html).document as unknown as Document, index, Buffer.byteLength(f.html)).pass,
  }));
}
