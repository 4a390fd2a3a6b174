/**
 * `npm run corpus:check`: every cached text against the manifest's SHA-256, and no manifest URL on the
 * exclusion list. Exits non-zero on a mismatch or an excluded URL; missing texts are reported only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CACHE_DIR, EXCLUSIONS, idOf, readExclusions, readManifest, sha256, textPath } from './files';

const { entries } = readManifest();
let present = 0;
const missing: string[] = [];
const mismatched: string[] = [];
const problems: string[] = [];
const ids = new Set<string>();
for (const e of entries) {
  if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
  ids.add(e.id);
  if (idOf(e.url) !== e.id) problems.push(`id ${e.id} is not the hash of its URL`);
  const path = textPath(e.id);
  if (!existsSync(path)) {
    missing.push(e.id);
    continue;
  }
  if (sha256(readFileSync(path, 'utf8')) === e.sha256) present++;
  else mismatched.push(e.id);
}
const exclusions = readExclusions();
const excluded = exclusions ? entries.filter((e) => exclusions.has(sha256(e.url))) : [];
const strays = existsSync(CACHE_DIR)
  ? readdirSync(CACHE_DIR).filter((f) => f.endsWith('.txt') && !ids.has(f.slice(0, -4)))
  : [];

console.log(`manifest: ${entries.length} entries`);
console.log(`cache: ${present} present, ${missing.length} missing, ${mismatched.length} mismatched`);
if (strays.length) console.log(`cache: ${strays.length} texts not in the manifest (ignored)`);
if (!exclusions) console.log(`exclusion list not found at ${EXCLUSIONS}: URLs not checked`);
else console.log(`exclusions: ${exclusions.size} hashes, ${excluded.length} manifest URLs on the list`);
for (const id of mismatched) console.error(`mismatch: ${id}`);
for (const e of excluded) console.error(`excluded URL in manifest: ${e.id} ${e.url}`);
for (const p of problems) console.error(p);
process.exit(mismatched.length + excluded.length + problems.length > 0 ? 1 : 0);
