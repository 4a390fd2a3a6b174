import { entityId, type EventEntity } from '../types';
import { source } from '../source';
import {
  wikiSiljanovska,
  b92Ohrid,
  b92Radoicic,
  brTroops,
  cbcMladic,
  cnaBanjska,
  efeBanjska,
  esiMontenegro,
  ewbKurtiFails,
  ewbUsTroops,
  ideaSep2023,
  independentMladic,
  kohaAsm,
  kosovoOnlineEuro,
  n1Karadzic,
  noaKurti3,
  prishtinaInsightKurti3,
  rksBanjskaCourt,
  rksCensus,
  rtvStaraPazovaMacut,
  scmpZvecan,
  slobodenPecatOhrid,
  srpska365Resolution,
  srpskaTimesMacut,
  n1Kirby,
  trtDrawdown,
  trtPlates,
  dennewsOrf,
  kosovoOnlineOrf,
  novaRsTroops,
  novaTroops,
  unPress1244,
  unPressSrebrenica,
  wikiBanjska,
} from './shared-sources';

// Sources the fact sheet (/work/shared/reference/balkans-facts.md) cites, with mirrors replaced by originals.
// Sources marked READ were looked up for this file where the sheet had nothing citable or only a mirror.
const READ = '2026-12';

const wiki = (title: string, path: string) => source('Wikipedia', title, `https://en.wikipedia.org/wiki/${path}`);

// ——— Wikipedia articles ———
const wikiKosovoWar = wiki('Kosovo War', 'Kosovo_War');
const wikiNatoBombing = wiki('NATO bombing of Yugoslavia', 'NATO_bombing_of_Yugoslavia');
const wiki1244 = wiki(
  'United Nations Security Council Resolution 1244',
  'United_Nations_Security_Council_Resolution_1244',
);
const wikiDeclaration = wiki('2008 Kosovo declaration of independence', '2008_Kosovo_declaration_of_independence');
const wikiRecognition = wiki('International recognition of Kosovo', 'International_recognition_of_Kosovo');
const wikiIcj = wiki(
  "Advisory opinion on Kosovo's declaration of independence",
  'Advisory_opinion_on_Kosovo%27s_declaration_of_independence',
);
const wikiBrussels2013 = wiki('2013 Brussels Agreement', '2013_Brussels_Agreement');
const wikiWashington = wiki(
  'Kosovo and Serbia economic normalization agreements',
  'Kosovo_and_Serbia_economic_normalization_agreements',
);
const wikiOhrid = wiki('2023 Ohrid Agreement', '2023_Ohrid_Agreement');
const wikiLocal2023 = wiki('2023 Kosovan local elections', '2023_Kosovan_local_elections');
const wikiPresevo = wiki('Insurgency in the Preševo Valley', 'Insurgency_in_the_Pre%C5%A1evo_Valley');
const wikiPrespa = wiki('Prespa Agreement', 'Prespa_Agreement');
const wikiMneReferendum = wiki('2006 Montenegrin independence referendum', '2006_Montenegrin_independence_referendum');
const wikiSrebrenica = wiki('Srebrenica massacre', 'Srebrenica_massacre');
const wikiBosnianWar = source('Wikipedia', 'Bosnian War', 'https://en.wikipedia.org/wiki/Bosnian_War', READ);

// ——— Official pages ———
const natoKosovo = source('NATO', "NATO's role in Kosovo", 'https://www.nato.int/cps/en/natohq/topics_48818.htm');
const icjKosovo = source(
  'International Court of Justice',
  'Accordance with International Law of the Unilateral Declaration of Independence in respect of Kosovo',
  'https://www.icj-cij.org/case/141',
);
const icjGenocide = source(
  'International Court of Justice',
  'Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Bosnia and Herzegovina v. Serbia and Montenegro)',
  'https://www.icj-cij.org/case/91',
);
const unSrebrenicaVote = source(
  'United Nations',
  'General Assembly: 82nd plenary meeting - 78th session',
  'https://media.un.org/avlibrary/en/asset/d321/d3213629',
);
const ecCroatia = source(
  'European Commission',
  'Croatia joins EU',
  'https://ec.europa.eu/unitedkingdom/press/frontpage/2013/13_68_en.htm',
  READ,
);
const euvsdisinfoBombing = source(
  'EUvsDisinfo (European External Action Service)',
  'According to the Serbian authorities, around 2.5 thousand people were killed in NATO bombings',
  'https://euvsdisinfo.eu/card/?url=according-to-the-serbian-authorities-around-2-5-thousand-people-were-killed-in-nato-bombings-including-89-children',
  READ,
);

// ——— Outlets and other originals ———
const hrwUnderOrders = source(
  'Human Rights Watch',
  'Under Orders: War Crimes in Kosovo',
  'https://www.hrw.org/legacy/reports/2001/kosovo/undword-03.htm',
);
const hlcKosovo = source(
  'Humanitarian Law Center',
  'Human losses in Kosovo 1998–2000',
  'https://www.hlc-rdc.org/?p=12831&lang=de',
);
const apCensus = source(
  'Associated Press',
  'Kosovo census shows shrinking population as many Serbs heed political party calls to boycott',
  'https://apnews.com/article/kosovo-census-serb-minority-population-religion-war-1c20ecb6b09fcf2f26342c1404c405ca',
  READ,
);
const n1Bombing20 = source(
  'N1',
  'Twentieth anniversary of the NATO bombing of Federal Republic of Yugoslavia',
  'https://n1info.ba/english/news/a323742-twentieth-anniversary-of-the-nato-bombing-of-federal-republic-of-yugoslavia/',
  READ,
);
const balkanInsightBombingToll = source(
  'Balkan Insight',
  'Death toll from NATO Yugoslavia bombing still unknown',
  'https://www.balkaninsight.com/en/article/number-of-victims-of-nato-bombing-still-unknown',
  READ,
);
const tportalUnga2010 = source(
  'tportal.hr',
  'UN General Assembly adopts Kosovo resolution by consensus',
  'https://www.tportal.hr/vijesti/clanak/un-general-assembly-adopts-kosovo-resolution-by-consensus-20100910',
);
const paxBrussels = source(
  'PA-X Peace Agreements Database (University of Edinburgh)',
  'First Agreement of Principles Governing the Normalization of Relations',
  'https://pax.peaceagreements.org/agreements/2022',
);
const jpostIsraelKosovo = source(
  'The Jerusalem Post',
  'Israel, Kosovo establish diplomatic ties over Zoom',
  'https://www.jpost.com/israel-news/israel-kosovo-establish-diplomatic-ties-over-zoom-657431',
);
const ewbEuCouncilOhrid = source(
  'European Western Balkans',
  'European Council welcomes the agreement between Belgrade and Pristina reached in Ohrid',
  'https://europeanwesternbalkans.com/2023/03/24/european-council-welcomes-the-agreement-between-belgrade-and-pristina-reached-in-ohrid/',
);
const vijestiSorensen = source(
  'Vijesti',
  'The EU Council appointed Peter Sorensen as Special Representative for the Belgrade-Pristina Dialogue',
  'https://en.vijesti.me/world-a/balkan/742685/The-EU-Council-appointed-Peter-Sorensen-as-Special-Representative-for-the-Belgrade-Pristina-Dialogue',
);
const argumentumPlates = source(
  'Argumentum',
  'Tensions as Kosovo begins removing Serbian licence plates at border as reciprocity measure with Serbia',
  'https://argumentum.al/en/tensions-as-kosovo-begins-removing-serbian-licence-plates-at-border-as-reciprocity-measure-with-serbia',
  READ,
);
const brusselsMorningPlates = source(
  'Brussels Morning',
  'Serbia-Kosovo border reopens after compromise deal',
  'https://brusselsmorning.be/serbia-kosovo-border-reopens-after-compromise-deal/17649',
  READ,
);
const bcspPlates = source(
  'Belgrade Centre for Security Policy',
  '21 November 2022',
  'https://reforma.bezbednost.org/21-novembar-2022/',
);
const telegrafCrossings = source(
  'Telegraf',
  'Jarinje and Brnjak administrative crossings open for traffic',
  'https://www.telegraf.rs/english/3608206-jarinje-and-brnjak-administrative-crossings-open-for-traffic',
);
const n1Kfor25 = source(
  'N1',
  'KFOR says 25 wounded in Zvecan clashes',
  'https://n1info.rs/english/news/kfor-says-25-wounded-in-zvecan-clashes/',
  READ,
);
const novaKfor30 = source(
  'Agenzia Nova',
  'Kosovo: Kfor, 30 militari feriti è il bilancio degli scontri di ieri',
  'https://www.agenzianova.com/a/6475f48f687a42.21015026/4380046/2023-05-30/kosovo-kfor-30-militari-feriti-e-il-bilancio-degli-scontri-di-ieri',
  READ,
);
const primorskiKfor41 = source(
  'Primorski dnevnik',
  'Na Kosovu ranjenih 41 vojakov misije KFOR',
  'https://www.primorski.eu/se/na-kosovu-ranjenih-41-vojakov-misije-kfor-YF1373133',
);
const kosovapressMeasures = source(
  'Kosovapress',
  'EU continues discussions on lifting measures against Kosovo',
  'https://kosovapress.com/en/ne-be-vazhdojne-diskutimet-per-heqjen-e-masave-ndaj-kosoves',
);
const netpressHero = source(
  'NetPress',
  'Vjosa Osmani declares police officer who died in Kosovo attack "Hero of Kosovo"',
  'https://en.netpress.com.mk/2023/09/25/vjosa-osmani-declares-police-officer-died-kosovo-attack-hero-kosovo/',
);
const dnevnikBanjska = source(
  'Dnevnik',
  'Nejasno ozadje spopada v Banjski',
  'https://www.dnevnik.si/1043033130/svet/nejasno-ozadje-spopada-v-banjski',
);
const n1Svecla = source(
  'N1',
  "Kosovo officials: Radoicic's group trained at Serbian military training grounds",
  'https://n1info.rs/english/news/kosovo-officials-radoicics-group-trained-at-serbian-military-training-grounds/',
  READ,
);
const delosvecla = source(
  'Delo',
  'Srbija se brani očitkov, da je Vučić vnaprej vedel za napad',
  'https://www.delo.si/novice/svet/srbija-se-brani-ocitkov-da-je-vucic-vnaprej-vedel-za-napad/',
);
const juristBanjska = source(
  'JURIST',
  'Kosovo dispatch: trial of Banjska terror attack suspects begins with not guilty pleas',
  'https://www.jurist.org/news/2024/10/kosovo-dispatch-trial-of-banjska-terror-attack-suspects-begins-with-not-guilty-pleas',
);
const prishtinaInsightTrial = source(
  'Prishtina Insight',
  'Banjska trial opens in Pristina',
  'https://prishtinainsight.com/?p=32695',
);
const kurirBanjskaTrial = source(
  'Kurir',
  'Odloženo suđenje trojici Srba u slučaju Banjska',
  'https://www.kurir.rs/vesti/srbi-na-kim/9808395/odlozeno-sudjenje-trojici-srba-u-slucaju-banjska',
);
const ansaKforForces = source(
  'ANSA',
  'La Nato aumenta le forze dislocate in Kosovo',
  'https://www.ansa.it/sito/notizie/mondo/europa/2023/09/29/la-nato-aumenta-le-forze-dislocate-in-kosovo_0f08e847-9f15-4ef0-b723-b76d12cba015.html',
);
const euronewsAlbaniaEuro = source(
  'Euronews Albania',
  'Central Bank of Kosovo approves regulation on cash operations',
  'https://euronews.al/en/?p=65933',
);
const balkanInsightEuro = source(
  'Balkan Insight',
  'Kosovo euro rule, closure of Belgrade-run offices draw international criticism',
  'https://balkaninsight.com/2024/02/05/kosovo-euro-rule-closure-of-belgrade-run-offices-draw-international-criticism/',
  READ,
);
const n1KurtiEuro = source(
  'N1',
  "Kurti: Government won't stop implementation of euro regulation",
  'https://n1info.rs/english/news/kurti-government-won-t-stop-implementation-of-euro-regulation/',
);
const srpskaTimesDayton = source(
  'The Srpska Times',
  '18 years since Dayton peace accords',
  'https://thesrpskatimes.com/18-years-since-dayton-peace-accords/',
);
const fmrDayton = source(
  'Forced Migration Review',
  'Dayton peace agreement: the entities and Brčko',
  'https://www.fmreview.org/book_contents/contents-18/',
);
const raportSrebrenica = source(
  'Raport.ba',
  'Ovo su zemlje koje su bile protiv i suzdržane o rezoluciji o Srebrenici',
  'https://raport.ba/ovo-su-zemlje-s-druge-strane-civilizacije-koje-su-bili-protiv-i-suzdrzane-o-rezoluciji-o-srebrenici',
);
const netpressNato = source(
  'NetPress',
  'Macedonia to officially join NATO on Friday',
  'https://en.netpress.com.mk/2020/03/27/macedonia-officially-join-nato-friday/',
);
const miaNato = source(
  'MIA',
  "Spasovski: March 27 written in golden letters in country's history",
  'https://mia.mk/spasovski-march-27-written-in-golden-letters-in-country-s-history/?lang=en',
  '2026-12',
);
const euobserverCroatia = source(
  'EUobserver',
  'Croatia becomes 28th EU member state',
  'https://euobserver.com/eu-political/are93f3d3f',
  READ,
);
const rferlCensusStart = source(
  'Radio Free Europe/Radio Liberty',
  'Kosovo begins census as main Serb party vows boycott',
  'https://www.rferl.org/a/kosovo-census-serb-boycott/32892432.html',
  READ,
);
const rksResultsFeb2025 = source(
  'RKS News',
  'KQZ announces final election results',
  'https://rks.news/kqz-announces-final-election-results-2025',
);
const rksResultsDec2025 = source(
  'RKS News',
  "Kosovo's election results certified, path open for formation of new institutions",
  'https://rks.news/kosovos-election-results-certified-path-open-for-formation-of-new-institutions',
);
const k2Certified = source(
  'Kosovo 2.0',
  'Certified election results pave way for new government',
  'https://kosovotwopointzero.com/en/certified-election-results-pave-way-for-new-government',
);
const radioSarajevoCrowd = source(
  'Radio Sarajevo',
  'Historijski protest u Beogradu: Arhiv javnih skupova Srbije objavio broj učesnika',
  'https://radiosarajevo.ba/vijesti/regija/historijski-protest-u-beogradu-arhiv-javnih-skupova-srbije-objavio-broj-ucesnika/582325',
  READ,
);

const wikiCanopyCollapse = wiki('Novi Sad railway station canopy collapse', 'Novi_Sad_railway_station_canopy_collapse');
const wikiSerbianProtests = wiki(
  '2024–2025 Serbian anti-corruption protests',
  '2024%E2%80%932025_Serbian_anti-corruption_protests',
);
const wikiIfor = wiki('Implementation Force', 'Implementation_Force');
const wikiDaytonAgreement = wiki('Dayton Agreement', 'Dayton_Agreement');
const wikiSchengen = wiki('Schengen Area', 'Schengen_Area');
const cbcMladicLife = source(
  'CBC News',
  'The life and times of Ratko Mladic',
  'https://amp.cbc.ca/news/world/the-life-and-times-of-ratko-mladic-1.990315',
  READ,
);
const agensirCroatiaEuro = source(
  'SIR',
  'Croazia: Commissione Ue, dal 1° gennaio adotterà l’euro ed entrerà a pieno titolo nell’area Schengen',
  'https://www.agensir.it/quotidiano/2022/12/30/croazia-commissione-ue-dal-1-gennaio-adottera-leuro-ed-entrera-a-pieno-titolo-nellarea-schengen/',
  READ,
);
const ewb15March = source(
  'European Western Balkans',
  'One of the largest protests ever held in Serbia, students accuse the authorities of using illegal device',
  'https://europeanwesternbalkans.com/2025/03/15/one-of-the-largest-protests-ever-held-in-serbia-students-accuse-the-authorities-of-using-illegal-device/',
  READ,
);
const novinite15March = source(
  'Novinite',
  'Historic protest in Serbia: hundreds of thousands demand government accountability',
  'https://www.novinite.com/articles/231324/Historic+Protest+in+Serbia%3A+Hundreds+of+Thousands+Demand+Government+Accountability',
  READ,
);
const aljazeeraVucicArrests = source(
  'Al Jazeera',
  'Serbia’s president vows more arrests after huge antigovernment protests',
  'https://www.aljazeera.com/news/2025/6/29/serbias-president-vows-more-arrests-after-huge-antigovernment-protests',
  READ,
);
const kohaDodikSrebrenica = source(
  'Koha',
  'Vucic and Dodik react to the draft resolution on the genocide in Srebrenica that is expected to be voted on at the UN',
  'https://www.koha.net/en/bote/416034/projektrezoluta-per-gjenocidin-ne-srebrenice-qe-pritet-te-votohet-ne-okb-reagojne-vuciq-e-dodik',
  READ,
);

export const events: readonly EventEntity[] = [
  // ——— 1998–1999 ———
  {
    id: entityId('kosovo-war'),
    type: 'event',
    kind: 'war',
    name: 'Kosovo War',
    names: [
      { text: 'Kosovo War', lang: 'en' },
      { text: 'Kosovo conflict', lang: 'en', form: 'common' },
      { text: 'Kosovokrieg', lang: 'de' },
      { text: 'Kosovo-Krieg', lang: 'de', form: 'common' },
      { text: 'Kosovski rat', lang: 'sr-Latn' },
      { text: 'Косовски рат', lang: 'sr-Cyrl' },
      { text: 'Lufta e Kosovës', lang: 'sq' },
    ],
    summary:
      'Armed conflict of 1998–99 between Yugoslav/Serbian forces and the Kosovo Liberation Army, ended after NATO intervention.',
    region: 'balkans',
    importance: 3,
    date: '1998-02-28',
    endDate: '1999-06-11',
    participants: [
      entityId('serbia'),
      entityId('kosovo-liberation-army'),
      entityId('nato'),
      entityId('slobodan-milosevic'),
    ],
    facts: [
      {
        text: 'Yugoslav and Serbian forces fought the Kosovo Liberation Army from 28 February 1998 to 11 June 1999 (some sources simply date the start to 1998); NATO’s air campaign began on 24 March 1999.',
        asOf: '1999-06-11',
        sources: [wikiKosovoWar],
      },
      {
        text: 'Human Rights Watch found that Serbian and Yugoslav forces expelled more than 850,000 ethnic Albanians from Kosovo between March and June 1999 and displaced several hundred thousand more inside Kosovo.',
        asOf: '2001',
        sources: [hrwUnderOrders],
      },
      {
        text: 'The war ended with the Kumanovo Military-Technical Agreement of 9 June 1999, the withdrawal of Yugoslav forces and Security Council Resolution 1244 of 10 June; KFOR entered Kosovo on 12 June.',
        asOf: '1999-06-12',
        sources: [natoKosovo, unPress1244],
        timeline: true,
      },
      {
        text: 'According to UNHCR data cited by N1, after the peacekeepers arrived about 800,000 Albanian refugees returned while some 230,000 Serbs and Roma left Kosovo.',
        asOf: '2019-03-24',
        sources: [n1Bombing20],
      },
    ],
    figures: [
      {
        id: 'expelled',
        label: 'Ethnic Albanians expelled from Kosovo, March–June 1999 (Human Rights Watch)',
        measure: 'displaced',
        unit: 'people',
        kind: 'known',
        value: 850000,
        qualifier: 'more-than',
        asOf: '2001',
        sources: [hrwUnderOrders],
      },
      {
        id: 'dead-and-missing',
        label: 'People killed or missing in the Kosovo war',
        measure: 'deaths',
        unit: 'people',
        kind: 'disputed',
        why: 'The two counts cover different periods and use different methods: the Humanitarian Law Center documented victims of all ethnicities case by case from 1998 to the end of 2000, while Kosovo’s 2024 census recorded war dead and missing separately as reported in the census.',
        claims: [
          {
            claimant: 'Humanitarian Law Center (Belgrade/Pristina)',
            date: '2013-02',
            value: 13526,
            note: 'Killed or disappeared, all ethnicities, 1 January 1998 – end of 2000',
            sources: [hlcKosovo],
          },
          {
            claimant: 'Kosovo Agency of Statistics (2024 census)',
            date: '2024-12-19',
            value: 11417,
            note: 'Dead in the 1998–99 war; a further 1,047 listed as missing',
            sources: [apCensus],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('nato-bombing-of-yugoslavia'), kind: 'related' },
      { to: entityId('kumanovo-agreement'), kind: 'related', note: 'Ended the fighting' },
      { to: entityId('kosovo'), kind: 'located-in' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_War',
  },
  {
    id: entityId('nato-bombing-of-yugoslavia'),
    type: 'event',
    kind: 'war',
    name: 'NATO bombing of Yugoslavia',
    names: [
      { text: 'NATO bombing of Yugoslavia', lang: 'en' },
      { text: 'Operation Allied Force', lang: 'en', form: 'official' },
      { text: 'NATO bombing', lang: 'en', form: 'common', needsContext: true },
      { text: 'NATO bombardovanje', lang: 'sr-Latn' },
      { text: 'НАТО бомбардовање', lang: 'sr-Cyrl' },
      { text: 'NATO agresija', lang: 'sr-Latn', form: 'common' },
      { text: 'НАТО агресија', lang: 'sr-Cyrl', form: 'common' },
      { text: 'NATO-Luftangriffe', lang: 'de', form: 'common', needsContext: true },
    ],
    summary: 'NATO’s 78-day air campaign against the Federal Republic of Yugoslavia over Kosovo, March–June 1999.',
    region: 'balkans',
    importance: 3,
    date: '1999-03-24',
    endDate: '1999-06-10',
    participants: [entityId('nato'), entityId('serbia'), entityId('slobodan-milosevic')],
    terms: [
      {
        usedBy: 'NATO',
        term: 'Operation Allied Force',
        note: 'Official name of the air campaign',
        forms: ['Operation Allied Force'],
      },
      {
        usedBy: 'Serbian officials and media',
        term: 'NATO agresija (NATO aggression)',
        note: 'Common Serbian usage for the campaign',
        forms: ['NATO agresij~', 'agresij~ NATO', 'NATO aggression', 'NATO-Aggression'],
      },
      {
        usedBy: 'International media',
        term: 'NATO bombing / NATO intervention',
        forms: ['NATO bombing', 'NATO intervention', 'NATO-Intervention'],
      },
    ],
    neutral: 'NATO bombing of Yugoslavia (1999)',
    facts: [
      {
        text: 'NATO’s air strikes on the Federal Republic of Yugoslavia began on 24 March 1999 and lasted until 10 June, usually counted as 78 days.',
        asOf: '1999-03-24',
        sources: [natoKosovo, wikiNatoBombing],
        timeline: true,
      },
      {
        text: 'The campaign was launched without authorisation from the UN Security Council after the Rambouillet and Paris talks failed; NATO said its aim was to stop a humanitarian catastrophe in Kosovo.',
        asOf: '1999-03-24',
        sources: [natoKosovo],
      },
      {
        text: 'Targets included Serbian state television in Belgrade, hit on 23 April 1999; the Chinese embassy was struck on 7 May 1999, which China cited when it abstained on Resolution 1244.',
        asOf: '1999-06-10',
        sources: [wikiNatoBombing, wiki1244],
      },
      {
        text: 'The bombing ended on 10 June 1999 as the Security Council adopted Resolution 1244 and Yugoslav forces began to withdraw from Kosovo.',
        asOf: '1999-06-10',
        sources: [n1Bombing20, unPress1244],
        timeline: true,
      },
    ],
    figures: [
      {
        id: 'deaths',
        label: 'People killed in the NATO air campaign',
        measure: 'deaths',
        unit: 'people',
        kind: 'disputed',
        why: 'No official list of victims exists. Serbian official figures mix civilians and members of the security forces and have varied over the years, while the Humanitarian Law Center counts named victims and Human Rights Watch counted civilian deaths in documented incidents only.',
        claims: [
          {
            claimant: 'Serbian government',
            date: '2013-03-25',
            value: 2500,
            qualifier: 'at-least',
            note: 'Estimate of all deaths; 12,500 injured',
            sources: [balkanInsightBombingToll],
          },
          {
            claimant: 'Human Rights Watch',
            date: '2000-02',
            value: 489,
            note: 'Civilians only: between 489 and 528',
            sources: [euvsdisinfoBombing],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo-war'), kind: 'related' },
      { to: entityId('belgrade'), kind: 'related', note: 'Among the cities struck' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/NATO_bombing_of_Yugoslavia',
  },
  {
    id: entityId('kumanovo-agreement'),
    type: 'event',
    kind: 'agreement',
    name: 'Kumanovo Agreement',
    names: [
      { text: 'Kumanovo Agreement', lang: 'en' },
      { text: 'Military Technical Agreement', lang: 'en', form: 'official' },
      { text: 'Kumanovo Military-Technical Agreement', lang: 'en', form: 'common' },
      { text: 'Kumanovski sporazum', lang: 'sr-Latn' },
      { text: 'Кумановски споразум', lang: 'sr-Cyrl' },
      { text: 'Vojno-tehnički sporazum', lang: 'sr-Latn', form: 'official' },
      { text: 'Marrëveshja e Kumanovës', lang: 'sq' },
    ],
    summary:
      'Military-technical agreement of 9 June 1999 between NATO and Yugoslavia/Serbia on the withdrawal of forces from Kosovo.',
    region: 'balkans',
    importance: 2,
    date: '1999-06-09',
    participants: [entityId('nato'), entityId('kfor'), entityId('serbia')],
    facts: [
      {
        text: 'NATO and the Federal Republic of Yugoslavia and Serbia signed the Military-Technical Agreement in Kumanovo on 9 June 1999; together with Resolution 1244 it is the basis of KFOR’s mandate.',
        asOf: '1999-06-09',
        sources: [natoKosovo],
        timeline: true,
      },
      {
        text: 'It set out the withdrawal of Yugoslav military, police and paramilitary forces from Kosovo, after which KFOR entered on 12 June 1999.',
        asOf: '1999-06-12',
        sources: [natoKosovo, unPress1244],
      },
      {
        text: 'It created a Ground Safety Zone along the boundary inside Serbia; the 1999–2001 insurgency in the Preševo Valley was partly fought there, and Yugoslav forces returned to the zone in 2001.',
        asOf: '2001-06-01',
        sources: [wikiPresevo],
      },
    ],
    relations: [
      { to: entityId('kumanovo'), kind: 'located-in' },
      { to: entityId('unscr-1244'), kind: 'related' },
      { to: entityId('kosovo-war'), kind: 'related', note: 'Ended the war' },
      { to: entityId('presevo-valley'), kind: 'related', note: 'Ground Safety Zone' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kumanovo_Agreement',
  },
  {
    id: entityId('unscr-1244'),
    type: 'event',
    kind: 'resolution',
    name: 'UN Security Council Resolution 1244',
    names: [
      { text: 'UN Security Council Resolution 1244', lang: 'en' },
      { text: 'United Nations Security Council Resolution 1244', lang: 'en', form: 'official' },
      { text: 'Resolution 1244', lang: 'en', form: 'common' },
      { text: 'UNSCR 1244', lang: 'en', form: 'abbreviation' },
      { text: 'S/RES/1244', lang: 'en', form: 'abbreviation' },
      { text: 'Resolution 1244 des UN-Sicherheitsrats', lang: 'de' },
      { text: 'Rezolucija 1244', lang: 'sr-Latn' },
      { text: 'Резолуција 1244', lang: 'sr-Cyrl' },
      { text: 'Rezoluta 1244', lang: 'sq' },
    ],
    summary:
      'Security Council resolution of 10 June 1999 that set up the UN civil mission (UNMIK) and the NATO-led KFOR in Kosovo.',
    region: 'balkans',
    importance: 3,
    date: '1999-06-10',
    participants: [
      entityId('un-security-council'),
      entityId('unmik'),
      entityId('kfor'),
      entityId('serbia'),
      entityId('china'),
    ],
    facts: [
      {
        text: 'The Security Council adopted it on 10 June 1999 at its 4011th meeting by 14 votes to none, with China abstaining, acting under Chapter VII of the UN Charter.',
        asOf: '1999-06-10',
        sources: [unPress1244],
        timeline: true,
      },
      {
        text: 'It authorised an international civil presence (UNMIK) and a security presence with substantial NATO participation (KFOR) and required the withdrawal of Yugoslav military, police and paramilitary forces from Kosovo.',
        asOf: '1999-06-10',
        sources: [unPress1244],
      },
      {
        text: 'Its second annex foresaw the return of an agreed number of Yugoslav and Serbian personnel for tasks such as liaison, mine clearance and a presence at Serb heritage sites and main border crossings.',
        asOf: '1999-06-10',
        sources: [wiki1244],
      },
      {
        text: "In its advisory opinion of 22 July 2010 the International Court of Justice found that Kosovo's declaration of independence did not violate the resolution, because the resolution had not decided Kosovo's final status; Serbia, by contrast, maintained that the resolution binds all parties and guarantees Serbian sovereignty over Kosovo.",
        asOf: '2010-07-22',
        sources: [wiki1244, wikiIcj],
      },
    ],
    figures: [
      {
        id: 'votes-in-favour',
        label: 'Votes in favour (none against, China abstained)',
        measure: 'votes',
        unit: 'votes',
        kind: 'known',
        value: 14,
        qualifier: 'exactly',
        asOf: '1999-06-10',
        sources: [unPress1244],
      },
    ],
    relations: [
      { to: entityId('kumanovo-agreement'), kind: 'related' },
      { to: entityId('icj-advisory-opinion-on-kosovo'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1244',
  },

  // ——— Status ———
  {
    id: entityId('kosovo-declaration-of-independence'),
    type: 'event',
    kind: 'declaration',
    name: '2008 Kosovo declaration of independence',
    names: [
      { text: '2008 Kosovo declaration of independence', lang: 'en' },
      { text: 'Kosovo declaration of independence', lang: 'en', form: 'common' },
      { text: 'Unabhängigkeitserklärung des Kosovo', lang: 'de' },
      { text: 'Deklarata e Pavarësisë', lang: 'sq' },
      { text: 'Deklarata e Pavarësisë së Kosovës', lang: 'sq', form: 'official' },
      { text: 'proglašenje nezavisnosti Kosova', lang: 'sr-Latn' },
      { text: 'проглашење независности Косова', lang: 'sr-Cyrl' },
    ],
    summary: 'Kosovo’s Assembly declared independence from Serbia on 17 February 2008; Serbia does not recognise it.',
    region: 'balkans',
    importance: 3,
    date: '2008-02-17',
    participants: [entityId('assembly-of-kosovo'), entityId('kosovo'), entityId('serbia'), entityId('hashim-thaci')],
    terms: [
      {
        usedBy: 'Kosovo',
        term: 'Declaration of Independence; Independence Day (17 February)',
        forms: ['Independence Day', 'Dita e Pavarësisë'],
      },
      {
        usedBy: 'Serbian officials and media',
        term: 'jednostrano proglašena nezavisnost (unilaterally declared independence)',
        forms: [
          'jednostrano proglašen~ nezavisnost~',
          'unilaterally declared independence',
          'unilateral declaration of independence',
        ],
      },
    ],
    neutral: 'Kosovo’s declaration of independence (17 February 2008)',
    facts: [
      {
        text: 'On 17 February 2008, 109 of the 120 members of the Assembly of Kosovo, among them Prime Minister Hashim Thaçi, adopted the declaration at a meeting together with President Fatmir Sejdiu; all present voted for it, and the 11 Serb members stayed away.',
        asOf: '2008-02-17',
        sources: [wikiDeclaration],
        timeline: true,
      },
      {
        text: 'Serbia rejects the declaration and does not recognise Kosovo’s independence; in September 2023 President Vučić said Serbia would never recognise it.',
        asOf: '2023-09-24',
        sources: [wikiDeclaration, wikiBanjska],
      },
      {
        text: 'Costa Rica recognised Kosovo on 17 February 2008; the United States, the United Kingdom, France, Turkey, Albania and Afghanistan followed on 18 February 2008.',
        asOf: '2008-02-18',
        sources: [wikiRecognition],
        timeline: true,
      },
      {
        text: 'The declaration drew on the Ahtisaari plan of 2007, with protections for Serbian heritage sites and decentralisation, and was Kosovo’s second such declaration after one in 1990.',
        asOf: '2008-02-17',
        sources: [wikiDeclaration],
      },
      {
        text: 'In October 2008 the UN General Assembly, at Serbia’s request, asked the International Court of Justice for an advisory opinion on the declaration.',
        asOf: '2008-10',
        sources: [wikiIcj],
      },
    ],
    figures: [
      {
        id: 'deputies-present',
        label: 'Assembly members present and voting in favour (of 120)',
        measure: 'votes',
        unit: 'deputies',
        kind: 'known',
        value: 109,
        qualifier: 'exactly',
        asOf: '2008-02-17',
        sources: [wikiDeclaration],
      },
    ],
    relations: [
      { to: entityId('pristina'), kind: 'located-in' },
      { to: entityId('serbia'), kind: 'related', note: 'Serbia does not recognise the declaration' },
      { to: entityId('icj-advisory-opinion-on-kosovo'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/2008_Kosovo_declaration_of_independence',
  },
  {
    id: entityId('icj-advisory-opinion-on-kosovo'),
    type: 'event',
    kind: 'court-ruling',
    name: 'ICJ advisory opinion on Kosovo',
    names: [
      { text: 'ICJ advisory opinion on Kosovo', lang: 'en' },
      { text: "Advisory opinion on Kosovo's declaration of independence", lang: 'en', form: 'official' },
      { text: 'ICJ opinion on Kosovo', lang: 'en', form: 'common' },
      { text: 'IGH-Gutachten zum Kosovo', lang: 'de' },
      { text: 'Savetodavno mišljenje MSP', lang: 'sr-Latn' },
      { text: 'Саветодавно мишљење МСП', lang: 'sr-Cyrl' },
      { text: 'Opinioni i GJND', lang: 'sq' },
    ],
    summary: 'ICJ opinion of 22 July 2010 that Kosovo’s declaration of independence did not violate international law.',
    region: 'balkans',
    importance: 2,
    date: '2010-07-22',
    participants: [
      entityId('international-court-of-justice'),
      entityId('united-nations'),
      entityId('serbia'),
      entityId('kosovo'),
    ],
    facts: [
      {
        text: 'On 22 July 2010 the Court found, by 10 votes to 4, that the declaration did not violate general international law, which contains no prohibition of declarations of independence, nor Resolution 1244.',
        asOf: '2010-07-22',
        sources: [icjKosovo, wikiIcj],
        timeline: true,
      },
      {
        text: 'The four dissenting judges were Vice-President Peter Tomka (Slovakia) and Judges Abdul Koroma (Sierra Leone), Mohamed Bennouna (Morocco) and Leonid Skotnikov (Russia).',
        asOf: '2010-07-22',
        sources: [wikiIcj],
      },
      {
        text: 'The opinion was narrow: it did not rule on whether Kosovo is a state or on any right to secede, and both Belgrade and Pristina presented it as a vindication.',
        asOf: '2010-07-22',
        sources: [wikiIcj],
      },
      {
        text: 'On 9 September 2010 the UN General Assembly adopted by consensus a resolution drafted by Serbia and the EU that acknowledged the opinion and welcomed EU facilitation of a Belgrade–Pristina dialogue.',
        asOf: '2010-09-09',
        sources: [tportalUnga2010],
        timeline: true,
      },
    ],
    figures: [
      {
        id: 'majority',
        label: 'Judges in the majority (4 dissented)',
        measure: 'votes',
        unit: 'judges',
        kind: 'known',
        value: 10,
        qualifier: 'exactly',
        asOf: '2010-07-22',
        sources: [icjKosovo, wikiIcj],
      },
    ],
    relations: [
      { to: entityId('kosovo-declaration-of-independence'), kind: 'related', note: 'Subject of the opinion' },
      {
        to: entityId('eu-facilitated-dialogue'),
        kind: 'related',
        note: 'The follow-up UN resolution welcomed EU facilitation',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Advisory_opinion_on_Kosovo%27s_declaration_of_independence',
  },

  // ——— Dialogue and agreements ———
  {
    id: entityId('brussels-agreement-2013'),
    type: 'event',
    kind: 'agreement',
    name: 'Brussels Agreement (2013)',
    names: [
      { text: 'Brussels Agreement', lang: 'en' },
      { text: '2013 Brussels Agreement', lang: 'en', form: 'common' },
      {
        text: 'First Agreement of Principles Governing the Normalization of Relations',
        lang: 'en',
        form: 'official',
      },
      { text: 'Brüsseler Abkommen', lang: 'de' },
      { text: 'Briselski sporazum', lang: 'sr-Latn' },
      { text: 'Бриселски споразум', lang: 'sr-Cyrl' },
      { text: 'Marrëveshja e Brukselit', lang: 'sq' },
    ],
    summary: 'EU-brokered agreement of 19 April 2013 between Serbia and Kosovo on first steps to normalise relations.',
    region: 'balkans',
    importance: 3,
    date: '2013-04-19',
    participants: [
      entityId('serbia'),
      entityId('kosovo'),
      entityId('european-union'),
      entityId('ivica-dacic'),
      entityId('hashim-thaci'),
    ],
    facts: [
      {
        text: 'The prime ministers of Serbia and Kosovo, Ivica Dačić and Hashim Thaçi, initialled it in Brussels on 19 April 2013, at the end of the tenth round of talks chaired by the EU’s foreign policy chief Catherine Ashton.',
        asOf: '2013-04-19',
        sources: [
          wikiBrussels2013,
          source(
            'B92',
            'Belgrade, Priština initial agreement in Brussels',
            'https://www.b92.net/eng/news/politics-article.php?dd=19&mm=04&nav_id=85780&yyyy=2013',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Its 15 points provide for an Association/Community of Serb-majority municipalities (points 1–6), the integration of Serb police and judicial structures in the north into Kosovo’s system, Kosovo-run local elections in the north, and talks on energy and telecoms.',
        asOf: '2013-04-19',
        sources: [paxBrussels, wikiBrussels2013],
      },
      {
        text: 'Serbia did not recognise Kosovo through the agreement but began normalising relations; protesters in Belgrade denounced it as accepting independence.',
        asOf: '2013-04',
        sources: [wikiBrussels2013],
      },
      {
        text: 'The provision on the Association of Serb-majority municipalities had still not been implemented in 2025.',
        asOf: '2025-03',
        sources: [kohaAsm],
      },
    ],
    figures: [
      {
        id: 'points',
        label: 'Points in the agreement',
        measure: 'other',
        unit: 'points',
        kind: 'known',
        value: 15,
        qualifier: 'exactly',
        asOf: '2013-04-19',
        sources: [paxBrussels],
      },
    ],
    relations: [
      { to: entityId('eu-facilitated-dialogue'), kind: 'related', note: 'Main result of the dialogue' },
      { to: entityId('association-of-serb-majority-municipalities'), kind: 'related', note: 'Foreseen in points 1–6' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/2013_Brussels_Agreement',
  },
  {
    id: entityId('washington-agreement-2020'),
    type: 'event',
    kind: 'agreement',
    name: 'Washington Agreement (2020)',
    names: [
      { text: 'Washington Agreement', lang: 'en' },
      { text: 'Kosovo and Serbia economic normalization agreements', lang: 'en', form: 'official' },
      { text: 'Vašingtonski sporazum', lang: 'sr-Latn' },
      { text: 'Вашингтонски споразум', lang: 'sr-Cyrl' },
      { text: 'Marrëveshja e Uashingtonit', lang: 'sq' },
    ],
    summary:
      'Economic normalisation commitments signed separately by Serbia and Kosovo at the White House on 4 September 2020.',
    region: 'balkans',
    importance: 2,
    date: '2020-09-04',
    participants: [
      entityId('serbia'),
      entityId('kosovo'),
      entityId('united-states'),
      entityId('aleksandar-vucic'),
      entityId('israel'),
    ],
    facts: [
      {
        text: 'Serbian President Vučić and Kosovo Prime Minister Avdullah Hoti signed two separate documents in the Oval Office on 4 September 2020 in Donald Trump’s presence; US envoy Richard Grenell brokered them and the texts differed only in a final clause on Israel.',
        asOf: '2020-09-04',
        sources: [wikiWashington],
        timeline: true,
      },
      {
        text: 'The documents covered transport links and joining the regional "mini-Schengen" initiative, and set a one-year moratorium: Serbia paused its campaign for withdrawals of recognition and Kosovo did not apply to new international organisations.',
        asOf: '2020-09-04',
        sources: [wikiWashington],
      },
      {
        text: 'Side commitments led Israel and Kosovo to recognise each other and establish diplomatic relations on 1 February 2021, with Kosovo to open an embassy in Jerusalem; Serbia’s pledge to move its embassy there had not been carried out by then.',
        asOf: '2021-02-01',
        sources: [jpostIsraelKosovo, wikiWashington],
      },
      {
        text: 'Its nature is disputed: Vučić said he had signed a bilateral commitment with the United States, not an agreement with Pristina, and Serbia later argued that Kosovo’s 2022 membership applications broke the moratorium’s spirit.',
        asOf: '2022',
        sources: [wikiWashington],
      },
    ],
    relations: [{ to: entityId('united-states'), kind: 'related', note: 'Host and broker' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_and_Serbia_economic_normalization_agreements',
  },
  {
    id: entityId('ohrid-agreement-2023'),
    type: 'event',
    kind: 'agreement',
    name: 'Agreement on the path to normalisation (Brussels/Ohrid 2023)',
    names: [
      { text: 'Agreement on the path to normalisation between Kosovo and Serbia', lang: 'en', form: 'official' },
      { text: 'Ohrid Agreement', lang: 'en', form: 'common', needsContext: true },
      { text: 'Ohrid Implementation Annex', lang: 'en', form: 'common' },
      { text: 'Ohrid annex', lang: 'en', form: 'common' },
      { text: 'Ohridski sporazum', lang: 'sr-Latn', needsContext: true },
      { text: 'Охридски споразум', lang: 'sr-Cyrl', needsContext: true },
      { text: 'Marrëveshja e Ohrit', lang: 'sq', needsContext: true },
      { text: 'Franco-German proposal', lang: 'en', form: 'historic', needsContext: true },
    ],
    summary:
      'EU-drafted Kosovo–Serbia normalisation deal, accepted orally in Brussels and Ohrid in 2023 but not signed.',
    region: 'balkans',
    importance: 3,
    date: '2023-02-27',
    endDate: '2023-03-18',
    participants: [
      entityId('serbia'),
      entityId('kosovo'),
      entityId('european-union'),
      entityId('aleksandar-vucic'),
      entityId('albin-kurti'),
      entityId('josep-borrell'),
      entityId('miroslav-lajcak'),
    ],
    facts: [
      {
        text: 'The EU put forward the text, modelled on the Cold War arrangement between the two German states, in late 2022.',
        asOf: '2022-12',
        sources: [wikiOhrid],
      },
      {
        text: 'In Brussels on 27 February 2023 Kurti and Vučić accepted the text orally.',
        asOf: '2023-02-27',
        sources: [wikiOhrid],
        timeline: true,
      },
      {
        text: 'In Ohrid on 18 March 2023, after about 12 hours of talks chaired by Josep Borrell with Miroslav Lajčák, they agreed an implementation annex; neither leader signed.',
        asOf: '2023-03-18',
        sources: [slobodenPecatOhrid, b92Ohrid],
        timeline: true,
      },
      {
        text: 'The European Council tied both texts to the two sides’ EU accession paths on 23 March 2023; Kosovo undertook to start talks at once on self-management for Kosovo Serbs, and the text does not explicitly require Serbia to recognise Kosovo.',
        asOf: '2023-03-23',
        sources: [ewbEuCouncilOhrid, wikiOhrid],
      },
      {
        text: 'Whether it binds is disputed: the EU says Vučić’s oral acceptance commits Serbia, while Vučić refused to sign it, as Kurti had demanded.',
        asOf: '2025-01-27',
        sources: [vijestiSorensen, wikiOhrid],
      },
      {
        text: 'A follow-up declaration on missing persons from 1998–2000 was agreed in Brussels on 2 May 2023.',
        asOf: '2023-05-02',
        sources: [wikiOhrid],
      },
    ],
    relations: [
      { to: entityId('ohrid'), kind: 'located-in', note: 'Implementation annex agreed there' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'related' },
      {
        to: entityId('association-of-serb-majority-municipalities'),
        kind: 'related',
        note: 'Self-management for Kosovo Serbs',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/2023_Ohrid_Agreement',
  },

  // ——— North Kosovo crises ———
  {
    id: entityId('licence-plate-dispute'),
    type: 'event',
    kind: 'crisis',
    name: 'Licence-plate dispute (2021–2022)',
    names: [
      { text: 'licence plate dispute', lang: 'en' },
      { text: 'license plate dispute', lang: 'en', form: 'common' },
      { text: 'licence plate crisis', lang: 'en', form: 'common' },
      { text: 'number plate row', lang: 'en', form: 'common' },
    ],
    summary:
      'Kosovo–Serbia row over vehicle licence plates that led to roadblocks, resignations and barricades in north Kosovo.',
    region: 'balkans',
    importance: 2,
    date: '2021-09-20',
    endDate: '2022-12',
    participants: [
      entityId('kosovo'),
      entityId('serbia'),
      entityId('kosovo-police'),
      entityId('srpska-lista'),
      entityId('european-union'),
      entityId('kfor'),
    ],
    facts: [
      {
        text: 'On 20 September 2021 Kosovo began requiring temporary plates on Serbian-registered cars as a reciprocity measure and sent special police to the north; local Serbs blocked the roads to the Jarinje and Brnjak crossings.',
        asOf: '2021-09-20',
        sources: [argumentumPlates],
        timeline: true,
      },
      {
        text: 'An EU-mediated deal of 30 September 2021 removed the special police and roadblocks, put KFOR at the crossings for about two weeks and introduced stickers covering state symbols on plates as a temporary measure.',
        asOf: '2021-10-03',
        sources: [brusselsMorningPlates],
      },
      {
        text: 'In 2022 Kosovo moved to make drivers replace Serbian-issued plates bearing Kosovo town codes with Kosovo plates, with €150 fines announced for late November; during November Serb mayors, MPs and about 600 Serb police officers in the north quit Kosovo institutions.',
        asOf: '2022-11-21',
        sources: [bcspPlates],
      },
      {
        text: 'A deal announced by Josep Borrell on 23 November 2022 had Serbia stop issuing plates with Kosovo town designations and Kosovo halt further re-registration steps.',
        asOf: '2022-11-23',
        sources: [trtPlates],
        timeline: true,
      },
      {
        text: 'From 10 December 2022 Serbs put up barricades in the north after the arrest of a former police officer; the Jarinje and Brnjak crossings closed and reopened once the barricades came down at the end of December.',
        asOf: '2022-12-29',
        sources: [telegrafCrossings],
      },
      {
        text: 'The fallout carried into 2023: the April 2023 by-elections in the north were held under a Serb boycott, with turnout of 3.47%.',
        asOf: '2023-04-23',
        sources: [wikiLocal2023],
      },
    ],
    relations: [
      { to: entityId('jarinje'), kind: 'related', note: 'Roadblocks in 2021 and December 2022' },
      { to: entityId('brnjak'), kind: 'related', note: 'Roadblocks in 2021 and December 2022' },
      {
        to: entityId('zvecan-clashes-2023'),
        kind: 'related',
        note: 'The boycotted by-elections led to the 2023 unrest',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/2022%E2%80%932023_North_Kosovo_crisis',
  },
  {
    id: entityId('zvecan-clashes-2023'),
    type: 'event',
    kind: 'clashes',
    name: 'Zvečan clashes (May 2023)',
    names: [
      { text: 'Zvečan clashes', lang: 'en' },
      { text: '2023 Zvečan clashes', lang: 'en', form: 'common' },
      { text: 'sukobi u Zvečanu', lang: 'sr-Latn' },
      { text: 'сукоби у Звечану', lang: 'sr-Cyrl' },
      { text: 'përleshjet në Zveçan', lang: 'sq' },
    ],
    summary: 'Clashes in Zvečan, north Kosovo, on 29 May 2023 in which dozens of KFOR soldiers were injured.',
    region: 'balkans',
    importance: 2,
    date: '2023-05-29',
    participants: [entityId('kfor'), entityId('kosovo-police'), entityId('italy'), entityId('hungary')],
    facts: [
      {
        text: 'Ethnic Albanian mayors elected in the Serb-boycotted by-elections of 23 April 2023 (turnout 3.47%) were installed with police help at the end of May; Serbs protested outside the municipal buildings in Zvečan, Leposavić and Zubin Potok.',
        asOf: '2023-05',
        sources: [wikiLocal2023, n1Kfor25],
      },
      {
        text: 'On 29 May 2023 Italian and Hungarian KFOR soldiers pushing back protesters outside the Zvečan municipal building were injured, with fractures and burns from incendiary devices; 52 protesters were also reported hurt.',
        asOf: '2023-05-29',
        sources: [n1Kfor25, scmpZvecan],
        timeline: true,
      },
      {
        text: 'On 30 May 2023 NATO sent 700 troops of its Western Balkans operational reserve and put a further battalion on high readiness.',
        asOf: '2023-05-30',
        sources: [dennewsOrf, kosovoOnlineOrf],
        timeline: true,
      },
      {
        text: 'In June 2023 the EU imposed restrictive "measures" on Kosovo over the tensions in the north.',
        asOf: '2023-06',
        sources: [kosovapressMeasures],
      },
    ],
    figures: [
      {
        id: 'kfor-injured',
        label: 'KFOR soldiers injured in Zvečan on 29 May 2023',
        measure: 'other',
        unit: 'soldiers',
        kind: 'disputed',
        why: 'KFOR’s first figure on the day was preliminary; its count the next day listed 11 Italian and 19 Hungarian soldiers. A higher media figure circulated on 29 May without official confirmation.',
        claims: [
          {
            claimant: 'KFOR (first statement)',
            claimantId: entityId('kfor'),
            date: '2023-05-29',
            value: 25,
            qualifier: 'about',
            sources: [n1Kfor25],
          },
          {
            claimant: 'KFOR / NATO (updated count)',
            claimantId: entityId('kfor'),
            date: '2023-05-30',
            value: 30,
            note: '11 Italian and 19 Hungarian soldiers; three Hungarians had gunshot wounds',
            sources: [novaKfor30],
          },
          {
            claimant: 'Media reports (Primorski dnevnik)',
            date: '2023-05-29',
            value: 41,
            sources: [primorskiKfor41],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('zvecan'), kind: 'located-in' },
      { to: entityId('licence-plate-dispute'), kind: 'related' },
    ],
  },
  {
    id: entityId('banjska-attack'),
    type: 'event',
    kind: 'attack',
    name: 'Banjska attack',
    names: [
      { text: 'Banjska attack', lang: 'en' },
      { text: 'Banjska shootout', lang: 'en', form: 'common' },
      { text: 'Banjska monastery siege', lang: 'en', form: 'common' },
      { text: 'napad u Banjskoj', lang: 'sr-Latn' },
      { text: 'напад у Бањској', lang: 'sr-Cyrl' },
      { text: 'sukob u Banjskoj', lang: 'sr-Latn', form: 'common' },
      { text: 'sulmi në Banjskë', lang: 'sq' },
    ],
    summary:
      'Armed attack on Kosovo Police at Banjska, north Kosovo, on 24 September 2023; one officer and three attackers killed.',
    region: 'balkans',
    importance: 3,
    date: '2023-09-24',
    participants: [entityId('kosovo-police'), entityId('milan-radoicic')],
    terms: [
      {
        usedBy: 'Kosovo, the EU and the European Parliament',
        term: 'terrorist attack',
        forms: ['terrorist attack', 'teroristi~ napad~', 'sulm~ terrorist~', 'Terroranschlag~'],
      },
      {
        usedBy: 'Serbian officials and media',
        term: 'sukob u Banjskoj (clash in Banjska)',
        note: 'Serbia mourned the three dead attackers as local Serbs',
        forms: ['sukob~ u Banjsk~', 'clash in Banjska'],
      },
    ],
    neutral: 'the Banjska attack (24 September 2023)',
    facts: [
      {
        text: 'Before dawn on 24 September 2023 Kosovo police checking trucks blocking the bridge into Banjska, in Zvečan municipality, came under fire; Sergeant Afrim Bunjaku was killed and two officers were wounded.',
        asOf: '2023-09-24',
        sources: [efeBanjska, netpressHero],
        timeline: true,
      },
      {
        text: 'Uniformed gunmen with armoured vehicles took up positions in and around Banjska Monastery. By the evening police special units had retaken the area; three attackers were killed, and according to Kosovo’s interior minister most of the others escaped into Serbia.',
        asOf: '2023-09-24',
        sources: [efeBanjska, dnevnikBanjska],
      },
      {
        text: 'Police seized a large stock of military-grade weapons, explosives and uniforms; Kosovo’s interior minister said it was enough for hundreds of fighters.',
        asOf: '2023-09-25',
        sources: [wikiBanjska],
      },
      {
        text: 'On 29 September 2023 Milan Radoičić said through his lawyer that he had organised the action without any Serbian state involvement and resigned as Srpska Lista vice-president; Serbian police detained him briefly on 3 October.',
        asOf: '2023-10-03',
        sources: [b92Radoicic, ideaSep2023],
        timeline: true,
      },
      {
        text: 'Responsibility is disputed: Kosovo accuses the Serbian state of organising, arming and training the group and cites drone footage from Serbian training grounds; President Vučić denies any state role and blamed Kurti’s policies; the US said the attack was too coordinated to be ad hoc.',
        asOf: '2023-10-02',
        sources: [n1Svecla, ideaSep2023, ewbUsTroops],
      },
      {
        text: 'Kosovo’s Special Prosecution indicted 45 people and the company RAD d.o.o. in September 2024; three defendants in custody pleaded not guilty, their trial opened in Pristina on 17 April 2025 and was still under way in October 2025, while the other 42 remained at large, mostly in Serbia.',
        asOf: '2025-10',
        sources: [rksBanjskaCourt, juristBanjska, prishtinaInsightTrial, kurirBanjskaTrial],
      },
    ],
    figures: [
      {
        id: 'attackers',
        label: 'Size of the armed group',
        measure: 'other',
        unit: 'people',
        kind: 'disputed',
        why: 'The first figure came from what police saw on the day; the later ministerial figure rests on seized footage and the investigation; the indictment counts everyone charged, including alleged organisers and helpers who may not have been at Banjska.',
        claims: [
          {
            claimant: 'Kosovo authorities (Prime Minister Albin Kurti, police)',
            date: '2023-09-24',
            value: 30,
            qualifier: 'about',
            sources: [cnaBanjska, efeBanjska],
          },
          {
            claimant: 'Kosovo interior minister Xhelal Sveçla',
            date: '2023-10-02',
            value: 90,
            sources: [n1Svecla, delosvecla],
          },
          {
            claimant: 'Kosovo Special Prosecution (indictment)',
            date: '2024-09',
            value: 45,
            qualifier: 'exactly',
            note: 'People charged, not necessarily all present',
            sources: [rksBanjskaCourt],
          },
        ],
      },
      {
        id: 'attackers-killed',
        label: 'Attackers killed',
        measure: 'deaths',
        unit: 'people',
        kind: 'disputed',
        why: 'Counts diverged in the first days after the siege, when a further body was reported found near the site and early summaries mixed different casualties; most reporting, and Kosovo’s own count, uses three.',
        claims: [
          {
            claimant: 'Kosovo police, reported by EFE and Reuters',
            date: '2023-09-24',
            value: 3,
            sources: [efeBanjska],
          },
          {
            claimant: 'Dnevnik (Slovenia), citing early reports',
            date: '2023-09-26',
            value: 4,
            qualifier: 'up-to',
            note: '"Three or four" attackers',
            sources: [dnevnikBanjska],
          },
          {
            claimant: 'International IDEA democracy tracker (early summary)',
            date: '2023-09',
            value: 5,
            qualifier: 'at-least',
            sources: [ideaSep2023],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('banjska'), kind: 'located-in' },
      {
        to: entityId('banjska-monastery'),
        kind: 'located-in',
        note: 'Gunmen took positions in the monastery compound',
      },
      { to: entityId('zvecan'), kind: 'located-in', note: 'Municipality' },
      { to: entityId('milan-radoicic'), kind: 'suspect', note: 'Said he organised it; indicted in September 2024' },
      { to: entityId('kosovo-police'), kind: 'participant', note: 'Officers attacked; one killed' },
      {
        to: entityId('serbia'),
        kind: 'denies',
        note: 'Serbia denies any state involvement; Kosovo says the Serbian state organised the group',
      },
      { to: entityId('serbian-military-build-up-2023'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Banjska_attack',
  },
  {
    id: entityId('serbian-military-build-up-2023'),
    type: 'event',
    kind: 'military-build-up',
    name: 'Serbian military build-up near Kosovo (2023)',
    names: [
      { text: 'Serbian military build-up', lang: 'en' },
      { text: 'Serbian military buildup', lang: 'en', form: 'common' },
      { text: 'Serbian troop build-up', lang: 'en', form: 'common' },
    ],
    summary:
      'Serbian troop deployment near Kosovo after Banjska that the US called unprecedented; Serbia called it routine.',
    region: 'balkans',
    importance: 2,
    date: '2023-09-29',
    endDate: '2023-10-02',
    participants: [
      entityId('serbian-armed-forces'),
      entityId('united-states'),
      entityId('john-kirby'),
      entityId('antony-blinken'),
      entityId('nato'),
      entityId('kfor'),
    ],
    terms: [
      // Found in text through Kosovo's terms ("administrative line", "border with Serbia"), not twice here.
      { usedBy: 'Kosovo and the United States', term: 'border with Kosovo' },
      { usedBy: 'Serbia', term: 'administrative line (administrativna linija)' },
    ],
    neutral: 'the boundary between Kosovo and Serbia',
    facts: [
      {
        text: 'On 29 September 2023 the White House National Security Council spokesman John Kirby said the US was watching a large, "unprecedented" Serbian deployment of advanced artillery, tanks and mechanised infantry near Kosovo, called it very destabilising and asked Serbia to withdraw; Secretary of State Blinken phoned Vučić.',
        asOf: '2023-09-29',
        sources: [n1Kirby, ewbUsTroops],
        timeline: true,
      },
      {
        text: "NATO's North Atlantic Council authorised additional forces for KFOR on 28 September 2023, the alliance said the next day; it had already reinforced KFOR's presence since May.",
        asOf: '2023-09-29',
        sources: [ansaKforForces],
      },
      {
        text: 'Vučić denied that troops had been put on alert and promised a reduction; on 2 October 2023 the chief of the general staff, General Milan Mojsilović, said numbers near Kosovo had been cut from 8,350 back to the "regular" level and noted that about 14,000 had been deployed in December 2022 and May 2023 without similar alarm.',
        asOf: '2023-10-02',
        sources: [brTroops, novaTroops, novaRsTroops],
        timeline: true,
      },
      {
        text: 'The US said it had seen Serbia begin moving the forces away; the State Department dated the start of the withdrawal to 29 September 2023.',
        asOf: '2023-10-03',
        sources: [trtDrawdown],
      },
    ],
    figures: [
      {
        id: 'troops-near-line',
        label: 'Serbian troops near the Kosovo line, as stated by Serbia’s General Staff',
        measure: 'troops',
        unit: 'troops',
        kind: 'series',
        points: [
          {
            date: '2022-12',
            value: 14000,
            qualifier: 'about',
            note: 'December 2022 crisis, per General Mojsilović',
            sources: [novaTroops],
          },
          {
            date: '2023-05',
            value: 14000,
            qualifier: 'about',
            note: 'May 2023 crisis, per General Mojsilović',
            sources: [novaTroops],
          },
          {
            date: '2023-09',
            value: 8350,
            note: 'Late September 2023, before the reduction',
            sources: [novaTroops],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('banjska-attack'), kind: 'related', note: 'Followed the attack' },
      {
        to: entityId('serbia'),
        kind: 'denies',
        note: 'Serbia rejected the US description and said troops were not on alert',
      },
    ],
  },
  {
    id: entityId('dinar-ban-2024'),
    type: 'event',
    kind: 'regulation',
    name: 'Kosovo euro-only cash rule (2024 "dinar ban")',
    names: [
      { text: 'dinar ban', lang: 'en', form: 'common' },
      { text: 'CBK regulation on cash operations', lang: 'en', form: 'official' },
      { text: 'euro regulation', lang: 'en', form: 'common', needsContext: true },
      { text: 'Dinar-Verbot', lang: 'de' },
      { text: 'zabrana dinara', lang: 'sr-Latn' },
      { text: 'забрана динара', lang: 'sr-Cyrl' },
      { text: 'ndalimi i dinarit', lang: 'sq', form: 'common' },
      { text: 'Rregullorja e BQK', lang: 'sq', needsContext: true },
    ],
    summary: 'Central Bank of Kosovo rule making the euro the only currency for cash payments from 1 February 2024.',
    region: 'balkans',
    importance: 2,
    date: '2024-02-01',
    participants: [
      entityId('central-bank-of-kosovo'),
      entityId('kosovo'),
      entityId('serbia'),
      entityId('albin-kurti'),
      entityId('european-union'),
      entityId('united-states'),
    ],
    terms: [
      {
        usedBy: 'Central Bank of Kosovo and Kosovo government',
        term: 'regulation on cash operations',
        note: 'Kosovo says it does not ban the dinar as such',
        forms: ['regulation on cash operations'],
      },
      {
        usedBy: 'Serbian officials and media; much international press',
        term: 'zabrana dinara (dinar ban)',
        forms: ['zabran~ dinar~', 'dinar ban', 'ban on the dinar', 'Dinar-Verbot', 'Dinarverbot'],
      },
    ],
    neutral: 'the Central Bank of Kosovo’s 2024 rule making the euro the only currency for cash payments',
    facts: [
      {
        text: 'The Central Bank of Kosovo’s regulation on cash operations, publicised on 17 January 2024, makes the euro the only currency for cash payments and payment-system transactions; other currencies may be kept as savings, held in foreign-currency accounts or exchanged at licensed institutions, and only the central bank may import or export banknotes.',
        asOf: '2024-01-17',
        sources: [kosovoOnlineEuro],
      },
      {
        text: 'Reports differ on the adoption date — 27 December 2023 according to Kosovo Online, 17 January 2024 according to Euronews Albania, probably the publication date — but it took effect on 1 February 2024.',
        asOf: '2024-02-01',
        sources: [kosovoOnlineEuro, euronewsAlbaniaEuro],
        timeline: true,
      },
      {
        text: 'The rule hit Kosovo Serbs who receive salaries, pensions and benefits from Serbia in dinars carried in as cash; Kosovo promised a transitional period in which no one would be punished for using dinars.',
        asOf: '2024-02-01',
        sources: [balkanInsightEuro],
      },
      {
        text: 'The US and the EU criticised the timing and asked for a delay, and the OSCE voiced concern; Prime Minister Kurti said on 12 February 2024 that the government would not interfere with the independent central bank and the decision could not be reversed.',
        asOf: '2024-02-12',
        sources: [balkanInsightEuro, n1KurtiEuro],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('north-mitrovica'), kind: 'related', note: 'Most affected: Serb-majority north' },
    ],
  },

  // ——— Bosnia and Herzegovina ———
  {
    id: entityId('bosnian-war'),
    type: 'event',
    kind: 'war',
    name: 'Bosnian War',
    names: [
      { text: 'Bosnian War', lang: 'en' },
      { text: 'war in Bosnia and Herzegovina', lang: 'en', form: 'common' },
      { text: 'Bosnienkrieg', lang: 'de' },
      { text: 'Bosnien-Krieg', lang: 'de', form: 'common' },
      { text: 'rat u Bosni i Hercegovini', lang: 'bs' },
      { text: 'рат у Босни и Херцеговини', lang: 'sr-Cyrl' },
    ],
    summary:
      'War in Bosnia and Herzegovina from 1992 to 1995 after the breakup of Yugoslavia, ended by the Dayton Agreement.',
    region: 'balkans',
    importance: 2,
    date: '1992-04',
    endDate: '1995-12-14',
    participants: [
      entityId('bosnia-and-herzegovina'),
      entityId('republika-srpska'),
      entityId('croatia'),
      entityId('serbia'),
      entityId('nato'),
      entityId('radovan-karadzic'),
      entityId('ratko-mladic'),
    ],
    facts: [
      {
        text: 'Fighting began in April 1992, after Bosnia and Herzegovina declared independence from Yugoslavia, and lasted until December 1995.',
        asOf: '1992-04',
        sources: [wikiBosnianWar],
        timeline: true,
      },
      {
        text: 'It left more than 100,000 people dead and millions homeless.',
        asOf: '2011-05-27',
        sources: [cbcMladicLife],
      },
      {
        text: 'Bosnian Serb forces besieged Sarajevo for 43 months; the ICTY later convicted Radovan Karadžić and Ratko Mladić of crimes including genocide at Srebrenica and terror against Sarajevo’s civilians.',
        asOf: '2021-06-08',
        sources: [independentMladic, n1Karadzic],
      },
      {
        text: 'It ended with the Dayton Agreement, initialled on 21 November 1995 and signed in Paris on 14 December 1995.',
        asOf: '1995-12-14',
        sources: [srpskaTimesDayton],
      },
    ],
    figures: [
      {
        id: 'deaths',
        label: 'People killed in the war (CBC News)',
        measure: 'deaths',
        unit: 'people',
        kind: 'known',
        value: 100000,
        qualifier: 'more-than',
        asOf: '2011-05-27',
        sources: [cbcMladicLife],
      },
    ],
    relations: [
      { to: entityId('bosnia-and-herzegovina'), kind: 'located-in' },
      { to: entityId('dayton-agreement'), kind: 'related', note: 'Ended the war' },
      { to: entityId('srebrenica-genocide'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Bosnian_War',
  },
  {
    id: entityId('dayton-agreement'),
    type: 'event',
    kind: 'agreement',
    name: 'Dayton Agreement',
    names: [
      { text: 'Dayton Agreement', lang: 'en' },
      { text: 'Dayton Accords', lang: 'en', form: 'common' },
      { text: 'General Framework Agreement for Peace in Bosnia and Herzegovina', lang: 'en', form: 'official' },
      { text: 'GFAP', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'Dayton-Abkommen', lang: 'de' },
      { text: 'Dejtonski sporazum', lang: 'sr-Latn' },
      { text: 'Дејтонски споразум', lang: 'sr-Cyrl' },
      { text: 'Daytonski sporazum', lang: 'hr' },
      { text: 'Marrëveshja e Dejtonit', lang: 'sq' },
      { text: 'Dejtonski mirovni sporazum', lang: 'bs', form: 'common' },
      { text: 'Friedensabkommen von Dayton', lang: 'de', form: 'common' },
      { text: 'Dejton', lang: 'bs', form: 'short', needsContext: true },
      { text: 'Dayton', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'US-brokered 1995 peace agreement that ended the Bosnian war and set up Bosnia and Herzegovina’s two-entity structure.',
    region: 'balkans',
    importance: 3,
    date: '1995-11-21',
    endDate: '1995-12-14',
    participants: [
      entityId('bosnia-and-herzegovina'),
      entityId('serbia'),
      entityId('croatia'),
      entityId('united-states'),
      entityId('slobodan-milosevic'),
    ],
    facts: [
      {
        text: 'Slobodan Milošević, Alija Izetbegović and Franjo Tuđman initialled it on 21 November 1995 at Wright-Patterson Air Force Base near Dayton, Ohio, after three weeks of US-led talks.',
        asOf: '1995-11-21',
        sources: [srpskaTimesDayton],
        timeline: true,
      },
      {
        text: 'The agreement was formally signed in Paris on 14 December 1995.',
        asOf: '1995-12-14',
        sources: [wikiDaytonAgreement],
        timeline: true,
      },
      {
        text: 'It ended the 1992–95 war and kept one state made up of two entities, the Federation of Bosnia and Herzegovina (about 51% of the territory) and Republika Srpska (about 49%); Brčko went to international arbitration and became a separate district in 1999.',
        asOf: '1999',
        sources: [fmrDayton],
      },
      {
        text: 'Security Council Resolution 1031 mandated the NATO-led IFOR, about 60,000 troops, which deployed from 20 December 1995; Annex 10 created the Office of the High Representative.',
        asOf: '1995-12-20',
        sources: [wikiIfor, wikiDaytonAgreement],
      },
      {
        text: '21 November, the day of the initialling, is a public holiday in Republika Srpska.',
        asOf: '2013-11-21',
        sources: [srpskaTimesDayton],
      },
    ],
    figures: [
      {
        id: 'ifor-troops',
        label: 'IFOR troops deployed to implement the agreement',
        measure: 'troops',
        unit: 'troops',
        kind: 'known',
        value: 60000,
        qualifier: 'about',
        asOf: '1995-12-20',
        sources: [wikiIfor],
      },
    ],
    relations: [
      { to: entityId('bosnian-war'), kind: 'related', note: 'Ended the war' },
      { to: entityId('office-of-the-high-representative'), kind: 'related', note: 'Created by Annex 10' },
      { to: entityId('republika-srpska'), kind: 'related' },
      { to: entityId('federation-of-bosnia-and-herzegovina'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Dayton_Agreement',
  },
  {
    id: entityId('srebrenica-genocide'),
    type: 'event',
    kind: 'genocide',
    name: 'Srebrenica genocide',
    names: [
      { text: 'Srebrenica genocide', lang: 'en' },
      { text: 'Srebrenica massacre', lang: 'en', form: 'common' },
      { text: 'Völkermord von Srebrenica', lang: 'de' },
      { text: 'genocid u Srebrenici', lang: 'bs' },
      { text: 'геноцид у Сребреници', lang: 'sr-Cyrl' },
      { text: 'Gjenocidi i Srebrenicës', lang: 'sq' },
    ],
    summary:
      'Killing of more than 8,000 Bosniak men and boys by Bosnian Serb forces after the fall of Srebrenica in July 1995.',
    region: 'balkans',
    importance: 3,
    date: '1995-07-11',
    participants: [
      entityId('ratko-mladic'),
      entityId('radovan-karadzic'),
      entityId('republika-srpska'),
      entityId('united-nations'),
    ],
    terms: [
      {
        usedBy: 'ICTY, ICJ and the UN General Assembly',
        term: 'genocide',
        forms: ['genocid~', 'Völkermord~', 'gjenocid~'],
      },
      {
        usedBy: 'Serbian and Republika Srpska officials',
        term: 'zločin u Srebrenici (the crime in Srebrenica)',
        note: 'They reject the genocide label despite the rulings',
        forms: ['zločin~ u Srebrenic~', 'crime in Srebrenica'],
      },
    ],
    neutral: 'the Srebrenica genocide, as the ICTY and the ICJ ruled it',
    facts: [
      {
        text: 'In July 1995, after Bosnian Serb forces took the UN-declared safe area of Srebrenica on 11 July, more than 8,000 Bosniak men and boys were killed.',
        asOf: '1995-07-11',
        sources: [wikiSrebrenica, cbcMladic],
        timeline: true,
      },
      {
        text: 'The ICTY (Krstić appeal judgment, 2004) and the International Court of Justice (26 February 2007) ruled that the killings were genocide; the ICJ found that Serbia had not committed it but had failed to prevent it and to punish those responsible.',
        asOf: '2007-02-26',
        sources: [icjGenocide, wikiSrebrenica],
        timeline: true,
      },
      {
        text: 'Radovan Karadžić (final judgment 2019) and Ratko Mladić (final judgment 2021) were convicted of genocide for Srebrenica and sentenced to life imprisonment.',
        asOf: '2021-06-08',
        sources: [n1Karadzic, independentMladic],
      },
      {
        text: 'Serbian and Republika Srpska leaders reject the genocide label despite these rulings.',
        asOf: '2024-05-23',
        sources: [unPressSrebrenica, kohaDodikSrebrenica],
      },
    ],
    figures: [
      {
        id: 'killed',
        label: 'Bosniak men and boys killed',
        measure: 'deaths',
        unit: 'people',
        kind: 'known',
        value: 8000,
        qualifier: 'more-than',
        asOf: '2011-05-26',
        sources: [wikiSrebrenica, cbcMladic],
      },
    ],
    relations: [
      { to: entityId('srebrenica'), kind: 'located-in' },
      { to: entityId('bosnian-war'), kind: 'related' },
      { to: entityId('icty'), kind: 'related', note: 'Ruled it genocide' },
      { to: entityId('international-court-of-justice'), kind: 'related', note: 'Ruled it genocide (2007)' },
      { to: entityId('un-srebrenica-resolution-2024'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Srebrenica_massacre',
  },
  {
    id: entityId('un-srebrenica-resolution-2024'),
    type: 'event',
    kind: 'resolution',
    name: 'UN General Assembly resolution on Srebrenica (2024)',
    names: [
      { text: 'UN General Assembly resolution on Srebrenica', lang: 'en' },
      { text: 'Srebrenica resolution', lang: 'en', form: 'common' },
      { text: 'A/78/L.67/Rev.1', lang: 'en', form: 'abbreviation' },
      { text: 'Srebrenica-Resolution', lang: 'de' },
      { text: 'Rezolucija o Srebrenici', lang: 'bs' },
      { text: 'rezolucija UN-a o Srebrenici', lang: 'bs', form: 'common' },
      { text: 'Резолуција о Сребреници', lang: 'sr-Cyrl' },
      { text: 'Rezoluta për Srebrenicën', lang: 'sq' },
    ],
    summary:
      'UN General Assembly resolution of 23 May 2024 making 11 July a day of commemoration of the Srebrenica genocide.',
    region: 'balkans',
    importance: 2,
    date: '2024-05-23',
    participants: [
      entityId('united-nations'),
      entityId('germany'),
      entityId('serbia'),
      entityId('bosnia-and-herzegovina'),
      entityId('montenegro'),
      entityId('russia'),
      entityId('china'),
      entityId('hungary'),
    ],
    facts: [
      {
        text: 'On 23 May 2024 the General Assembly designated 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica, by 84 votes to 19 with 68 abstentions.',
        asOf: '2024-05-23',
        sources: [unSrebrenicaVote, unPressSrebrenica],
        timeline: true,
      },
      {
        text: 'Introduced by Germany and Rwanda, the text condemns denial of the genocide and the glorification of convicted war criminals.',
        asOf: '2024-05-23',
        sources: [unPressSrebrenica],
      },
      {
        text: 'Serbia, Russia, China, Hungary, Belarus, Syria, North Korea and Cuba were among those voting against; amendments from Montenegro stressing that criminal guilt is individual were included.',
        asOf: '2024-05-23',
        sources: [raportSrebrenica, unPressSrebrenica],
      },
      {
        text: 'Vučić and Republika Srpska leaders said the resolution brands Serbs a "genocidal nation"; its sponsors said it is not aimed at Serbia.',
        asOf: '2024-05-23',
        sources: [unPressSrebrenica, srpska365Resolution],
      },
    ],
    figures: [
      {
        id: 'votes-in-favour',
        label: 'Votes in favour',
        measure: 'votes',
        unit: 'states',
        kind: 'known',
        value: 84,
        qualifier: 'exactly',
        asOf: '2024-05-23',
        sources: [unSrebrenicaVote, unPressSrebrenica],
      },
      {
        id: 'votes-against',
        label: 'Votes against',
        measure: 'votes',
        unit: 'states',
        kind: 'known',
        value: 19,
        qualifier: 'exactly',
        asOf: '2024-05-23',
        sources: [unSrebrenicaVote, unPressSrebrenica],
      },
      {
        id: 'abstentions',
        label: 'Abstentions',
        measure: 'votes',
        unit: 'states',
        kind: 'known',
        value: 68,
        qualifier: 'exactly',
        asOf: '2024-05-23',
        sources: [unSrebrenicaVote, unPressSrebrenica],
      },
    ],
    relations: [{ to: entityId('srebrenica-genocide'), kind: 'related' }],
  },

  // ——— Neighbours ———
  {
    id: entityId('prespa-agreement'),
    type: 'event',
    kind: 'agreement',
    name: 'Prespa Agreement',
    names: [
      { text: 'Prespa Agreement', lang: 'en' },
      { text: 'Prespes Agreement', lang: 'en', form: 'common' },
      { text: 'Prespa-Abkommen', lang: 'de' },
      { text: 'Преспански договор', lang: 'mk' },
      { text: 'Prespanski sporazum', lang: 'sr-Latn' },
      { text: 'Marrëveshja e Prespës', lang: 'sq' },
    ],
    summary:
      'Greece–North Macedonia agreement of 2018 that settled the name dispute and renamed the country North Macedonia.',
    region: 'balkans',
    importance: 2,
    date: '2018-06-17',
    endDate: '2019-02-12',
    participants: [entityId('north-macedonia'), entityId('greece')],
    facts: [
      {
        text: 'Signed on 17 June 2018 at Psarades on Lake Prespa in Greece, it entered into force on 12 February 2019.',
        asOf: '2019-02-12',
        sources: [wikiPrespa],
        timeline: true,
      },
      {
        text: 'The country’s constitutional name became "Republic of North Macedonia", to be used for all purposes at home and abroad.',
        asOf: '2019-02-12',
        sources: [wikiPrespa],
      },
      {
        text: 'With Greece’s objection lifted, North Macedonia deposited its instrument of accession in Washington and became NATO’s 30th member on 27 March 2020.',
        asOf: '2020-03-27',
        sources: [miaNato, wikiPrespa],
      },
      {
        text: 'The centre-right VMRO-DPMNE camp, which won North Macedonia\'s 2024 elections, opposed the agreement; President Gordana Siljanovska-Davkova\'s use of "Macedonia" at her inauguration on 12 May 2024 drew Greek protests.',
        asOf: '2024-05-12',
        sources: [wikiSiljanovska],
      },
    ],
    relations: [
      { to: entityId('north-macedonia-nato-accession'), kind: 'related', note: 'Opened the way to NATO membership' },
      { to: entityId('gordana-siljanovska-davkova'), kind: 'related', note: 'Long-time opponent' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Prespa_Agreement',
  },
  {
    id: entityId('north-macedonia-nato-accession'),
    type: 'event',
    kind: 'accession',
    name: 'North Macedonia’s accession to NATO',
    names: [
      { text: 'North Macedonia NATO accession', lang: 'en' },
      { text: 'NATO-Beitritt Nordmazedoniens', lang: 'de' },
    ],
    summary: 'North Macedonia became NATO’s 30th member on 27 March 2020.',
    region: 'balkans',
    importance: 1,
    date: '2020-03-27',
    participants: [entityId('north-macedonia'), entityId('nato')],
    facts: [
      {
        text: 'The accession protocol was signed on 6 February 2019 and entered into force on 19 March 2020.',
        asOf: '2020-03-19',
        sources: [netpressNato],
      },
      {
        text: 'North Macedonia became NATO’s 30th member on 27 March 2020.',
        asOf: '2020-03-27',
        sources: [miaNato],
        timeline: true,
      },
      {
        text: 'Membership followed the Prespa Agreement, under which Greece dropped its objection.',
        asOf: '2020-03-27',
        sources: [wikiPrespa],
      },
    ],
    figures: [
      {
        id: 'ally-number',
        label: 'Number of NATO allies after accession',
        measure: 'members',
        unit: 'allies',
        kind: 'known',
        value: 30,
        qualifier: 'exactly',
        asOf: '2020-03-27',
        sources: [netpressNato],
      },
    ],
    relations: [{ to: entityId('prespa-agreement'), kind: 'related' }],
  },
  {
    id: entityId('montenegro-independence-referendum'),
    type: 'event',
    kind: 'referendum',
    name: '2006 Montenegrin independence referendum',
    names: [
      { text: '2006 Montenegrin independence referendum', lang: 'en' },
      { text: 'Montenegro independence referendum', lang: 'en', form: 'common' },
      { text: 'Unabhängigkeitsreferendum in Montenegro', lang: 'de' },
      { text: 'referendum o nezavisnosti Crne Gore', lang: 'sr-Latn' },
      { text: 'референдум о независности Црне Горе', lang: 'sr-Cyrl' },
    ],
    summary: 'Referendum of 21 May 2006 in which Montenegro voted narrowly to leave the state union with Serbia.',
    region: 'balkans',
    importance: 1,
    date: '2006-05-21',
    participants: [entityId('montenegro'), entityId('serbia'), entityId('european-union'), entityId('miroslav-lajcak')],
    facts: [
      {
        text: 'On 21 May 2006 55.5% voted for independence, just above the 55% threshold set with the EU; turnout was about 86.5%.',
        asOf: '2006-05-21',
        sources: [wikiMneReferendum, esiMontenegro],
        timeline: true,
      },
      {
        text: 'Parliament declared independence on 3 June 2006, ending the State Union of Serbia and Montenegro; Serbia became its legal successor.',
        asOf: '2006-06-03',
        sources: [wikiMneReferendum],
        timeline: true,
      },
      {
        text: 'EU envoy Miroslav Lajčák negotiated the referendum rules, including the 55% threshold.',
        asOf: '2006',
        sources: [esiMontenegro],
      },
    ],
    figures: [
      {
        id: 'yes-share',
        label: 'Share voting for independence (threshold 55%)',
        measure: 'percent',
        unit: '% of votes',
        kind: 'known',
        value: 55.5,
        asOf: '2006-05-21',
        sources: [wikiMneReferendum, esiMontenegro],
      },
    ],
    relations: [{ to: entityId('montenegro'), kind: 'related', note: 'Led to independence' }],
    wikipedia: 'https://en.wikipedia.org/wiki/2006_Montenegrin_independence_referendum',
  },
  {
    id: entityId('croatia-eu-accession'),
    type: 'event',
    kind: 'accession',
    name: 'Croatia’s accession to the EU',
    names: [
      { text: 'Croatia EU accession', lang: 'en' },
      { text: 'EU-Beitritt Kroatiens', lang: 'de' },
      { text: 'pristupanje Hrvatske Europskoj uniji', lang: 'hr' },
    ],
    summary:
      'Croatia joined the European Union on 1 July 2013 as its 28th member, the first Western Balkan state to do so.',
    region: 'balkans',
    importance: 1,
    date: '2013-07-01',
    participants: [entityId('croatia'), entityId('european-union'), entityId('zoran-milanovic')],
    facts: [
      {
        text: 'Croatia became the EU’s 28th member state on 1 July 2013, a decade after applying in 2003; the accession treaty had been signed on 9 December 2011.',
        asOf: '2013-07-01',
        sources: [euobserverCroatia, ecCroatia],
        timeline: true,
      },
      {
        text: 'The accession was celebrated in Zagreb with EU leaders, and Croatian became the EU’s 24th official language.',
        asOf: '2013-07-01',
        sources: [ecCroatia, euobserverCroatia],
      },
      {
        text: 'On 1 January 2023 Croatia adopted the euro, as the 20th euro-area member, and joined the Schengen area as its 27th member.',
        asOf: '2023-01-01',
        sources: [agensirCroatiaEuro, wikiSchengen],
        timeline: true,
      },
    ],
    figures: [
      {
        id: 'member-number',
        label: 'EU member states after accession',
        measure: 'members',
        unit: 'member states',
        kind: 'known',
        value: 28,
        qualifier: 'exactly',
        asOf: '2013-07-01',
        sources: [euobserverCroatia],
      },
    ],
    relations: [{ to: entityId('croatia'), kind: 'related' }],
  },

  // ——— Kosovo 2024–2026 ———
  {
    id: entityId('kosovo-census-2024'),
    type: 'event',
    kind: 'census',
    name: '2024 Kosovo census',
    names: [
      { text: '2024 Kosovo census', lang: 'en' },
      { text: 'Kosovo census', lang: 'en', form: 'common' },
      { text: 'Regjistrimi i popullsisë 2024', lang: 'sq' },
    ],
    summary:
      'Kosovo’s 2024 population census, largely boycotted by Serbs in the north; results published in December 2024.',
    region: 'balkans',
    importance: 2,
    date: '2024-04-05',
    endDate: '2024-12-19',
    participants: [entityId('kosovo'), entityId('srpska-lista')],
    facts: [
      {
        text: 'The count began on 5 April 2024; Srpska Lista, the main Kosovo Serb party, said Serbs would not take part.',
        asOf: '2024-04-05',
        sources: [rferlCensusStart],
        timeline: true,
      },
      {
        text: 'Results published on 19 December 2024 put the enumerated population at 1,586,659; with estimates for the boycotting north, the statistics agency gave a total of about 1.6 million, down from about 1.74 million 13 years earlier.',
        asOf: '2024-12-19',
        sources: [rksCensus, apCensus],
        timeline: true,
      },
      {
        text: 'The agency said Serbs had boycotted "to a considerable extent"; it counted 36,652 Serbs in the four northern municipalities and estimated all Serbs in Kosovo at about 53,000.',
        asOf: '2024-12-19',
        sources: [apCensus],
      },
      {
        text: 'The census also recorded 11,417 people killed and 1,047 missing in the 1998–99 war, and material damage of about €5 billion.',
        asOf: '2024-12-19',
        sources: [apCensus],
      },
    ],
    figures: [
      {
        id: 'enumerated',
        label: 'Residents enumerated',
        measure: 'population',
        unit: 'people',
        kind: 'known',
        value: 1586659,
        qualifier: 'exactly',
        asOf: '2024-12-19',
        sources: [rksCensus],
      },
      {
        id: 'serbs-estimated',
        label: 'Serbs in Kosovo (agency estimate)',
        measure: 'population',
        unit: 'people',
        kind: 'known',
        value: 53000,
        qualifier: 'about',
        asOf: '2024-12-19',
        sources: [apCensus],
      },
    ],
    relations: [{ to: entityId('kosovo'), kind: 'located-in' }],
  },
  {
    id: entityId('kosovo-elections-2025'),
    type: 'event',
    kind: 'election',
    name: 'Kosovo parliamentary elections 2025',
    names: [
      { text: '2025 Kosovo parliamentary election', lang: 'en' },
      { text: 'Kosovo elections 2025', lang: 'en', form: 'common' },
      { text: 'Parlamentswahl im Kosovo', lang: 'de', form: 'common', needsContext: true },
      { text: 'zgjedhjet parlamentare në Kosovë', lang: 'sq', needsContext: true },
    ],
    summary: 'Kosovo’s February 2025 election and the snap election of 28 December 2025, both won by Vetëvendosje.',
    region: 'balkans',
    importance: 2,
    date: '2025-02-09',
    endDate: '2025-12-28',
    participants: [
      entityId('vetevendosje'),
      entityId('democratic-party-of-kosovo'),
      entityId('democratic-league-of-kosovo'),
      entityId('srpska-lista'),
      entityId('albin-kurti'),
      entityId('assembly-of-kosovo'),
    ],
    facts: [
      {
        text: 'In the 9 February 2025 election Vetëvendosje came first with 42.27% and 48 of 120 seats, short of a majority.',
        asOf: '2025-02-09',
        sources: [rksResultsFeb2025],
        timeline: true,
      },
      {
        text: 'A long deadlock followed; Kurti’s proposed cabinet won only 56 votes on 26 October 2025, short of the 61 required.',
        asOf: '2025-10-26',
        sources: [ewbKurtiFails],
        timeline: true,
      },
      {
        text: 'In the snap election of 28 December 2025 Vetëvendosje took 51.1% and 57 seats, its best result.',
        asOf: '2025-12-28',
        sources: [rksResultsDec2025],
        timeline: true,
      },
      {
        text: 'In both votes Srpska Lista won 9 of the 10 seats reserved for Serbs; the tenth went to Nenad Rašić’s party.',
        asOf: '2026-01',
        sources: [k2Certified, rksResultsDec2025],
      },
      {
        text: 'The new Assembly elected Kurti’s third government on 11 February 2026 by 66 votes to 49.',
        asOf: '2026-02-11',
        sources: [prishtinaInsightKurti3, noaKurti3],
      },
    ],
    figures: [
      {
        id: 'vv-share',
        label: 'Vetëvendosje share of the vote',
        measure: 'percent',
        unit: '% of the vote',
        kind: 'series',
        points: [
          { date: '2025-02-09', value: 42.27, sources: [rksResultsFeb2025] },
          { date: '2025-12-28', value: 51.1, sources: [rksResultsDec2025] },
        ],
      },
    ],
    relations: [{ to: entityId('kosovo'), kind: 'located-in' }],
  },

  // ——— Serbia 2024–2025 ———
  {
    id: entityId('novi-sad-canopy-collapse'),
    type: 'event',
    kind: 'disaster',
    name: 'Novi Sad railway station canopy collapse',
    names: [
      { text: 'Novi Sad railway station canopy collapse', lang: 'en' },
      { text: 'Novi Sad canopy collapse', lang: 'en', form: 'common' },
      { text: 'pad nadstrešnice u Novom Sadu', lang: 'sr-Latn' },
      { text: 'пад надстрешнице у Новом Саду', lang: 'sr-Cyrl' },
      { text: 'pad nadstrešnice na Železničkoj stanici u Novom Sadu', lang: 'sr-Latn' },
      { text: 'пад надстрешнице на Железничкој станици у Новом Саду', lang: 'sr-Cyrl' },
      { text: 'urušavanje nadstrešnice u Novom Sadu', lang: 'sr-Latn' },
      // The press's short name, once the story is known: Novi Sad or its people's names beside it.
      { text: 'pad nadstrešnice', lang: 'sr-Latn', form: 'short', needsContext: true },
      { text: 'пад надстрешнице', lang: 'sr-Cyrl', form: 'short', needsContext: true },
      { text: 'Einsturz des Bahnhofsvordachs in Novi Sad', lang: 'de' },
    ],
    summary: 'Collapse of the concrete canopy at Novi Sad’s main station on 1 November 2024; 16 people died.',
    region: 'balkans',
    importance: 2,
    date: '2024-11-01',
    participants: [entityId('novi-sad'), entityId('serbia')],
    facts: [
      {
        text: 'Shortly before noon on 1 November 2024 the concrete canopy at the entrance of Novi Sad’s main railway station fell on people sitting and standing beneath it.',
        asOf: '2024-11-01',
        sources: [wikiCanopyCollapse],
        timeline: true,
      },
      {
        text: 'The station, built in 1964, had been renovated in recent years under a deal with Chinese state companies; officials said the canopy itself was not part of the works, while critics blamed corruption and poor renovation.',
        asOf: '2024-11-02',
        sources: [wikiCanopyCollapse],
      },
      {
        text: 'The government declared 2 November a day of mourning and prosecutors opened an investigation; the construction minister later resigned.',
        asOf: '2024-11-17',
        sources: [wikiCanopyCollapse],
      },
      {
        text: 'The collapse set off months of anti-corruption protests led by students.',
        asOf: '2025-03-21',
        sources: [wikiCanopyCollapse, wikiSerbianProtests],
      },
    ],
    figures: [
      {
        id: 'deaths',
        label: 'Deaths from the collapse',
        measure: 'deaths',
        unit: 'people',
        kind: 'series',
        points: [
          { date: '2024-11-02', value: 14, note: 'When the rescue ended', sources: [wikiCanopyCollapse] },
          { date: '2024-11-17', value: 15, note: 'An injured woman died in hospital', sources: [wikiCanopyCollapse] },
          { date: '2025-03-21', value: 16, note: 'A 19-year-old died in hospital', sources: [wikiCanopyCollapse] },
        ],
      },
    ],
    relations: [
      { to: entityId('novi-sad'), kind: 'located-in' },
      { to: entityId('serbian-protests-2024-2025'), kind: 'related', note: 'Triggered the protests' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Novi_Sad_railway_station_canopy_collapse',
  },
  {
    id: entityId('serbian-protests-2024-2025'),
    type: 'event',
    kind: 'protests',
    name: 'Serbian protests 2024–2025',
    names: [
      { text: '2024–2025 Serbian protests', lang: 'en' },
      { text: 'Serbian anti-corruption protests', lang: 'en', form: 'common' },
      { text: 'student protests in Serbia', lang: 'en', form: 'common' },
      { text: 'studentski protesti', lang: 'sr-Latn', needsContext: true },
      { text: 'студентски протести', lang: 'sr-Cyrl', needsContext: true },
      { text: '15 za 15', lang: 'sr-Latn', form: 'common', needsContext: true },
    ],
    summary: 'Student-led mass protests in Serbia after the Novi Sad canopy collapse, demanding accountability.',
    region: 'balkans',
    importance: 2,
    date: '2024-11',
    participants: [
      entityId('serbia'),
      entityId('aleksandar-vucic'),
      entityId('milos-vucevic'),
      entityId('novi-sad'),
      entityId('belgrade'),
    ],
    facts: [
      {
        text: 'Protests began in Novi Sad after the 1 November 2024 canopy collapse; from late November students blockaded faculties across Serbia, more than 60 by March 2025, demanding accountability.',
        asOf: '2025-03-15',
        sources: [wikiSerbianProtests, wikiCanopyCollapse],
      },
      {
        text: 'Prime Minister Miloš Vučević resigned on 28 January 2025; parliament confirmed it on 19 March and elected Đuro Macut’s government on 16 April 2025.',
        asOf: '2025-04-16',
        sources: [srpskaTimesMacut, rtvStaraPazovaMacut],
      },
      {
        text: 'On 15 March 2025 a rally called "15 for 15" filled central Belgrade, one of the largest protests in Serbia’s history; it was largely peaceful, though the suspected use of a sonic device scattered part of the crowd during a silence.',
        asOf: '2025-03-15',
        sources: [ewb15March, wikiSerbianProtests],
        timeline: true,
      },
      {
        text: 'President Vučić has accused protesters of violence and of causing "terror", while the student-led protests have been largely peaceful.',
        asOf: '2025-06-29',
        sources: [aljazeeraVucicArrests, wikiSerbianProtests],
      },
    ],
    figures: [
      {
        id: 'crowd-15-march-2025',
        label: 'People at the Belgrade rally of 15 March 2025',
        measure: 'other',
        unit: 'people',
        kind: 'disputed',
        why: 'The figures rest on different methods: the police gave a peak count, while the independent Archive of Public Gatherings estimated from field research and video across the city and said crowds in New Belgrade could not be counted precisely.',
        claims: [
          {
            claimant: 'Serbian Interior Ministry',
            date: '2025-03-15',
            value: 107000,
            qualifier: 'up-to',
            note: 'At the peak; President Vučić also cited 88,000 from the military security agency',
            sources: [radioSarajevoCrowd, novinite15March],
          },
          {
            claimant: 'Arhiv javnih skupova (Archive of Public Gatherings), independent monitors',
            date: '2025-03-15',
            value: 275000,
            qualifier: 'at-least',
            note: 'Estimated 275,000–325,000, possibly more',
            sources: [radioSarajevoCrowd, novinite15March],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('novi-sad-canopy-collapse'), kind: 'related', note: 'Triggered by the collapse' },
      { to: entityId('serbia'), kind: 'located-in' },
    ],
  },
];
