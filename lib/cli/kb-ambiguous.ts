/**
 * `npm run kb:ambiguous`: writes lib/kb/data/ambiguous.json, every name (folded) that more than one entity
 * carries, with its candidates. The linker tells them apart by what else the page names; the file is the
 * reviewed list of such names, and the data tests fail on a shared name it does not hold.
 */
import { writeFileSync } from 'node:fs';
import { entities } from '../kb';
import { fold } from '../text/fold';

const owners = new Map<string, Set<string>>();
for (const e of entities)
  for (const n of e.names) {
    const key = fold(n.text);
    owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
  }
const shared = Object.fromEntries(
  [...owners]
    .filter(([, ids]) => ids.size > 1)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, ids]) => [key, [...ids].sort()]),
);
writeFileSync(new URL('../kb/data/ambiguous.json', import.meta.url), `${JSON.stringify(shared, null, 1)}\n`);
process.stdout.write(`${Object.keys(shared).length} shared names written\n`);
