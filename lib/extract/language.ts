import { cyrillicShare } from '../text/fold';

/**
 * Language identification for the languages Kontekst reads, by hand-picked markers rather than a
 * trigram model (franc and its kin tell Serbian, Croatian and Bosnian apart poorly and know no
 * Montenegrin; their data would also outweigh this file many times). Three steps: the script; the
 * language by its frequent function words and letters; within Serbo-Croatian, the standard by its
 * reflex of jat (mleko/mlijeko), its own words (tjedan, tisuća, historija, lahko, đe, sjutra) and, for
 * the ijekavian standards that share most words, the country the text talks about.
 */
export type LanguageCode =
  'en' | 'de' | 'fr' | 'it' | 'es' | 'sr-Latn' | 'sr-Cyrl' | 'hr' | 'bs' | 'cnr' | 'sl' | 'mk' | 'sq';

export interface LanguageGuess {
  code: LanguageCode;
  /** 0..1: how far the best language is ahead of the next, and how much text said so. */
  confidence: number;
}

const words = (s: string) => new Set(s.split(' '));

/** Frequent words that are typical of one language among the others here (shared ones are left out). */
const LATIN: Record<'en' | 'de' | 'fr' | 'it' | 'es' | 'sh' | 'sl' | 'sq', Set<string>> = {
  en: words(
    'the and of to is that for with was said has have on are it by from this were will which their its be an at not after who been would they',
  ),
  de: words(
    'der die und das nicht ist mit sich auf für dem des ein eine einen wurde den von zu im auch sind wird nach bei hat sagte noch aus wie über oder werden vor',
  ),
  fr: words(
    'le les des et est une du que qui dans pour pas sur au avec ce il elle aux été sont mais ont cette par leur selon comme ses son été plus',
  ),
  it: words(
    'il lo gli di è che del della un una per non con sono nel ha anche dei alla delle nella questo dopo stato essere più hanno sul come degli',
  ),
  es: words(
    'el los las y del una por con para es su al fue más está este según sus entre también pero como han sido desde sobre hay lo',
  ),
  sh: words(
    'i u je su koji koja koje što sa nije će kao iz bio bila bilo da se za od kako može još ali ili samo jer nakon prema njegov gdje gde već zbog biti bi tako',
  ),
  sl: words(
    'in je ki tudi so pa še več bil bila bilo kot lahko zelo sem smo kar kjer vendar zato čeprav ter bo bodo ni jih naj med oz dejal dejala povedal povedala v s k leta sprejel sprejela sprejeli sprejeti danes kdo kaj zdaj letos lani torek četrtek petek milijonov evrov odstotkov občina občine občini župan poslanec poslanci zbor minister predlog',
  ),
  sq: words(
    'të në dhe për që është me nga një ka janë kanë do si por edhe ishte nuk u tha sipas kjo ky këtë mbi pas deri duke së ose',
  ),
};

/** Letters that point at one language, and how strongly (per occurrence). */
const LETTERS: [RegExp, keyof typeof LATIN, number][] = [
  [/ë/g, 'sq', 0.5],
  [/[ćđ]/g, 'sh', 0.6],
  [/[äöüß]/g, 'de', 0.4],
  [/[ñ¿¡]/g, 'es', 0.8],
  [/[àèìòù]/g, 'it', 0.3],
  [/[éêâîôûœ]/g, 'fr', 0.3],
  [/[áíóú]/g, 'es', 0.2],
];

/** Within Serbo-Croatian: ekavian and ijekavian forms of the same words. */
const EKAVIAN = words(
  'mleko reka reke reci reč reči vreme deca dece devojka mesto mesta pesma lepo lep beli belo ceo cela celu celi cena cene deo posle pre vek veka svet nedelja nedelje vest vesti predsednik predsednika predsedniku predsednica predsednice gde ovde sednica sednici sednice uvek telo mera mere mesec meseca meseci leto dete primer videti verovatno želeo svedok sever severu severa severne severnom bezbednost bezbednosti bezbednosne izveštaj izveštaja obaveštenje uslove celog reakcija pesme dešava desio mesec poslednji poslednjih pesnik',
);
const IJEKAVIAN = words(
  'mlijeko rijeka rijeke riječ riječi djeca djece djevojka mjesto mjesta pjesma lijepo lijep bijeli bijelo cijeli cijela cijelu cijena cijene dio dijela poslije prije vijek vijeka svijet svijeta nedjelja nedjelje vijest vijesti predsjednik predsjednika predsjedniku predsjednica predsjednice gdje ovdje sjednica sjednici sjednice uvijek tijelo mjera mjere mjesec mjeseca mjeseci ljeto dijete primjer vidjeti vjerovatno vjerojatno želio svjedok sjever sjeveru sjevera sjeverne sjevernom bezbjednost bezbjednosti sigurnost sigurnosti izvještaj izvješće posljednji posljednjih pjesnik htio tijekom tijela vrijeme',
);
/** Croatian's own words (months, tjedan, tisuća, vlak, sveučilište, tko…). */
const CROATIAN = words(
  'siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja srpanj srpnja kolovoz kolovoza rujan rujna listopad listopada studeni studenoga studenog prosinac prosinca vlak vlaka tvrtka tvrtke tvrtki tvrtku tvrtkom tvrtkama tko kruh zrak tijekom milijun milijuna sabor sabora saboru stoga primjerice vjerojatno dakako glede hrvatski hrvatske hrvatska',
);
/** Word starts that are Croatian against the other three standards. */
const CROATIAN_STEMS = [
  'tisuć',
  'desetljeć',
  'surad',
  'surađ',
  'znanstv',
  'veleposlan',
  'inozem',
  'europ',
  'tjed',
  'obitelj',
  'glazb',
  'zrakoplov',
  'kolodvor',
  'sveučil',
  'priopć',
  'točk',
  'ravnatelj',
  'zastupni',
  'mirovin',
  'povijes',
  'nazočn',
  'izvanred',
  'vojarn',
  'sustav',
  'poduzeć',
  'izvješć',
  'proračun',
  'zračn',
  'kazneno',
  'kaznen',
  'odvjetni',
  'glasovanj',
  'umirovlj',
  'gospodarst',
  'gospodarsk',
  'dužnosni',
  'uhićen',
  'uhiti',
];
/** Bosnian's own words, beside ijekavian forms (historija, lahko, sedmica, saopćenje, august). */
const BOSNIAN = words('mehko merhamet federacija federacije federaciji august augusta juli juni hljeb');
const BOSNIAN_STEMS = ['historij', 'lahk', 'sedmic', 'saopć', 'kahv', 'bošnja', 'kanton', 'bosanskohercegov'];
/** Montenegrin's own forms (đe, sjutra, ćerka, the letters ś and ź). */
const MONTENEGRIN = words('đe đeca śutra sjutra sjutradan ćerka ćerke śekira śedište đevojka đevojke ovđe niđe iđe');
/** Serbian and Montenegrin against Croatian and Bosnian (opština, saopštio, istorija, bezbjednost, spoljni). */
const SERBIAN = words('voz voza avgust avgusta jul jula jun juna šta');
const SERBIAN_STEMS = [
  'opštin',
  'saopšt',
  'istorij',
  'inostran',
  'pirinač',
  'šargarep',
  'spoljn',
  'bezbjedn',
  'obezbj',
  'uslov',
];
/** Croatian and Bosnian against Serbian and Montenegrin. */
const HR_BS = words('ured ureda uredu');
const HR_BS_STEMS = ['sigurnos', 'vanjsk', 'provedb', 'općin', 'služben', 'također', 'mrkv', 'vijeć', 'nogomet'];
/** Serbian, Bosnian and Montenegrin against Croatian. */
const SR_BS = words('tokom mart marta martu');
const SR_BS_STEMS = [
  'hiljad',
  'decenij',
  'saradnj',
  'sarađ',
  'naučn',
  'ambasad',
  'evrop',
  'porodic',
  'univerzitet',
  'fudbal',
  'tačk',
  'zvanič',
  'kancelarij',
  'preduzeć',
  'krivičn',
  'advokat',
  'glasanj',
  'vazdušn',
  'vanredn',
  'hemij',
  'septemb',
  'oktob',
  'novemb',
  'decemb',
  'februar',
  'januar',
  // odbrana, portparol, saglasnost, krunisan, šampionat, avion, pasoš: Croatian writes obrana,
  // glasnogovornik, suglasnost, okrunjen, prvenstvo, zrakoplov, putovnica
  'odbran',
  'portparol',
  'saglasn',
  'krunis',
  'šampion',
  'avion',
  'pasoš',
];
/** "treba da", "mora da", "neće da": the da-construction Croatian writes with an infinitive. */
const DA_CONSTRUCTION =
  /(?:^|[^\p{L}])(?:treba|trebalo|trebao|trebala|trebaju|mora|moraju|moramo|može|mogu|želi|žele|hoće|neće|počeo|počela|bi) da [\p{L}]/gu;
const MONTENEGRO = /\b(?:crn[aeoiu]j? gor[aeiu]|crnogorsk|podgoric|nikšić|budv|cetinj)/g;
const SERB_REPUBLIC =
  /\b(?:republik[aeiu] srpsk|srpsk[aeoj]+ republik|banj[ae] ?luk|banjaluk|beograd|srbij|bijeljin|dodik)/g;
const BOSNIA = /\b(?:bih\b|sarajev|bosn[aeiu] i hercegovin|bosansk|federacij|tuzl|zenic)/g;
const CROATIA = /\b(?:hrvatsk|zagreb|plenkovi)/g;

/** Macedonian and Serbian Cyrillic: letters of one only, and frequent words. */
const MK_WORDS = words('во дека ќе со беше е ги го кои кое тоа биде според сите меѓу уште бил оваа овој денес ние');
const SR_CYRL_WORDS = words('је у су који које није ће из са био још јер према где гдје већ због');

/** The standard a country's own press writes, by the site's country domain: a tie-breaker, never more. */
const DOMAIN_STANDARD: Partial<Record<string, LanguageCode>> = { hr: 'hr', ba: 'bs', rs: 'sr-Latn', me: 'cnr' };

/**
 * Identifies the text's language, or null when there is no text to speak of or it is none of these. The
 * page's host, where known, leans the Serbo-Croatian standards towards its country's (a .ba site's
 * Bosnian), as half a word of evidence would.
 */
export function identifyLanguage(text: string, host?: string | null): LanguageGuess | null {
  const sample = text.slice(0, 3000).toLowerCase();
  const tokens = sample.match(/\p{L}+/gu) ?? [];
  if (tokens.length < 2) return null;
  // How much text there is: a headline of four words says less than a paragraph.
  const amount = (hits: number) => 1 - Math.exp(-hits / 4);

  if (cyrillicShare(sample) > 0.5) {
    const mkLetters = (sample.match(/[ќѓѕ]/g) ?? []).length;
    const srLetters = (sample.match(/[ћђ]/g) ?? []).length;
    // Russian, Bulgarian, Ukrainian: letters neither Serbian nor Macedonian writes.
    if (/[ыэъщяюйёіїє]/.test(sample) && mkLetters + srLetters === 0 && !/ј/.test(sample)) return null;
    let mk = mkLetters * 1.5;
    let sr = srLetters * 1.5;
    for (const t of tokens) {
      if (MK_WORDS.has(t)) mk++;
      if (SR_CYRL_WORDS.has(t)) sr++;
      // Macedonian definite articles: -от, -та, -то on nouns.
      if (t.length > 4 && /(?:от|ите)$/.test(t)) mk += 0.3;
    }
    const [code, best, other] = mk > sr ? (['mk', mk, sr] as const) : (['sr-Cyrl', sr, mk] as const);
    return { code, confidence: round(amount(best) * (best === 0 ? 0.5 : best / (best + other))) };
  }

  const scores = new Map<keyof typeof LATIN, number>();
  for (const t of tokens)
    for (const lang of Object.keys(LATIN) as (keyof typeof LATIN)[])
      if (LATIN[lang].has(t)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  for (const [re, lang, weight] of LETTERS) {
    const n = (sample.match(re) ?? []).length;
    if (n) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(n, 20) * weight);
  }
  // Slovenian has č, š, ž but never ć or đ; Serbo-Croatian says "i", "u", "će" where Slovenian says "in", "v", "bo".
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  const [lang, best] = ranked[0]!;
  const second = ranked[1]?.[1] ?? 0;
  const confidence = amount(best) * (best / (best + second));
  if (lang !== 'sh') return { code: lang, confidence: round(confidence) };
  const standard = serboCroatian(sample, tokens, DOMAIN_STANDARD[host?.split('.').at(-1) ?? '']);
  return { code: standard.code, confidence: round(confidence * standard.confidence) };
}

/**
 * Serbian, Croatian, Bosnian or Montenegrin (Latin script), with how sure the standard is. Each marker is
 * evidence for the standards that write it: Croatian's own words for Croatian alone; "sigurnost",
 * "općina" for Croatian and Bosnian; "hiljada", "tokom", the da-construction for all but Croatian;
 * "opština", "saopštio" for Serbian and Montenegrin. A standard scores what agrees with it, so Bosnian,
 * which shares words with both sides, wins where both kinds stand. Ijekavian Serbian and Montenegrin
 * write the same words, and the country the text talks about tells them apart.
 */
function serboCroatian(sample: string, tokens: readonly string[], domain?: LanguageCode): LanguageGuess {
  let ek = 0;
  let ij = 0;
  let hr = 0;
  let bs = 0;
  let sr = 0;
  let hrBs = 0;
  let srBs = 0;
  let cnr = (sample.match(/[śź]/g) ?? []).length;
  const starts = (t: string, stems: readonly string[]) => stems.some((s) => t.startsWith(s));
  for (const t of tokens) {
    if (EKAVIAN.has(t)) ek++;
    if (IJEKAVIAN.has(t)) ij++;
    if (CROATIAN.has(t) || starts(t, CROATIAN_STEMS)) hr++;
    if (BOSNIAN.has(t) || starts(t, BOSNIAN_STEMS)) bs++;
    if (MONTENEGRIN.has(t)) cnr += 2;
    if (SERBIAN.has(t) || starts(t, SERBIAN_STEMS)) sr++;
    if (HR_BS.has(t) || starts(t, HR_BS_STEMS)) hrBs++;
    if (SR_BS.has(t) || starts(t, SR_BS_STEMS)) srBs++;
  }
  srBs += (sample.match(DA_CONSTRUCTION) ?? []).length;
  if (cnr >= 2) return { code: 'cnr', confidence: 0.9 };
  if (ek > ij) return { code: 'sr-Latn', confidence: share(ek + sr, ij + hr) };
  const country = (re: RegExp) => Math.min(2, (sample.match(re) ?? []).length);
  const montenegro = country(MONTENEGRO);
  const serb = country(SERB_REPUBLIC);
  const scores: [LanguageCode, number][] = [
    ['hr', 2 * hr + hrBs + 0.5 * country(CROATIA)],
    ['bs', 2 * bs + hrBs + srBs + 0.5 * country(BOSNIA)],
    ['sr-Latn', 1.5 * sr + srBs + 0.5 * serb],
    ['cnr', 1.5 * sr + srBs + 0.5 * montenegro],
  ];
  if (domain) for (const s of scores) if (s[0] === domain) s[1] += DOMAIN_WEIGHT;
  scores.sort((x, y) => y[1] - x[1]);
  const [[code, best], [, second]] = scores as [[LanguageCode, number], [LanguageCode, number]];
  if (best <= 0) return { code: ij > 0 ? 'hr' : 'sr-Latn', confidence: 0.3 };
  return { code, confidence: share(best, Math.max(0, second)) };
}

/** The site's country domain weighs as much as one of Bosnian's or Croatian's own words, half of it. */
const DOMAIN_WEIGHT = 1;

/** A guess for as long as one side leads: 0.5 for a tie, towards 1 as the lead grows. */
const share = (a: number, b: number) => (a + 1) / (a + b + 2);
const round = (x: number) => Math.round(x * 100) / 100;

/** The primary language subtag (en, de, sr, hr, bs, cnr, sl, mk, sq…) of a text long enough to tell. */
export function guessLanguage(text: string, host?: string | null): string | null {
  const guess = identifyLanguage(text, host);
  if (!guess || guess.confidence < 0.3) return null;
  return guess.code.split('-')[0]!;
}
