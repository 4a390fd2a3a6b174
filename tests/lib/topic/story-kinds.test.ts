import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';
import { tokenize } from '@/lib/text/tokens';
import { createCueCounter } from '@/lib/topic/cue-counter';
import { AFFAIRS } from '@/lib/topic/cues';
import { foreignCountryMentions } from '@/lib/topic/foreign';
import { oldHistoryYears } from '@/lib/topic/years';

const engine = createEngine();
const topic = (text: string, lang: string) => analyzeArticle({ title: null, text, lang }, engine).topic;

describe('economy stories count as the region’s affairs, in its languages', () => {
  test.each([
    [
      'sl',
      'Banka Slovenije je zvišala obrestno mero za četrt odstotne točke. Inflacija ostaja visoka, cene hrane in energije pa še rastejo, je sporočila Banka Slovenije.',
    ],
    [
      'sq',
      'Banka e Shqipërisë rriti normën bazë të interesit me 0.25 për qind. Inflacioni dhe çmimet e karburanteve mbeten të larta, tha Banka e Shqipërisë në njoftimin e saj.',
    ],
    [
      'hr',
      'Hrvatska narodna banka objavila je da su cijene u listopadu porasle za četiri posto. Inflacija je i dalje iznad prosjeka eurozone, a kamatne stope na kredite rastu, navodi Hrvatska narodna banka.',
    ],
  ])('%s', (lang, text) => {
    const t = topic(text, lang);
    expect(t.reasons.find((r) => r.code === 'words')).toMatchObject({ affairs: expect.any(Number) });
    expect(t.isBalkans).toBe(true);
  });
});

describe('public services are the region’s affairs, also where no name is known', () => {
  test.each([
    [
      'hr',
      'Pacijenti na pretrage u bolnicama čekaju i preko godinu dana. Ministar je najavio da nijedna lista čekanja do kraja godine neće biti dulja od devet mjeseci, a liječnici upozoravaju da bolnicama nedostaje osoblja.',
    ],
    [
      'sr-Latn',
      'Javno komunalno preduzeće Vodovod i kanalizacija obaveštava da će danas doći do prekida vodosnabdevanja. Direktor preduzeća rekao je da je o problemu sa pritiskom u vodovodnoj mreži obavestio nadležne, ali da odgovor nije stigao, pa je doneo odluku da snabdevanje ide direktno sa bunara.',
    ],
  ])('%s', (lang, text) => {
    expect(topic(text, lang).isBalkans).toBe(true);
  });
});

describe('stories of another kind that name the region stay dark', () => {
  test.each([
    [
      'food',
      'en',
      'This cheese pie is baked in layers of phyllo with a filling of eggs and cheese. In central Serbia the pastry is crumpled before it goes in the oven; in Montenegro and in Bosnia and Herzegovina cooks roll the dough thinner. Serve the pie warm with yoghurt.',
    ],
    [
      'old history',
      'bs',
      'Bitka na Kosovu polju vođena je 1389. godine. Vojska kneza Lazara sukobila se s vojskom sultana Murata, a napad je trajao cijeli dan. Obje vojske pretrpjele su velike gubitke, a Kosovo je ostalo mjesto sjećanja na tu bitku. Osmanlije su vladale Srbijom sve do 1878. godine.',
    ],
    [
      'sport',
      'sl',
      'V Planici se je končala sezona smučarskih skokov. Na tekmi je zmagal slovenski skakalec, navijači so napolnili tribune, tekmo pa si je ogledal tudi premier Robert Golob. Kvalifikacije in tekme so potekale v slabem vremenu, a prvenstvo bo ostalo v spominu.',
    ],
    [
      'diaspora',
      'en',
      'A meeting on the diaspora was held in the National Assembly in Belgrade last weekend. The diaspora speaks for Serbia abroad and changes how people there see our country, said the vice president of a union of Serbs in Austria. He said the motherland must work with the diaspora.',
    ],
    [
      // Lit before emigrant words counted twice.
      'diaspora',
      'de',
      'Nach Angaben des Auswärtigen Amts leben in Deutschland mehr als 400.000 kroatische Staatsangehörige. Die ersten Gastarbeiter kamen aus dem damaligen Jugoslawien, später folgten Einwanderer aus Kroatien, auch wegen der wirtschaftlichen Lage. Nach dem Krieg in Kroatien blieben viele Auswanderer in Deutschland.',
    ],
    [
      'history of the twentieth century, dated by month',
      'de',
      'Gavrilo Princip ist 19 Jahre alt, als er am 28. Juni 1914 in Sarajevo auf den Thronfolger schießt. Bosnien und Herzegowina war im Oktober 1908 von Österreich-Ungarn annektiert worden; serbische Nationalisten sahen darin eine Demütigung. Der Attentäter wurde verhaftet, der Krieg begann einen Monat später.',
    ],
    [
      'travel',
      'cnr',
      'Crno jezero kraj Žabljaka jedna je od najljepših destinacija u Crnoj Gori za bijeg od vrućine. Ljubitelji prirode dolaze na izlet u nacionalni park Durmitor, a mnogi se ne libe ni kupanja u hladnoj vodi jezera. Do jezera vodi staza od dva kilometra kroz šumu.',
    ],
    [
      'a community abroad',
      'en',
      'The Bosnian community in St. Louis marked thirty years since the first refugees arrived from Bosnia and Herzegovina. Families who fled the war now run bakeries and shops along the avenue, and the parish hall hosted a dinner with music from Sarajevo and Tuzla.',
    ],
    [
      'a writer’s obituary',
      'sq',
      'Shkrimtari i njohur vdiq sot në Tiranë, në moshën 88-vjeçare. Ai lindi në Gjirokastër dhe shkroi romanin e tij të parë në vitet gjashtëdhjetë. Librat e tij, mes tyre kryevepra për ushtrinë e një gjenerali të vdekur, u përkthyen në dhjetëra gjuhë.',
    ],
    [
      'the coast',
      'sr-Latn',
      'Poslije Budve i Kotora zaputili smo se u Ulcinj, na samom jugu crnogorske obale. Velikom plažom pruža se pijesak dug trinaest kilometara, a Stari grad čuva zidine iz rimskog doba. Na ostrvu Ada Bojana posjetioci se kupaju na ušću rijeke, daleko od gužve primorskih gradova.',
    ],
    [
      'a match report',
      'sq',
      'Skuadra e Prishtinës fitoi ndeshjen e derbit me dy gola. Sulmuesi shënoi golin e parë në minutën e dhjetë, ndërsa portieri priti një penallti. Trajneri tha se kampionati në Superligë mbetet i hapur dhe se lojtarët luajtën mirë para tifozëve në stadium.',
    ],
    [
      'a recipe',
      'sl',
      'Za to sladico potrebujete nekaj preprostih sestavin: moko, jajca, maslo in sladkor. Testo razvaljajte, ga namažite z nadevom iz skute in ga pecite v pečici pol ure. Recept izvira iz Prekmurja, kjer gibanico pripravljajo za praznike, postrežemo pa jo toplo.',
    ],
    [
      'a painter’s life',
      'mk',
      'Сликарот е роден во Охрид, каде што го поминал детството покрај езерото. Неговата биографија ја раскажува изложбата во Скопје: првите слики, студиите во Белград и годините во Париз. Уметникот сликал пејзажи и портрети до крајот на животот.',
    ],
    [
      'a hike to a fortress',
      'de',
      'Von der Altstadt in Kotor führt ein steiler Weg hinauf zur Festung. Für den Ausflug sollte man früh aufbrechen, denn im Sommer wird es heiß. Oben belohnt ein Blick über die Bucht die Wanderer, und unten warten Cafés und Restaurants mit Spezialitäten der Küste.',
    ],
  ])('%s', (_kind, lang, text) => {
    expect(topic(text, lang).isBalkans).toBe(false);
  });
});

test('an election story that counts the diaspora’s votes stays lit', () => {
  const text =
    'Kosovo’s Central Election Commission began counting diaspora ballots on Tuesday after the parliamentary election. Vetëvendosje of prime minister Albin Kurti leads with 42 percent; the PDK and LDK follow. Diaspora votes could decide whether Kurti can form a government without a coalition partner.';
  expect(topic(text, 'en').isBalkans).toBe(true);
});

describe('years of old history', () => {
  const years = (text: string) => oldHistoryYears(tokenize(text));
  test.each([
    ['the battle was fought in 1389 and the empire fell in 1878', 2],
    ['bitka iz 1389. godine', 1],
    ['the battle of 1389 was remembered in 2024 at Gazimestan', 0],
    ['1200 ljudi i 1500 vojnika', 0],
    ['potrošači koji troše od 268 do 1000 kilovata mjesečno', 0],
    ['am 28. Juni 1914 und im Oktober 1908', 2],
    ['the siege began in April 1992', 0],
    ['cijena od 1500 eura po kvadratu', 0],
    ['no year here', 0],
    // centuries count as their years do; the twentieth spans 1946 and says nothing
    ['im 15. Jahrhundert erlebte die Stadt eine Blütezeit', 1],
    ['u XIV. stoljeću i u 14 stoljeću', 2],
    ['in the 14th century', 1],
    ['u XX veku', 0],
    ['im 15. Jahrhundert und im Jahr 2024', 0],
  ])('%s → %i', (text, n) => expect(years(text)).toBe(n));
});

describe('economy cues are whole words where a prefix would be another word', () => {
  const affairs = createCueCounter(AFFAIRS);
  test.each([
    ['Andrić je cijenjen pisac, a njegova djela su cijenjena diljem svijeta.', 0],
    ['The meeting took place in a quiet place near the river.', 0],
    ['Cijene goriva rastu, a cijena kruha je viša.', 2],
  ])('%s → %i', (text, n) => expect(affairs.count(tokenize(text))).toBe(n));
});

describe('the region’s own press on public affairs', () => {
  test('a domestic story with no name the knowledge base knows is the region’s, and says why', () => {
    const text =
      'Minister za zdravje je na seji vlade predstavil predlog zakona o zdravstveni reformi. Poslanci opozicije so zahtevali interpelacijo, koalicija pa je napovedala, da bo zakon sprejet do konca leta. Sindikat zdravnikov je napovedal protest pred parlamentom, minister pa je dejal, da bo proračun za bolnišnice višji.';
    const t = topic(text, 'sl');
    expect(t.isBalkans).toBe(true);
    expect(t.reasons.map((r) => r.code)).toContain('home-press');
  });

  test('a short brief on a town’s new mayor needs fewer affairs words than a long report', () => {
    const text =
      'Нови градоначелник Требиња преузео је јутрос дужност и одржао састанак са начелницима градских одјељења. Са њим је био партијски колега. Градоначелник је саопштио да ће се новинарима обратити поподне.';
    const t = topic(text, 'sr-Cyrl');
    expect(t.isBalkans).toBe(true);
    expect(t.reasons.map((r) => r.code)).toContain('home-press');
  });

  test('another country’s news in the region’s language stays dark, the country known or not', () => {
    const text =
      'Građani Tokija danas su izašli na lokalne izbore, koji bi mogli da imaju nacionalne posledice za vladu. Prema anketama, stranka premijera Japana gubi većinu u gradskoj skupštini, a opozicija najavljuje pobedu. Premijer Japana rekao je da će poštovati volju birača.';
    expect(topic(text, 'sr').isBalkans).toBe(false);
  });

  test('every other country is counted, in any case and script', () => {
    const count = (text: string) => foreignCountryMentions(tokenize(text));
    expect(count('premijera Japana i vlada Izraela')).toBe(2);
    expect(count('ambasador Sjedinjenih Američkih Država u Beogradu')).toBe(1);
    expect(count('Влада Србије и председник САД')).toBe(1);
    expect(count('Vlada Srbije i Skupština Crne Gore')).toBe(0);
  });

  test('in Albanian, in the definite forms the press writes too', () => {
    const count = (text: string) => foreignCountryMentions(tokenize(text));
    expect(count('Zvicra ka 9 milionë banorë, Gjermania dhe Franca më shumë.')).toBe(3);
    expect(count('qytetarët e Zvicrës dhe të Austrisë')).toBe(2);
  });

  test('and the world’s big cities, in the region’s forms too', () => {
    const count = (text: string) => foreignCountryMentions(tokenize(text));
    expect(count('градоначелник Истанбула и посета Москви')).toBe(2);
    expect(count('sastanak u Briselu i Vašingtonu')).toBe(0);
  });

  test('another country’s politics in Serbian, naming no place of the region, stays dark', () => {
    const text =
      'Градоначелник Истанбула ухапшен је у среду, а опозиција тврди да је хапшење политичко. Тужилаштво га терети за корупцију, а суд је одредио притвор. Влада у Анкари одбацује оптужбе опозиције, а протести се шире.';
    expect(topic(text, 'sr-Cyrl').isBalkans).toBe(false);
  });
});

describe('the region’s outlets are a story’s source, not its subject', () => {
  test('another country’s election, as a Belgrade daily and wire report it, stays dark', () => {
    const text =
      'Blic prenosi, pozivajući se na Tanjug, da vladajuća stranka premijera Japana gubi lokalne izbore u Tokiju. Prema izlaznim anketama, opozicija je osvojila većinu u gradskom parlamentu, a premijer je priznao poraz i najavio promene u vladi.';
    expect(topic(text, 'sr-Latn').isBalkans).toBe(false);
  });

  test('the same outlets reporting the region’s own news light it up', () => {
    const text =
      'Blic prenosi, pozivajući se na Tanjug, da je Vlada Srbije usvojila predlog budžeta. Ministar finansija Siniša Mali rekao je u Beogradu da će plate i penzije rasti od januara.';
    expect(topic(text, 'sr-Latn').isBalkans).toBe(true);
  });
});

test('a foreign country the knowledge base links counts once against the region, not twice', () => {
  const text =
    'Po protestu so se v središču Beograda zaostrile razmere. Policija je uporabila solzivec, protestniki so metali bakle pri veleposlaništvu Turčije. Študenti so napovedali novo fazo, vlada pa je obsodila nasilje. Minister za notranje zadeve je dejal, da je bilo aretiranih več deset ljudi, opozicija pa zahteva preiskavo in odstop vlade.';
  const t = topic(text, 'sl');
  expect(t.reasons.map((r) => r.code)).toContain('home-press');
});

test('the German press’s words for courts, prosecutors, arrests and councils are affairs words', () => {
  const affairs = createCueCounter(AFFAIRS);
  const text =
    'Die Staatsanwaltschaft ermittelt, das Gericht ordnete Festnahmen an; der Bürgermeister und der Gemeinderat forderten den Rücktritt des Innenministers.';
  expect(affairs.count(tokenize(text))).toBeGreaterThanOrEqual(6);
});
