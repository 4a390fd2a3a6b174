/**
 * Writes the files generated from the knowledge base (one source of truth for names):
 * lib/gate/gate-keys.generated.ts, the content script's signal words.
 * `npm run generate`; tests fail when a generated file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entities } from '../kb';
import { gateKeysModule } from './generated-files';

const target = fileURLToPath(new URL('../gate/gate-keys.generated.ts', import.meta.url));
writeFileSync(target, gateKeysModule(entities));
console.log(`wrote ${target}`);
