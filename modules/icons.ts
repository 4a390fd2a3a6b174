import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { defineWxtModule } from 'wxt/modules';

/**
 * The toolbar and store icons, rendered at build time from one drawing (assets/icon.svg). The PNGs are not
 * committed: every build, and so the AMO reviewers' rebuild from the sources zip, draws them afresh.
 */
export const ICON_SOURCE = 'assets/icon.svg';
/** Toolbar (16, 32), extensions page (48), Firefox's add-ons manager on high-density screens (96), store (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

export const iconPath = (size: number) => `icons/${size}.png`;

/** The manifest's `icons` / `default_icon` map. */
export const iconSet = (): Record<string, string> =>
  Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

/** The drawing as a PNG `size` pixels square. The SVG uses paths only, so no font decides the pixels. */
export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** The store's own 128 px icon: the drawing at 96 px with 16 px of transparent margin, as the Chrome Web Store asks. */
export const STORE_ICON = 'store-icon-128.png';
export function renderStoreIcon(svg: string): Buffer {
  const margin = (128 * 128) / 96;
  const offset = (margin - 128) / 2;
  const padded = svg.replace(/viewBox="0 0 128 128"/, `viewBox="${-offset} ${-offset} ${margin} ${margin}"`);
  if (padded === svg) throw new Error(`${ICON_SOURCE} must keep viewBox="0 0 128 128"`);
  return renderIcon(padded, 128);
}

export default defineWxtModule({
  name: 'kontekst-icons',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      const svg = readFileSync(resolve(wxt.config.root, ICON_SOURCE), 'utf8');
      const dir = resolve(wxt.config.wxtDir, 'icons');
      mkdirSync(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const png = resolve(dir, `${size}.png`);
        writeFileSync(png, renderIcon(svg, size));
        files.push({ absoluteSrc: png, relativeDest: iconPath(size) });
      }
    });
    // Beside the zips, for the store's upload form (it is not part of the package).
    wxt.hooks.hook('zip:done', () => {
      const svg = readFileSync(resolve(wxt.config.root, ICON_SOURCE), 'utf8');
      writeFileSync(resolve(wxt.config.outBaseDir, STORE_ICON), renderStoreIcon(svg));
    });
  },
});
