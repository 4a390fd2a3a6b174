/** Events linked per fixture, with whether the labels expect them: `npx tsx tests/tools/events-dump.ts`. */
import { createEngine } from '../../lib/analysis/engine';
import { analyseFixture, loadCorpus } from './corpus';

const engine = createEngine();
for (const f of loadCorpus()) {
  const events = analyseFixture(f, engine)?.entities.filter((e) => e.type === 'event') ?? [];
  if (events.length === 0) continue;
  console.log(
    `${f.slug}: ${events.map((e) => `${e.id}${f.expected.keyEntities.includes(e.id!) ? '' : '(?)'}`).join(', ')}`,
  );
}
