import { entityId, type PlaceEntity, type Relation, type Source } from '../types';
import { source } from '../source';
import { scmpZvecan } from './shared-sources';

/**
 * Places: capitals, the divided city of Mitrovica, the Serb-majority north of Kosovo and its crossings,
 * southern Serbia (Raška, Novi Pazar, the Preševo Valley) and other towns that recur in Balkans news.
 * Facts are our own wording; figures carry their date and source.
 */

// ---------------------------------------------------------------------------------------------------
// Helpers

const wp = (title: string, slug: string): Source => source('Wikipedia', title, `https://en.wikipedia.org/wiki/${slug}`);

const inKosovo: Relation = { to: entityId('kosovo'), kind: 'located-in' };
const claimedBySerbia: Relation = {
  to: entityId('serbia'),
  kind: 'located-in',
  disputed: true,
  note: 'Serbia does not recognise Kosovo’s independence and considers it part of its territory.',
};
const inSerbia: Relation = { to: entityId('serbia'), kind: 'located-in' };

// ---------------------------------------------------------------------------------------------------
// Sources used more than once

// Wikipedia articles
const wikiBelgrade = wp('Belgrade', 'Belgrade');
const wikiPristina = wp('Pristina', 'Pristina');
const wikiMitrovica = wp('Mitrovica, Kosovo', 'Mitrovica,_Kosovo');
const wikiNorthMitrovica = wp('North Mitrovica', 'North_Mitrovica');
const wikiSouthMitrovica = wikiMitrovica;
const wikiNewBridge = wp('New Bridge, Mitrovica', 'New_Bridge,_Mitrovica');
const wikiBanjskaVillage = wp('Banjska (village)', 'Banjska_(village)');
const wikiBanjskaMonastery = wp('Banjska Monastery', 'Banjska_Monastery');
const wikiBanjskaAttack = wp('Banjska attack', 'Banjska_attack');
const wikiZvecan = wp('Zvečan', 'Zve%C4%8Dan');
const wikiLeposavic = wp('Leposavić', 'Leposavi%C4%87');
const wikiZubinPotok = wp('Zubin Potok', 'Zubin_Potok');
const wikiJarinje = wp('Jarinje', 'Jarinje');
const wikiBrnjak = wp('Brnjak', 'Brnjak');
const wikiNorthKosovoCrisis2021 = wp('2021 North Kosovo crisis', '2021_North_Kosovo_crisis');
const wikiLocalElections2023 = wp('2023 Kosovan local elections', '2023_Kosovan_local_elections');
const wikiRaska = wp('Raška, Serbia', 'Ra%C5%A1ka,_Serbia');
const wikiEparchyRaskaPrizren = wp('Eparchy of Raška and Prizren', 'Eparchy_of_Ra%C5%A1ka_and_Prizren');
const wikiNoviPazar = wp('Novi Pazar', 'Novi_Pazar');
const wikiPresevoValley = wp('Preševo Valley', 'Pre%C5%A1evo_Valley');
const wikiPresevoInsurgency = wp('Insurgency in the Preševo Valley', 'Insurgency_in_the_Pre%C5%A1evo_Valley');
const wikiKonculj = wp('Končulj Agreement', 'Kon%C4%8Dulj_Agreement');
const wikiPresevo = wp('Preševo', 'Pre%C5%A1evo');
const wikiBujanovac = wp('Bujanovac', 'Bujanovac');
const wikiMedvedja = wp('Medveđa', 'Medve%C4%91a');
const wikiNis = wp('Niš', 'Ni%C5%A1');
const wikiSarajevo = wp('Sarajevo', 'Sarajevo');
const wikiCensusBiH2013 = wp(
  '2013 population census in Bosnia and Herzegovina',
  '2013_population_census_in_Bosnia_and_Herzegovina',
);
const wikiBanjaLuka = wp('Banja Luka', 'Banja_Luka');
const wikiSrebrenicaMassacre = wp('Srebrenica massacre', 'Srebrenica_massacre');
const wikiMostar = wp('Mostar', 'Mostar');
const wikiPodgorica = wp('Podgorica', 'Podgorica');
const wikiSkopje = wp('Skopje', 'Skopje');
const wikiTirana = wp('Tirana', 'Tirana');
const wikiZagreb = wp('Zagreb', 'Zagreb');
const wikiLjubljana = wp('Ljubljana', 'Ljubljana');
const wikiPrizren = wp('Prizren', 'Prizren');
const wikiPatriarchatePec = wp('Patriarchate of Peć (monastery)', 'Patriarchate_of_Pe%C4%87_(monastery)');
const wikiPeja = wp('Peja', 'Peja');
const wikiGracanica = wp('Gračanica, Kosovo', 'Gra%C4%8Danica,_Kosovo');
const wikiGjakova = wp('Gjakova', 'Gjakova');
const wikiRadoicic = wp('Milan Radoičić', 'Milan_Radoi%C4%8Di%C4%87');
const wikiFerizaj = wp('Ferizaj', 'Ferizaj');
const wikiBondsteel = wp('Camp Bondsteel', 'Camp_Bondsteel');
const wikiTetovo = wp('Tetovo', 'Tetovo');
const wikiInsurgencyMacedonia2001 = wp('2001 insurgency in Macedonia', '2001_insurgency_in_Macedonia');
const wikiOhrid = wp('Ohrid', 'Ohrid');
const wikiOhrid2023 = wp('2023 Ohrid Agreement', '2023_Ohrid_Agreement');
const wikiNoviSad = wp('Novi Sad', 'Novi_Sad');
const wikiCanopyCollapse = wp('Novi Sad railway station canopy collapse', 'Novi_Sad_railway_station_canopy_collapse');
const wikiKumanovo = wp('Kumanovo', 'Kumanovo');
const wikiKumanovoAgreement = wp('Kumanovo Agreement', 'Kumanovo_Agreement');
const wikiKumanovoClashes = wp('2015 Kumanovo clashes', '2015_Kumanovo_clashes');
const wikiGazimestan = wp('Gazimestan', 'Gazimestan');
const wikiGazimestanSpeech = wp('Gazimestan speech', 'Gazimestan_speech');
const wikiIbar = wp('Ibar (river)', 'Ibar_(river)');

// News outlets and official pages
const n1SerbiaCensus = source(
  'N1',
  'Serbia’s 2022 census shows the country’s population has dropped to 6.7 million',
  'https://n1info.hr/english/news/serbias-2022-census-shows-the-countrys-population-has-dropped-to-6-7-million/',
);
const rtv21KosovoCensus = source(
  'RTV21',
  'Tri komunat me më së shumti banorë',
  'https://rtv21.tv/tri-komunat-me-me-se-shumti-banore',
);
const vestiKosovoCensus = source(
  'Vesti',
  'Na Kosovu živi 1.586.659 stanovnika',
  'https://vesti-online.com/na-kosovu-zivi-1-586-659-stanovnika',
);
const apKosovoCensus = source(
  'AP',
  'Kosovo census shows shrinking population as many Serbs heed political party calls to boycott',
  'https://apnews.com/article/kosovo-census-serb-minority-population-religion-war-1c20ecb6b09fcf2f26342c1404c405ca',
);
const tiranaPostKosovoCensus = source(
  'Tirana Post',
  'Publikohen të dhënat e regjistrimit të popullsisë: sa banorë rezidentë ka Kosova',
  'https://www.tiranapost.net/lajme/publikohen-te-dhenat-e-regjistrimit-te-popullsise-sa-banore-rezidente-ka-n-i533406',
);
const wikiNnMitrovicaDistrict = source(
  'Wikipedia (nynorsk)',
  'Distriktet Mitrovica',
  'https://nn.wikipedia.org/wiki/Distriktet_Mitrovica',
);
const wikiNnGjakova = source('Wikipedia (nynorsk)', 'Gjakova', 'https://nn.wikipedia.org/wiki/Gjakova');
const jfcFilmCity = source(
  'NATO Joint Force Command Naples',
  'Greek contingent’s change of command ceremony',
  'https://jfcnaples.nato.int/kfor/media-center/archive/news/2021/greek-contingents-change-of-command-ceremony',
);
const kosovapressFilmCity = source(
  'Kosovapress',
  'NATO admiral on dialogue: governments acting unilaterally escalate tensions',
  'https://kosovapress.com/eng/nato-admiral-on-dialogue-governments-acting-unilaterally-escalate-tensions',
);
const juristBanjskaTrial = source(
  'JURIST',
  'Kosovo dispatch: trial of Banjska terror attack suspects begins with not guilty pleas',
  'https://jurist.org/news/2024/10/kosovo-dispatch-trial-of-banjska-terror-attack-suspects-begins-with-not-guilty-pleas/',
);
const kosovapressBridge = source(
  'Kosovapress',
  'Whose responsibility is it to open the Ibar bridge?',
  'https://kosovapress.com/en/e-kujt-eshte-pergjegjesia-per-hapjen-e-ures-se-ibrit',
);
const biBridge2017 = source(
  'Balkan Insight',
  'Mitrovica’s Flashpoint Bridge Symbolises Kosovo’s Divisions',
  'https://balkaninsight.com/2017/03/02/mitrovica-s-flashpoint-bridge-symbolises-kosovo-s-divisions-03-01-2017/',
);
const euronewsParallelInstitutions = source(
  'Euronews',
  'Kosovo shuts down five Serbian institutions in the north of the country, fuelling tensions',
  'https://www.euronews.com/my-europe/2024/08/31/kosovo-shuts-down-five-serbian-institutions-in-the-north-of-the-country-fuelling-tensions',
);
const gazetaExpressBridge = source(
  'Gazeta Express',
  'Çfarë do të ndodhë me urën mbi Ibër në Mitrovicën e Veriut? Kërkohet hapja e saj, BE dhe KFOR duan dialog',
  'https://www.gazetaexpress.com/cfare-do-te-ndodhe-me-uren-mbi-iber-ne-mitrovicen-e-veriut-kerkohet-hapja-e-saj-be-dhe-kfor-duan-dialog/',
);
const piSerbListLeader = source(
  'Prishtina Insight',
  'Belgrade-Backed Kosovo Serb Party Chooses Doctor as New Leader',
  'https://prishtinainsight.com/belgrade-backed-kosovo-serb-party-chooses-doctor-as-new-leader/',
);
const piNorthByElections = source(
  'Prishtina Insight',
  'Preliminary Results: Vetëvendosje and PDK Candidates Win Snap Local Elections in the North',
  'https://prishtinainsight.com/preliminary-results-vetevendosje-and-pdk-candidates-win-snap-elections-in-northern-municipalities/',
);
const piSerbMayors2025 = source(
  'Prishtina Insight',
  'Serb Mayors ‘Retake’ Power in North Kosovo',
  'https://prishtinainsight.com/?p=33248',
);
const vijestiSerbList2025 = source(
  'Vijesti',
  'Serbian List takes power in northern Kosovo',
  'https://en.vijesti.me/world-a/balkan/778799/Serbian-List-takes-power-in-northern-Kosovo',
);
const piBorderStandoff2021 = source(
  'Prishtina Insight',
  'Protesters and Police Maintain Uneasy Stand-Off at Kosovo Border',
  'https://prishtinainsight.com/protesters-and-police-maintain-uneasy-stand-off-at-kosovo-border/',
);
const b92JarinjeOpened = source(
  'B92',
  'The administrative crossing of Jarinje opened',
  'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=10&dd=18&nav_id=116863',
);
const b92BrnjakOpened = source(
  'B92',
  'Administrative crossing Brnjak opened, Jarinje still closed',
  'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=10&dd=04&nav_id=116755',
);
const telegrafCrossingsOpen = source(
  'Telegraf',
  'Jarinje and Brnjak administrative crossings open for traffic',
  'https://telegraf.rs/english/3608206-jarinje-and-brnjak-administrative-crossings-open-for-traffic',
);
const protothemaZvecan = source(
  'Proto Thema',
  'Tensions high in Kosovo as KFOR soldiers injured in clashes with Serbs',
  'https://en.protothema.gr/2023/05/30/tensions-high-in-kosovo-as-kfor-soldiers-injured-in-clashes-with-serbs/',
);
const ideaSeptember2023 = source(
  'International IDEA',
  'Democracy Tracker: Kosovo, September 2023',
  'https://www.idea.int/democracytracker/report/kosovo/september-2023',
);
const natoWatchReinforces = source(
  'NATO Watch',
  'NATO reinforces KFOR in Kosovo',
  'https://natowatch.org/newsbriefs/2023/nato-reinforces-kfor-kosovo',
);
const srbijaGovUnesco2006 = source(
  'Government of Serbia',
  'Patriarchate of Pec, Gracanica and Ljevisa church on UNESCO World Heritage list',
  'https://www.srbija.gov.rs/vest/en/25495/patriarchate-of-pec-gracanica-and-ljevisa-church-on-unesco-world-heritage-list.php',
);
const unescoMedievalMonuments = source(
  'UNESCO World Heritage Centre',
  'State of conservation 2024: Medieval Monuments in Kosovo',
  'https://whc.unesco.org/en/soc/4526',
);
const fonetGazimestan2023 = source(
  'FoNet',
  'Provere na Gazimestanu',
  'https://fonet.rs/politika/36327786/provere-na-gazimestanu.html',
);
const novaVidovdan2023 = source(
  'Agenzia Nova',
  'Kosovo-Serbia: patriarca Porfirije nel giorno di San Vito',
  'https://www.agenzianova.com/a/64a47941ed17d5.61673291/4416679/2023-06-28/kosovo-serbia-patriarca-porfirije-nel-giorno-di-san-vito-qui-i-serbi-sono-a-casa-loro',
);
const ewbAlbanianCensus = source(
  'European Western Balkans',
  'Will participation in the census improve the position of the Albanian minority in Serbia?',
  'https://europeanwesternbalkans.com/2022/12/31/will-participation-in-the-census-improve-the-position-of-the-albanian-minority-in-serbia/',
);
const bujanovackeRzs = source(
  'Bujanovačke',
  'Zavod za statistiku: U Bujanovcu i Preševu trenutno živi 62.000 Albanaca',
  'https://bujanovacke.co.rs/2022/12/22/zavod-za-statistiku-u-bujanovcu-i-presevu-trenutno-zivi-62-000-albanaca/',
);
const slobodenPecatOhrid = source(
  'Sloboden Pečat',
  'Belgrade and Pristina agreed the annex to the normalisation agreement in Ohrid',
  'https://www.slobodenpecat.mk/en/belgrad-i-prishtina-vo-ohrid-go-usoglasija-aneksot-na-dogovorot-za-normalizacija-na-megjusebnite-odnosi/',
);
const telegrafKumanovo = source(
  'Telegraf',
  'On this day in 1999, an agreement was signed which brought an end to NATO bombing',
  'https://telegraf.rs/english/3510785-on-this-day-in-1999-an-agreement-was-signed-which-brought-an-end-to-nato-bombing',
);

// ---------------------------------------------------------------------------------------------------

export const places: readonly PlaceEntity[] = [
  // ================================================================================ Capitals / Serbia
  {
    id: entityId('belgrade'),
    type: 'place',
    kind: 'city',
    name: 'Belgrade',
    names: [
      { text: 'Belgrade', lang: 'en' },
      { text: 'Beograd', lang: 'sr-Latn' },
      { text: 'Београд', lang: 'sr-Cyrl' },
      { text: 'Belgrad', lang: 'de' },
      { text: 'Beogradi', lang: 'sq' },
    ],
    summary: 'Capital and largest city of Serbia; in news copy often shorthand for the Serbian government.',
    region: 'balkans',
    importance: 3,
    coords: { lat: 44.818, lon: 20.457 },
    within: [{ to: entityId('serbia'), kind: 'capital-of' }],
    relations: [{ to: entityId('nato-bombing-of-yugoslavia'), kind: 'related' }],
    facts: [
      {
        text: 'Belgrade is Serbia’s capital and the seat of its president, government and National Assembly; reports often use the city’s name for the Serbian leadership.',
        asOf: '2025',
        sources: [wikiBelgrade],
      },
      {
        text: 'First results of Serbia’s 2022 census counted 1,685,563 people in Belgrade, one of only three Serbian cities whose population grew since 2011.',
        asOf: '2022-12-21',
        sources: [n1SerbiaCensus],
      },
      {
        text: 'During NATO’s 1999 air campaign a strike hit the headquarters of state broadcaster RTS in Belgrade on 23 April, killing 16 of its staff.',
        asOf: '1999-04-23',
        timeline: true,
        sources: [
          wp(
            'NATO bombing of the Radio Television of Serbia headquarters',
            'NATO_bombing_of_the_Radio_Television_of_Serbia_headquarters',
          ),
        ],
      },
      {
        text: 'On 7 May 1999 NATO bombs struck the Chinese embassy in Belgrade; the United States called it a targeting mistake, while China condemned it.',
        asOf: '1999-05-07',
        timeline: true,
        sources: [
          wp(
            'United States bombing of the Chinese embassy in Belgrade',
            'United_States_bombing_of_the_Chinese_embassy_in_Belgrade',
          ),
        ],
      },
    ],
    figures: [
      {
        id: 'population-2022',
        label: 'Population, 2022 census (first results)',
        measure: 'population',
        unit: 'people',
        kind: 'known',
        value: 1685563,
        asOf: '2022-12-21',
        sources: [n1SerbiaCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Belgrade',
  },
  {
    id: entityId('pristina'),
    type: 'place',
    kind: 'city',
    name: 'Pristina',
    names: [
      { text: 'Pristina', lang: 'en' },
      { text: 'Prishtina', lang: 'sq' },
      { text: 'Prishtinë', lang: 'sq' },
      { text: 'Priština', lang: 'sr-Latn' },
      { text: 'Приштина', lang: 'sr-Cyrl' },
    ],
    summary: 'Capital and largest city of Kosovo; often shorthand for the Kosovo government.',
    region: 'balkans',
    importance: 3,
    coords: { lat: 42.663, lon: 21.164 },
    within: [{ to: entityId('kosovo'), kind: 'capital-of' }, claimedBySerbia],
    relations: [{ to: entityId('kfor'), kind: 'related', note: 'KFOR headquarters, Camp Film City' }],
    facts: [
      {
        text: 'Pristina is the seat of Kosovo’s government, Assembly and presidency; in news copy the city’s name often stands for the Kosovo government.',
        asOf: '2025',
        sources: [wikiPristina],
      },
      {
        text: 'The NATO-led KFOR mission has its headquarters at Camp Film City in Pristina.',
        asOf: '2024',
        sources: [jfcFilmCity, kosovapressFilmCity],
      },
      {
        text: 'Preliminary results of Kosovo’s 2024 census put Pristina municipality at 227,154 residents, the most of any municipality.',
        asOf: '2024-07-12',
        sources: [rtv21KosovoCensus],
      },
      {
        text: 'The three Banjska attack defendants held in custody are tried at the Basic Court in Pristina; they pleaded not guilty in October 2024.',
        asOf: '2024-10',
        sources: [juristBanjskaTrial],
      },
    ],
    figures: [
      {
        id: 'population-2024',
        label: 'Residents, 2024 census (preliminary)',
        measure: 'population',
        unit: 'residents',
        kind: 'known',
        value: 227154,
        asOf: '2024-07-12',
        sources: [rtv21KosovoCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Pristina',
  },

  // ================================================================================ Mitrovica
  {
    id: entityId('mitrovica'),
    type: 'place',
    kind: 'city',
    name: 'Mitrovica',
    names: [
      { text: 'Mitrovica', lang: 'en' },
      { text: 'Mitrovicë', lang: 'sq' },
      { text: 'Митровица', lang: 'sr-Cyrl' },
      { text: 'Kosovska Mitrovica', lang: 'sr-Latn', form: 'historic' },
      { text: 'Косовска Митровица', lang: 'sr-Cyrl', form: 'historic' },
    ],
    summary:
      'City in northern Kosovo split by the Ibar river into a Serb-majority north and an Albanian-majority south.',
    region: 'balkans',
    importance: 3,
    coords: { lat: 42.89, lon: 20.867 },
    within: [inKosovo, claimedBySerbia],
    relations: [{ to: entityId('ibar'), kind: 'related', note: 'the river divides the city' }],
    terms: [
      {
        usedBy: 'Kosovo institutions',
        term: 'Mitrovica / Mitrovicë',
        note: 'administered as two municipalities, North Mitrovica and South Mitrovica',
        forms: ['Mitrovicë', 'Mitrovicës', 'Mitrovica e Veriut', 'Mitrovica e Jugut'],
      },
      {
        usedBy: 'Serbian official usage and Serbian media',
        term: 'Kosovska Mitrovica',
        note: 'the city’s name in Yugoslav times, still used in Serbia',
        forms: ['Kosovsk~ Mitrovic~'],
      },
    ],
    neutral: 'Mitrovica (North and South Mitrovica for the two municipalities)',
    facts: [
      {
        text: 'Since the 1998–99 war Mitrovica has been divided along the Ibar: Serbs live mostly north of the river and Albanians mostly south, and the two parts form separate municipalities.',
        asOf: '2024',
        sources: [wikiMitrovica, biBridge2017],
      },
      {
        text: 'The main bridge over the Ibar is the best-known symbol of the division; Italian Carabinieri serving with KFOR patrol it and it is open to pedestrians.',
        asOf: '2024',
        sources: [kosovapressBridge, wikiNewBridge],
      },
      {
        text: 'Kosovo’s statistics agency counted 58,458 people in the city’s urban area in 2011, 46,132 in the south and 12,326 in the north (the north largely stayed out of that census).',
        asOf: '2011',
        sources: [wikiMitrovica],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Mitrovica,_Kosovo',
  },
  {
    id: entityId('north-mitrovica'),
    type: 'place',
    kind: 'municipality',
    name: 'North Mitrovica',
    names: [
      { text: 'North Mitrovica', lang: 'en' },
      { text: 'Severna Mitrovica', lang: 'sr-Latn' },
      { text: 'Северна Митровица', lang: 'sr-Cyrl' },
      { text: 'Mitrovica e Veriut', lang: 'sq' },
      { text: 'Mitrovicë e Veriut', lang: 'sq' },
      { text: 'Nord-Mitrovica', lang: 'de' },
    ],
    summary: 'Serb-majority municipality on the north bank of the Ibar in Mitrovica; main town of north Kosovo.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.895, lon: 20.865 },
    within: [
      { to: entityId('mitrovica'), kind: 'part-of' },
      { to: entityId('north-kosovo'), kind: 'part-of' },
      inKosovo,
      claimedBySerbia,
    ],
    relations: [{ to: entityId('srpska-lista'), kind: 'related', note: 'party headquarters' }],
    facts: [
      {
        text: 'North Mitrovica is the municipality covering the mainly Serb part of Mitrovica north of the Ibar, together with nearby villages.',
        asOf: '2024',
        sources: [wikiNorthMitrovica],
      },
      {
        text: 'Srpska Lista, the Belgrade-backed party of Kosovo Serbs, has its headquarters in North Mitrovica.',
        asOf: '2023-10',
        sources: [piSerbListLeader],
      },
      {
        text: 'In the April 2023 by-election, boycotted by Serbs, Vetëvendosje’s Erden Atiq became mayor with 519 votes; turnout in the municipality was 4.62%.',
        asOf: '2023-04-23',
        timeline: true,
        sources: [piNorthByElections],
      },
      {
        text: 'The preliminary results of Kosovo’s 2024 census counted only 2,346 residents here; most Serbs in the north stayed away from the count.',
        asOf: '2024-07-12',
        sources: [tiranaPostKosovoCensus, apKosovoCensus],
      },
      {
        text: 'Srpska Lista won the October 2025 local election, and its candidate Milan Radojević was sworn in as mayor on 5 December 2025.',
        asOf: '2025-12-05',
        timeline: true,
        sources: [piSerbMayors2025, vijestiSerbList2025],
      },
    ],
    figures: [
      {
        id: 'enumerated-2024',
        label: 'Residents enumerated in the 2024 census (largely boycotted)',
        measure: 'population',
        unit: 'residents',
        kind: 'known',
        value: 2346,
        asOf: '2024-07-12',
        sources: [vestiKosovoCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/North_Mitrovica',
  },
  {
    id: entityId('south-mitrovica'),
    type: 'place',
    kind: 'municipality',
    name: 'South Mitrovica',
    names: [
      { text: 'South Mitrovica', lang: 'en' },
      { text: 'Južna Mitrovica', lang: 'sr-Latn' },
      { text: 'Јужна Митровица', lang: 'sr-Cyrl' },
      { text: 'Mitrovica e Jugut', lang: 'sq' },
      { text: 'Mitrovicë e Jugut', lang: 'sq' },
      { text: 'Süd-Mitrovica', lang: 'de' },
    ],
    summary: 'Albanian-majority municipality on the south bank of the Ibar in Mitrovica, Kosovo.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.883, lon: 20.867 },
    within: [{ to: entityId('mitrovica'), kind: 'part-of' }, inKosovo, claimedBySerbia],
    facts: [
      {
        text: 'South Mitrovica is the mainly Albanian municipality south of the Ibar; Kosovo names it simply Mitrovica, and South Mitrovica is a common other name for it.',
        asOf: '2024',
        sources: [wikiSouthMitrovica],
      },
      {
        text: 'Preliminary 2024 census results gave the municipality 64,680 residents.',
        asOf: '2024-07-12',
        sources: [wikiNnMitrovicaDistrict],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Mitrovica,_Kosovo',
  },
  {
    id: entityId('ibar-bridge'),
    type: 'place',
    kind: 'landmark',
    name: 'Ibar bridge (Mitrovica)',
    names: [
      { text: 'Ibar bridge', lang: 'en' },
      { text: 'Mitrovica bridge', lang: 'en' },
      { text: 'Austerlitz Bridge', lang: 'en', form: 'common' },
      { text: 'New Bridge', lang: 'en', form: 'common', needsContext: true },
      { text: 'Ura e Ibrit', lang: 'sq' },
      { text: 'Ura mbi Ibër', lang: 'sq' },
      { text: 'most na Ibru', lang: 'sr-Latn' },
      { text: 'мост на Ибру', lang: 'sr-Cyrl' },
      { text: 'Ibar-Brücke', lang: 'de' },
    ],
    summary:
      'Main bridge over the Ibar in Mitrovica, joining the Albanian south and the Serb north; a symbol of division.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.892, lon: 20.866 },
    within: [{ to: entityId('mitrovica'), kind: 'located-in' }, inKosovo, claimedBySerbia],
    relations: [{ to: entityId('kfor'), kind: 'related', note: 'patrolled by KFOR Carabinieri' }],
    facts: [
      {
        text: 'The steel bridge was rebuilt with French government money by a mixed Albanian and Serb crew and reopened in June 2001.',
        asOf: '2001-06',
        sources: [wikiNewBridge],
      },
      {
        text: 'It is open to pedestrians but has long been kept closed to car traffic; KFOR’s Italian Carabinieri keep a permanent presence on it.',
        asOf: '2024',
        sources: [kosovapressBridge, wikiNewBridge],
      },
      {
        text: 'In August 2024 the Kosovo government said it would open the bridge to vehicles; the US, the EU and KFOR urged it to coordinate first, and local Serbs objected.',
        asOf: '2024-08',
        timeline: true,
        sources: [euronewsParallelInstitutions, gazetaExpressBridge],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/New_Bridge,_Mitrovica',
  },

  // ================================================================================ North Kosovo
  {
    id: entityId('north-kosovo'),
    type: 'place',
    kind: 'region',
    name: 'North Kosovo',
    names: [
      { text: 'North Kosovo', lang: 'en' },
      { text: 'northern Kosovo', lang: 'en', form: 'common' },
      { text: 'Severno Kosovo', lang: 'sr-Latn' },
      { text: 'Sever Kosova', lang: 'sr-Latn' },
      { text: 'Северно Косово', lang: 'sr-Cyrl' },
      { text: 'Veriu i Kosovës', lang: 'sq' },
      { text: 'Nordkosovo', lang: 'de' },
    ],
    summary:
      'The four Serb-majority municipalities north of the Ibar: North Mitrovica, Zvečan, Leposavić and Zubin Potok.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 43.0, lon: 20.75 },
    within: [inKosovo, claimedBySerbia],
    relations: [
      { to: entityId('srpska-lista'), kind: 'related' },
      { to: entityId('association-of-serb-majority-municipalities'), kind: 'related' },
    ],
    facts: [
      {
        text: 'North Kosovo is made up of four Serb-majority municipalities bordering Serbia: North Mitrovica, Zvečan, Leposavić and Zubin Potok.',
        asOf: '2023',
        sources: [wikiLocalElections2023],
      },
      {
        text: 'Serbs in the north left Kosovo’s institutions in November 2022 and boycotted the April 2023 by-elections, in which only 3.47% of voters took part and Albanian mayors were elected.',
        asOf: '2023-04-23',
        timeline: true,
        sources: [wikiLocalElections2023, piNorthByElections],
      },
      {
        text: 'Most residents of the four municipalities boycotted Kosovo’s 2024 census; Serbs living south of the Ibar took part.',
        asOf: '2024-07-12',
        sources: [tiranaPostKosovoCensus],
      },
      {
        text: 'In August 2024 Kosovo closed five Serbian-run “parallel” institutions in the north, saying they broke Kosovo law; the US embassy criticised the move as uncoordinated.',
        asOf: '2024-08-30',
        timeline: true,
        sources: [euronewsParallelInstitutions],
      },
      {
        text: 'Srpska Lista won all four northern municipalities in the October 2025 local elections, and its mayors took office there on 5 December 2025.',
        asOf: '2025-12-05',
        timeline: true,
        sources: [piSerbMayors2025, vijestiSerbList2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/North_Kosovo',
  },
  {
    id: entityId('zvecan'),
    type: 'place',
    kind: 'municipality',
    name: 'Zvečan',
    names: [
      { text: 'Zvečan', lang: 'en' },
      { text: 'Звечан', lang: 'sr-Cyrl' },
      { text: 'Zveçan', lang: 'sq' },
      { text: 'Zveçani', lang: 'sq' },
    ],
    summary:
      'Serb-majority town and municipality in north Kosovo, just north of Mitrovica; Banjska village belongs to it.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.908, lon: 20.84 },
    within: [{ to: entityId('north-kosovo'), kind: 'part-of' }, inKosovo, claimedBySerbia],
    relations: [{ to: entityId('zvecan-clashes-2023'), kind: 'related' }],
    facts: [
      {
        text: 'Zvečan is one of the four Serb-majority municipalities of north Kosovo; the village of Banjska lies within it.',
        asOf: '2023',
        sources: [wikiZvecan, wikiLocalElections2023],
      },
      {
        text: 'During the 2021 licence-plate protests, a Kosovo vehicle-registration office in Zvečan was attacked.',
        asOf: '2021-09',
        sources: [wikiNorthKosovoCrisis2021],
      },
      {
        text: 'In the Serb-boycotted by-election of April 2023, Ilir Peci (PDK) was elected mayor with 114 votes on a 2.92% turnout.',
        asOf: '2023-04-23',
        timeline: true,
        sources: [piNorthByElections],
      },
      {
        text: 'On 29 May 2023 dozens of KFOR soldiers, most of them Italian and Hungarian, were injured outside the Zvečan municipal building while holding back Serbs protesting against the new Albanian mayor.',
        asOf: '2023-05-29',
        timeline: true,
        sources: [protothemaZvecan, scmpZvecan],
      },
      {
        text: 'Only 435 residents were enumerated in Zvečan in the boycotted 2024 census.',
        asOf: '2024-07-12',
        sources: [vestiKosovoCensus],
      },
      {
        text: 'Dragiša Milović of Srpska Lista was sworn in as mayor on 5 December 2025 after the party won the October local election.',
        asOf: '2025-12-05',
        timeline: true,
        sources: [piSerbMayors2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Zve%C4%8Dan',
  },
  {
    id: entityId('leposavic'),
    type: 'place',
    kind: 'municipality',
    name: 'Leposavić',
    names: [
      { text: 'Leposavić', lang: 'en' },
      { text: 'Лепосавић', lang: 'sr-Cyrl' },
      { text: 'Leposaviq', lang: 'sq' },
    ],
    summary:
      'Northernmost municipality of Kosovo, Serb-majority; the Jarinje crossing to Serbia lies at its northern edge.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 43.104, lon: 20.803 },
    within: [{ to: entityId('north-kosovo'), kind: 'part-of' }, inKosovo, claimedBySerbia],
    facts: [
      {
        text: 'Leposavić is the northernmost of the four Serb-majority municipalities; the village and crossing of Jarinje on the road to Raška belong to it.',
        asOf: '2023',
        sources: [wikiLeposavic, wikiJarinje],
      },
      {
        text: 'Lulzim Hetemi (Vetëvendosje) won the April 2023 mayoral by-election with 100 votes; only 1.06% of registered voters took part.',
        asOf: '2023-04-23',
        timeline: true,
        sources: [piNorthByElections],
      },
      {
        text: 'Preliminary results of Kosovo’s 2024 census counted 3,207 residents in Leposavić, one of the four Serb-majority northern municipalities where the census was largely boycotted.',
        asOf: '2024-07-12',
        sources: [vestiKosovoCensus],
      },
      {
        text: 'In February 2025 Kosovo police reported seizing uniforms, weapons and ammunition near the village of Rodel, which Kosovo linked to “Civil Protection”, a group it has designated as terrorist.',
        asOf: '2025-02',
        sources: [
          source(
            'Alfa Press',
            'Kosovo Police confiscate hand grenades, magazines and bombs in the north',
            'https://alfapress.al/english/kosova-bota/granata-dore-karikator-dhe-bomba-policia-e-kosoves-konfiskon-arme-te-i149233',
          ),
        ],
      },
      {
        text: 'Zoran Todić of Srpska Lista took office as mayor on 5 December 2025.',
        asOf: '2025-12-05',
        timeline: true,
        sources: [piSerbMayors2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Leposavi%C4%87',
  },
  {
    id: entityId('zubin-potok'),
    type: 'place',
    kind: 'municipality',
    name: 'Zubin Potok',
    names: [
      { text: 'Zubin Potok', lang: 'en' },
      { text: 'Зубин Поток', lang: 'sr-Cyrl' },
      { text: 'Zubin Potoku', lang: 'sq' },
    ],
    summary:
      'Serb-majority municipality in north Kosovo on the Ibar, home to the Gazivode reservoir and the Brnjak crossing.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.917, lon: 20.683 },
    within: [{ to: entityId('north-kosovo'), kind: 'part-of' }, inKosovo, claimedBySerbia],
    facts: [
      {
        text: 'The Ibar is dammed at Gazivode in Zubin Potok; the reservoir supplies water to industry and mining in the Mitrovica–Trepča area.',
        asOf: '2024',
        sources: [wikiIbar, wikiZubinPotok],
      },
      {
        text: 'The Brnjak crossing to Serbia, on the road towards Novi Pazar, lies in the municipality.',
        asOf: '2023',
        sources: [wikiBrnjak],
      },
      {
        text: 'A Kosovo vehicle-registration office in Zubin Potok was set on fire during the September 2021 licence-plate protests.',
        asOf: '2021-09',
        sources: [wikiNorthKosovoCrisis2021],
      },
      {
        text: 'Izmir Zeqiri (PDK) won the boycotted April 2023 mayoral by-election with 196 votes; turnout was 5.78%.',
        asOf: '2023-04-23',
        timeline: true,
        sources: [piNorthByElections],
      },
      {
        text: 'The 2024 census enumerated 758 residents in Zubin Potok, most Serbs having stayed away.',
        asOf: '2024-07-12',
        sources: [vestiKosovoCensus],
      },
      {
        text: 'Miloš Perović of Srpska Lista was sworn in as mayor on 5 December 2025.',
        asOf: '2025-12-05',
        timeline: true,
        sources: [piSerbMayors2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    id: entityId('banjska'),
    type: 'place',
    kind: 'village',
    name: 'Banjska',
    names: [
      { text: 'Banjska', lang: 'en' },
      { text: 'Бањска', lang: 'sr-Cyrl' },
      { text: 'Banjskë', lang: 'sq' },
      { text: 'Banska', lang: 'other', form: 'common', needsContext: true },
    ],
    summary:
      'Village in Zvečan municipality, north Kosovo; scene of the armed attack on Kosovo Police on 24 September 2023.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.973, lon: 20.781 },
    within: [{ to: entityId('zvecan'), kind: 'located-in' }, inKosovo, claimedBySerbia],
    relations: [
      { to: entityId('banjska-attack'), kind: 'related' },
      { to: entityId('banjska-monastery'), kind: 'related' },
    ],
    facts: [
      {
        text: 'Banjska is a small, mostly Serb village of a few hundred people in Zvečan municipality, home to the medieval Banjska Monastery.',
        asOf: '2011',
        sources: [wikiBanjskaVillage],
      },
      {
        text: 'Before dawn on 24 September 2023 Kosovo police sent to trucks blocking the bridge into Banjska came under fire; Sergeant Afrim Bunjaku was killed and gunmen then held positions around the monastery until evening.',
        asOf: '2023-09-24',
        timeline: true,
        sources: [wikiBanjskaAttack, natoWatchReinforces],
      },
      {
        text: 'Kosovo accused Serbia of organising and arming the group; Serbia denied any state role, and Kosovo Serb politician Milan Radoičić said he had organised it himself.',
        asOf: '2023-09-29',
        sources: [ideaSeptember2023, wikiBanjskaAttack],
      },
      {
        text: 'Kosovo’s special prosecutors indicted 45 people over the attack in September 2024; three defendants in custody went on trial in Pristina, while the others remain at large.',
        asOf: '2024-10',
        sources: [juristBanjskaTrial, wikiBanjskaAttack],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Banjska_(village)',
  },
  {
    id: entityId('banjska-monastery'),
    type: 'place',
    kind: 'landmark',
    name: 'Banjska Monastery',
    names: [
      { text: 'Banjska Monastery', lang: 'en' },
      { text: 'Manastir Banjska', lang: 'sr-Latn' },
      { text: 'Манастир Бањска', lang: 'sr-Cyrl' },
      { text: 'Manastiri i Banjës', lang: 'sq' },
      { text: 'Manastiri i Banjskës', lang: 'sq' },
      { text: 'Kloster Banjska', lang: 'de' },
    ],
    summary: 'Serbian Orthodox monastery in Banjska, built in the 14th century as King Milutin’s burial church.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.975, lon: 20.779 },
    within: [
      { to: entityId('banjska'), kind: 'located-in' },
      { to: entityId('zvecan'), kind: 'located-in' },
      inKosovo,
      claimedBySerbia,
    ],
    relations: [
      { to: entityId('serbian-orthodox-church'), kind: 'related' },
      { to: entityId('banjska-attack'), kind: 'related' },
    ],
    facts: [
      {
        text: 'King Stefan Uroš II Milutin had the monastery and its church of St Stephen built in the 1310s as his burial place; sources differ slightly on the exact years.',
        asOf: '1316',
        sources: [
          source('Government of Serbia', 'Banjska monastery', 'https://www.srbija.gov.rs/kosovo-metohija/en/16240'),
          wikiBanjskaMonastery,
        ],
      },
      {
        text: 'The church fell into ruin, served as a mosque in the 19th century and was partly restored in 1939 and 1990; monastic life resumed in 2004 under the Eparchy of Raška and Prizren.',
        asOf: '2004',
        sources: [wikiBanjskaMonastery],
      },
      {
        text: 'During the 24 September 2023 attack, the armed group took up positions in and around the monastery compound before police regained control.',
        asOf: '2023-09-24',
        timeline: true,
        sources: [wikiBanjskaAttack],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Banjska_Monastery',
  },
  {
    id: entityId('jarinje'),
    type: 'place',
    kind: 'crossing',
    name: 'Jarinje',
    names: [
      { text: 'Jarinje', lang: 'en' },
      { text: 'Јариње', lang: 'sr-Cyrl' },
      { text: 'Jarinjë', lang: 'sq' },
      { text: 'Jarinja', lang: 'sq' },
    ],
    summary: 'Main crossing between north Kosovo and Serbia, in Leposavić municipality on the road to Raška.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 43.219, lon: 20.692 },
    within: [
      { to: entityId('leposavic'), kind: 'located-in' },
      { to: entityId('north-kosovo'), kind: 'part-of' },
      inKosovo,
      claimedBySerbia,
    ],
    relations: [
      { to: entityId('raska'), kind: 'related', note: 'road continues to Raška and Kraljevo' },
      { to: entityId('licence-plate-dispute'), kind: 'related' },
      { to: entityId('banjska-attack'), kind: 'related' },
    ],
    terms: [
      {
        usedBy: 'Kosovo',
        term: 'border crossing',
        note: 'Kosovo treats the line with Serbia as a state border',
        forms: ['border crossing', 'graničn~ prelaz~', 'pik~ kufitar~'],
      },
      {
        usedBy: 'Serbia',
        term: 'administrative crossing (administrativni prelaz) on the administrative line',
        note: 'Serbia does not accept the line as an international border',
        forms: ['administrativn~ prelaz~', 'administrative crossing'],
      },
    ],
    neutral: 'the Jarinje crossing point',
    facts: [
      {
        text: 'Jarinje is one of the two main routes from north Kosovo into central Serbia; the road leads on to Raška and Kraljevo.',
        asOf: '2011-10',
        sources: [wikiJarinje],
      },
      {
        text: 'Serbs angered by Kosovo’s declaration of independence set fire to the checkpoints at Jarinje and Brnjak in February 2008; the crossing saw further clashes in July 2011.',
        asOf: '2011-07',
        sources: [wikiJarinje],
      },
      {
        text: 'From 20 September 2021 Serbs blocked the roads to Jarinje and Brnjak with trucks after Kosovo sent special police to enforce a ban on Serbian licence plates; the blockade ended on 2 October under an EU-brokered deal.',
        asOf: '2021-09-20',
        timeline: true,
        sources: [wikiNorthKosovoCrisis2021, piBorderStandoff2021],
      },
      {
        text: 'Kosovo closed Jarinje and Brnjak on 10 December 2022 when barricades went up in the north, and reopened them once the barricades were removed at the end of the month.',
        asOf: '2022-12-10',
        timeline: true,
        sources: [telegrafCrossingsOpen],
      },
      {
        text: 'After the Banjska attack Kosovo stopped traffic entering from Serbia at Jarinje on 24 September 2023; the crossing fully reopened on 18 October, after 25 days.',
        asOf: '2023-10-18',
        timeline: true,
        sources: [b92JarinjeOpened],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Jarinje',
  },
  {
    id: entityId('brnjak'),
    type: 'place',
    kind: 'crossing',
    name: 'Brnjak',
    names: [
      { text: 'Brnjak', lang: 'en' },
      { text: 'Брњак', lang: 'sr-Cyrl' },
      { text: 'Bërnjak', lang: 'sq' },
      { text: 'Bernjak', lang: 'other', form: 'common' },
    ],
    summary: 'Crossing between north Kosovo and Serbia in Zubin Potok municipality, on the road to Novi Pazar.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.934, lon: 20.571 },
    within: [
      { to: entityId('zubin-potok'), kind: 'located-in' },
      { to: entityId('north-kosovo'), kind: 'part-of' },
      inKosovo,
      claimedBySerbia,
    ],
    relations: [
      { to: entityId('novi-pazar'), kind: 'related', note: 'road leads on to Novi Pazar' },
      { to: entityId('licence-plate-dispute'), kind: 'related' },
      { to: entityId('banjska-attack'), kind: 'related' },
    ],
    terms: [
      { usedBy: 'Kosovo', term: 'border crossing', forms: ['border crossing', 'graničn~ prelaz~', 'pik~ kufitar~'] },
      {
        usedBy: 'Serbia',
        term: 'administrative crossing (administrativni prelaz)',
        forms: ['administrativn~ prelaz~', 'administrative crossing'],
      },
    ],
    neutral: 'the Brnjak crossing point',
    facts: [
      {
        text: 'Brnjak is the second main route from north Kosovo into Serbia, leading towards Novi Pazar; the crossing sits in a mountain village of the same name in Zubin Potok.',
        asOf: '2011-10',
        sources: [wikiBrnjak],
      },
      {
        text: 'Its checkpoint was burned together with Jarinje’s by Serb protesters after Kosovo declared independence in February 2008.',
        asOf: '2008-02',
        sources: [wikiJarinje],
      },
      {
        text: 'Serb protesters blocked the approach roads to Brnjak and Jarinje from 20 September to 2 October 2021 over Kosovo’s ban on Serbian licence plates.',
        asOf: '2021-09-20',
        timeline: true,
        sources: [wikiNorthKosovoCrisis2021, piBorderStandoff2021],
      },
      {
        text: 'The crossing was closed from 10 December 2022 during the barricades in the north and reopened once they were removed.',
        asOf: '2022-12-10',
        timeline: true,
        sources: [telegrafCrossingsOpen],
      },
      {
        text: 'Closed to traffic from Serbia after the Banjska attack, Brnjak reopened on 4 October 2023, about ten days later.',
        asOf: '2023-10-04',
        timeline: true,
        sources: [b92BrnjakOpened],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Brnjak',
  },

  // ================================================================================ Southern Serbia
  {
    id: entityId('raska'),
    type: 'place',
    kind: 'town',
    name: 'Raška',
    names: [
      { text: 'Raška', lang: 'en' },
      { text: 'Рашка', lang: 'sr-Cyrl' },
      { text: 'Rashkë', lang: 'sq' },
      { text: 'Rashka', lang: 'sq' },
    ],
    summary: 'Town and municipality in southern Serbia on the Ibar, the nearest Serbian town to the Jarinje crossing.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 43.286, lon: 20.614 },
    within: [inSerbia],
    relations: [{ to: entityId('jarinje'), kind: 'related' }],
    facts: [
      {
        text: 'Raška lies on the Ibar valley road that runs from the Jarinje crossing to Kraljevo.',
        asOf: '2011-10',
        sources: [wikiRaska],
      },
      {
        text: 'The name is also that of the medieval Serbian heartland (Rascia) and of the Serbian Orthodox Eparchy of Raška and Prizren, which covers Kosovo.',
        asOf: '2024',
        sources: [wikiRaska, wikiEparchyRaskaPrizren],
      },
      {
        text: 'Days after the Banjska attack, Kosovo minister Nenad Rašić said there had been information about a “military camp” in the Raška area; Serbia denies that the state was involved in the attack.',
        asOf: '2023-09-27',
        sources: [
          source(
            'UNMIK Media Observatory',
            'Kosovo media monitoring, 27 September 2023',
            'https://media.unmikonline.org/node/101346',
          ),
          ideaSeptember2023,
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ra%C5%A1ka,_Serbia',
  },
  {
    id: entityId('novi-pazar'),
    type: 'place',
    kind: 'city',
    name: 'Novi Pazar',
    names: [
      { text: 'Novi Pazar', lang: 'en' },
      { text: 'Нови Пазар', lang: 'sr-Cyrl' },
      { text: 'Pazari i Ri', lang: 'sq' },
      { text: 'Tregu i Ri', lang: 'sq' },
    ],
    summary: 'City in south-western Serbia, the main centre of Bosniaks in Serbia and of the Sandžak region.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 43.138, lon: 20.516 },
    within: [inSerbia],
    relations: [{ to: entityId('brnjak'), kind: 'related' }],
    facts: [
      {
        text: 'Novi Pazar is the cultural centre of Serbia’s Bosniaks and of the Sandžak region, with Ottoman-era mosques and medieval Serbian churches nearby.',
        asOf: '2023',
        sources: [wikiNoviPazar],
      },
      {
        text: 'It was one of only three Serbian cities that grew between the 2011 and 2022 censuses; first results counted 107,859 people, and the final count for the city area was 106,720.',
        asOf: '2022-12-21',
        sources: [n1SerbiaCensus, wikiNoviPazar],
      },
      {
        text: 'The road from the Brnjak crossing in north Kosovo leads to Novi Pazar.',
        asOf: '2011-10',
        sources: [wikiBrnjak],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Novi_Pazar',
  },
  {
    id: entityId('presevo-valley'),
    type: 'place',
    kind: 'region',
    name: 'Preševo Valley',
    names: [
      { text: 'Preševo Valley', lang: 'en' },
      { text: 'Preševska dolina', lang: 'sr-Latn' },
      { text: 'Прешевска долина', lang: 'sr-Cyrl' },
      { text: 'Lugina e Preshevës', lang: 'sq' },
      { text: 'Preševo-Tal', lang: 'de' },
    ],
    summary:
      'Albanian-majority area of southern Serbia bordering Kosovo: Preševo, Bujanovac and, politically, Medveđa.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.39, lon: 21.7 },
    within: [inSerbia],
    relations: [
      { to: entityId('presevo'), kind: 'related' },
      { to: entityId('bujanovac'), kind: 'related' },
      { to: entityId('medvedja'), kind: 'related' },
      { to: entityId('kumanovo-agreement'), kind: 'related', note: 'the 1999 Ground Safety Zone ran through the area' },
    ],
    terms: [
      {
        usedBy: 'Albanians in southern Serbia',
        term: 'Preševo Valley (Lugina e Preshevës); sometimes “Eastern Kosovo”',
        note: 'the term is linked to demands for autonomy',
        forms: ['Eastern Kosovo', 'Kosov~ Lindor~', 'Lugin~ e Preshev~'],
      },
      {
        usedBy: 'Serbian official usage',
        term: 'the municipalities of Preševo, Bujanovac and Medveđa',
        forms: ['Preševo, Bujanovac and Medveđa', 'Preševo, Bujanovac i Medveđ~'],
      },
    ],
    neutral: 'the Preševo Valley (the municipalities of Preševo, Bujanovac and Medveđa)',
    facts: [
      {
        text: 'The Preševo Valley covers the municipalities of Preševo and Bujanovac, where Albanians are the majority; Medveđa, which has a Serb majority, is often included for political purposes.',
        asOf: '2024',
        sources: [wikiPresevoValley],
      },
      {
        text: 'In an unofficial referendum on 1–2 March 1992, Albanians in the area voted for autonomy and the right to join Kosovo; Serbia rejected the vote as unconstitutional.',
        asOf: '1992-03-02',
        timeline: true,
        sources: [wikiPresevoInsurgency],
      },
      {
        text: 'From June 1999 to June 2001 the Albanian UÇPMB fought Yugoslav forces here, partly inside the buffer zone set up under the Kumanovo agreement; the conflict ended with the Končulj agreement, an amnesty and the group’s disbandment.',
        asOf: '2001-06-01',
        timeline: true,
        sources: [wikiPresevoInsurgency, wikiKonculj],
      },
      {
        text: 'Albanian parties boycotted Serbia’s 2011 census but took part in the 2022 census after forms were offered in Albanian.',
        asOf: '2022-10',
        sources: [ewbAlbanianCensus],
      },
    ],
    figures: [
      {
        id: 'albanians-2022-census',
        label: 'Albanians counted in the 2022 census in Preševo, Bujanovac and Medveđa',
        measure: 'population',
        unit: 'people',
        kind: 'disputed',
        why: 'The 2022 census recorded people living abroad separately; Albanian representatives count everyone enumerated, while the statistics office counts only those actually resident, and it calculated that a large share live in the diaspora.',
        claims: [
          {
            claimant: 'Albanian political representatives in southern Serbia (as reported by European Western Balkans)',
            date: '2022-12-31',
            value: 100000,
            qualifier: 'about',
            note: 'members of the Albanian minority enumerated, mainly in the three municipalities',
            sources: [ewbAlbanianCensus],
          },
          {
            claimant: 'Statistical Office of Serbia (director Miladin Kovačević)',
            date: '2022-12-22',
            value: 62000,
            qualifier: 'up-to',
            note: '61,000–62,000 Albanians present in the three municipalities; about 100,000 forms were entered overall',
            sources: [bujanovackeRzs],
          },
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Pre%C5%A1evo_Valley',
  },
  {
    id: entityId('presevo'),
    type: 'place',
    kind: 'town',
    name: 'Preševo',
    names: [
      { text: 'Preševo', lang: 'en' },
      { text: 'Прешево', lang: 'sr-Cyrl' },
      { text: 'Preshevë', lang: 'sq' },
      { text: 'Presheva', lang: 'sq' },
    ],
    summary:
      'Town in southern Serbia near North Macedonia; the largest town and political centre of the Preševo Valley.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.307, lon: 21.65 },
    within: [inSerbia, { to: entityId('presevo-valley'), kind: 'part-of' }],
    facts: [
      {
        text: 'Preševo municipality has the highest share of ethnic Albanians anywhere in Serbia outside Kosovo, close to 90% at the 2002 census.',
        asOf: '2002',
        sources: [wikiPresevo],
      },
      {
        text: 'The town lies on the motorway and rail corridor from Belgrade to Skopje, close to the border crossing into North Macedonia.',
        asOf: '2024',
        sources: [wikiPresevo, wikiPresevoValley],
      },
      {
        text: 'The UÇPMB insurgents of 1999–2001 took their name partly from Preševo (Liberation Army of Preševo, Medveđa and Bujanovac).',
        asOf: '2001',
        sources: [wikiPresevoInsurgency],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Pre%C5%A1evo',
  },
  {
    id: entityId('bujanovac'),
    type: 'place',
    kind: 'town',
    name: 'Bujanovac',
    names: [
      { text: 'Bujanovac', lang: 'en' },
      { text: 'Бујановац', lang: 'sr-Cyrl' },
      { text: 'Bujanoc', lang: 'sq' },
      { text: 'Bujanoci', lang: 'sq' },
    ],
    summary: 'Town and municipality in southern Serbia with an Albanian majority and large Serb and Roma communities.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.459, lon: 21.766 },
    within: [inSerbia, { to: entityId('presevo-valley'), kind: 'part-of' }],
    facts: [
      {
        text: 'At the 2002 census Albanians made up about 55% of Bujanovac municipality, Serbs about 34% and Roma about 9%.',
        asOf: '2002',
        sources: [wikiBujanovac],
      },
      {
        text: 'The May 2001 Končulj agreement, named after a village in the municipality, ended the UÇPMB insurgency and let Yugoslav forces back into the buffer zone.',
        asOf: '2001-05-20',
        timeline: true,
        sources: [wikiKonculj],
      },
      {
        text: 'Most Albanians in Bujanovac boycotted the 2011 census but took part in 2022.',
        asOf: '2022-10',
        sources: [ewbAlbanianCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Bujanovac',
  },
  {
    id: entityId('medvedja'),
    type: 'place',
    kind: 'town',
    name: 'Medveđa',
    names: [
      { text: 'Medveđa', lang: 'en' },
      { text: 'Medvedja', lang: 'en', form: 'common' },
      { text: 'Медвеђа', lang: 'sr-Cyrl' },
      { text: 'Medvegjë', lang: 'sq' },
      { text: 'Medvegja', lang: 'sq' },
    ],
    summary: 'Small Serb-majority municipality in southern Serbia with an Albanian minority, bordering Kosovo.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.843, lon: 21.585 },
    within: [
      inSerbia,
      { to: entityId('presevo-valley'), kind: 'part-of', note: 'included mainly in the political sense' },
    ],
    facts: [
      {
        text: 'Medveđa has a Serb majority and an Albanian minority; Albanian politicians count it as part of the Preševo Valley, though geographically it lies outside it.',
        asOf: '2024',
        sources: [wikiPresevoValley, wikiMedvedja],
      },
      {
        text: 'It was one of the three municipalities named by the UÇPMB insurgents in 1999–2001.',
        asOf: '2001',
        sources: [wikiPresevoInsurgency],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Medve%C4%91a',
  },
  {
    id: entityId('nis'),
    type: 'place',
    kind: 'city',
    name: 'Niš',
    names: [
      { text: 'Niš', lang: 'en', needsContext: true },
      { text: 'Ниш', lang: 'sr-Cyrl', needsContext: true },
      { text: 'Nish', lang: 'sq', needsContext: true },
    ],
    summary: 'Third-largest city in Serbia, in the south of the country on the Nišava river.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 43.321, lon: 21.896 },
    within: [inSerbia],
    relations: [{ to: entityId('russia'), kind: 'related', note: 'Russian-Serbian Humanitarian Centre' }],
    facts: [
      {
        text: 'Niš is Serbia’s third-largest city after Belgrade and Novi Sad and the seat of the Nišava District; Roman emperor Constantine the Great was born there.',
        asOf: '2024',
        sources: [wikiNis],
      },
      {
        text: 'A Russian-Serbian Humanitarian Centre opened near Niš airport in 2012; the US and other Western governments have voiced fears it could be used for espionage, which its Russian co-director called nonsense.',
        asOf: '2017-09',
        sources: [
          source(
            'Balkan Insight',
            'Russian Centre in Serbia Scorns Espionage Claims',
            'https://www.balkaninsight.com/en/article/russian-serbian-humanitarian-centre-rebuffs-spy-accusations-09-08-2017',
          ),
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ni%C5%A1',
  },
  {
    id: entityId('novi-sad'),
    type: 'place',
    kind: 'city',
    name: 'Novi Sad',
    names: [
      { text: 'Novi Sad', lang: 'en' },
      { text: 'Нови Сад', lang: 'sr-Cyrl' },
    ],
    summary:
      'Serbia’s second-largest city and capital of Vojvodina; where the deadly 2024 station canopy collapse happened.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 45.255, lon: 19.845 },
    within: [inSerbia],
    relations: [
      { to: entityId('novi-sad-canopy-collapse'), kind: 'related' },
      { to: entityId('serbian-protests-2024-2025'), kind: 'related' },
      { to: entityId('milos-vucevic'), kind: 'related', note: 'mayor 2012–2022' },
    ],
    facts: [
      {
        text: 'Novi Sad is the administrative centre of the autonomous province of Vojvodina; first 2022 census results counted 367,121 people, a rise since 2011.',
        asOf: '2022-12-21',
        sources: [n1SerbiaCensus, wikiNoviSad],
      },
      {
        text: 'On 1 November 2024 the concrete canopy of the city’s recently renovated railway station collapsed, killing at least 15 people.',
        asOf: '2024-11-01',
        timeline: true,
        sources: [wikiCanopyCollapse],
      },
      {
        text: 'The collapse set off mass protests that began in Novi Sad and spread across Serbia, fuelled by anger over corruption.',
        asOf: '2025-02',
        sources: [wikiCanopyCollapse],
      },
      {
        text: 'Miloš Vučević, who resigned as prime minister in January 2025 amid the protests, had been mayor of Novi Sad from 2012 to 2022.',
        asOf: '2025-01-28',
        sources: [wp('Miloš Vučević', 'Milo%C5%A1_Vu%C4%8Devi%C4%87')],
      },
    ],
    figures: [
      {
        id: 'population-2022',
        label: 'Population, 2022 census (first results)',
        measure: 'population',
        unit: 'people',
        kind: 'known',
        value: 367121,
        asOf: '2022-12-21',
        sources: [n1SerbiaCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Novi_Sad',
  },

  // ================================================================================ Bosnia and Herzegovina
  {
    id: entityId('sarajevo'),
    type: 'place',
    kind: 'city',
    name: 'Sarajevo',
    names: [
      { text: 'Sarajevo', lang: 'en' },
      { text: 'Сарајево', lang: 'sr-Cyrl' },
      { text: 'Sarajeva', lang: 'sq' },
    ],
    summary: 'Capital and largest city of Bosnia and Herzegovina.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 43.856, lon: 18.413 },
    within: [
      { to: entityId('bosnia-and-herzegovina'), kind: 'capital-of' },
      { to: entityId('federation-of-bosnia-and-herzegovina'), kind: 'located-in' },
    ],
    relations: [{ to: entityId('office-of-the-high-representative'), kind: 'related' }],
    facts: [
      {
        text: 'Sarajevo is the largest city in Bosnia and Herzegovina; the 2013 census counted 275,524 people in the city.',
        asOf: '2013',
        sources: [wikiCensusBiH2013, wikiSarajevo],
      },
      {
        text: 'Bosnian Serb forces besieged the city from 5 April 1992 to 29 February 1996, the longest siege of a capital in modern warfare.',
        asOf: '1996-02-29',
        sources: [wp('Siege of Sarajevo', 'Siege_of_Sarajevo')],
      },
      {
        text: 'The city hosts the Office of the High Representative and the Court of Bosnia and Herzegovina, which convicted Republika Srpska leader Milorad Dodik in 2025.',
        asOf: '2025-08-13',
        sources: [
          source(
            'European Western Balkans',
            'The Court of BiH replaces a prison sentence for Milorad Dodik with a fine',
            'https://europeanwesternbalkans.com/2025/08/13/the-court-of-bih-replaces-a-prison-sentence-for-milorad-dodik-with-a-fine/',
          ),
        ],
      },
    ],
    figures: [
      {
        id: 'population-2013',
        label: 'Population, 2013 census (city)',
        measure: 'population',
        unit: 'people',
        kind: 'known',
        value: 275524,
        asOf: '2013',
        sources: [wikiCensusBiH2013],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Sarajevo',
  },
  {
    id: entityId('banja-luka'),
    type: 'place',
    kind: 'city',
    name: 'Banja Luka',
    names: [
      { text: 'Banja Luka', lang: 'en' },
      { text: 'Banjaluka', lang: 'sr-Latn' },
      { text: 'Бања Лука', lang: 'sr-Cyrl' },
    ],
    summary: 'Second-largest city of Bosnia and Herzegovina and the administrative centre of Republika Srpska.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 44.772, lon: 17.191 },
    within: [
      { to: entityId('republika-srpska'), kind: 'located-in', note: 'de facto capital of the entity' },
      { to: entityId('bosnia-and-herzegovina'), kind: 'located-in' },
    ],
    facts: [
      {
        text: 'Banja Luka is the seat of Republika Srpska’s president, government and National Assembly; it is often used as shorthand for the Bosnian Serb leadership.',
        asOf: '2025',
        sources: [wikiBanjaLuka],
      },
      {
        text: 'At the 2013 census the City of Banja Luka, its whole administrative area, had 185,042 residents (138,963 in the city proper), making it the second-largest city in Bosnia and Herzegovina after Sarajevo.',
        asOf: '2013',
        sources: [wikiCensusBiH2013, wikiBanjaLuka],
      },
      {
        text: 'The 16th-century Ferhadija mosque, blown up by Bosnian Serb forces on 7 May 1993, was rebuilt and reopened on 7 May 2016.',
        asOf: '2016-05-07',
        timeline: true,
        sources: [wp('Ferhat Pasha Mosque (Banja Luka)', 'Ferhat_Pasha_Mosque_(Banja_Luka)')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Banja_Luka',
  },
  {
    id: entityId('srebrenica'),
    type: 'place',
    kind: 'town',
    name: 'Srebrenica',
    names: [
      { text: 'Srebrenica', lang: 'en' },
      { text: 'Сребреница', lang: 'sr-Cyrl' },
      { text: 'Potočari', lang: 'bs', form: 'common' },
    ],
    summary: 'Town in eastern Bosnia and Herzegovina (Republika Srpska), site of the July 1995 genocide.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 44.106, lon: 19.297 },
    within: [
      { to: entityId('republika-srpska'), kind: 'located-in' },
      { to: entityId('bosnia-and-herzegovina'), kind: 'located-in' },
    ],
    relations: [
      { to: entityId('srebrenica-genocide'), kind: 'related' },
      { to: entityId('un-srebrenica-resolution-2024'), kind: 'related' },
    ],
    facts: [
      {
        text: 'After Bosnian Serb forces overran the UN “safe area” in July 1995, more than 8,000 Bosniak men and boys were killed; the victims are buried at the Potočari memorial near the town.',
        asOf: '1995-07-11',
        timeline: true,
        sources: [wikiSrebrenicaMassacre],
      },
      {
        text: 'The Yugoslav war crimes tribunal (Krstić appeal, 2004) and the International Court of Justice (26 February 2007) ruled that the killings were genocide; the ICJ found Serbia had failed to prevent and punish it but had not committed it.',
        asOf: '2007-02-26',
        sources: [
          source(
            'International Court of Justice',
            'Application of the Genocide Convention (Bosnia and Herzegovina v. Serbia and Montenegro)',
            'https://www.icj-cij.org/case/91',
          ),
          source('ICTY', 'Krstić (IT-98-33)', 'https://www.icty.org/case/krstic'),
        ],
      },
      {
        text: 'On 23 May 2024 the UN General Assembly made 11 July an international day of remembrance for the genocide; Serbia and Bosnian Serb leaders reject the genocide label despite the court rulings.',
        asOf: '2024-05-23',
        timeline: true,
        sources: [
          source(
            'United Nations',
            'General Assembly: 82nd plenary meeting - 78th session',
            'https://media.un.org/avlibrary/en/asset/d321/d3213629',
          ),
          wikiSrebrenicaMassacre,
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Srebrenica',
  },
  {
    id: entityId('mostar'),
    type: 'place',
    kind: 'city',
    name: 'Mostar',
    names: [
      { text: 'Mostar', lang: 'en' },
      { text: 'Мостар', lang: 'sr-Cyrl' },
    ],
    summary: 'City on the Neretva in Herzegovina, known for its Old Bridge and its Bosniak–Croat division.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 43.344, lon: 17.808 },
    within: [
      { to: entityId('federation-of-bosnia-and-herzegovina'), kind: 'located-in' },
      { to: entityId('bosnia-and-herzegovina'), kind: 'located-in' },
    ],
    facts: [
      {
        text: 'Mostar is the administrative centre of the Herzegovina-Neretva Canton and the fifth-largest city in the country.',
        asOf: '2024',
        sources: [wikiMostar],
      },
      {
        text: 'Its 16th-century Old Bridge (Stari Most) was destroyed by Bosnian Croat shelling on 9 November 1993 and reopened after reconstruction in July 2004; it is a UNESCO World Heritage Site.',
        asOf: '2004-07',
        sources: [wp('Stari Most', 'Stari_Most')],
      },
      {
        text: 'Because of a political deadlock between Bosniak and Croat parties, the city held no local elections between 2008 and December 2020.',
        asOf: '2020-12-20',
        timeline: true,
        sources: [wikiMostar],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Mostar',
  },

  // ================================================================================ Other capitals
  {
    id: entityId('podgorica'),
    type: 'place',
    kind: 'city',
    name: 'Podgorica',
    names: [
      { text: 'Podgorica', lang: 'en' },
      { text: 'Подгорица', lang: 'sr-Cyrl' },
      { text: 'Titograd', lang: 'other', form: 'historic' },
    ],
    summary: 'Capital and largest city of Montenegro.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.441, lon: 19.264 },
    within: [{ to: entityId('montenegro'), kind: 'capital-of' }],
    facts: [
      {
        text: 'Podgorica is Montenegro’s capital and largest city; from 1946 to 1992 it was called Titograd after Yugoslav leader Josip Broz Tito.',
        asOf: '2024',
        sources: [wikiPodgorica],
      },
      {
        text: 'Montenegro’s 2023 census counted 179,505 people in the Capital City of Podgorica, nearly three in ten of the country’s inhabitants.',
        asOf: '2023',
        sources: [wikiPodgorica],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Podgorica',
  },
  {
    id: entityId('skopje'),
    type: 'place',
    kind: 'city',
    name: 'Skopje',
    names: [
      { text: 'Skopje', lang: 'en' },
      { text: 'Скопје', lang: 'mk' },
      { text: 'Shkup', lang: 'sq' },
      { text: 'Shkupi', lang: 'sq' },
      { text: 'Skoplje', lang: 'sr-Latn' },
      { text: 'Скопље', lang: 'sr-Cyrl' },
    ],
    summary: 'Capital and largest city of North Macedonia; also shorthand for its government.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 41.996, lon: 21.432 },
    within: [{ to: entityId('north-macedonia'), kind: 'capital-of' }],
    facts: [
      {
        text: 'Skopje is North Macedonia’s capital and its political, economic and academic centre; Macedonian and Albanian are both official languages in the city.',
        asOf: '2024',
        sources: [wikiSkopje],
      },
      {
        text: 'The 2021 census counted 526,502 people in Greater Skopje.',
        asOf: '2021',
        sources: [wikiSkopje],
      },
      {
        text: 'An earthquake on 26 July 1963 destroyed much of the city and killed more than 1,000 people.',
        asOf: '1963-07-26',
        sources: [wp('1963 Skopje earthquake', '1963_Skopje_earthquake')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Skopje',
  },
  {
    id: entityId('tirana'),
    type: 'place',
    kind: 'city',
    name: 'Tirana',
    names: [
      { text: 'Tirana', lang: 'en' },
      { text: 'Tiranë', lang: 'sq' },
      { text: 'Тирана', lang: 'sr-Cyrl' },
    ],
    summary: 'Capital and largest city of Albania; also shorthand for the Albanian government.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 41.328, lon: 19.819 },
    within: [{ to: entityId('albania'), kind: 'capital-of' }],
    relations: [{ to: entityId('edi-rama'), kind: 'related', note: 'former mayor, host of the 2022 and 2023 summits' }],
    facts: [
      {
        text: 'Tirana is Albania’s capital and its largest city and economic centre.',
        asOf: '2024',
        sources: [wikiTirana],
      },
      {
        text: 'On 6 December 2022 Tirana hosted the first EU–Western Balkans summit held in the region itself, ending with the Tirana Declaration.',
        asOf: '2022-12-06',
        timeline: true,
        sources: [
          source(
            'European Western Balkans',
            'EU-Western Balkans summit in Tirana on 6 December',
            'https://europeanwesternbalkans.com/2022/11/01/eu-western-balkans-summit-in-tirana-on-6-december/',
          ),
          wp('2022 EU–Western Balkans summit', '2022_EU-Western_Balkans_summit'),
        ],
      },
      {
        text: 'The Berlin Process summit met in Tirana on 16 October 2023, the first time it was held outside the EU.',
        asOf: '2023-10-16',
        timeline: true,
        sources: [
          source(
            'Prishtina Insight',
            'Berlin Process Summit in Tirana Calls for EU Enlargement and Overcoming Conflicts',
            'https://prishtinainsight.com/berlin-process-summit-tirana-calls-for-eu-enlargement-and-overcoming-conflicts-mag/',
          ),
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Tirana',
  },
  {
    id: entityId('zagreb'),
    type: 'place',
    kind: 'city',
    name: 'Zagreb',
    names: [
      { text: 'Zagreb', lang: 'en' },
      { text: 'Загреб', lang: 'sr-Cyrl' },
    ],
    summary: 'Capital and largest city of Croatia.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 45.815, lon: 15.982 },
    within: [{ to: entityId('croatia'), kind: 'capital-of' }],
    facts: [
      {
        text: 'Zagreb is Croatia’s capital and largest city, seat of the parliament (Sabor) and government.',
        asOf: '2024',
        sources: [wikiZagreb],
      },
      {
        text: 'A magnitude 5.3–5.5 earthquake on 22 March 2020 damaged the historic centre, including a spire of Zagreb Cathedral; it was the strongest in the city since 1880.',
        asOf: '2020-03-22',
        sources: [
          wp('2020 Zagreb earthquake', '2020_Zagreb_earthquake'),
          source(
            'Euronews',
            'Earthquake of 5.3 degrees in Zagreb causes serious damage',
            'https://www.euronews.com/2020/03/22/earthquake-of-5-3-degrees-in-zagreb-causes-serious-damage',
          ),
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Zagreb',
  },
  {
    id: entityId('ljubljana'),
    type: 'place',
    kind: 'city',
    name: 'Ljubljana',
    names: [
      { text: 'Ljubljana', lang: 'en' },
      { text: 'Љубљана', lang: 'sr-Cyrl' },
    ],
    summary: 'Capital and largest city of Slovenia.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 46.051, lon: 14.506 },
    within: [{ to: entityId('slovenia'), kind: 'capital-of' }],
    facts: [
      {
        text: 'Ljubljana has been the capital of independent Slovenia since 1991 and is the seat of its parliament, president and government.',
        asOf: '2024',
        sources: [wikiLjubljana],
      },
      {
        text: 'The city had 288,382 inhabitants in 2024.',
        asOf: '2024',
        sources: [wikiLjubljana],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ljubljana',
  },

  // ================================================================================ Kosovo (south of the Ibar)
  {
    id: entityId('prizren'),
    type: 'place',
    kind: 'city',
    name: 'Prizren',
    names: [
      { text: 'Prizren', lang: 'en' },
      { text: 'Призрен', lang: 'sr-Cyrl' },
      { text: 'Prizreni', lang: 'sq' },
    ],
    summary: 'Historic city in southern Kosovo, its second most populous municipality.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.213, lon: 20.739 },
    within: [inKosovo, claimedBySerbia],
    facts: [
      {
        text: 'Preliminary 2024 census results put Prizren municipality at 147,428 residents, second only to Pristina; Kosovo’s constitution calls Prizren the country’s historical capital.',
        asOf: '2024-07-12',
        sources: [rtv21KosovoCensus, wikiPrizren],
      },
      {
        text: 'The League of Prizren, founded in the city in 1878, was a landmark of the Albanian national movement.',
        asOf: '1878',
        sources: [wikiPrizren],
      },
      {
        text: 'Prizren’s Serbian Orthodox church of Our Lady of Ljeviš is part of the World Heritage site “Medieval Monuments in Kosovo”, on UNESCO’s danger list since 2006; the Serbian Orthodox Eparchy of Raška and Prizren has its official see in the city.',
        asOf: '2024',
        sources: [srbijaGovUnesco2006, unescoMedievalMonuments, wikiEparchyRaskaPrizren],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Prizren',
  },
  {
    id: entityId('peja'),
    type: 'place',
    kind: 'city',
    name: 'Peja',
    names: [
      { text: 'Peja', lang: 'en' },
      { text: 'Pejë', lang: 'sq' },
      { text: 'Peć', lang: 'sr-Latn', needsContext: true },
      { text: 'Пећ', lang: 'sr-Cyrl', needsContext: true },
    ],
    summary: 'City in western Kosovo near Montenegro, site of the Patriarchate of Peć monastery.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.66, lon: 20.292 },
    within: [inKosovo, claimedBySerbia],
    relations: [{ to: entityId('serbian-orthodox-church'), kind: 'related' }],
    facts: [
      {
        text: 'Peja lies in western Kosovo at the mouth of the Rugova gorge; Albanians call it Pejë or Peja, Serbs Peć.',
        asOf: '2024',
        sources: [wikiPeja],
      },
      {
        text: 'The Patriarchate of Peć monastery outside the city became the seat of the Serbian patriarchs in 1346 and is still part of the Serbian patriarch’s title.',
        asOf: '2024',
        sources: [wikiPatriarchatePec],
      },
      {
        text: 'Since 2006 the monastery has been part of the UNESCO World Heritage site “Medieval Monuments in Kosovo”, which is listed as in danger.',
        asOf: '2024',
        sources: [srbijaGovUnesco2006, unescoMedievalMonuments],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Peja',
  },
  {
    id: entityId('gracanica'),
    type: 'place',
    kind: 'municipality',
    name: 'Gračanica',
    names: [
      { text: 'Gračanica', lang: 'en' },
      { text: 'Грачаница', lang: 'sr-Cyrl' },
      { text: 'Graçanicë', lang: 'sq' },
      { text: 'Graçanica', lang: 'sq' },
    ],
    summary:
      'Serb-majority town and municipality just south-east of Pristina, around the medieval Gračanica Monastery.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.6, lon: 21.196 },
    within: [inKosovo, claimedBySerbia],
    relations: [
      { to: entityId('serbian-orthodox-church'), kind: 'related' },
      { to: entityId('association-of-serb-majority-municipalities'), kind: 'related' },
    ],
    facts: [
      {
        text: 'The municipality was created on 29 December 2009 from parts of neighbouring municipalities and is the main centre for Kosovo Serbs living south of the Ibar; it had 19,371 residents in 2024.',
        asOf: '2024',
        sources: [wikiGracanica],
      },
      {
        text: 'Gračanica Monastery, founded by King Milutin in 1321, has been part of the UNESCO site “Medieval Monuments in Kosovo” since 2006.',
        asOf: '2024',
        sources: [srbijaGovUnesco2006, unescoMedievalMonuments],
      },
      {
        text: 'In June 2023, citing insecurity, the Serbian Orthodox Church moved the Vidovdan memorial service from Gazimestan to Gračanica Monastery.',
        asOf: '2023-06-28',
        timeline: true,
        sources: [novaVidovdan2023, fonetGazimestan2023],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Gra%C4%8Danica,_Kosovo',
  },
  {
    id: entityId('gjakova'),
    type: 'place',
    kind: 'city',
    name: 'Gjakova',
    names: [
      { text: 'Gjakova', lang: 'en' },
      { text: 'Gjakovë', lang: 'sq' },
      { text: 'Đakovica', lang: 'sr-Latn' },
      { text: 'Djakovica', lang: 'en', form: 'common' },
      { text: 'Ђаковица', lang: 'sr-Cyrl' },
    ],
    summary: 'City in south-western Kosovo near the Albanian border.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.38, lon: 20.431 },
    within: [inKosovo, claimedBySerbia],
    relations: [{ to: entityId('milan-radoicic'), kind: 'related', note: 'born in the city' }],
    facts: [
      {
        text: 'Gjakova lies in south-western Kosovo close to the border with Albania; Serbian sources call it Đakovica.',
        asOf: '2024',
        sources: [wikiGjakova],
      },
      {
        text: 'The 2024 census’s first final results, published in December 2024, gave Gjakova municipality 78,699 residents.',
        asOf: '2024-12-19',
        sources: [wikiNnGjakova],
      },
      {
        text: 'Kosovo Serb politician Milan Radoičić, who claimed responsibility for the Banjska attack, was born in Gjakova in 1978; in April 2025 Kosovo issued a warrant for him over alleged war crimes in the area.',
        asOf: '2025-04',
        sources: [wikiRadoicic],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Gjakova',
  },
  {
    id: entityId('ferizaj'),
    type: 'place',
    kind: 'city',
    name: 'Ferizaj',
    names: [
      { text: 'Ferizaj', lang: 'en' },
      { text: 'Ferizaji', lang: 'sq' },
      { text: 'Uroševac', lang: 'sr-Latn' },
      { text: 'Урошевац', lang: 'sr-Cyrl' },
    ],
    summary: 'City in southern Kosovo, home to Camp Bondsteel, the main US base in KFOR.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.37, lon: 21.148 },
    within: [inKosovo, claimedBySerbia],
    relations: [
      { to: entityId('kfor'), kind: 'related', note: 'Camp Bondsteel' },
      { to: entityId('united-states'), kind: 'related' },
    ],
    facts: [
      {
        text: 'Ferizaj is Kosovo’s third most populous municipality, with 109,345 residents in preliminary 2024 census results.',
        asOf: '2024-07-12',
        sources: [rtv21KosovoCensus],
      },
      {
        text: 'Camp Bondsteel near Ferizaj, built in 1999, is the main US Army base in Kosovo and hosts KFOR’s US-led Regional Command-East.',
        asOf: '2024',
        sources: [wikiBondsteel, wikiFerizaj],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ferizaj',
  },
  {
    id: entityId('gazimestan'),
    type: 'place',
    kind: 'landmark',
    name: 'Gazimestan',
    names: [
      { text: 'Gazimestan', lang: 'en' },
      { text: 'Газиместан', lang: 'sr-Cyrl' },
      { text: 'Gazimestani', lang: 'sq' },
    ],
    summary: 'Memorial near Pristina to the 1389 Battle of Kosovo; focus of Serb commemorations on Vidovdan (28 June).',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.691, lon: 21.124 },
    within: [inKosovo, claimedBySerbia],
    relations: [
      { to: entityId('slobodan-milosevic'), kind: 'related', note: '1989 speech' },
      { to: entityId('serbian-orthodox-church'), kind: 'related' },
    ],
    facts: [
      {
        text: 'The tower-shaped monument, built in 1953 on a hill about 5 km north-west of Pristina, commemorates the Battle of Kosovo between Serbian and Ottoman armies in 1389.',
        asOf: '1953',
        sources: [wikiGazimestan],
      },
      {
        text: 'Serbs gather there every year on Vidovdan, 28 June, for a memorial service for those who fell in the battle; Kosovo police, EULEX and KFOR are present and check visitors.',
        asOf: '2023-06-28',
        sources: [wikiGazimestan, fonetGazimestan2023, novaVidovdan2023],
      },
      {
        text: 'On 28 June 1989, the battle’s 600th anniversary, Slobodan Milošević addressed a huge crowd at Gazimestan; his reference to possible future “armed battles” is widely seen as a prelude to the Yugoslav wars.',
        asOf: '1989-06-28',
        timeline: true,
        sources: [
          wikiGazimestanSpeech,
          source(
            'European Stability Initiative',
            '1989: Gazimestan',
            'https://www.esiweb.org/index.php?lang=en&id=281&story_ID=13&slide_ID=19',
          ),
        ],
      },
      {
        text: 'In 2023 the church held the Vidovdan memorial at Gračanica Monastery instead, breaking with the usual practice and citing security after tensions in the north.',
        asOf: '2023-06-28',
        timeline: true,
        sources: [novaVidovdan2023, fonetGazimestan2023],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Gazimestan',
  },
  {
    id: entityId('ibar'),
    type: 'place',
    kind: 'river',
    name: 'Ibar',
    names: [
      { text: 'Ibar', lang: 'en' },
      { text: 'Ибар', lang: 'sr-Cyrl' },
      { text: 'Ibër', lang: 'sq' },
      { text: 'Ibri', lang: 'sq' },
    ],
    summary:
      'River through Montenegro, Kosovo and Serbia; at Mitrovica it divides the Serb north from the Albanian south.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.89, lon: 20.87 },
    within: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('serbia'), kind: 'located-in' },
      { to: entityId('montenegro'), kind: 'located-in' },
    ],
    relations: [
      { to: entityId('mitrovica'), kind: 'related' },
      { to: entityId('ibar-bridge'), kind: 'related' },
    ],
    facts: [
      {
        text: 'The Ibar rises on Mount Hajla in Montenegro, crosses northern Kosovo and joins the West Morava near Kraljevo in Serbia, a course of about 276 km.',
        asOf: '2024',
        sources: [wikiIbar],
      },
      {
        text: 'In Mitrovica the river marks the de facto line between Serb-majority north Kosovo and the Albanian-majority rest of the country; “north of the Ibar” is common shorthand for the Serb north.',
        asOf: '2024',
        sources: [wikiIbar, wikiMitrovica],
      },
      {
        text: 'A dam at Gazivode in Zubin Potok forms a reservoir whose water serves industry and mining in the Mitrovica area.',
        asOf: '2024',
        sources: [wikiIbar],
      },
    ],
    figures: [
      {
        id: 'length',
        label: 'Length',
        measure: 'other',
        unit: 'km',
        kind: 'known',
        value: 276,
        qualifier: 'about',
        asOf: '2024',
        sources: [wikiIbar],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ibar_(river)',
  },

  // ================================================================================ North Macedonia
  {
    id: entityId('tetovo'),
    type: 'place',
    kind: 'city',
    name: 'Tetovo',
    names: [
      { text: 'Tetovo', lang: 'en' },
      { text: 'Тетово', lang: 'mk' },
      { text: 'Tetovë', lang: 'sq' },
      { text: 'Tetova', lang: 'sq' },
    ],
    summary: 'City in north-western North Macedonia; the main centre of the country’s Albanian community.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.01, lon: 20.971 },
    within: [{ to: entityId('north-macedonia'), kind: 'located-in' }],
    facts: [
      {
        text: 'Tetovo, at the foot of the Šar mountains, is the main centre of North Macedonia’s Albanians and home to the State University of Tetovo and South East European University; its municipality had 63,176 residents in 2021.',
        asOf: '2021',
        sources: [wikiTetovo],
      },
      {
        text: 'In March 2001 the Albanian National Liberation Army took positions in the hills above Tetovo during the insurgency that ended with the Ohrid Framework Agreement of 13 August 2001.',
        asOf: '2001-03',
        sources: [wikiInsurgencyMacedonia2001],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Tetovo',
  },
  {
    id: entityId('ohrid'),
    type: 'place',
    kind: 'town',
    name: 'Ohrid',
    names: [
      { text: 'Ohrid', lang: 'en' },
      { text: 'Охрид', lang: 'mk' },
      { text: 'Ohër', lang: 'sq' },
      { text: 'Ohri', lang: 'sq' },
    ],
    summary:
      'Lakeside town in south-western North Macedonia, host of the 2001 peace deal and the 2023 Kosovo–Serbia talks.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 41.117, lon: 20.802 },
    within: [{ to: entityId('north-macedonia'), kind: 'located-in' }],
    relations: [{ to: entityId('ohrid-agreement-2023'), kind: 'related' }],
    facts: [
      {
        text: 'Ohrid lies on Lake Ohrid; the town and lake region are a UNESCO World Heritage site.',
        asOf: '2024',
        sources: [wikiOhrid],
      },
      {
        text: 'The Ohrid Framework Agreement, signed on 13 August 2001, ended the armed conflict between the Macedonian state and Albanian insurgents and widened the rights of Albanians.',
        asOf: '2001-08-13',
        timeline: true,
        sources: [wikiInsurgencyMacedonia2001],
      },
      {
        text: 'On 18 March 2023 Kurti and Vučić agreed in Ohrid, after about twelve hours of EU-chaired talks, on an annex for implementing the Kosovo–Serbia normalisation agreement; neither signed it.',
        asOf: '2023-03-18',
        timeline: true,
        sources: [slobodenPecatOhrid, wikiOhrid2023],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ohrid',
  },
  {
    id: entityId('kumanovo'),
    type: 'place',
    kind: 'city',
    name: 'Kumanovo',
    names: [
      { text: 'Kumanovo', lang: 'en' },
      { text: 'Куманово', lang: 'mk' },
      { text: 'Kumanovë', lang: 'sq' },
      { text: 'Kumanova', lang: 'sq' },
    ],
    summary:
      'City in north-eastern North Macedonia near Serbia and Kosovo; the 1999 Kosovo military agreement was signed there.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 42.132, lon: 21.714 },
    within: [{ to: entityId('north-macedonia'), kind: 'located-in' }],
    relations: [{ to: entityId('kumanovo-agreement'), kind: 'related' }],
    facts: [
      {
        text: 'Kumanovo is a city in north-eastern North Macedonia with a large Albanian community, close to the borders with Serbia and Kosovo.',
        asOf: '2024',
        sources: [wikiKumanovo],
      },
      {
        text: 'The Military Technical Agreement that ended the Kosovo war was signed on 9 June 1999 at a military airfield near Kumanovo, which is why it is called the Kumanovo Agreement.',
        asOf: '1999-06-09',
        timeline: true,
        sources: [wikiKumanovoAgreement, telegrafKumanovo],
      },
      {
        text: 'On 9–10 May 2015 a police raid on an armed group in Kumanovo’s Divo Naselje district left eight police officers and at least ten gunmen dead; the government said the group’s leaders came from Kosovo.',
        asOf: '2015-05-10',
        timeline: true,
        sources: [
          source(
            'Radio Free Europe/Radio Liberty',
            'Macedonia mourns police killed in Kumanovo gunbattle',
            'https://www.rferl.org/a/macedonia-gunbattle-police/27009448.html',
          ),
          wikiKumanovoClashes,
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kumanovo',
  },
];
