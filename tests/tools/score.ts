/** Prints the dev-corpus figures: `npx tsx tests/tools/score.ts`. */
import { createEngine } from '../../lib/analysis/engine';
import { ARTICLES, HELDOUT, loadCorpus, scoreCorpus } from './corpus';

const s = scoreCorpus(loadCorpus(process.argv.includes('--heldout') ? HELDOUT : ARTICLES), createEngine());
console.log(JSON.stringify(s, null, 2));
