import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { loadEngine } from '@/lib/analyser/lazy-engine';

// Real knowledge base, real linking; the texts are written for these tests.
const engine = await loadEngine();
const ids = (text: string, lang?: string) =>
  analyzeArticle({ title: null, text, lang }, engine).entities.map((e) => e.id);

describe('a word after a given name is that person’s surname', () => {
  test('not an outlet or a place that inflects to it', () => {
    const text =
      'Premier Robert Golob je v Ljubljani predstavil novega ministra, Andrej Kosi pa bo vodil urad za komuniciranje. Kosi je bil prej novinar.';
    expect(ids(text, 'sl')).not.toContain('koha-ditore');
  });

  test('not a known person whose surname starts someone else’s name', () => {
    const text = 'Имамоглу је требало да буде главни ривал председника Реџепа Тајипа Ердогана на изборима у Турској.';
    expect(ids(text, 'sr-Cyrl')).not.toContain('emilija-redzepi');
  });

  test('not a known person of the same surname, with the given name inflected', () => {
    const text =
      'Sve su jače sumnje da se u Crnoj Gori smjenjuju kritičari vlasti, kao u slučaju Darka Ivanovića, člana Savjeta Agencije za elektronske medije.';
    expect(ids(text, 'cnr')).not.toContain('filip-ivanovic');
  });

  test('not a known person of the same surname and another given name', () => {
    const text =
      'Almir Terzić, a teacher from Tuzla, told reporters in Sarajevo that turnout in Bosnia and Herzegovina would be low. Terzić said young people were leaving.';
    expect(ids(text, 'en')).not.toContain('adnan-terzic');
  });
});

describe('an entity’s country is context for its shared names', () => {
  test.each([
    [
      '"SDS" in a story about Slovenia’s prime minister is the Slovenian party',
      'sl',
      'Premier Robert Golob je v parlamentu naletel na blokado SDS, ki mu onemogoča sprejetje novega zakona. Poslanci SDS so zahtevali posvetovalni referendum.',
      'sds-slovenia',
      'serb-democratic-party',
    ],
    [
      '"Partia Demokratike" in a story from Tirana is Albania’s, not Serbia’s',
      'sq',
      'Kryeministri Edi Rama tha në Kuvend në Tiranë se Partia Demokratike po bllokon reformën. Partia Demokratike kërkoi seancë të jashtëzakonshme.',
      'democratic-party-of-albania',
      'democratic-party-serbia',
    ],
  ])('%s', (_, lang, text, chosen, other) => {
    const found = ids(text, lang);
    expect(found).toContain(chosen);
    expect(found).not.toContain(other);
  });
});

describe('German adjectives of the region’s countries', () => {
  test('"die montenegrinische Regierung" signals Montenegro', () => {
    const text =
      'Die montenegrinische Regierung hat am Dienstag in Podgorica einen neuen Haushalt beschlossen. Der Finanzminister sagte, die Schulden sollten sinken.';
    expect(ids(text, 'de')).toContain('montenegro');
  });
});

describe('the UN’s bodies by their short names where the UN is on the page', () => {
  test('"Vijeće sigurnosti" after "UN-a" is the Security Council', () => {
    const text =
      'Članice UN-a raspravljale su o mandatu misije u Bosni i Hercegovini. Vijeće sigurnosti glasat će o produženju u novembru, rekao je diplomata u Sarajevu.';
    expect(ids(text, 'bs')).toContain('un-security-council');
  });
});

test('the person’s own given name in another case keeps their bare surname', () => {
  const text =
    'Predsednik Srbije sastao se u Beogradu sa delegacijom. Prema rečima Aleksandra Vučića, razgovori su bili dobri, a Vučića su novinari pitali o Kosovu.';
  const vucic = analyzeArticle({ title: null, text, lang: 'sr' }, engine).entities.find(
    (e) => e.id === 'aleksandar-vucic',
  );
  expect(vucic?.count).toBe(2);
});

describe('the text’s language places what it names', () => {
  test('a Macedonian story’s bare "Народната банка" is North Macedonia’s, and the story is lit', () => {
    const text =
      'Народната банка ја намали основната каматна стапка за 0,25 процентни поени. Според Народната банка, инфлацијата е пониска од проекциите, а девизниот пазар е стабилен.';
    const a = analyzeArticle({ title: null, text }, engine);
    expect(a.entities.map((e) => e.id)).toContain('national-bank-of-north-macedonia');
    expect(a.topic.isBalkans).toBe(true);
  });

  test('German text without a lang attribute is read as German: "Richtung Belgrad" is Belgrade', () => {
    const text =
      'Die Kolonne fuhr am Morgen weiter in Richtung Belgrad. Nach Angaben der Polizei wurde die Grenze zu Ungarn am Abend wieder geöffnet, der Verkehr staute sich jedoch noch stundenlang.';
    expect(ids(text)).toContain('belgrade');
  });
});

test('an alias the knowledge base writes in lower case matches in lower case: "albanisches Parlament", "dpa"', () => {
  const text =
    'Das albanische Parlament in Tirana hat am Donnerstag das Budget verabschiedet, berichtete die Nachrichtenagentur dpa. Ministerpräsident Edi Rama sprach von einem guten Tag.';
  const found = ids(text, 'de');
  expect(found).toEqual(expect.arrayContaining(['assembly-of-albania', 'dpa']));
});

test('a lower-case "alliance" is no short name of NATO, whose alias is "the Alliance"', () => {
  const text =
    'NATO troops patrolled near Zvečan, Kosovo. The governing alliance in Pristina said the alliance of opposition parties would not block the budget.';
  const nato = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities.find((e) => e.id === 'nato');
  expect(nato?.surfaces).toEqual(['NATO']);
});

describe('an acronym’s case ending after a hyphen is part of its mention', () => {
  test.each([
    [
      'hr',
      'Predsjednik HDZ-a Andrej Plenković rekao je da je HDZ-ov kandidat pobijedio u Zagrebu.',
      'hdz',
      ['HDZ-a', 'HDZ-ov'],
    ],
    ['sq', 'Komandanti i KFOR-it takoi kryeministrin Albin Kurti në Prishtinë.', 'kfor', ['KFOR-it']],
    ['en', 'NATO-led troops of KFOR patrolled near Zvečan in northern Kosovo.', 'nato', ['NATO']],
  ])('%s: %s', (lang, text, id, surfaces) => {
    const entity = analyzeArticle({ title: null, text, lang }, engine).entities.find((e) => e.id === id);
    expect(entity?.surfaces).toEqual(surfaces);
    for (const m of entity!.mentions) expect(surfaces).toContain(text.slice(m.start, m.end));
  });
});

test('a town after the word for its government is the town: "proračun Grada Zagreba", "Općina Knin"', () => {
  const text =
    'Gradska skupština raspravljat će o tome da se proračun Grada Zagreba donosi u jednom čitanju, a Općina Knin to već radi.';
  expect(ids(text, 'hr')).toEqual(expect.arrayContaining(['zagreb', 'knin']));
});

test('a preposition of place that starts a sentence is no larger name: "Kod Loznice se nalazi…"', () => {
  const text = 'Kod Loznice se nalazi jedno od najvećih nalazišta litijuma. Iz Kraljeva su stigli demonstranti.';
  expect(ids(text, 'sr-Latn')).toEqual(expect.arrayContaining(['loznica', 'kraljevo']));
});

describe('a town whose name is also a word links where the story places it in its state', () => {
  test('"u Baru" beside Kotor and Tivat is Montenegro’s Bar, though Montenegro is never named', () => {
    const text = 'U Kotoru i Tivtu uhapšeno je nekoliko osoba, a droga je pronađena i u Baru.';
    expect(ids(text, 'sr-Latn')).toContain('bar');
  });

  test('a short town after its office holder or government: "gradonačelnika Niša", "kmet Bara"', () => {
    const text = 'Vlada Srbije je pokrenula postupak protiv gradonačelnika Niša, a opozicija traži ostavku.';
    expect(ids(text, 'sr-Latn')).toContain('nis');
  });

  test('not the word at a sentence’s start, nor the first word of a longer name', () => {
    expect(ids('U Kotoru i Tivtu nema problema. Bar tako kažu u policiji.', 'sr-Latn')).not.toContain('bar');
    expect(ids('U Kotoru i Tivtu je otvoren Kafe Bar Marina, a u Budvi još jedan.', 'sr-Latn')).not.toContain('bar');
  });
});

test('a bare "Assembly" in English is the parliament of the state the story is in', () => {
  const albania =
    'Prime Minister Edi Rama told the Assembly in Tirana that the budget would pass. The Assembly meets again on Thursday.';
  expect(ids(albania, 'en')).toContain('assembly-of-albania');
  const skopje = 'Hristijan Mickoski said in Skopje that the Assembly would vote on the constitutional changes.';
  expect(ids(skopje, 'en')).toContain('assembly-of-north-macedonia');
  expect(ids(skopje, 'en')).not.toContain('assembly-of-albania');
});

describe('Slovenian names of the region’s states, and the bare "vlada"', () => {
  test('"na Hrvaškem", "Bosna in Hercegovina", "Črna gora" are the states', () => {
    const text = 'Na Hrvaškem in v Črni gori so volitve, v Bosni in Hercegovini pa ne.';
    expect(ids(text, 'sl')).toEqual(expect.arrayContaining(['croatia', 'montenegro', 'bosnia-and-herzegovina']));
  });

  test('"vlada" is Slovenia’s where the story is in Slovenia, not after another state’s adjective', () => {
    expect(ids('V Ljubljani je premier dejal, da bo vlada v četrtek sprejela sklep.', 'sl')).toContain(
      'government-of-slovenia',
    );
    expect(ids('V Ljubljani so povedali, da je hrvaška vlada v Zagrebu sprejela sklep.', 'sl')).not.toContain(
      'government-of-slovenia',
    );
  });

  test('a lone lower-case word is not placed by the page’s language alone', () => {
    const text = 'V Berlinu so se socialdemokrati, zeleni in liberalci dogovorili, da bo vlada nastala do decembra.';
    expect(ids(text, 'sl')).not.toContain('government-of-slovenia');
  });
});

test('a name the KB writes both capitalised and in lower case matches either way: "v državni zbor"', () => {
  const text = 'Premier Robert Golob je prišel v državni zbor, kjer so poslanci obravnavali interpelacijo ministrice.';
  expect(ids(text, 'sl')).toContain('national-assembly-of-slovenia');
});

describe('a body of one town named with another town is not that body', () => {
  test('the court of appeal in Novi Sad is not Belgrade’s', () => {
    const text = 'Apelacioni sud u Novom Sadu potvrdio je presudu bivšem direktoru javnog preduzeća.';
    expect(ids(text, 'sr-Latn')).not.toContain('court-of-appeal-in-belgrade');
    expect(ids('Apelacioni sud u Beogradu potvrdio je presudu bivšem direktoru.', 'sr-Latn')).toContain(
      'court-of-appeal-in-belgrade',
    );
  });
});

describe('an institution as the Slovenian press writes it, in lower case', () => {
  test('ministrstvo za zdravje is Slovenia’s health ministry on a Slovenian page', () => {
    const text = 'Reforma zdravstva zamuja, ker ministrstvo za zdravje in strateški svet vsak vlečeta v svojo smer.';
    expect(ids(text, 'sl')).toContain('ministry-of-health-slovenia');
  });
});

describe('a page in a state’s own language names the state by its short name', () => {
  test('an acronym English and Slovenian share is the Slovenian body on a Slovenian page', () => {
    const text = 'Reforma zdravstva se začenja s prenovo ZZZS, ki bo dobil nov informacijski sistem.';
    expect(ids(text, 'sl')).toContain('health-insurance-institute-of-slovenia');
  });

  test('Македонија in Macedonian text is North Macedonia', () => {
    const text = 'Возачот бил уапсен на излез од Македонија, на граничниот премин Табановце.';
    expect(ids(text, 'mk')).toContain('north-macedonia');
  });
});

describe('a party the page places in another country is that country’s', () => {
  test('Japan’s Liberal Democrats are not Serbia’s LDP, in any of their mentions', () => {
    const text =
      'Prema anketama, Liberalno-demokratska partija (LDP) premijera Japana gubi izbore u Tokiju. Koalicija bi mogla da pobedi vladajuću Liberalno-demokratsku stranku (LDP).';
    expect(ids(text, 'sr-Latn')).not.toContain('liberal-democratic-party-serbia');
    expect(
      ids('Liberalno-demokratska partija (LDP) Čedomira Jovanovića traži izbore u Beogradu.', 'sr-Latn'),
    ).toContain('liberal-democratic-party-serbia');
  });
});

describe('a title before a bare surname, in the other languages that write about the region', () => {
  test.each([
    ['it', 'Gli studenti hanno bloccato le strade di Belgrado. Il presidente Vucic ha chiesto dialogo.'],
    ['fr', 'Les étudiants ont bloqué les rues de Belgrade. Le président Vucic a appelé au dialogue.'],
    ['es', 'Los estudiantes bloquearon las calles de Belgrado. El presidente Vucic pidió diálogo.'],
  ])('%s', (lang, text) => {
    expect(ids(text, lang)).toContain('aleksandar-vucic');
  });
});

describe('a town in a case ending after a sentence’s first word is the town', () => {
  test.each([
    ['sl', 'Središče Beograda so zajeli nemiri, policija je uporabila solzivec.', 'belgrade'],
    ['bs', 'Građani Tuzle izašli su na ulice zbog zagađenja.', 'tuzla'],
  ])('%s', (lang, text, id) => {
    expect(ids(text, lang)).toContain(id);
  });

  test('a body named with its country’s genitive keeps it: no country of its own there', () => {
    expect(ids('Elektrodistribucija Srbije je saopštila da će struje nestati u utorak.', 'sr-Latn')).not.toContain(
      'serbia',
    );
  });
});

test('“the town of” before a town whose short name needs context is enough context', () => {
  expect(
    ids('The deal was about a shopping centre in the town of Niš, prosecutors in Ljubljana said.', 'en'),
  ).toContain('nis');
});
