/**
 * `npm run analyze -- <file.html|file.txt|URL> [--json]`: the extension's analysis, in Node.
 * HTML goes through the same extraction as in the browser (linkedom for the DOM); a .txt file is plain
 * text (its first line is the title only when a blank line follows it); a URL is fetched.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyseDocument } from '../analyser/analyse-html';
import { loadEngine } from '../analyser/lazy-engine';
import { analyzeArticle } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { guessLanguage } from '../extract/language';
import { formatAnalysis } from './format-analysis';
import { readTextFile } from './text-file';

const USAGE = 'usage: npm run analyze -- <file.html|file.txt|URL> [--json]';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) return fail(`unknown option ${unknown}; ${USAGE}`);
  if (rest.length !== 1) return fail(USAGE);
  const target = rest[0]!;
  const engine = await loadEngine();

  let analysis: Analysis | null;
  if (/^https?:\/\//i.test(target)) {
    let html: string;
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok) return fail(`could not fetch ${target}: HTTP ${response.status}`);
      html = await response.text();
    } catch (error) {
      return fail(
        `could not fetch ${target}: ${error instanceof Error ? ((error.cause as Error)?.message ?? error.message) : error}`,
      );
    }
    analysis = fromHtml(html, target, engine);
  } else {
    let content: string;
    try {
      content = await readFile(target, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? `no such file: ${target}` : `cannot read ${target}: ${code ?? error}`);
    }
    const ext = extname(target).toLowerCase();
    if (content.trim() === '') return fail(`${target} is empty: there is no text to analyse`);
    if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*</.test(content))) {
      analysis = fromHtml(content, null, engine);
    } else {
      const file = readTextFile(content, target);
      if ('error' in file) return fail(file.error);
      analysis = analyzeArticle({ ...file, lang: guessLanguage(file.text) }, engine);
    }
  }
  if (!analysis) return fail(`no article found in ${target}`);
  process.stdout.write(json ? `${JSON.stringify(analysis)}\n` : formatAnalysis(analysis));
  return 0;
}

function fromHtml(html: string, url: string | null, engine: Awaited<ReturnType<typeof loadEngine>>): Analysis | null {
  const { document } = parseHTML(html);
  return analyseDocument(document as unknown as Document, url, engine);
}

function fail(message: string): number {
  process.stderr.write(`analyze: ${message}\n`);
  return 1;
}

// exitCode, not exit(): a large JSON on a pipe must be written out in full first.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
