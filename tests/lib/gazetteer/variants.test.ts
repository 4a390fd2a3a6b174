import { expect, test } from 'vitest';
import {
  englishVariants,
  federationVariants,
  republicVariants,
  slovenianStateVariants,
} from '@/lib/gazetteer/variants';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { loadEngine } from '@/lib/analyser/lazy-engine';
import { entities } from '@/lib/kb';

const engine = await loadEngine();

test('an institution "X of <country>" is also written with the country in front', () => {
  const names = englishVariants(entities)
    .get('border-police-of-bosnia-and-herzegovina' as never)
    ?.map((n) => n.text);
  expect(names).toEqual(expect.arrayContaining(['Bosnian Border Police', 'BiH Border Police']));
  // Nothing for a name that is not an institution's of one of the region's countries.
  expect(englishVariants(entities).get('nato' as never)).toBeUndefined();
});

test('the English press’s forms link: "Bosnian border police", "the BiH Prosecutor’s Office"', () => {
  const text =
    'Bosnian border police detained four people near Bihac on Tuesday, and the BiH Prosecutor’s Office opened an investigation into the smuggling ring, officials in Sarajevo said.';
  const ids = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities.map((e) => e.id);
  expect(ids).toEqual(
    expect.arrayContaining(['border-police-of-bosnia-and-herzegovina', 'prosecutors-office-of-bosnia-and-herzegovina']),
  );
});

test('the German press’s forms of a state’s institution link, and name the country too', () => {
  const text =
    'Die Kosovo-Polizei nahm am Montag zwei Verdächtige fest. Die montenegrinische Regierung kündigte an, die Grenze zu überwachen.';
  const a = analyzeArticle({ title: null, text, lang: 'de' }, engine);
  const ids = a.entities.map((e) => e.id);
  expect(ids).toEqual(expect.arrayContaining(['kosovo-police', 'government-of-montenegro', 'montenegro']));
  // The country's mention is the adjective alone, a signal beside the institution's.
  const montenegro = a.entities.find((e) => e.id === 'montenegro')!;
  expect(montenegro.surfaces).toEqual(['montenegrinische']);
});

test('an institution’s name that ends with its state’s names the state too', () => {
  const text = 'Predsjednik Vlade Republike Srpske sastao se s predstavnicima Kuvendi i Kosovës u Sarajevu.';
  const a = analyzeArticle({ title: null, text }, engine);
  const rs = a.entities.find((e) => e.id === 'republika-srpska');
  expect(rs?.surfaces).toContain('Republike Srpske');
  expect(a.entities.map((e) => e.id)).toContain('government-of-republika-srpska');
});

test('an institution’s name that ends with its own town’s names the town too', () => {
  const text = 'Skupština grada Beograda usvojila je budžet za narednu godinu, saopšteno je posle sednice.';
  const a = analyzeArticle({ title: null, text }, engine);
  expect(a.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['city-assembly-of-belgrade', 'belgrade']));
  expect(a.entities.find((e) => e.id === 'belgrade')?.surfaces).toEqual(['Beograda']);
});

test('a ministry as the press also writes it: "Serbian Defence Ministry", "das Innenministerium" beside its country', () => {
  const en = analyzeArticle(
    {
      title: null,
      text: 'The Serbian Defence Ministry said on Monday that conscription would return next year.',
      lang: 'en',
    },
    engine,
  );
  expect(en.entities.map((e) => e.id)).toContain('ministry-of-defence-serbia');
  const de = analyzeArticle(
    {
      title: null,
      text: 'In Nordmazedonien hat das Innenministerium am Montag zwei Verdächtige festnehmen lassen, teilte die Polizei in Skopje mit.',
      lang: 'de',
    },
    engine,
  );
  expect(de.entities.map((e) => e.id)).toContain('ministry-of-internal-affairs-north-macedonia');
});

test('the German press’s names of a state’s ministries beyond defence, interior and foreign affairs', () => {
  const ids = (text: string) => analyzeArticle({ title: null, text, lang: 'de' }, engine).entities.map((e) => e.id);
  expect(ids('Das slowenische Gesundheitsministerium kündigte am Montag eine Reform der Wartelisten an.')).toContain(
    'ministry-of-health-slovenia',
  );
  expect(ids('In Serbien legte das Finanzministerium in Belgrad den Haushalt für das kommende Jahr vor.')).toContain(
    'ministry-of-finance-serbia',
  );
});

test('a state’s institution written without "Republic" links; Republika Srpska’s own name keeps it', () => {
  const ids = (text: string, lang: string) =>
    analyzeArticle({ title: null, text, lang }, engine).entities.map((e) => e.id);
  expect(
    ids(
      'Pripadnici Oružanih snaga Hrvatske sudjelovali su u vježbi. Ministar je pohvalio Oružane snage Hrvatske.',
      'hr',
    ),
  ).toContain('croatian-armed-forces');
  const names = republicVariants(entities);
  expect(names.get('croatian-armed-forces' as never)?.map((n) => n.text)).toContain('Oružane snage Hrvatske');
  // "Narodna skupština Republike Srpske" is not "Narodna skupština Srpske".
  for (const variants of names.values())
    for (const n of variants) expect(n.text).not.toMatch(/(?:^|\s)(?:Srpske|Српске)(?:\s|$)/u);
});

test('an institution named with its short town (Niš) mentions the town too, in any case', () => {
  const ids = analyzeArticle(
    {
      title: null,
      text: 'Studenti Univerziteta u Nišu blokirali su fakultete, a rektor Univerziteta u Nišu ih je podržao.',
      lang: 'sr',
    },
    engine,
  ).entities.map((e) => e.id);
  expect(ids).toEqual(expect.arrayContaining(['university-of-nis', 'nis']));
});

test('a Federation body under each of the Federation’s names: in full, shortened, as an acronym', () => {
  const names = federationVariants(entities)
    .get('parliament-of-the-federation-of-bosnia-and-herzegovina' as never)
    ?.map((n) => n.text);
  expect(names).toEqual(expect.arrayContaining(['Predstavnički dom Parlamenta Federacije BiH']));
  const text = 'Zakon je usvojio Predstavnički dom Parlamenta Federacije BiH na sjednici u Sarajevu.';
  const ids = analyzeArticle({ title: null, text, lang: 'bs' }, engine).entities.map((e) => e.id);
  expect(ids).toContain('parliament-of-the-federation-of-bosnia-and-herzegovina');
});

test('a head only one state’s institution has is that body where its country is in context', () => {
  const names = englishVariants(entities).get('special-state-prosecutors-office-montenegro' as never) ?? [];
  expect(names).toContainEqual(
    expect.objectContaining({ text: "Special State Prosecutor's Office", needsContext: true }),
  );
  // A head that eight states' ministries share gets no bare form: "Ministry of Defence" alone says no country.
  expect(
    (englishVariants(entities).get('ministry-of-defence-croatia' as never) ?? []).map((n) => n.text),
  ).not.toContain('Ministry of Defence');
  const text = 'Police in Podgorica arrested the mayor on a warrant from the Special State Prosecutor’s Office.';
  const ids = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities.map((e) => e.id);
  expect(ids).toContain('special-state-prosecutors-office-montenegro');
});

test('the Slovenian press’s lower-case forms of a state’s institution: adjective and noun, in any case', () => {
  const names = slovenianStateVariants(entities)
    .get('government-of-serbia' as never)
    ?.map((n) => n.text);
  expect(names).toContain('srbska vlada');
  const text =
    'Napetosti na severu Kosova: kosovsko policijo so napadli protestniki, srbska vlada pa je obsodila nasilje, je sporočila Priština.';
  const ids = analyzeArticle({ title: null, text, lang: 'sl' }, engine).entities.map((e) => e.id);
  expect(ids).toEqual(expect.arrayContaining(['kosovo-police', 'government-of-serbia']));
});
