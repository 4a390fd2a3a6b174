import { describe, expect, test } from 'vitest';
import type { Family } from '@/lib/names/cues';
import { findNames } from '@/lib/names/find-names';
import { mergeNames } from '@/lib/names/merge';
import { tokenize } from '@/lib/text/tokens';

const groups = (text: string, family: Family) =>
  mergeNames(findNames(text, tokenize(text), family)).map((g) => [g.type, g.name, g.spans.map((s) => s.surface)]);

type Row = [string, Family, string, [string, string, string[]][]];

/** Articles in miniature: every form of a name merges into one entity, typed by its cues. */
const ROWS: Row[] = [
  [
    'sr-Latn',
    'sh',
    'Ministar odbrane Goran Vesić obišao je regrute u Kninu. Vesić je rekao da je vojska spremna. Sastanak Gorana Vesića sa Petrom Petkovićem održan je u Novom Sadu.',
    [
      ['person', 'Goran Vesić', ['Goran Vesić', 'Vesić', 'Gorana Vesića']],
      ['person', 'Petar Petković', ['Petrom Petkovićem']],
      ['place', 'Knin', ['Kninu']],
      ['place', 'Novi Sad', ['Novom Sadu']],
    ],
  ],
  [
    'sr-Latn organisations',
    'sh',
    'Viši sud u Novom Sadu odbacio je optužnicu. Predsednik Socijalističke partije Srbije Ivica Dačić je rekao da Srpska napredna stranka ćuti. Ministarstvo odbrane je saopštilo.',
    [
      ['organization', 'Viši sud u Novom Sadu', ['Viši sud u Novom Sadu']],
      ['organization', 'Socijalistička partija Srbije', ['Socijalističke partije Srbije']],
      ['person', 'Ivica Dačić', ['Ivica Dačić']],
      ['organization', 'Srpska napredna stranka', ['Srpska napredna stranka']],
      ['organization', 'Ministarstvo odbrane', ['Ministarstvo odbrane']],
    ],
  ],
  [
    'a prosecutor’s office in its town, its adjectives agreeing with the neuter head; two genitives joined',
    'sh',
    'Žalbu je uložilo Više javno tužilaštvo. Predmet je preuzeo tužilac Višeg javnog tužilaštva u Beogradu. Spise je dostavio Osnovnom državnom tužilaštvu u Podgorici. Odluku je potpisala članica Predsjedništva Bosne i Hercegovine.',
    [
      [
        'organization',
        'Više javno tužilaštvo u Beogradu',
        ['Više javno tužilaštvo', 'Višeg javnog tužilaštva u Beogradu'],
      ],
      ['organization', 'Osnovno državno tužilaštvo u Podgorici', ['Osnovnom državnom tužilaštvu u Podgorici']],
      ['organization', 'Predsjedništvo Bosne i Hercegovine', ['Predsjedništva Bosne i Hercegovine']],
    ],
  ],
  [
    'sr-Cyrl',
    'sh',
    'Директор Канцеларије Петар Петковић рекао је. Састанак са Петром Петковићем у Новом Саду. Петковић је отпутовао у Ниш.',
    [
      ['person', 'Петар Петковић', ['Петар Петковић', 'Петром Петковићем', 'Петковић']],
      ['place', 'Нови Сад', ['Новом Саду']],
      ['place', 'Ниш', ['Ниш']],
    ],
  ],
  [
    'hr',
    'sh',
    'Predsjednik Zoran Milanović sastao se s Andrejem Plenkovićem. Plenković je kazao da će Vlada u Kninu, Slunju i Požegi otvoriti urede. Domovinski pokret nije komentirao.',
    [
      ['person', 'Zoran Milanović', ['Zoran Milanović']],
      ['person', 'Andrej Plenković', ['Andrejem Plenkovićem', 'Plenković']],
      ['place', 'Knin', ['Kninu']],
      ['place', 'Slunj', ['Slunju']],
      ['place', 'Požega', ['Požegi']],
      ['organization', 'Domovinski pokret', ['Domovinski pokret']],
    ],
  ],
  [
    'bs',
    'sh',
    'Član Predsjedništva Denis Bećirović sastao se u Mostaru s Ninoslavom Kovačevićem. Bećirović je rekao da Vijeće ministara mora djelovati.',
    [
      ['person', 'Denis Bećirović', ['Denis Bećirović', 'Bećirović']],
      ['person', 'Ninoslav Kovačević', ['Ninoslavom Kovačevićem']],
      ['place', 'Mostar', ['Mostaru']],
      ['organization', 'Vijeće ministara', ['Vijeće ministara']],
    ],
  ],
  [
    'sl',
    'sl',
    'Golobova vlada je sprejela zakon. Premier Robert Golob je dejal, da na Hrvaškem ni težav. Goloba so kritizirali v Mariboru.',
    [
      ['person', 'Robert Golob', ['Golobova', 'Robert Golob', 'Goloba']],
      ['place', 'Hrvaška', ['Hrvaškem']],
      ['place', 'Maribor', ['Mariboru']],
    ],
  ],
  [
    'mk',
    'mk',
    'Премиерот Христијан Мицкоски изјави дека ќе победи во Тетово. Мицкоски рече дека Социјалдемократскиот сојуз губи.',
    [
      ['person', 'Христијан Мицкоски', ['Христијан Мицкоски', 'Мицкоски']],
      ['place', 'Тетово', ['Тетово']],
      ['organization', 'Социјалдемократскиот сојуз', ['Социјалдемократскиот сојуз']],
    ],
  ],
  [
    'sq',
    'sq',
    'Kryeministri Albin Kurti tha se Lëvizja Vetëvendosje fitoi. Deklarata e Kurtit u prit mirë në Prishtinë. Partia Demokratike e Kosovës kundërshtoi.',
    [
      ['person', 'Albin Kurti', ['Albin Kurti', 'Kurtit']],
      ['organization', 'Lëvizja Vetëvendosje', ['Lëvizja Vetëvendosje']],
      ['place', 'Prishtina', ['Prishtinë']],
      ['organization', 'Partia Demokratike e Kosovës', ['Partia Demokratike e Kosovës']],
    ],
  ],
  [
    'a place’s genitive before a person: the given names the knowledge base’s people carry split the run',
    'sh',
    'Policija je privela gradonačelnika. Među privedenima je župan Brodsko-posavske županije Vinko Marušić, a izjavu je dala pročelnica Grada Zagreba Dubravka Pavić.',
    [
      ['person', 'Vinko Marušić', ['Vinko Marušić']],
      ['person', 'Dubravka Pavić', ['Dubravka Pavić']],
    ],
  ],
  [
    'Albanian bodies of a town: the municipality in the nominative, the prosecutor with its town',
    'sq',
    'Zyrtarët e Komunës së Prishtinës u arrestuan. Prokuroria Themelore në Pejë ka ngritur aktakuzë. Kryetari i Komunës së Gjakovës Ardian Gjini foli.',
    [
      ['organization', 'Komuna e Prishtinës', ['Komunës së Prishtinës']],
      ['organization', 'Prokuroria Themelore në Pejë', ['Prokuroria Themelore në Pejë']],
      ['person', 'Ardian Gjini', ['Ardian Gjini']],
    ],
  ],
  [
    'Albanian: a town after its municipality written in lower case is the municipality',
    'sq',
    'Kryetari i komunës së Pejës tha se puna vazhdon. Zyrtarët e bashkisë Durrës u takuan me banorët.',
    [
      ['organization', 'Komuna e Pejës', ['komunës së Pejës']],
      ['organization', 'Bashkia Durrës', ['bashkisë Durrës']],
    ],
  ],
  [
    'a head and its lower-case genitive or governed noun: unions, associations, clinics, Macedonian "за … на"',
    'sh',
    'Predsjednik Sindikata hrvatskih željezničara rekao je da Sindikat hrvatskih željezničara najavljuje štrajk. Udruženje novinara Srbije osudilo je napad. U Klinici za tumore nema lijekova.',
    [
      [
        'organization',
        'Sindikat hrvatskih željezničara',
        ['Sindikata hrvatskih željezničara', 'Sindikat hrvatskih željezničara'],
      ],
      ['organization', 'Udruženje novinara Srbije', ['Udruženje novinara Srbije']],
      ['organization', 'Klinika za tumore', ['Klinici za tumore']],
    ],
  ],
  [
    'the genitive stops at a verb, a nominative plural or a list: "upozorava", "pacijenti", "Klub i udruženja"',
    'sh',
    'Sindikat hrvatskih željezničara upozorava na gubitke. U Klinici za tumore onkološki pacijenti čekaju. Klub i udruženja rade.',
    [
      ['organization', 'Sindikat hrvatskih željezničara', ['Sindikat hrvatskih željezničara']],
      ['organization', 'Klinika za tumore', ['Klinici za tumore']],
    ],
  ],
  [
    'Macedonian has no cases: only what "за" and "на" govern belongs to the name',
    'mk',
    'Агенцијата за конфискација на имот соопшти дека ќе ги продаде становите.',
    [['organization', 'Агенцијата за конфискација на имот', ['Агенцијата за конфискација на имот']]],
  ],
  [
    'a municipality and a house of parliament, in any case, shown in the nominative',
    'sh',
    'Rukovodstvo Opštine Bar najavilo je radove. Načelnik Općine Kakanj nije bio prisutan. U Predstavničkom domu BiH nije bilo kvoruma.',
    [
      ['organization', 'Opština Bar', ['Opštine Bar']],
      ['organization', 'Općina Kakanj', ['Općine Kakanj']],
      ['organization', 'Predstavnički dom BiH', ['Predstavničkom domu BiH']],
    ],
  ],
  [
    'an assembly with its municipality’s or city’s genitive; no other words after it',
    'sh',
    'Odbornici Skupštine opštine Bar usvojili su budžet. Skupština grada Beograda zasjeda danas. Skupština na kojoj se odlučuje zakazana je.',
    [
      ['organization', 'Skupština opštine Bar', ['Skupštine opštine Bar']],
      ['organization', 'Skupština grada Beograda', ['Skupština grada Beograda']],
    ],
  ],
  [
    'a Slovenian municipality',
    'sl',
    'Mestna občina Ljubljana je sporočila, da bo cesta zaprta.',
    [['organization', 'Mestna občina Ljubljana', ['Mestna občina Ljubljana']]],
  ],
  [
    'a Macedonian council and what "на" governs',
    'mk',
    'Советот на општината Битола одлучи да го усвои буџетот.',
    [['organization', 'Советот на општината Битола', ['Советот на општината Битола']]],
  ],
  [
    'a quoted name after its kind of body is the name, ordinary words and all; a role before an acronym is the body’s',
    'sh',
    'Direktor JKP „Vodovod i kanalizacija“ rekao je da je lista "Ujedinjeni za Kosjerić" osvojila 47 odsto. Predsednik SNS je ćutao.',
    [
      ['organization', 'JKP', ['JKP']],
      ['organization', 'Vodovod i kanalizacija', ['Vodovod i kanalizacija']],
      ['organization', 'Ujedinjeni za Kosjerić', ['Ujedinjeni za Kosjerić']],
      ['organization', 'SNS', ['SNS']],
    ],
  ],
  [
    'quoted names in Albanian and Macedonian',
    'sq',
    'Shoqata „Zëri i Gruas“ organizoi protestë në Prishtinë.',
    [
      ['organization', 'Zëri i Gruas', ['Zëri i Gruas']],
      ['place', 'Prishtina', ['Prishtinë']],
    ],
  ],
  [
    'an acronym before a person is a name of its own',
    'sh',
    'Lideru Stranke za BiH Semiru Efendiću važno je da zadrži općinu.',
    [['person', 'Semir Efendić', ['Semiru Efendiću']]],
  ],
];

describe('names in the region’s languages, merged', () => {
  test.each(ROWS)('%s', (_, family, text, expected) => {
    const found = groups(text, family);
    for (const g of expected) expect(found).toContainEqual(g);
  });
});

test('a heading and its edit link, or a word before a cue at a sentence start, is no organisation', () => {
  const text = 'Izvori uredi\nPriprema uredi\nMa listove kupusa stavite u lonac.';
  expect(findNames(text, tokenize(text), 'sh')).toEqual([]);
});

test('a soft-stem adjective before its court: Višeg suda → Viši sud', () => {
  const text = 'Odluku je donio predsjednik Višeg suda u Novom Sadu.';
  expect(findNames(text, tokenize(text), 'sh').map((n) => n.name)).toContain('Viši sud u Novom Sadu');
});

test('an institution’s short form joins its full name on the page', () => {
  const text = 'Žalbu je razmatralo veće Apelacionog suda u Kragujevcu. Odluka Apelacionog suda stiže za mesec dana.';
  expect(groups(text, 'sh')).toContainEqual([
    'organization',
    'Apelacioni sud u Kragujevcu',
    ['Apelacionog suda u Kragujevcu', 'Apelacionog suda'],
  ]);
});

test('an inflected given name inside a capitalised run starts a person of its own', () => {
  const text = 'Sastanku je prisustvovala direktorka Infrastrukture Železnica Srbije Jelene Tanasković u Beogradu.';
  const found = groups(text, 'sh');
  expect(found).toContainEqual(['person', 'Jelena Tanasković', ['Jelene Tanasković']]);
  expect(found.some(([, name]) => /Srbij\p{L}* Jelen/u.test(name as string))).toBe(false);
});

describe('what is not a name', () => {
  test.each([
    ['a sentence’s capitalised first word', 'sh', 'Sastanak je održan juče.'],
    ['a bare head noun', 'sh', 'Vlada je pala, a Ministarstvo ćuti.'],
    ['a people', 'sh', 'Srbi i Hrvati su glasali.'],
    ['role words alone', 'sq', 'Kryeministri dhe Presidenti folën.'],
    ['a lone adjective', 'sh', 'Bio je to jedan Demokratski skup.'],
    ['a Macedonian noun with its article', 'mk', 'Тоа го предвидува Уставот.'],
    ['a dateline in capitals', 'sh', 'BEOGRAD – Održan je sastanak.'],
  ] as [string, Family, string][])('%s', (_, family, text) => {
    const found = findNames(text, tokenize(text), family);
    expect(found.filter((n) => n.name.split(' ').length === 1 && n.type !== 'person')).toEqual([]);
    expect(found.filter((n) => n.type === 'person')).toEqual([]);
  });
});

describe('German forms merge', () => {
  test('a genitive -s joins the name', () => {
    const g = mergeNames([
      { name: 'Aleksandar Vučić', type: 'person', start: 0, end: 16, surface: 'Aleksandar Vučić', cued: false },
      { name: 'Vučić', type: 'person', start: 30, end: 36, surface: 'Vučićs', cued: false },
    ]);
    expect(g).toEqual([
      {
        name: 'Aleksandar Vučić',
        type: 'person',
        cued: false,
        spans: [
          { start: 0, end: 16, surface: 'Aleksandar Vučić' },
          { start: 30, end: 36, surface: 'Vučićs' },
        ],
      },
    ]);
  });
});

test('a quoted list named for its leader and a slogan is no organisation of its own', () => {
  const text = 'Najviše glasova osvojila je lista „Marko Marković – Kosjerić sutra“ u nedelju.';
  const names = findNames(text, tokenize(text), 'sh');
  expect(names.some((n) => n.type === 'organization' && /sutra/.test(n.name))).toBe(false);
  expect(names.map((n) => n.name)).toContain('Marko Marković');
});

describe('words that look like names and are not', () => {
  test.each([
    [
      'an adjective in the genitive before its noun, after a preposition',
      'Novac dolazi iz Nacionalnog plana oporavka.',
      /Nacional/,
    ],
    ['a street word in a case', 'Napad se dogodio na Trgu u centru grada.', /^Trg/],
    ['a two-letter word cut off at the end', 'Po važećem propisu u Re', /^Re$/],
    ['a unit of government after a role', 'Sjednici je predsjedavao premijer Kantona Jakub Suljkanović.', /^Kanton/],
  ])('%s', (_, text, bad) => {
    expect(groups(text, 'sh').some(([, name]) => bad.test(name as string))).toBe(false);
  });

  test('an acronym and a word is a body, not a person', () => {
    const text = 'Цените ги одобри регулаторот, а ЕВН Хоум ќе ги примени од јануари.';
    expect(groups(text, 'mk')).toContainEqual(['organization', 'ЕВН Хоум', ['ЕВН Хоум']]);
  });

  test('a given name in -i beside a surname that carries no case stays as written', () => {
    const text = 'Ministar Vili Beroš najavio je kraće liste čekanja. Beroš je rekao da će trajati devet mjeseci.';
    expect(groups(text, 'sh')).toContainEqual(['person', 'Vili Beroš', ['Vili Beroš', 'Beroš']]);
  });
});

describe('bodies and people the region’s press writes side by side', () => {
  test('an Albanian council and the councillor named after it are two names', () => {
    const text = 'Në mbledhje foli anëtari i Këshilli Bashkiak Oltion Luli, i cili kërkoi fonde për shkollat.';
    const names = groups(text, 'sq');
    expect(names.some(([type, name]) => type === 'person' && name === 'Oltion Luli')).toBe(true);
  });

  test('a unit is a body: Jedinica za specijalne operacije', () => {
    const text = 'Bivši pripadnici Jedinice za specijalne operacije ostaju u zatvoru, odlučio je sud.';
    expect(groups(text, 'sh')).toContainEqual([
      'organization',
      'Jedinica za specijalne operacije',
      ['Jedinice za specijalne operacije'],
    ]);
  });
});

test('a Macedonian council takes the body after “на”, capitalised or not', () => {
  const text = 'Денеска се одржа седница на Советот на Општина Тетово, на која присуствуваа советниците.';
  expect(groups(text, 'mk')).toContainEqual([
    'organization',
    'Советот на Општина Тетово',
    ['Советот на Општина Тетово'],
  ]);
});
