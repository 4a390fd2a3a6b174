/** Prints the dev-corpus figures: `npx tsx tests/tools/score.ts`. */
import { createEngine } from '../../lib/analysis/engine';
import { loadCorpus, scoreCorpus } from './corpus';

const s = scoreCorpus(loadCorpus(), createEngine());
console.log(JSON.stringify(s, null, 2));
