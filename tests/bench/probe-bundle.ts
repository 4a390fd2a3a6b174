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
    b.onResolve({ filter: /^@mozilla\/readability$|^\.\/signal$/ }, (args) =>
      args.importer === GATE ? { path: args.path, namespace: 'timed' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'timed' }, (args) => {
      const [real, name, slot] = args.path.startsWith('@mozilla')
        ? ['@mozilla/readability', 'isProbablyReaderable', 'readerable']
        : [SIGNAL, 'countSignals', 'signals'];
      return {
        resolveDir: process.cwd(),
        loader: 'js',
        contents: `export * from ${JSON.stringify(real)};
import { ${name} as real } from ${JSON.stringify(real)};
export function ${name}(...args) {
  const t = performance.now();
  try { return real(...args); } finally { globalThis.__kontekstProbeTimes.${slot} += performance.now() - t; }
}`,
      };
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
