/**
 * Writes the files generated from the knowledge base (one source of truth for names):
 * lib/gate/gate-keys.generated.ts, the content script's signal words, and
 * lib/names/given-names.generated.ts, the name finder's given names.
 * `npm run generate`; tests fail when a generated file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entities } from '../kb';
import { gateKeysModule, givenNamesModule } from './generated-files';

for (const [path, source] of [
  ['../gate/gate-keys.generated.ts', gateKeysModule(entities)],
  ['../names/given-names.generated.ts', givenNamesModule(entities)],
] as const) {
  const target = fileURLToPath(new URL(path, import.meta.url));
  writeFileSync(target, source);
  console.log(`wrote ${target}`);
}
