import { fold } from '../text/fold';

/** Language families the name finder has rules for. */
export type Family = 'sh' | 'sl' | 'mk' | 'sq' | 'de';

/** The family of a language code (sr-Latn, hr, bs, cnr… → sh), or null where compromise reads names. */
export function familyOf(code: string | null | undefined): Family | null {
  if (!code) return null;
  const lang = code.split('-')[0]!;
  if (['sr', 'hr', 'bs', 'cnr', 'sh', 'me'].includes(lang)) return 'sh';
  if (lang === 'sl' || lang === 'mk' || lang === 'sq' || lang === 'de') return lang;
  return null;
}

const folded = (s: string) => s.split(/\s+/).map((w) => fold(w));

/**
 * Role words (folded stems) that cue a person and are not part of the name: predsjednik, ministar,
 * premijer, gradonačelnik, kryeministri, zëvendëskryeministri, претседател, župan, Bürgermeister… A
 * stem takes up to four letters of ending (predsjednika, ministrom, kryeministrit, претседателот).
 */
export const ROLES: Record<Family, readonly string[]> = {
  sh: folded(
    'predsednik predsjednik potpredsednik potpredsjednik predsednic predsjednic premijer premijerk ministr ministar ministark gradonačelnik gradonačelnic portparol glasnogovornik ambasador poslanik poslanic župan direktor sekretar komandant general lider šef savetnik savjetnik tužilac tužioc sudij advokat profesor gospodin gospođ patrijarh episkop biskup kardinal načelnik zamenik zamjenik kandidat predstavnik izaslanik kancelar kralj princ trener selektor kapiten',
  ),
  sl: folded(
    'predsednik predsednic podpredsednik premier premierk minister ministr ministric župan županj poslanec poslanc poslank direktor sekretar veleposlanik gospod komandant vodj kandidat trener',
  ),
  mk: folded(
    'претседател претседателк потпретседател премиер министер министерк градоначалник пратеник амбасадор портпарол директор секретар лидер господин госпоѓ генерал командант кандидат шеф',
  ),
  sq: folded(
    'kryeministr zëvendëskryeministr president presidentj ministr kryetar zëvendëskryetar deputet ambasador zëdhënës drejtor sekretar komandant gjeneral lider zoti zonja kandidat prokuror gjyqtar kreu përfaqësues',
  ),
  de: folded(
    'bürgermeister präsident minister kanzler sprecher botschafter abgeordnet vorsitzend premierminister regierungschef ministerpräsident außenminister verteidigungsminister innenminister staatschef',
  ),
};

/** Organisation cues (folded stems): a name with one of these is an organisation. */
export const ORG_CUES: Record<Family, readonly string[]> = {
  sh: folded(
    'vlad strank partij pokret savez list koalicij front unij inicijativ ministarstv komisij sud tužilaštv tužiteljstv predsjedništv predsedništv agencij skupštin sabor vijeć savet institut fondacij fakultet univerzitet sveučilišt bank kompanij preduzeć udruženj udrug društv sindikat zajednic centar centr forum akademij direkcij uprav kancelarij ured služb klub fond komor odbor klinik klinic bolnic opštin općin dom zavod inspektorat direktorat ambasad konzulat muzej jedinic',
  ),
  sl: folded(
    'strank gibanj zvez list koalicij ministrstv komisij sodišč agencij zbor svet institut fundacij fakultet univerz bank družb društv sindikat center centr urad služb zbornic sklad klinik bolnišnic občin tožilstv zavod uprav direkcij akademij inšpektorat veleposlaništv',
  ),
  mk: folded(
    'партиј сојуз движењ коалициј министерств комисиј суд агенциј собрани влад институт фондациј факултет универзитет банк компаниј здружени центар канцелариј синдикат фонд комор општин совет обвинителств управ служб завод дирекциј академиј болниц клиник инспекторат амбасад',
  ),
  sq: folded(
    'qeveri parti partia lëvizj lidhj aleanc bashkim nism ministria ministris ministrin komision gjykat prokurori agjenci kuvend institut fondacion fakultet universitet bank kompani shoqat qendr zyr organizat komun bashki sindikat drejtori këshill inspektorat ambasad spital autoritet',
  ),
  de: folded(
    'partei bund bewegung union allianz ministerium kommission gericht agentur parlament institut stiftung universität bank gesellschaft verband zentrum amt behörde',
  ),
};

/** Prepositions that take a place: u Kninu, na Hrvaškem, во Скопје, në Prishtinë, iz Novog Sada. */
export const PLACE_PREPS: Record<Family, ReadonlySet<string>> = {
  sh: new Set(folded('u na iz kod ka do kroz blizu preko')),
  sl: new Set(folded('v na iz pri do z proti')),
  mk: new Set(folded('во на од до кон низ')),
  sq: new Set(folded('në nga drejt')),
  de: new Set(folded('in aus nach bei')),
};
/** Of those, the ones taking the genitive (iz Knina, do Novog Sada); the rest take the locative. */
export const GENITIVE_PREPS = new Set(folded('iz kod do blizu preko z od'));

/** Words capitalised at a sentence's start, or in furniture, that never begin a name. Folded. */
export const STOPWORDS = new Set(
  folded(
    [
      // Serbian, Croatian, Bosnian, Montenegrin
      'mora može treba ima nema bi će u na iz za od do po sa s i a ali ili to ovo taj ta ovaj ova ove ovi kako kada kad gde gdje šta što sve svi on ona oni one mi vi ja prema nakon posle poslije pre prije tokom tijekom još već danas juče jučer sutra ipak međutim takođe također osim dok iako ako da ne nije je su bio bila kao zbog oko pored bez između kroz pri tu tamo ovde ovdje sada sad neki neka mnogi samo jer dakle inače naime zato stoga prvi drugi jedan jedna dva tri njegov njena njihov naš vaš koji koja koje čak tek upravo godine godina foto video izvor autor komentari podeli podijeli pročitajte vezane vesti vijesti novo najnovije tagovi',
      'januar februar mart april maj jun jul avgust august septembar oktobar novembar decembar siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac ponedeljak ponedjeljak utorak sreda srijeda četvrtak petak subota nedelja nedjelja',
      // Slovenian
      'v z in ki kot ko ker tudi se pa o ob vendar kdo kaj kje še že bo so danes včeraj jutri januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra',
      // Macedonian
      'во на од за до по со и а но или тоа ова тој таа тие како кога каде што според после пред денес вчера утре сепак исто така дека не е се ги го меѓутоа притоа ние јануари февруари март април мај јуни јули август септември октомври ноември декември',
      // Albanian
      'në nga për me dhe e i të se që por ose kjo ky këto ata ajo ai sipas pas para sot dje nesër megjithatë gjithashtu edhe deri duke si kur ku pse nëse një disa shumë po jo nuk u ka janë është do janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor',
      // German
      'der die das den dem des ein eine und oder aber nach in im am vor bei mit von zu für auf aus wie auch nicht es er sie wir ihr laut',
    ].join(' '),
  ),
);

/**
 * Organisation heads that take a genitive after them in lower case: Ministarstvo odbrane, Vijeće sigurnosti,
 * Sindikat hrvatskih željezničara, Udruženje novinara Srbije, Klub za pravdu i red.
 */
export const GENITIVE_HEADS = folded(
  'ministarstv ministrstv министерств ministri jedinic agencij agjenci агенциј komisij komision комисиј uprav direkcij kancelarij ured urad institut fakultet savet vijeć svet zavod služb sindikat udruženj udrug savez fond komor društv zajednic akademij klinik klinic bolnic klub odbor zbornic sklad здружени сојуз фонд комор синдикат совет',
);

/** Peoples (folded), capitalised in these languages but no names: Srbi, Hrvata, Bošnjaci, Shqiptarët, Бугарите. */
export const DEMONYMS = new Set(
  folded(
    'srb srbi srba srbe srbima hrvat hrvati hrvata hrvatima bošnjak bošnjaci bošnjaka bošnjacima albanac albanci albanaca albancima crnogorci crnogoraca makedonci makedonaca slovenci slovenaca romi roma shqiptar shqiptarë shqiptarët shqiptarëve serb serbë serbët serbëve срби срба србе хрвати хрвата бугари бугарите бугарите македонци албанци албанците срби србите',
  ),
);

/** Street words (folded): square, street, boulevard, park, bridge, embankment, road; see streets.ts. */
export const STREET_NOUNS: ReadonlySet<string> = new Set(
  folded('trg ulica bulevar park most kej cesta sheshi rruga трг улица булевар парк мост кеј'),
);

/** Street words and other common nouns that open place names (Trg republike, Ulica…) or name a unit of government (Kantona), no name alone. Folded. */
export const PLACE_NOUNS = new Set([
  ...STREET_NOUNS,
  ...folded(
    'ulici ulicu grad selo reka rijeka jezero planina naselje kanton županij opštin općin država državi entitet regij кантон општин држав',
  ),
]);

/** Nominatives of organisation heads (folded stem → word), for names written in another case. */
export const HEAD_NOMINATIVE: Record<string, string> = Object.fromEntries(
  'vlada stranka partija skupština komisija agencija ministarstvo sud pokret savez koalicija zajednica udruženje vijeće savet sabor institut uprava kancelarija ured služba fakultet univerzitet tužilaštvo tužiteljstvo predsjedništvo predsedništvo lista akademija komora fondacija direkcija unija inicijativa front zavod sindikat udruga fond odbor banka klinika bolnica klub društvo opština općina dom zavod inspektorat direktorat ambasada konzulat muzej jedinica'
    .split(' ')
    .flatMap((w) => {
      const stem = fold(w).replace(/[aoe]$/, '');
      // The dative and locative soften k to c: Klinici, stranci.
      return stem.endsWith('k')
        ? [
            [stem, w],
            [`${stem.slice(0, -1)}c`, w],
          ]
        : [[stem, w]];
    }),
);

/**
 * Case endings and articles (folded) a role or head word may carry: predsjednika, kryeministrit, Собранието.
 */
const ENDINGS = new Set(
  ' a e i o u om em oj og ih im ima ama ov ova ove ovi ev it in is es en se ne ve ja je ju ri ot ta to te ite ata iot s n t et ega emu ot ku ka ke ki ci ce ca'.split(
    ' ',
  ),
);

/** Whether a folded word is one of the stems with a case ending (not any longer word: Vladan is no vlada). */
export function hasStem(key: string, stems: readonly string[]): boolean {
  for (const s of stems) if (key.startsWith(s) && ENDINGS.has(key.slice(s.length))) return true;
  return false;
}
