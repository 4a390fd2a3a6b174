import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readZip } from './zip-reader';

/**
 * What an AMO reviewer does: take the sources zip, follow BUILDING.md (`npm ci`, `npm run build:firefox`) in
 * an empty folder, and compare the add-on that comes out with the one submitted. To keep `npm test` short the
 * unpacked folder borrows the project's node_modules (a symlink: the packages of package-lock.json, as the
 * project's own `npm ci` installed them); KONTEKST_SOURCES_NPM_CI=1 runs `npm ci --prefer-offline` there
 * instead, the reviewer's full path (about 40 s more on an idle machine).
 */
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'kontekst-sources-'));
const shipped = join(work, 'shipped');
const rebuilt = join(work, 'rebuilt');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  // Vitest sets NODE_ENV=test, under which Vite's JSX transform turns to its development form (file paths
  // in the bundle): a store build runs without it, as BUILDING.md says.
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: undefined, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Every file under a folder, by its path relative to it (with / separators, as in a zip). */
function tree(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tree(path, base, out);
    else out.set(relative(base, path).split('\\').join('/'), readFileSync(path));
  }
  return out;
}

describe('AMO sources zip', () => {
  test('unpacked in an empty folder, the documented build gives the shipped Firefox add-on, byte for byte', () => {
    // The store build (no KONTEKST_LOCAL), written outside the project so it touches nothing there.
    sh('npx', ['wxt', 'zip', '-b', 'firefox'], process.cwd(), { KONTEKST_LOCAL: undefined, KONTEKST_OUT: shipped });
    const addon = readZip(join(shipped, `kontekst-${version}-firefox.zip`));
    const sources = readZip(join(shipped, `kontekst-${version}-sources.zip`));

    // The sources hold the build's inputs and the build notes, and none of the tests or build output.
    const names = [...sources.keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'BUILDING.md', 'assets/icon.svg'])
      expect(names, needed).toContain(needed);
    for (const prefix of ['lib/', 'components/', 'entrypoints/', 'modules/', 'public/_locales/'])
      expect(
        names.some((n) => n.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(names.filter((n) => /^(tests|node_modules|\.output|\.wxt)\//.test(n))).toEqual([]);

    for (const [name, bytes] of sources) {
      mkdirSync(dirname(join(rebuilt, name)), { recursive: true });
      writeFileSync(join(rebuilt, name), bytes);
    }
    if (process.env.KONTEKST_SOURCES_LINK === '1')
      symlinkSync(resolve('node_modules'), join(rebuilt, 'node_modules'), 'dir');
    else sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], rebuilt);
    sh('npm', ['run', 'build:firefox'], rebuilt, { KONTEKST_LOCAL: undefined, KONTEKST_OUT: undefined });

    const output = tree(join(rebuilt, '.output/firefox-mv3'));
    expect([...output.keys()].sort()).toEqual([...addon.keys()].sort());
    const differing = [...addon].filter(([name, bytes]) => !output.get(name)?.equals(bytes)).map(([n]) => n);
    expect(differing).toEqual([]);
    console.log(`# sources zip: ${sources.size} files rebuilt the add-on's ${addon.size} files, byte for byte`);
  }, 600_000);
});
