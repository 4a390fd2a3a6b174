/**
 * `npm run corpus:import -- <answer.json>…`: writes the texts of manifest entries found in saved
 * search-tool answers into the cache, refusing any whose text does not match the manifest's SHA-256.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CACHE_DIR, idOf, readManifest, sha256, textPath, type RawAnswer } from './files';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run corpus:import -- <search-answer.json>…');
  process.exit(2);
}
const byId = new Map(readManifest().entries.map((e) => [e.id, e]));
mkdirSync(CACHE_DIR, { recursive: true });
let written = 0;
let mismatched = 0;
let unknown = 0;
for (const file of files) {
  const answer = JSON.parse(readFileSync(file, 'utf8')) as RawAnswer;
  for (const r of answer.results ?? []) {
    const entry = byId.get(idOf(r.url));
    if (!entry) {
      unknown++;
      continue;
    }
    if (sha256(r.excerpt) !== entry.sha256) {
      mismatched++;
      console.error(`mismatch: ${entry.id} ${r.url}`);
      continue;
    }
    writeFileSync(textPath(entry.id), r.excerpt, 'utf8');
    written++;
  }
}
console.log(`wrote ${written} texts; ${mismatched} did not match the manifest; ${unknown} results not in it`);
process.exit(mismatched > 0 ? 1 : 0);
