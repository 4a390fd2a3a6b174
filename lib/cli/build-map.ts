/**
 * Writes assets/map/region.json, the locator map's country outlines, from world-atlas (Natural Earth 1:50m).
 * `npm run map:build`; tests/lib/map/region.test.ts fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Topology } from 'topojson-specification';
import { buildRegion } from '../map/region';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const target = fileURLToPath(new URL('../../assets/map/region.json', import.meta.url));

const region = buildRegion(topology);
// Formatted as `prettier --check` expects, so the lint step passes on the generated file.
const text = await format(JSON.stringify(region), { ...(await resolveConfig(target)), parser: 'json' });
writeFileSync(target, text);
console.log(
  `wrote ${target}: ${region.countries.length} countries, ${region.contested.length} contested, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`,
);
