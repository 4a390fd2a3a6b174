/**
 * `npm run demo [-- --headless]`: builds the extension, serves the demo articles on 127.0.0.1 and opens
 * Chromium with Kontekst loaded on the first one. With --headless it writes screenshots of the article
 * and of the side panel instead, and prints where.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { openPanel, settledState, tabIdOf } from '../e2e/harness/chromium-helpers';
import { startFixtureServer } from '../e2e/harness/server';

const DEMO = ['bk-serbia-troops-kosovo-border-en', 'bk-bosnia-dodik-secession-en', 'ord-market-report-en'];
const headless = process.argv.includes('--headless');

async function main() {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, KONTEKST_LOCAL: '1' } });
  if (build.status !== 0) throw new Error('build failed');
  const server = await startFixtureServer();
  console.log('Demo articles:');
  for (const slug of DEMO) console.log(`  ${server.article(slug)}`);
  const session = await launchChromium({ headless });
  const page = await session.context.newPage();
  await page.goto(server.article(DEMO[0]!));
  const tabId = await tabIdOf(session, server.article(DEMO[0]!));
  await settledState(session, tabId);
  if (!headless) {
    const panel = await openPanel(session, tabId);
    await panel.bringToFront();
    console.log('Chromium is open with Kontekst: the panel page is in its own tab (or click the toolbar button).');
    console.log('Close the browser to end the demo.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await server.close();
    return;
  }
  const dir = resolve('tests/artifacts/demo');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/article.png` });
  const panel = await openPanel(session, tabId);
  await panel.waitForSelector('[data-testid="cards"]');
  await panel.click('[data-testid="card-kosovo"] .card-head');
  await panel.waitForSelector('[data-testid="card-kosovo"] [data-testid="fact"]');
  await panel.screenshot({ path: `${dir}/panel.png`, fullPage: true });
  console.log(`Screenshots:\n  ${dir}/article.png\n  ${dir}/panel.png`);
  await session.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
