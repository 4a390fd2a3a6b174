import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const GATE = resolve('lib/gate/gate.ts');
const SIGNAL = resolve('lib/gate/signal.ts');

/**
 * Puts timing wrappers between lib/gate/gate.ts and the two calls that cost (isProbablyReaderable,
 * countSignals); every other importer gets the real modules.
 */
const timeGateParts: Plugin = {
  name: 'time-gate-parts',
  setup(b) {
    b.onResolve({ filter: /^@mozilla\/readability\/Readability-readerable\.js$|^\.\/signal$/ }, (args) =>
      args.importer === GATE ? { path: args.path, namespace: 'timed' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'timed' }, (args) => {
      const timed = (slot: string) => `{
  const t = performance.now();
  try { return real(...args); } finally { globalThis.__kontekstProbeTimes.${slot} += performance.now() - t; }
}`;
      // The readerability check is a CommonJS module's one export (gate.ts imports it as the default).
      const contents = args.path.startsWith('@mozilla')
        ? `import real from ${JSON.stringify(args.path)};
export default function isProbablyReaderable(...args) ${timed('readerable')}`
        : `export * from ${JSON.stringify(SIGNAL)};
import { countSignals as real } from ${JSON.stringify(SIGNAL)};
export function countSignals(...args) ${timed('signals')}`;
      return { resolveDir: process.cwd(), loader: 'js', contents };
    });
  },
};

/** The probe as one classic script, ready for page.evaluate(script). */
export async function probeScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve('tests/bench/content-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
    plugins: [timeGateParts],
  });
  return out.outputFiles[0]!.text;
}
