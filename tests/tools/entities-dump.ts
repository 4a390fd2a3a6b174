/** Lists every entity outside the knowledge base found in the dev corpus: `npx tsx tests/tools/entities-dump.ts`. */
import { loadEngine } from '../../lib/analyser/lazy-engine';
import { analyseFixture, loadCorpus } from './corpus';

const engine = await loadEngine();
for (const f of loadCorpus()) {
  const a = analyseFixture(f, engine);
  const others = a?.entities.filter((e) => !e.id).map((e) => `${e.name}[${e.type[0]}]`) ?? [];
  console.log(`${f.slug}: ${others.join(' | ')}`);
}
