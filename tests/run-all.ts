/**
 * `npm test`: every check, in order, with one closing line CI reads — "N passed, N failed".
 * Vitest suites count their tests; each other step (type-check, lint, builds, web-ext lint) counts as one.
 * The store zips are listed with their sizes just before it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const startedAll = Date.now();
const failures: string[] = [];
mkdirSync('tests/artifacts', { recursive: true });

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  const started = Date.now();
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function step(name: string, ok: boolean) {
  if (ok) total.passed++;
  else {
    total.failed++;
    failures.push(name);
  }
}

function vitest(name: string, config: string | null) {
  const report = `tests/artifacts/${name}.json`;
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const ok = run('npx', args);
  if (!existsSync(report)) {
    step(`${name} (no report)`, false);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  if (r.numFailedTests > 0) failures.push(`${name}: ${r.numFailedTests} failed`);
  // A suite that crashed before running its tests still fails the run.
  if (!ok && r.numFailedTests === 0) step(`${name} (runner error)`, false);
  if (r.numTotalTests === 0) step(`${name} ran no test`, false);
}

step('type-check', run('npx', ['wxt', 'prepare']) && run('npx', ['tsc', '--noEmit']));
step('lint', run('npx', ['eslint', '.']) && run('npx', ['prettier', '--check', '.']));
vitest('unit', null);
const built =
  run('npx', ['wxt', 'build'], { KONTEKST_LOCAL: '1' }) &&
  run('npx', ['wxt', 'build', '-b', 'firefox'], { KONTEKST_LOCAL: '1' });
step('build (chrome-mv3, firefox-mv3)', built);
// The store build, as the packages submitted to the stores (and the AMO sources zip).
const zipped = run('npx', ['wxt', 'zip']) && run('npx', ['wxt', 'zip', '-b', 'firefox']);
step('store build and zips (chrome-mv3, firefox-mv3, sources)', zipped);
step('web-ext lint (firefox)', run('npx', ['tsx', 'tests/tools/web-ext-lint.ts', '.output/firefox-mv3']));
if (zipped) vitest('store', 'vitest.store.config.ts');
else step('store checks (skipped: zips failed)', false);
if (built) vitest('e2e', 'vitest.e2e.config.ts');
else step('e2e (skipped: build failed)', false);

console.log('');
if (existsSync('.output'))
  for (const zip of readdirSync('.output').filter((f) => f.endsWith('.zip')))
    console.log(`${zip}: ${(statSync(`.output/${zip}`).size / 1024).toFixed(1)} KiB`);
console.log(`npm test took ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
