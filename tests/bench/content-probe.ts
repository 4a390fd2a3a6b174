/**
 * Runs in a fixture page's main world (bundled by probe-bundle.ts): the content script's own steps, timed
 * one by one on the same DOM, to say where its time goes. The gate's two costly calls are timed by
 * wrappers the bundler puts between gate.ts and its imports, so this times the real gate, not a copy.
 */
import { gate } from '@/lib/gate/gate';
import { GATE_FILTERS } from '@/lib/gate/gate-keys.generated';
import { filterIndex } from '@/lib/gate/signal';

export interface ProbeTimes {
  /** filterIndex(GATE_FILTERS): the script's set-up before its first look. */
  index: number;
  /** gate() as a whole. */
  gate: number;
  /** …of which isProbablyReaderable (Readability's "is this an article?"). */
  readerable: number;
  /** …of which countSignals (tokenising the headline and opening, looking words up). */
  signals: number;
  /** Hand-over, when the gate passes: document.documentElement.outerHTML. */
  outerHTML: number;
  /** Hand-over: JSON-serialising the message, as runtime.sendMessage does. */
  serialise: number;
  pass: boolean;
  htmlChars: number;
}

interface ProbeGlobal {
  __kontekstProbeTimes: { readerable: number; signals: number };
  __kontekstProbe: () => ProbeTimes;
}

const g = globalThis as unknown as ProbeGlobal;
g.__kontekstProbeTimes = { readerable: 0, signals: 0 };
g.__kontekstProbe = () => {
  const parts = g.__kontekstProbeTimes;
  parts.readerable = 0;
  parts.signals = 0;
  const t0 = performance.now();
  const index = filterIndex(GATE_FILTERS);
  const t1 = performance.now();
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const verdict = gate(document, index, navigation?.decodedBodySize);
  const t2 = performance.now();
  let outerHTML = 0;
  let serialise = 0;
  let htmlChars = 0;
  if (verdict.pass) {
    const html = document.documentElement.outerHTML;
    const t3 = performance.now();
    JSON.stringify({ kontekst: 1, type: 'page/candidate', payload: { url: location.href, html, truncated: false } });
    serialise = performance.now() - t3;
    outerHTML = t3 - t2;
    htmlChars = html.length;
  }
  return {
    index: t1 - t0,
    gate: t2 - t1,
    readerable: parts.readerable,
    signals: parts.signals,
    outerHTML,
    serialise,
    pass: verdict.pass,
    htmlChars,
  };
};
