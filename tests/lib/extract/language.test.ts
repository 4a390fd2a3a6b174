import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/lib/extract/extract';
import { guessLanguage, identifyLanguage, type LanguageCode } from '@/lib/extract/language';
import { ARTICLES, HELDOUT, loadCorpus } from '../../tools/corpus';

/** Sentences written for this test, five or more per language, short ones included. */
const CASES: Record<LanguageCode, string[]> = {
  en: [
    'The government said it would not resign.',
    'Police were deployed to the border after the attack on Sunday.',
    'The minister has said that the talks will continue in Brussels next week.',
    'It was the first visit by a foreign leader to the town since the war.',
    'Voters in the north of the country are expected to boycott the election, which the opposition called a farce.',
  ],
  de: [
    'Die Regierung ist nicht zurückgetreten.',
    'Der Minister sagte, die Gespräche würden fortgesetzt.',
    'Nach dem Angriff wurde die Polizei an die Grenze geschickt.',
    'Es ist der erste Besuch eines Regierungschefs in der Stadt seit dem Krieg.',
    'Die Wähler im Norden des Landes wollen die Wahl boykottieren, sagte ein Sprecher der Opposition.',
  ],
  fr: [
    'Le gouvernement a refusé de démissionner.',
    'La police a été déployée à la frontière après l’attaque.',
    'Le ministre a déclaré que les discussions se poursuivront à Bruxelles.',
    'C’est la première visite d’un chef de gouvernement dans cette ville depuis la guerre.',
    'Les électeurs du nord du pays devraient boycotter le scrutin, selon un porte-parole de l’opposition.',
  ],
  it: [
    'Il governo non si è dimesso.',
    'La polizia è stata inviata al confine dopo l’attacco.',
    'Il ministro ha detto che i colloqui continueranno a Bruxelles.',
    'È la prima visita di un capo di governo nella città dopo la guerra.',
    'Gli elettori del nord del paese dovrebbero boicottare il voto, secondo un portavoce dell’opposizione.',
  ],
  es: [
    'El gobierno no ha dimitido.',
    'La policía fue enviada a la frontera después del ataque.',
    'El ministro dijo que las conversaciones continuarán en Bruselas.',
    'Es la primera visita de un jefe de gobierno a la ciudad desde la guerra.',
    'Los votantes del norte del país boicotearán las elecciones, según un portavoz de la oposición.',
  ],
  'sr-Latn': [
    'Predsednik je rekao da Vlada neće podneti ostavku.',
    'Policija je poslata na sever posle napada.',
    'Ministar je izjavio da će se razgovori nastaviti u Briselu sledeće nedelje.',
    'To je prva poseta nekog predsednika vlade ovom mestu posle rata, a deca su ga dočekala sa cvećem.',
    'Opština je saopštila da će cena vode biti veća od avgusta.',
    'Opština Bijeljina je saopštila da je bezbjednost građana prioritet.',
    // Ijekavian Serbian of Republika Srpska: the da-construction and the country it talks about.
    'Predsjednik Narodne skupštine Republike Srpske rekao je da bi sjednica trebalo da bude održana u Banjaluci.',
  ],
  'sr-Cyrl': [
    'Председник је рекао да Влада неће поднети оставку.',
    'Полиција је послата на север после напада.',
    'Министар је изјавио да ће се разговори наставити у Бриселу.',
    'То је прва посета неког председника владе овом месту после рата.',
    'Општина је саопштила да ће цена воде бити већа, јер је суша.',
  ],
  hr: [
    'Vlada je priopćila da neće podnijeti ostavku.',
    'Policija je tijekom vikenda poslana na granicu.',
    'Ministar je kazao da će se razgovori nastaviti idućeg tjedna u Bruxellesu.',
    'To je prvi posjet nekog premijera ovom mjestu nakon rata, a tisuću ljudi dočekalo ga je na trgu.',
    'Sabor je u srpnju izglasao zakon o mirovinama.',
    'Dužnosnici ministarstva uhićeni su zbog sumnje u korupciju, a državni proračun za iduću godinu još nije izglasan.',
  ],
  bs: [
    'Historija ovog grada duga je hiljadu godina.',
    'Vijeće ministara je saopćilo da će sjednica biti održana ove sedmice.',
    'Policija Kantona Sarajevo je u augustu uhapsila dvojicu osumnjičenih.',
    'Lahko je reći, ali je teško uraditi, kazao je premijer Federacije.',
    'Bošnjački član Predsjedništva je rekao da historijski dokumenti nisu sporni.',
    // Croatian and Bosnian "službeno", "sigurnost" beside Serbian and Bosnian "hiljadu", "tokom".
    'Službeno je potvrđeno da će hiljadu policajaca tokom vikenda brinuti o sigurnosti navijača.',
    // King Tvrtko is no Croatian "tvrtka" (a company); Bosnian writes "nogomet" too.
    'Tvrtko I Kotromanić krunisan je 1377. godine, a Tvrtkova Bosna bila je tada najsnažnija u historiji.',
    'Bosanskohercegovački nogometaš postigao je gol s bijele tačke u derbiju šampionata.',
    'Portparol Tužilaštva BiH potvrdio je optužnicu protiv bivšeg ministra odbrane, donesenu bez saglasnosti Predsjedništva.',
  ],
  cnr: [
    'Đe si bio sjutra?',
    'Premijer je rekao da će sjutra biti sjednica Vlade.',
    'Njegova ćerka je đevojka od dvadeset godina.',
    'Skupština Crne Gore je izglasala nepovjerenje Vladi, a opština Podgorica je saopštila da će bezbjednost biti pojačana.',
    'Ovđe niđe nema posla, kažu mladi iz Nikšića.',
    'Vlada Crne Gore je saopštila da će bezbjednost u Podgorici biti pojačana.',
  ],
  sl: [
    'Vlada je sprejela nov zakon.',
    'Premier je dejal, da bo vlada odstopila, če ne bo podpore.',
    'Policija je bila tudi na meji s Hrvaško, kjer je več ljudi čakalo.',
    'Golobova vlada je v torek sprejela proračun, ki ga je opozicija kritizirala.',
    'Na Hrvaškem so cene višje kot v Sloveniji, je povedala ministrica.',
  ],
  mk: [
    'Владата денес ќе одлучува.',
    'Премиерот рече дека нема да поднесе оставка.',
    'Полицијата беше испратена на границата со Грција.',
    'Собранието ги усвои законите според договорот.',
    'Министерот изјави дека разговорите ќе продолжат во Брисел, а сите пратеници се согласија.',
  ],
  sq: [
    'Qeveria nuk do të japë dorëheqje.',
    'Policia u dërgua në veri pas sulmit.',
    'Ministri tha se bisedimet do të vazhdojnë në Bruksel.',
    'Kjo është vizita e parë e një kryeministri në qytet pas luftës.',
    'Votuesit në veri të Kosovës pritet ta bojkotojnë zgjedhjen, sipas opozitës.',
  ],
};

describe('language identification', () => {
  const rows = Object.entries(CASES).flatMap(([code, sentences]) => sentences.map((s) => [code, s] as const));
  test.each(rows)('%s: %s', (code, sentence) => {
    const guess = identifyLanguage(sentence);
    expect(guess?.code).toBe(code);
    expect(guess!.confidence).toBeGreaterThan(0);
    expect(guess!.confidence).toBeLessThanOrEqual(1);
  });

  test('a country domain tips a Serbo-Croatian text that reads either way, and only such a text', () => {
    // Ijekavian, with no word only one standard writes: Croatian, Bosnian or Serbian of Republika Srpska.
    const either = 'Sjednica je počela u deset sati, a vijeće je usvojilo prijedlog o novim cijenama vode.';
    const croatian = 'Tjedan je počeo sjednicom Vlade, na kojoj je usvojen prijedlog proračuna za sljedeću godinu.';
    expect(identifyLanguage(either, 'www.example.ba')?.code).toBe('bs');
    expect(identifyLanguage(either, 'www.example.hr')?.code).toBe('hr');
    expect(identifyLanguage(croatian, 'www.example.ba')?.code).toBe('hr');
    expect(identifyLanguage(CASES.en[0]!, 'www.example.ba')?.code).toBe('en');
  });

  test('more text, more confidence', () => {
    const one = identifyLanguage(CASES.sq[0]!)!;
    const all = identifyLanguage(CASES.sq.join(' '))!;
    expect(all.code).toBe('sq');
    expect(all.confidence).toBeGreaterThan(one.confidence);
  });

  test('no text, or a script none of these write: no guess', () => {
    expect(identifyLanguage('')).toBeNull();
    expect(identifyLanguage('Hello')).toBeNull();
    expect(identifyLanguage('Правительство России объявило о новых мерах.')).toBeNull();
  });

  test('the primary subtag for the page language', () => {
    expect(guessLanguage(CASES['sr-Cyrl'].join(' '))).toBe('sr');
    expect(guessLanguage(CASES.sl.join(' '))).toBe('sl');
    expect(guessLanguage(CASES.cnr.join(' '))).toBe('cnr');
  });
});

describe('on the labelled fixture articles', () => {
  test('the language told from the text matches every label (dev and held-out)', () => {
    const wrong = [...loadCorpus(ARTICLES), ...loadCorpus(HELDOUT)].flatMap((f) => {
      const a = extractArticle(parseHTML(f.html).document as unknown as Document);
      if (!a) return [];
      const code = identifyLanguage(`${a.title}\n${a.text}`)?.code ?? null;
      return code?.split('-')[0] === f.expected.lang.split('-')[0] ? [] : [`${f.slug}: ${code}`];
    });
    expect(wrong).toEqual([]);
  }, 60_000);
});
