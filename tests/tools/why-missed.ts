/** Shows where a missed key entity's names could be in a fixture: `npx tsx tests/tools/why-missed.ts slug id`. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract/extract';
import { entities } from '../../lib/kb';
import { fold } from '../../lib/text/fold';

const [slug, id] = process.argv.slice(2);
const { document } = parseHTML(readFileSync(`tests/fixtures/articles/${slug}/source.html`, 'utf8'));
const article = extractArticle(document as unknown as Document)!;
const e = entities.find((x) => x.id === id)!;
console.log('names:', e.names.map((n) => `${n.text}${n.needsContext ? '*' : ''}`).join(' | '));
const text = fold(`${article.title}\n${article.text}`);
const words = new Set(e.names.flatMap((n) => fold(n.text).split(/\W+/)).filter((w) => w.length > 3));
for (const w of words) {
  for (const m of text.matchAll(new RegExp(`.{0,50}${w}.{0,40}`, 'g')))
    console.log(`  [${w}] ${m[0].replace(/\n/g, ' ')}`);
}
