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
  await page.setViewportSize({ width: 1000, height: 860 });
  await page.screenshot({ path: `${dir}/article.png` });
  const panel = await openPanel(session, tabId, { width: 400, height: 860 });
  await panel.waitForSelector('[data-testid="cards"]');
  // The reader opens KFOR's card: its mentions light up in the article, the first scrolled into view.
  await panel.click('[data-testid="card-kfor"] .card-head');
  await panel.waitForSelector('[data-testid="highlight-position"]');
  await panel.click('button[aria-label="Next mention"]');
  await panel.locator('[data-testid="card-kfor"]').scrollIntoViewIfNeeded();
  await page.bringToFront();
  await page.waitForTimeout(600);
  const articleShot = await page.screenshot();
  const panelShot = await panel.screenshot();
  await panel.screenshot({ path: `${dir}/panel.png`, fullPage: true });
  // Side by side, as a reader sees them: the article and the panel next to it.
  const overview = await session.context.newPage();
  await overview.setViewportSize({ width: 1400, height: 860 });
  const img = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  await overview.setContent(
    `<body style="margin:0;display:flex;background:#888"><img src="${img(articleShot)}" width="1000" height="860"><img src="${img(panelShot)}" width="400" height="860" style="border-left:1px solid #444"></body>`,
  );
  await overview.screenshot({ path: `${dir}/overview.png` });
  console.log(`Screenshots:\n  ${dir}/article.png\n  ${dir}/panel.png\n  ${dir}/overview.png`);
  await session.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
