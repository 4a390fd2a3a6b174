import { entityId, type OrganizationEntity, type Source } from '../types';
import { source } from '../source';
import {
  b92Ohrid,
  dennewsOrf,
  kosovapressBarduani,
  kosovoOnlineOrf,
  novaRsTroops,
  novaTroops,
  unPressSrebrenica,
} from './shared-sources';

/**
 * Organisations: international missions in Kosovo and Bosnia (KFOR, EULEX, UNMIK, OSCE, EUFOR, OHR), the alliances
 * and institutions behind them, the security forces of Kosovo and Serbia, courts and tribunals, the dialogue process
 * and the legislatures and church that recur in Balkans news. Facts are our own wording; every figure carries its
 * date and source, and disputed figures list each claim.
 */

// ---------------------------------------------------------------------------------------------------
// Helpers

const wp = (title: string, slug: string): Source => source('Wikipedia', title, `https://en.wikipedia.org/wiki/${slug}`);

// ---------------------------------------------------------------------------------------------------
// Sources used more than once

// Wikipedia articles
const wikiKfor = wp('Kosovo Force', 'Kosovo_Force');
const wikiNato = wp('NATO', 'NATO');
const wikiNatoBombing = wp('NATO bombing of Yugoslavia', 'NATO_bombing_of_Yugoslavia');
const wikiRecognition = wp('International recognition of Kosovo', 'International_recognition_of_Kosovo');
const wikiKsf = wp('Kosovo Security Force', 'Kosovo_Security_Force');
const wikiEu = wp('European Union', 'European_Union');
const wikiBrussels2013 = wp('2013 Brussels Agreement', '2013_Brussels_Agreement');
const wikiOhrid2023 = wp('2023 Ohrid Agreement', '2023_Ohrid_Agreement');
const wikiEulex = wp('European Union Rule of Law Mission in Kosovo', 'European_Union_Rule_of_Law_Mission_in_Kosovo');
const wikiUnmik = wp(
  'United Nations Interim Administration Mission in Kosovo',
  'United_Nations_Interim_Administration_Mission_in_Kosovo',
);
const wikiSrsgKosovo = wp(
  'Special Representative of the Secretary-General for Kosovo',
  'Special_Representative_of_the_Secretary-General_for_Kosovo',
);
const wikiKosovoPolice = wp('Kosovo Police', 'Kosovo_Police');
const wikiSerbianArmedForces = wp('Serbian Armed Forces', 'Serbian_Armed_Forces');
const wikiCbk = wp('Central Bank of Kosovo', 'Central_Bank_of_Kosovo');
const wikiKla = wp('Kosovo Liberation Army', 'Kosovo_Liberation_Army');
const wikiKsc = wp('Kosovo Specialist Chambers', 'Kosovo_Specialist_Chambers');
const wikiIcty = wp(
  'International Criminal Tribunal for the former Yugoslavia',
  'International_Criminal_Tribunal_for_the_former_Yugoslavia',
);
const wikiIcj = wp('International Court of Justice', 'International_Court_of_Justice');
const wikiIcjOpinion = wp(
  'Advisory opinion on Kosovo’s declaration of independence',
  'International_Court_of_Justice_advisory_opinion_on_Kosovo%27s_declaration_of_independence',
);
const wikiBosnianGenocideCase = wp('Bosnian genocide case', 'Bosnian_genocide_case');
const wikiOhr = wp('High Representative for Bosnia and Herzegovina', 'High_Representative_for_Bosnia_and_Herzegovina');
const wikiEufor = wp('EUFOR Althea', 'EUFOR_Althea');
const wikiOsce = wp(
  'Organization for Security and Co-operation in Europe',
  'Organization_for_Security_and_Co-operation_in_Europe',
);
const wikiSpc = wp('Serbian Orthodox Church', 'Serbian_Orthodox_Church');
const wikiAssemblyKosovo = wp('Assembly of the Republic of Kosovo', 'Assembly_of_the_Republic_of_Kosovo');
const wikiNationalAssemblySerbia = wp('National Assembly (Serbia)', 'National_Assembly_(Serbia)');
const wikiBanjskaAttack = wp('Banjska attack', 'Banjska_attack');
const wikiDeclaration2008 = wp('2008 Kosovo declaration of independence', '2008_Kosovo_declaration_of_independence');
const wikiUnscr1244 = wp(
  'United Nations Security Council Resolution 1244',
  'United_Nations_Security_Council_Resolution_1244',
);

// NATO and KFOR
const natoKosovo = source('NATO', 'NATO’s role in Kosovo', 'https://www.nato.int/cps/en/natohq/topics_48818.htm');
const jfcKfor2013 = source(
  'NATO Joint Force Command Naples',
  'Kosovo Force',
  'https://www.jfcnaples.nato.int/operations_kfor.aspx',
);
const polishMod = source('Polish Ministry of National Defence', 'KFOR', 'https://www.gov.pl/web/national-defence/kfor');
const euronews2009 = source(
  'Euronews',
  'Deutschland übernimmt KFOR-Kommando von Italien',
  'https://de.euronews.com/2009/09/08/deutschland-uebernimmt-kfor-kommando-von-italien',
);
const waz2009 = source(
  'Wolfsburger Allgemeine (AFP)',
  'Kommando über NATO-Truppen im Kosovo an Deutschland übergegangen',
  'https://www.waz-online.de/Nachrichten/Politik/Deutschland-Welt/Kommando-ueber-NATO-Truppen-im-Kosovo-an-Deutschland-uebergegangen',
);
const infoKs2022 = source(
  'Info-ks.net (citing Radio Free Europe/Radio Liberty)',
  'RSE: U misiji KFOR na Kosovu najviše vojnika iz Italije i SAD',
  'https://www.info-ks.net/vijesti/kosovo/143585/rse-u-misiji-kfor-na-kosovu-najvise-vojnika-iz-italije-i-sad',
);
const euronewsMay2023 = source(
  'Euronews',
  'Kosovo tensions may lead to “huge explosion” in Europe, says Russian FM Lavrov',
  'https://www.euronews.com/2023/05/29/kosovo-tensions-may-lead-to-huge-explosion-in-europe-says-russian-fm-lavrov',
);
const irishTimesKfor2010 = source(
  'The Irish Times',
  'Nato to cut Kosovo force to 10,000',
  'https://www.irishtimes.com/news/nato-to-cut-kosovo-force-to-10-000-1.841789',
  '2026-12',
);
const natoKforEvolution = source(
  'NATO',
  'Kosovo Force (KFOR): How did it evolve?',
  'https://www.nato.int/issues/kfor/evolution.html',
  '2026-12',
);
const n1KforRejects = source(
  'N1',
  'KFOR rejects Belgrade’s request for return of Serbian military to Kosovo',
  'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
  '2026-12',
);
const natoWatch2023 = source(
  'NATO Watch',
  'NATO reinforces KFOR in Kosovo',
  'https://natowatch.org/newsbriefs/2023/nato-reinforces-kfor-kosovo',
);
const stripes2023 = source(
  'Stars and Stripes',
  'US urges Serbia to pull back troops from border with Kosovo',
  'https://www.stripes.com/theaters/europe/2023-09-30/us-serbia-troops-border-kosovo-11549884.html',
);
const dbwv2024 = source(
  'Deutscher BundeswehrVerband (dpa)',
  'Kabinett stimmt Verlängerung des Kosovo-Einsatzes der Bundeswehr zu',
  'https://www.dbwv.de/ticker-zurueck-zur-startseite/kabinett-stimmt-verlaengerung-des-kosovo-einsatzes-der-bundeswehr-zu',
);
const rks4700 = source(
  'RKS News',
  'KFOR: around 4,700 troops in Kosovo ready to confront any potential threats',
  'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats',
);
const aa2025 = source(
  'Anadolu Agency',
  'NATO rotates reserve troops in Kosovo as KFOR maintains security presence',
  'https://www.aa.com.tr/en/europe/nato-rotates-reserve-troops-in-kosovo-as-kfor-maintains-security-presence/3525536',
);
const rksThirdResponder = source(
  'RKS News',
  'KFOR: we are ready to take all measures regardless of where the danger comes from',
  'https://rks.news/kfor-we-are-ready-to-take-all-measures-regardless-of-where-the-danger-comes-from',
);
const eurozpravy2018 = source(
  'EuroZprávy.cz',
  'Kosovo navzdory varování schválilo vznik armády',
  'https://eurozpravy.cz/zahranicni/evropa/243145-kosovo-navzdory-varovani-schvalilo-vznik-armady-hrozi-valka/',
);

// Bundeswehr
const bundestag2021 = source(
  'Deutscher Bundestag',
  'Bundeswehreinsatz in Kosovo (KFOR)',
  'https://www.bundestag.de/dokumente/textarchiv/2021/kw25-de-bundeswehr-kfor-846970',
);
const stz2025 = source(
  'Stuttgarter Zeitung',
  'Nato-Mission KFOR: Bundestag verlängert Kosovo-Einsatz der Bundeswehr',
  'https://www.stuttgarter-zeitung.de/inhalt.nato-mission-kfor-bundestag-verlaengert-kosovo-einsatz-der-bundeswehr.286eeb0b-2305-4437-8e11-b675ff68e9ff.html',
);
const bmvgCompany = source(
  'Federal Ministry of Defence (Germany)',
  'Deutschland kompensiert ab April 2024 österreichische Kompanie',
  'https://www.bmvg.de/de/presse/deutschland-kompensiert-ab-april-2024-oesterreichische-kompanie-5687022',
);
const bundestagArchive2009 = source(
  'Deutscher Bundestag',
  'Auslandseinsätze der Bundeswehr: KFOR',
  'https://webarchiv.bundestag.de/archive/2009/0729/ausschuesse/a12/auslandseinsaetze/auslandseinsaetze/kfor.html',
);
const zeit2011 = source(
  'Zeit Online (dpa)',
  'Kosovo-Einsatz der Bundeswehr soll verlängert werden',
  'https://www.zeit.de/news-052011/4/iptc-hfk-20110504-68-30163256xml',
);
const augen2016 = source(
  'Augen geradeaus!',
  'Bundeswehr-Präsenz im Kosovo bleibt, formale Höchstzahl wird gesenkt',
  'https://augengeradeaus.net/2016/06/bundeswehr-praesenz-im-kosovo-bleibt-formale-hoechstzahl-wird-gesenkt/',
);
const augen2017 = source(
  'Augen geradeaus!',
  'Kosovo: Bundeswehr soll mit bis zu 800 Soldaten bleiben',
  'https://augengeradeaus.net/2017/05/kosovo-bundeswehr-soll-mit-bis-zu-800-soldaten-bleiben/',
);
const epd2022 = source(
  'evangelisch.de (epd)',
  'Kabinett bringt Verlängerung des Kosovo-Einsatzes auf den Weg',
  'https://www.evangelisch.de/inhalte/201528/25-05-2022/kabinett-bringt-verlaengerung-des-kosovo-einsatzes-auf-den-weg',
);
const stn2023 = source(
  'Stuttgarter Nachrichten',
  'Auslandseinsatz Kosovo: Einsatz der Bundeswehr – kein Ende in Sicht',
  'https://www.stuttgarter-nachrichten.de/inhalt.auslandseinsatz-kosovo-einsatz-der-bundeswehr-kein-ende-in-sicht.d579031a-1a88-474c-b88f-78fbb64a01f8.html',
);
const augen2024 = source(
  'Augen geradeaus!',
  'Kosovo nach 25 Jahren: der längste Auslandseinsatz der Bundeswehr',
  'https://augengeradeaus.net/2024/06/kosovo-nach-25-jahren-der-laengste-auslandseinsatz-der-bundeswehr/',
);
const br2024 = source(
  'Bayerischer Rundfunk',
  'Pistorius im Kosovo: Verlegung von Soldaten im Zeitplan',
  'https://www.br.de/nachrichten/meldung/pistorius-im-kosovo-verlegung-von-soldaten-im-zeitplan,3006353be',
);
const dlfWadephulKosovo = source(
  'Deutschlandfunk',
  'Bundesaußenminister Wadephul unterstreicht Bedeutung des Bundeswehr-Einsatzes im Kosovo',
  'https://www.deutschlandfunk.de/bundesaussenminister-wadephul-unterstreicht-bedeutung-des-bundeswehr-einsatzes-im-kosovo-102.html',
);

// Serbian army posture

// UN, EU and the dialogue
const unSc6686 = source(
  'United Nations',
  'Security Council authorizes international civil, security presence in Kosovo (SC/6686)',
  'https://press.un.org/en/1999/19990610.SC6686.html',
);
const tportal2010 = source(
  'tportal.hr',
  'UN General Assembly adopts Kosovo resolution by consensus',
  'https://www.tportal.hr/vijesti/clanak/un-general-assembly-adopts-kosovo-resolution-by-consensus-20100910',
);
const mia2020 = source(
  'MIA – Macedonian Information Agency',
  'Lajčák appointed EU Special Representative for Serbia-Kosovo dialogue',
  'https://mia.mk/lajcak-appointed-eu-special-representative-for-serbia-kosovo-dialogue/?lang=en',
);
const rksSorensen = source(
  'RKS News',
  'EU: It is Sørensen’s responsibility to facilitate the continuation of dialogue, he will have an initial mandate of 13 months',
  'https://rks.news/eu-it-is-sorensens-responsibility-to-facilitate-the-continuation-of-dialogue-he-will-have-an-initial-mandate-of-13-months',
);
const vijestiSorensen = source(
  'Vijesti',
  'The EU Council appointed Peter Sorensen as Special Representative for the Belgrade-Pristina Dialogue',
  'https://en.vijesti.me/world-a/balkan/742685/The-EU-Council-appointed-Peter-Sorensen-as-Special-Representative-for-the-Belgrade-Pristina-Dialogue.',
);
const ewbOhridCouncil = source(
  'European Western Balkans',
  'European Council welcomes the agreement between Belgrade and Pristina reached in Ohrid',
  'https://europeanwesternbalkans.com/2023/03/24/european-council-welcomes-the-agreement-between-belgrade-and-pristina-reached-in-ohrid/',
);
const ndryshe2025 = source('Ndryshe', 'EU begins lifting measures against Kosovo', 'https://www.ndryshe.info/?p=1479');
const kosovoOnlineEuro = source(
  'Kosovo Online',
  'Central Bank: from February 1, euro will be the only currency in Kosovo for cash transactions',
  'https://www.kosovo-online.com/en/news/business/central-bank-february-1-euro-will-be-only-currency-kosovo-cash-transactions-17-1-2024',
);
const kohaAsmStatute = source(
  'Koha',
  'The EU’s draft statute for the Association is unlikely to be annulled',
  'https://www.koha.net/en/arberi/draftstatuti-i-be-se-per-asociacionin-nuk-ka-gjasa-te-anulohet',
);

export const organizations: readonly OrganizationEntity[] = [
  // -------------------------------------------------------------------------------------------------
  // KFOR
  {
    id: entityId('kfor'),
    type: 'organization',
    kind: 'mission',
    name: 'KFOR',
    names: [
      { text: 'KFOR', lang: 'en', form: 'abbreviation' },
      { text: 'Kosovo Force', lang: 'en', form: 'official' },
      { text: 'NATO-KFOR', lang: 'en', form: 'common' },
      { text: 'NATO mission in Kosovo', lang: 'en', form: 'common' },
      { text: 'Operation Joint Guardian', lang: 'en', form: 'historic' },
      { text: 'Operation Joint Enterprise', lang: 'en', form: 'official' },
      { text: 'Kfor', lang: 'sr-Latn', form: 'common' },
      { text: 'Кфор', lang: 'sr-Cyrl', form: 'common' },
      { text: 'КФОР', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Kosovo-Truppe', lang: 'de', form: 'common' },
    ],
    summary:
      'NATO-led peace-support force deployed in Kosovo since June 1999 under UN Security Council Resolution 1244.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'KFOR’s mandate rests on UN Security Council Resolution 1244 of 10 June 1999, adopted under Chapter VII of the UN Charter, and on the Military-Technical Agreement that NATO signed with the Yugoslav and Serbian governments in Kumanovo on 9 June 1999.',
        asOf: '1999-06-10',
        sources: [natoKosovo, unSc6686],
      },
      {
        text: 'The first KFOR troops crossed into Kosovo on 12 June 1999, after NATO’s 78-day air campaign; some reference works give 11 June instead.',
        asOf: '1999-06-12',
        sources: [natoKosovo, wikiKfor],
        timeline: true,
      },
      {
        text: 'Its original tasks were to deter renewed fighting, establish a secure environment, demilitarise the Kosovo Liberation Army and support humanitarian work and the UN civil administration.',
        asOf: '1999-06',
        sources: [natoKosovo],
      },
      {
        text: 'KFOR describes itself today as the third security responder in Kosovo, acting after the Kosovo Police and the EU’s EULEX mission.',
        asOf: '2025',
        sources: [rksThirdResponder],
      },
      {
        text: 'A day after clashes in Zvečan on 29 May 2023 in which, by NATO’s count, 30 KFOR soldiers were injured (other counts differ), NATO announced it would send about 700 troops of its Western Balkans Operational Reserve Force and put another battalion on higher readiness.',
        asOf: '2023-05-30',
        sources: [dennewsOrf, kosovoOnlineOrf, euronewsMay2023],
        timeline: true,
      },
      {
        text: 'After the Banjska attack of 24 September 2023 the North Atlantic Council approved further reinforcements (reports date the decision to 28 or 29 September). About 200 British soldiers arrived on 6 October 2023 to join some 400 UK troops already in Kosovo, and Romania added about 100.',
        asOf: '2023-10-06',
        sources: [natoWatch2023, stripes2023],
        timeline: true,
      },
      {
        text: 'KFOR later called its 2023 build-up the largest reinforcement in a decade, with up to 1,000 additional troops.',
        asOf: '2025',
        sources: [rks4700],
      },
      {
        text: 'Italian Major General Enrico Barduani took command of KFOR on 11 October 2024 at Camp Film City in Pristina, succeeding Major General Özkan Ulutaş of Türkiye.',
        asOf: '2024-10-11',
        sources: [kosovapressBarduani, wikiKfor],
        timeline: true,
      },
      {
        text: 'Türkiye’s Major General Özkan Ulutaş, who had led KFOR in 2023–24, took command again on 3 October 2025, succeeding Barduani. Commanders usually rotate about once a year.',
        asOf: '2025-10-03',
        sources: [
          source(
            'Türkiye Today',
            'Türkiye assumes NATO command in Kosovo for second time since 1999',
            'https://www.turkiyetoday.com/region/turkiye-assumes-nato-command-in-kosovo-for-second-time-since-1999-3207926',
            '2026-12',
          ),
        ],
        timeline: true,
      },
      {
        text: 'In August 2022 Italy (638 soldiers) and the United States (635) had the largest contingents, out of 3,735 troops from 27 countries.',
        asOf: '2022-08',
        sources: [infoKs2022],
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'strength',
        label: 'KFOR troop strength',
        measure: 'troops',
        unit: 'troops',
        changes: true,
        points: [
          {
            date: '1999-06',
            value: 50000,
            qualifier: 'about',
            note: 'initial deployment; the peak is disputed, see below',
            sources: [polishMod],
          },
          {
            date: '2009-09',
            value: 14000,
            qualifier: 'about',
            note: 'just under 14,000 when Germany took command',
            sources: [euronews2009],
          },
          {
            date: '2010-01',
            value: 10000,
            qualifier: 'about',
            note: 'after the first reduction step',
            sources: [irishTimesKfor2010, wikiKfor],
          },
          {
            date: '2013-02',
            value: 6000,
            qualifier: 'fewer-than',
            note: 'just under 6,000 (official JFC Naples page)',
            sources: [jfcKfor2013],
          },
          { date: '2017-05', value: 4400, qualifier: 'about', sources: [augen2017] },
          {
            date: '2022-08',
            value: 3735,
            qualifier: 'exactly',
            note: 'after Ukraine withdrew its contingent',
            sources: [infoKs2022],
          },
          {
            date: '2023-05',
            value: 3800,
            qualifier: 'about',
            note: 'before the 2023 reinforcement',
            sources: [euronewsMay2023],
          },
          {
            date: '2023-10',
            value: 4500,
            qualifier: 'more-than',
            note: 'after the reinforcement that followed Banjska',
            sources: [natoWatch2023],
          },
          { date: '2024-05', value: 4800, qualifier: 'about', sources: [dbwv2024] },
          {
            date: '2025',
            value: 4700,
            qualifier: 'about',
            note: 'KFOR statement; Anadolu reported “more than 4,500” the same year',
            sources: [rks4700, aa2025],
          },
        ],
      },
      {
        kind: 'series',
        id: 'nations',
        label: 'Countries contributing troops to KFOR',
        measure: 'nations',
        unit: 'countries',
        changes: true,
        points: [
          { date: '2009-09', value: 33, qualifier: 'exactly', sources: [waz2009] },
          { date: '2013-02', value: 29, qualifier: 'exactly', sources: [jfcKfor2013] },
          { date: '2022-08', value: 27, qualifier: 'exactly', sources: [infoKs2022] },
          { date: '2023-10', value: 27, qualifier: 'exactly', sources: [natoWatch2023] },
          { date: '2024-05', value: 28, qualifier: 'exactly', sources: [dbwv2024] },
          {
            date: '2025',
            value: 29,
            qualifier: 'exactly',
            note: 'counts of partner nations vary by source',
            sources: [rks4700],
          },
        ],
      },
      {
        kind: 'disputed',
        id: 'peak-strength',
        label: 'KFOR strength in 1999',
        measure: 'troops',
        unit: 'troops',
        why: 'The figures count different things: troops first sent in June 1999, the force at its largest, and whether support units based in North Macedonia, Albania and Greece are included. No dated official NATO total for the peak was found.',
        claims: [
          {
            claimant: 'Polish Ministry of National Defence',
            date: '1999',
            value: 50000,
            qualifier: 'about',
            note: 'strength at the launch of the mission, from about 30 countries',
            sources: [polishMod],
          },
          {
            claimant: 'NATO',
            claimantId: entityId('nato'),
            date: '1999-06',
            value: 50000,
            qualifier: 'about',
            note: 'initial strength, from NATO member, partner and non-NATO countries',
            sources: [natoKforEvolution],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('nato'), kind: 'part-of', note: 'NATO-led operation' },
      { to: entityId('kosovo'), kind: 'deployed-in' },
      { to: entityId('unscr-1244'), kind: 'related', note: 'Mandate' },
      { to: entityId('kumanovo-agreement'), kind: 'related', note: 'Military-Technical Agreement of 9 June 1999' },
      { to: entityId('ozkan-ulutas'), kind: 'related', note: 'Commander since 3 October 2025 (also 2023–24)' },
      { to: entityId('enrico-barduani'), kind: 'related', note: 'Commander from 11 October 2024 to 3 October 2025' },
      { to: entityId('zvecan-clashes-2023'), kind: 'related' },
      { to: entityId('banjska-attack'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_Force',
  },

  // -------------------------------------------------------------------------------------------------
  // Bundeswehr (German armed forces) — Balkan-relevant facts only
  {
    id: entityId('bundeswehr'),
    wikidata: 'Q56010',
    type: 'organization',
    kind: 'armed-forces',
    name: 'Bundeswehr',
    names: [
      { text: 'Bundeswehr', lang: 'de', form: 'official' },
      { text: 'German armed forces', lang: 'en', form: 'common' },
      { text: 'German KFOR contingent', lang: 'en', form: 'common' },
      { text: 'Deutsches Einsatzkontingent KFOR', lang: 'de', form: 'official' },
      { text: 'Bundesver', lang: 'sr-Latn', form: 'common' },
    ],
    summary:
      'Germany’s armed forces; they have served in KFOR since June 1999, their longest-running deployment abroad.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'The Bundestag first approved German participation in KFOR on 11 June 1999, and German troops entered Kosovo the next day.',
        asOf: '1999-06-11',
        sources: [bundestag2021],
        timeline: true,
      },
      {
        text: 'KFOR is the Bundeswehr’s longest-running deployment abroad; the government renews the mandate in parliament every year.',
        asOf: '2024-05-29',
        sources: [dbwv2024, bundestag2021],
      },
      {
        text: 'When the Bundestag renewed the mandate on 28 June 2019 it halved the ceiling from 800 to 400 soldiers, and the ceiling was still 400 when the mandate came up for renewal in May 2021.',
        asOf: '2021-05-21',
        sources: [bundestag2021],
      },
      {
        text: 'From April 2024, for one year, Germany sent a company of about 90 soldiers trained for crowd and riot control plus about 65 support staff to replace an Austrian company in KFOR’s Regional Command West; the defence ministry said the decision had been taken independently of the Banjska attack.',
        asOf: '2024-04',
        sources: [bmvgCompany, br2024],
      },
      {
        text: 'In June 2025 the Bundestag extended the KFOR mandate by 391 votes to 189, with 2 abstentions, keeping the ceiling at 400 soldiers.',
        asOf: '2025-06',
        sources: [stz2025],
        timeline: true,
      },
      {
        text: 'About 350 German soldiers were stationed in Kosovo when Foreign Minister Johann Wadephul visited them in November 2025.',
        asOf: '2025-11-18',
        sources: [dlfWadephulKosovo],
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'kfor-contingent',
        label: 'German soldiers deployed in KFOR',
        measure: 'troops',
        unit: 'soldiers',
        changes: true,
        points: [
          {
            date: '1999-06',
            value: 6000,
            qualifier: 'about',
            note: 'initial national contribution',
            sources: [polishMod],
          },
          {
            date: '2009-09',
            value: 2350,
            qualifier: 'about',
            note: 'then the largest KFOR contingent',
            sources: [euronews2009],
          },
          { date: '2016-06', value: 800, qualifier: 'fewer-than', note: 'just under 800', sources: [augen2016] },
          { date: '2017-05', value: 550, qualifier: 'about', sources: [augen2017] },
          { date: '2022-05', value: 70, qualifier: 'about', sources: [epd2022] },
          { date: '2023-05', value: 70, qualifier: 'about', sources: [stn2023] },
          {
            date: '2024-05',
            value: 290,
            qualifier: 'about',
            note: 'including the extra company sent in April 2024',
            sources: [dbwv2024, augen2024],
          },
          { date: '2025-11', value: 350, qualifier: 'about', sources: [dlfWadephulKosovo] },
        ],
      },
      {
        kind: 'series',
        id: 'kfor-mandate-ceiling',
        label: 'Bundestag ceiling for German soldiers in KFOR',
        measure: 'troops',
        unit: 'soldiers',
        changes: true,
        points: [
          { date: '2009-05', value: 3500, qualifier: 'up-to', sources: [bundestagArchive2009] },
          {
            date: '2011-05',
            value: 1850,
            qualifier: 'up-to',
            note: 'cabinet decision to lower the ceiling from 2,500',
            sources: [zeit2011],
          },
          { date: '2016-06', value: 1350, qualifier: 'up-to', note: 'lowered from 1,850', sources: [augen2016] },
          { date: '2017-05', value: 800, qualifier: 'up-to', note: 'lowered from 1,350', sources: [augen2017] },
          { date: '2019-06', value: 400, qualifier: 'up-to', note: 'lowered from 800', sources: [bundestag2021] },
          { date: '2022-05', value: 400, qualifier: 'up-to', sources: [epd2022] },
          { date: '2024-05', value: 400, qualifier: 'up-to', sources: [dbwv2024] },
          { date: '2025-06', value: 400, qualifier: 'up-to', sources: [stz2025] },
        ],
      },
    ],
    relations: [
      { to: entityId('germany'), kind: 'part-of' },
      { to: entityId('kfor'), kind: 'participant', note: 'Troop contributor since 1999' },
      { to: entityId('kosovo'), kind: 'deployed-in', note: 'As part of KFOR' },
      { to: entityId('boris-pistorius'), kind: 'related', note: 'German defence minister since January 2023' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Bundeswehr',
  },

  // -------------------------------------------------------------------------------------------------
  // NATO — Balkan-relevant facts only
  {
    id: entityId('nato'),
    type: 'organization',
    kind: 'alliance',
    name: 'NATO',
    names: [
      { text: 'NATO', lang: 'en', form: 'abbreviation' },
      { text: 'North Atlantic Treaty Organization', lang: 'en', form: 'official' },
      { text: 'North Atlantic Treaty Organisation', lang: 'en', form: 'common' },
      { text: 'North Atlantic Alliance', lang: 'en', form: 'common' },
      { text: 'the Alliance', lang: 'en', form: 'short', needsContext: true },
      { text: 'OTAN', lang: 'other', form: 'abbreviation' },
      { text: 'НАТО', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Severnoatlantski savez', lang: 'sr-Latn', form: 'common' },
      { text: 'Sjevernoatlantski savez', lang: 'bs', form: 'common' },
      { text: 'Aleanca Veri-Atlantike', lang: 'sq', form: 'common' },
      { text: 'Organizata e Traktatit të Atlantikut të Veriut', lang: 'sq', form: 'official' },
    ],
    summary:
      'Transatlantic military alliance of 32 states; it bombed Yugoslavia in 1999 and has led KFOR in Kosovo since.',
    region: 'outside',
    importance: 3,
    facts: [
      {
        text: 'NATO was founded with the North Atlantic Treaty of 4 April 1949 and marked its 75th anniversary in 2024.',
        asOf: '1949-04-04',
        sources: [wikiNato],
      },
      {
        text: 'Sweden joined the alliance on 7 March 2024, becoming its 32nd member.',
        asOf: '2024-03-07',
        sources: [
          source(
            'Difesa Online',
            'NATO now has 32 countries',
            'https://en.difesaonline.it/evidenza/eventi/la-nato-conta-ora-32-paesi',
          ),
          source(
            'B92',
            'Stoltenberg: It’s official – Sweden is now the 32nd member of NATO',
            'https://www.b92.net/eng/news/world.php?yyyy=2024&mm=03&dd=07&nav_id=117736',
          ),
        ],
        timeline: true,
      },
      {
        text: 'From 24 March to 10 June 1999 NATO bombed the Federal Republic of Yugoslavia in Operation Allied Force without authorisation from the UN Security Council; the alliance said it acted to stop a humanitarian catastrophe in Kosovo.',
        asOf: '1999-03-24',
        sources: [natoKosovo, wikiNatoBombing],
        timeline: true,
      },
      {
        text: 'Twenty-eight of the 32 allies recognise Kosovo; Spain, Slovakia, Romania and Greece do not.',
        asOf: '2025',
        sources: [wikiRecognition],
      },
      {
        text: 'Albania and Croatia joined NATO on 1 April 2009, Montenegro in 2017 and North Macedonia on 27 March 2020 as the 30th member. Serbia follows a policy of military neutrality, and Bosnia and Herzegovina and Kosovo are not members.',
        asOf: '2020-03-27',
        sources: [
          source('NATO', 'NATO’s relations with Albania', 'https://www.nato.int/cps/ic/natohq/topics_48891.htm'),
          source(
            'Netpress',
            'Macedonia to officially join NATO on Friday',
            'https://en.netpress.com.mk/2020/03/27/macedonia-officially-join-nato-friday/',
          ),
          wikiNato,
        ],
      },
      {
        text: 'When Kosovo’s Assembly voted in December 2018 to turn the Kosovo Security Force into an army, NATO called the move ill-timed.',
        asOf: '2018-12-14',
        sources: [eurozpravy2018, wikiKsf],
      },
    ],
    relations: [
      { to: entityId('kfor'), kind: 'related', note: 'Leads KFOR' },
      { to: entityId('nato-bombing-of-yugoslavia'), kind: 'participant' },
      { to: entityId('kumanovo-agreement'), kind: 'signatory' },
      { to: entityId('north-macedonia-nato-accession'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/NATO',
    wikidata: 'Q7184',
  },

  // -------------------------------------------------------------------------------------------------
  // European Union — Balkan-relevant facts only
  {
    id: entityId('european-union'),
    type: 'organization',
    kind: 'institution',
    name: 'European Union',
    names: [
      { text: 'European Union', lang: 'en', form: 'official' },
      { text: 'EU', lang: 'en', form: 'abbreviation' },
      { text: 'Europäische Union', lang: 'de', form: 'official' },
      { text: 'Evropska unija', lang: 'sr-Latn', form: 'official' },
      { text: 'Европска унија', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Europska unija', lang: 'hr', form: 'official' },
      { text: 'Bashkimi Evropian', lang: 'sq', form: 'official' },
      { text: 'Bashkimi Europian', lang: 'sq', form: 'common' },
    ],
    summary:
      'Union of 27 European states; it mediates between Belgrade and Pristina and negotiates with Western Balkan applicants.',
    region: 'outside',
    importance: 3,
    facts: [
      {
        text: 'Twenty-two of the EU’s 27 member states recognise Kosovo; Spain, Slovakia, Cyprus, Romania and Greece do not.',
        asOf: '2025',
        sources: [wikiRecognition],
      },
      {
        text: 'Slovenia (2004) and Croatia (2013) are the only former Yugoslav republics in the Union so far.',
        asOf: '2013-07-01',
        sources: [wikiEu],
      },
      {
        text: 'Serbia became a candidate on 1 March 2012 and opened accession talks on 21 January 2014; Bosnia and Herzegovina became a candidate on 15 December 2022, and EU leaders decided on 21 March 2024 to open talks with it. Kosovo applied on 15 December 2022 and is still a potential candidate.',
        asOf: '2024-03-21',
        sources: [
          source(
            'European Commission',
            'Serbia',
            'https://neighbourhood-enlargement.ec.europa.eu/enlargement-policy/serbia_en',
          ),
          source(
            'French Ministry for Europe and Foreign Affairs',
            'Bosnia and Herzegovina – European Council decision to grant candidate country status',
            'https://www.diplomatie.gouv.fr/en/country-files/bosnia-herzegovina/news/article/bosnia-herzegovina-european-council-decision-to-grant-candidate-country-status',
          ),
        ],
      },
      {
        text: 'Montenegro is furthest ahead: after the accession conference of 16 December 2025 it had closed 12 of its 33 negotiating chapters.',
        asOf: '2025-12-16',
        sources: [
          source(
            'European Western Balkans',
            'Kos: Montenegro never closer to the EU, five chapters officially closed',
            'https://europeanwesternbalkans.com/2025/12/16/kos-montenegro-never-closer-to-the-eu-five-chapters-officially-closed/',
          ),
        ],
      },
      {
        text: 'Visa-free travel to the Schengen area for holders of Kosovo passports began on 1 January 2024.',
        asOf: '2024-01-01',
        sources: [
          source(
            'N1',
            'EU ambassadors approve visa liberalization for Kosovo',
            'https://n1info.hr/english/news/eu-ambassadors-approve-visa-liberalization-for-kosovo/',
          ),
        ],
        timeline: true,
      },
      {
        text: 'In June 2023 the EU imposed restrictive “measures” on Kosovo over tensions in the north; the EU’s foreign-policy chief Kaja Kallas announced on 22 May 2025 that they would be lifted gradually and on conditions.',
        asOf: '2025-05-22',
        sources: [ndryshe2025],
      },
    ],
    relations: [
      { to: entityId('eu-facilitated-dialogue'), kind: 'related', note: 'Facilitates the Belgrade–Pristina dialogue' },
      { to: entityId('eulex'), kind: 'related', note: 'Runs the EULEX mission' },
      { to: entityId('eufor-althea'), kind: 'related', note: 'Runs EUFOR Althea in Bosnia and Herzegovina' },
      { to: entityId('european-commission'), kind: 'related' },
      { to: entityId('western-balkans'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/European_Union',
    wikidata: 'Q458',
  },

  // -------------------------------------------------------------------------------------------------
  // EU-facilitated Belgrade–Pristina dialogue
  {
    id: entityId('eu-facilitated-dialogue'),
    type: 'organization',
    kind: 'process',
    name: 'Belgrade–Pristina dialogue',
    names: [
      { text: 'Belgrade–Pristina dialogue', lang: 'en', form: 'common' },
      { text: 'Belgrade-Pristina dialogue', lang: 'en', form: 'common' },
      { text: 'EU-facilitated dialogue', lang: 'en', form: 'official' },
      { text: 'Belgrade–Pristina negotiations', lang: 'en', form: 'common' },
      { text: 'Brussels dialogue', lang: 'en', form: 'common' },
      { text: 'Dialogue', lang: 'en', form: 'short', needsContext: true },
      { text: 'Belgrad-Pristina-Dialog', lang: 'de', form: 'common' },
      { text: 'dijalog Beograda i Prištine', lang: 'sr-Latn', form: 'common' },
      { text: 'дијалог Београда и Приштине', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Briselski dijalog', lang: 'sr-Latn', form: 'common' },
      { text: 'dialogu Kosovë–Serbi', lang: 'sq', form: 'common' },
      { text: 'dialogu Prishtinë–Beograd', lang: 'sq', form: 'common' },
    ],
    summary: 'EU-mediated talks since 2011 to normalise relations between Serbia and Kosovo.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'On 9 September 2010 the UN General Assembly adopted by consensus a resolution drafted by Serbia and the EU that acknowledged the ICJ advisory opinion and welcomed EU facilitation of talks between Belgrade and Pristina.',
        asOf: '2010-09-09',
        sources: [tportal2010],
        timeline: true,
      },
      {
        text: 'The EU-facilitated technical dialogue began in Brussels in March 2011.',
        asOf: '2011-03',
        sources: [wikiBrussels2013],
        timeline: true,
      },
      {
        text: 'On 19 April 2013 Serbian Prime Minister Ivica Dačić and Kosovo Prime Minister Hashim Thaçi concluded the First Agreement of Principles Governing the Normalisation of Relations with EU foreign-policy chief Catherine Ashton; its 15 points include an association of Serb-majority municipalities.',
        asOf: '2013-04-19',
        sources: [wikiBrussels2013],
        timeline: true,
      },
      {
        text: 'Albin Kurti and Aleksandar Vučić accepted the EU’s Agreement on the path to normalisation verbally in Brussels on 27 February 2023 and agreed an implementation annex in Ohrid on 18 March 2023; neither leader signed the texts.',
        asOf: '2023-03-18',
        sources: [wikiOhrid2023, b92Ohrid],
        timeline: true,
      },
      {
        text: 'EU leaders made both 2023 texts part of Serbia’s and Kosovo’s accession paths on 23 March 2023, warning that failure to implement them would have consequences.',
        asOf: '2023-03-23',
        sources: [ewbOhridCouncil],
      },
      {
        text: 'On 2 May 2023 the two sides agreed in Brussels on a declaration on persons missing from the 1998–2000 period.',
        asOf: '2023-05-02',
        sources: [wikiOhrid2023],
      },
    ],
    relations: [
      { to: entityId('european-union'), kind: 'related', note: 'Facilitator' },
      { to: entityId('serbia'), kind: 'participant' },
      { to: entityId('kosovo'), kind: 'participant' },
      { to: entityId('eu-special-representative-for-the-dialogue'), kind: 'related' },
      { to: entityId('brussels-agreement-2013'), kind: 'related' },
      { to: entityId('ohrid-agreement-2023'), kind: 'related' },
      { to: entityId('association-of-serb-majority-municipalities'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Belgrade%E2%80%93Pristina_negotiations',
  },

  // -------------------------------------------------------------------------------------------------
  // EU Special Representative for the Belgrade–Pristina Dialogue
  {
    id: entityId('eu-special-representative-for-the-dialogue'),
    type: 'organization',
    kind: 'institution',
    name: 'EU Special Representative for the Belgrade–Pristina Dialogue',
    names: [
      { text: 'EU Special Representative for the Belgrade–Pristina Dialogue', lang: 'en', form: 'official' },
      { text: 'EU Special Representative for the Belgrade-Pristina Dialogue', lang: 'en', form: 'official' },
      { text: 'EU envoy for the Belgrade–Pristina dialogue', lang: 'en', form: 'common' },
      { text: 'EUSR', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'specijalni predstavnik EU za dijalog Beograda i Prištine', lang: 'sr-Latn', form: 'common' },
      { text: 'Përfaqësuesi i Posaçëm i BE-së për dialogun', lang: 'sq', form: 'common' },
    ],
    summary: 'EU envoy who chairs the day-to-day Belgrade–Pristina dialogue; Peter Sørensen since February 2025.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The post was created with Miroslav Lajčák’s appointment on 3 April 2020; his remit also covered other regional issues in the Western Balkans.',
        asOf: '2020-04-03',
        sources: [
          mia2020,
          source(
            'European Western Balkans',
            'Miroslav Lajčák appointed as EU Special Representative for the Belgrade-Pristina Dialogue and regional issues',
            'https://europeanwesternbalkans.com/2020/04/03/miroslav-lajcak-appointed-as-eu-special-representative-for-the-belgrade-pristina-dialogue-and-regional-issues/',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Lajčák’s term ended on 31 January 2025.',
        asOf: '2025-01-31',
        sources: [rksSorensen],
      },
      {
        text: 'The EU Council appointed the Danish diplomat Peter Sørensen on 27 January 2025; he took up the post on 1 February 2025 with an initial 13-month mandate centred on the 2023 normalisation agreement and its annex.',
        asOf: '2025-02-01',
        sources: [rksSorensen, vijestiSorensen],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('european-union'), kind: 'part-of' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'related' },
      { to: entityId('miroslav-lajcak'), kind: 'related', note: 'Held the post 3 April 2020 – 31 January 2025' },
      { to: entityId('peter-sorensen'), kind: 'related', note: 'Holds the post since 1 February 2025' },
    ],
  },

  // -------------------------------------------------------------------------------------------------
  // EULEX
  {
    id: entityId('eulex'),
    type: 'organization',
    kind: 'mission',
    name: 'EULEX',
    names: [
      { text: 'Rechtsstaatsmission der EU im Kosovo', lang: 'de' },
      { text: 'EU-Rechtsstaatsmission', lang: 'de', needsContext: true },
      { text: 'EULEX', lang: 'en', form: 'abbreviation' },
      { text: 'EULEX Kosovo', lang: 'en', form: 'common' },
      { text: 'European Union Rule of Law Mission in Kosovo', lang: 'en', form: 'official' },
      { text: 'EU rule-of-law mission in Kosovo', lang: 'en', form: 'common' },
      { text: 'Еулекс', lang: 'sr-Cyrl', form: 'abbreviation' },
    ],
    summary: 'EU civilian rule-of-law mission in Kosovo since 2008, now mainly monitoring and advising.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The EU set up EULEX by Council Joint Action 2008/124/CFSP on 4 February 2008; the mission reached full operational capability in April 2009, the largest civilian mission launched under the EU’s security and defence policy.',
        asOf: '2009-04-06',
        sources: [
          source('EULEX', 'EULEX mandate extended for two years', 'https://www.eulex-kosovo.eu/?page=1,10,1945'),
          wikiEulex,
        ],
        timeline: true,
      },
      {
        text: 'A Council decision of June 2025 extended the mandate to 14 June 2027. The mission now monitors, mentors and advises, and keeps only limited executive powers.',
        asOf: '2025-06',
        sources: [wikiEulex],
      },
      {
        text: 'EULEX acts as Kosovo’s second security responder, after the Kosovo Police and before KFOR, and works under the umbrella of UN Security Council Resolution 1244.',
        asOf: '2025',
        sources: [rksThirdResponder],
      },
      {
        text: 'A special investigative task force attached to EULEX concluded in 2014 that there were grounds to prosecute former Kosovo Liberation Army members, which led to the creation of the Kosovo Specialist Chambers.',
        asOf: '2014',
        sources: [wikiKsc],
      },
      {
        text: 'The Head of Mission is Giovanni Pietro Barbano.',
        asOf: '2025',
        sources: [wikiEulex],
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'staff',
        label: 'EULEX staff',
        measure: 'members',
        unit: 'staff',
        changes: true,
        points: [
          {
            date: '2014',
            value: 2100,
            qualifier: 'about',
            note: 'about 1,100 international and 1,000 local staff',
            sources: [source('EULEX', 'EULEX staff', 'https://www.eulex-kosovo.eu/?page=2,11,2014')],
          },
          { date: '2025', value: 396, qualifier: 'up-to', note: 'authorised mission members', sources: [wikiEulex] },
        ],
      },
    ],
    relations: [
      { to: entityId('european-union'), kind: 'part-of' },
      { to: entityId('kosovo'), kind: 'deployed-in' },
      { to: entityId('kosovo-specialist-chambers'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/European_Union_Rule_of_Law_Mission_in_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // UNMIK
  {
    id: entityId('unmik'),
    type: 'organization',
    kind: 'mission',
    name: 'UNMIK',
    names: [
      { text: 'Interimsverwaltungsmission der Vereinten Nationen im Kosovo', lang: 'de' },
      { text: 'UN-Zivilverwaltung', lang: 'de', needsContext: true },
      { text: 'UNMIK', lang: 'en', form: 'abbreviation' },
      { text: 'United Nations Interim Administration Mission in Kosovo', lang: 'en', form: 'official' },
      { text: 'UN mission in Kosovo', lang: 'en', form: 'common' },
      { text: 'MINUK', lang: 'other', form: 'abbreviation' },
      { text: 'Унмик', lang: 'sr-Cyrl', form: 'abbreviation' },
    ],
    summary: 'UN civilian mission in Kosovo created by Security Council Resolution 1244 in June 1999.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Resolution 1244 created UNMIK on 10 June 1999 as the international civil presence in Kosovo, alongside a NATO-led security force.',
        asOf: '1999-06-10',
        sources: [unSc6686],
        timeline: true,
      },
      {
        text: 'UNMIK administered Kosovo until the declaration of independence in 2008, after which its role was reduced.',
        asOf: '2008',
        sources: [wikiUnmik],
      },
      {
        text: 'Its heads have included Bernard Kouchner (1999–2001), Joachim Rücker (2006–2008), Lamberto Zannier (2008–2011) and Zahir Tanin (2015–2021).',
        asOf: '2021',
        sources: [wikiSrsgKosovo],
      },
      {
        text: 'On 10 November 2025 the UN Secretary-General appointed Peter N. Due of Denmark as his Special Representative and head of UNMIK, succeeding Caroline Ziadeh of Lebanon.',
        asOf: '2025-11-10',
        sources: [
          source(
            'United Nations',
            'Secretary-General appoints Peter N. Due of Denmark Special Representative for Kosovo (SG/A/2375)',
            'https://press.un.org/en/2025/sga2375.doc.htm',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('united-nations'), kind: 'part-of' },
      { to: entityId('kosovo'), kind: 'deployed-in' },
      { to: entityId('unscr-1244'), kind: 'related', note: 'Mandate' },
      { to: entityId('osce-mission-in-kosovo'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_Nations_Interim_Administration_Mission_in_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // OSCE Mission in Kosovo
  {
    id: entityId('osce-mission-in-kosovo'),
    type: 'organization',
    kind: 'mission',
    name: 'OSCE Mission in Kosovo',
    names: [
      { text: 'OSCE Mission in Kosovo', lang: 'en', form: 'official' },
      { text: 'OMiK', lang: 'en', form: 'abbreviation' },
      { text: 'Misija OEBS na Kosovu', lang: 'sr-Latn', form: 'common' },
      { text: 'Мисија ОЕБС на Косову', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Misioni i OSBE-së në Kosovë', lang: 'sq', form: 'common' },
    ],
    summary:
      'OSCE field operation in Kosovo since July 1999, working on institution-building, elections and human rights.',
    region: 'balkans',
    importance: 1,
    facts: [
      {
        text: 'The OSCE Permanent Council set up the mission on 1 July 1999 (Decision No. 305) as a distinct component of UNMIK, in charge of institution-building, democratisation and human rights.',
        asOf: '1999-07-01',
        sources: [
          source('ReliefWeb', 'OSCE Mission in Kosovo', 'https://reliefweb.int/report/serbia/osce-mission-kosovo'),
        ],
        timeline: true,
      },
      {
        text: 'It opened the Kosovo police school in Vushtrri/Vučitrn on 6 September 1999 with a first class of 176 cadets.',
        asOf: '1999-09-06',
        sources: [source('Kosovo Police', 'History', 'https://www.kosovopolice.com/en/history')],
      },
      {
        text: 'Its forerunner, the OSCE Kosovo Verification Mission deployed in October 1998, was withdrawn on 20 March 1999, four days before NATO’s air campaign began.',
        asOf: '1999-03-20',
        sources: [
          source('OSCE', 'Kosovo Verification Mission (closed)', 'https://www.osce.org/node/44552'),
          source(
            'Human Rights Watch',
            'Under Orders: War Crimes in Kosovo',
            'https://www.hrw.org/legacy/reports/2001/kosovo/undword-03.htm',
          ),
        ],
      },
    ],
    relations: [
      { to: entityId('osce'), kind: 'part-of' },
      { to: entityId('kosovo'), kind: 'deployed-in' },
      { to: entityId('unmik'), kind: 'related', note: 'Originally a component of UNMIK' },
      { to: entityId('kosovo-police'), kind: 'related', note: 'Trained its first officers' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/OSCE_Mission_in_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // OSCE
  {
    id: entityId('osce'),
    type: 'organization',
    kind: 'institution',
    name: 'OSCE',
    names: [
      { text: 'OSCE', lang: 'en', form: 'abbreviation' },
      { text: 'Organization for Security and Co-operation in Europe', lang: 'en', form: 'official' },
      { text: 'OSZE', lang: 'de', form: 'abbreviation' },
      { text: 'Organisation für Sicherheit und Zusammenarbeit in Europa', lang: 'de', form: 'official' },
      { text: 'OEBS', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'ОЕБС', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Organizacija za evropsku bezbednost i saradnju', lang: 'sr-Latn', form: 'official' },
      { text: 'OSBE', lang: 'sq', form: 'abbreviation' },
      { text: 'Organizata për Siguri dhe Bashkëpunim në Evropë', lang: 'sq', form: 'official' },
    ],
    summary:
      'Regional security organisation of 57 states; it runs field missions and observes elections in the Balkans.',
    region: 'outside',
    importance: 1,
    facts: [
      {
        text: 'The OSCE grew out of the Conference on Security and Co-operation in Europe and its 1975 Helsinki Final Act, took its current name in 1995 and has 57 participating states.',
        asOf: '1995-01-01',
        sources: [wikiOsce],
      },
      {
        text: 'Its Kosovo Verification Mission monitored a ceasefire from October 1998 until it was pulled out on 20 March 1999.',
        asOf: '1999-03-20',
        sources: [source('OSCE', 'Kosovo Verification Mission (closed)', 'https://www.osce.org/node/44552')],
        timeline: true,
      },
      {
        text: 'The OSCE established its Mission in Kosovo on 1 July 1999.',
        asOf: '1999-07-01',
        sources: [
          source('ReliefWeb', 'OSCE Mission in Kosovo', 'https://reliefweb.int/report/serbia/osce-mission-kosovo'),
        ],
      },
    ],
    relations: [{ to: entityId('osce-mission-in-kosovo'), kind: 'related' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Organization_for_Security_and_Co-operation_in_Europe',
  },

  // -------------------------------------------------------------------------------------------------
  // Kosovo Police
  {
    id: entityId('kosovo-police'),
    type: 'organization',
    kind: 'police',
    name: 'Kosovo Police',
    names: [
      { text: 'Kosovo Police', lang: 'en', form: 'official' },
      { text: 'Policia e Kosovës', lang: 'sq', form: 'official' },
      { text: 'Kosovska policija', lang: 'sr-Latn', form: 'common' },
      { text: 'Косовска полиција', lang: 'sr-Cyrl', form: 'common' },
      { text: 'kosovarische Polizei', lang: 'de', form: 'common' },
      { text: 'Kosovo Police Service', lang: 'en', form: 'historic' },
      { text: 'ROSU', lang: 'en', form: 'abbreviation' },
    ],
    summary: 'Kosovo’s police force, set up under UN administration in 1999; first responder for security in Kosovo.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'The force was founded in 1999 under UNMIK as the Kosovo Police Service; its OSCE-run school took in the first 176 cadets on 6 September 1999.',
        asOf: '1999-09-06',
        sources: [source('Kosovo Police', 'History', 'https://www.kosovopolice.com/en/history')],
        timeline: true,
      },
      {
        text: 'After the 2008 declaration of independence it became an agency of Kosovo’s government. It had nearly 7,000 officers by 2004 and about 9,000 staff by 2010, then about 85% Albanian and 15% Serb and other minorities.',
        asOf: '2010',
        sources: [wikiKosovoPolice],
      },
      {
        text: 'It is the first security responder in Kosovo, ahead of EULEX and KFOR. Its special unit ROSU (Regional Operational Support Unit) is often sent to the Serb-majority north.',
        asOf: '2025',
        sources: [rksThirdResponder, wikiKosovoPolice],
      },
      {
        text: 'In early November 2022, during the licence-plate dispute, Serb officers in the north resigned en masse; Kosovo Police counted 578 resignations by 7 November.',
        asOf: '2022-11-07',
        sources: [
          source(
            'EUobserver',
            'Hundreds more Kosovo-Serb police resign',
            'https://euobserver.com/eu-and-the-world/arb7351e1f',
          ),
          source(
            'Euronews',
            'Serb MPs and police resign en masse in Kosovo amid licence plate spat',
            'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Police sergeant Afrim Bunjaku was killed in the Banjska attack on 24 September 2023; the next day President Osmani awarded him the Hero of Kosovo order posthumously.',
        asOf: '2023-09-25',
        sources: [
          wikiBanjskaAttack,
          source(
            'CNA',
            'Afrim Bunjaku declared Hero of Kosovo',
            'https://cna.al/english/kosova-bota/afrim-bunjaku-shpallet-hero-i-kosoves-i375168',
          ),
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'part-of' },
      { to: entityId('banjska-attack'), kind: 'related' },
      { to: entityId('licence-plate-dispute'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_Police',
  },

  // -------------------------------------------------------------------------------------------------
  // Kosovo Security Force
  {
    id: entityId('kosovo-security-force'),
    type: 'organization',
    kind: 'armed-forces',
    name: 'Kosovo Security Force',
    names: [
      { text: 'Sicherheitskräfte des Kosovo', lang: 'de' },
      { text: 'KSF', lang: 'de', needsContext: true },
      { text: 'Kosovo Security Force', lang: 'en', form: 'official' },
      { text: 'KSF', lang: 'en', form: 'abbreviation' },
      { text: 'Forca e Sigurisë së Kosovës', lang: 'sq', form: 'official' },
      { text: 'FSK', lang: 'sq', form: 'abbreviation' },
      { text: 'Kosovske bezbednosne snage', lang: 'sr-Latn', form: 'common' },
      { text: 'Косовске безбедносне снаге', lang: 'sr-Cyrl', form: 'common' },
      { text: 'KBS', lang: 'sr-Latn', form: 'abbreviation', needsContext: true },
      { text: 'Kosovo army', lang: 'en', form: 'common' },
      { text: 'Kosovo Armed Forces', lang: 'en', form: 'common' },
      { text: 'Ushtria e Kosovës', lang: 'sq', form: 'common' },
    ],
    summary:
      'Kosovo’s armed force, founded in 2009 as a lightly armed crisis-response body and being turned into an army.',
    region: 'balkans',
    importance: 2,
    terms: [
      {
        usedBy: 'Kosovo’s government and the 2018 laws',
        term: 'Kosovo Security Force, in transition to the Kosovo Armed Forces',
        forms: ['Kosovo Armed Forces', 'Forcat e Armatosura të Kosovës'],
      },
      {
        usedBy: 'Serbian officials and media',
        term: '“so-called Kosovo army” (tzv. vojska Kosova)',
        note: 'Serbia rejects the force’s transformation',
        forms: ['so-called Kosovo army', 'tzv. vojsk~ Kosov~', 'takozvan~ vojsk~ Kosov~', 'tzv. KBS'],
      },
    ],
    neutral: 'Kosovo Security Force',
    facts: [
      {
        text: 'The KSF was founded on 21 January 2009, under NATO guidance, as a lightly armed force for crisis response, explosive ordnance disposal and civil protection; it replaced the Kosovo Protection Corps.',
        asOf: '2009-01-21',
        sources: [wikiKsf],
        timeline: true,
      },
      {
        text: 'On 14 December 2018 Kosovo’s Assembly passed laws to turn the KSF into an army with a planned 5,000 active and 3,000 reserve members and a defence ministry. Reports put the vote at 105 or 107 of the 120 members; Serb deputies stayed away. Serbia protested and NATO called the step ill-timed.',
        asOf: '2018-12-14',
        sources: [eurozpravy2018, wikiKsf],
        timeline: true,
      },
      {
        text: 'The transformation is planned to be complete in 2028; Kosovo’s President is commander-in-chief.',
        asOf: '2024',
        sources: [wikiKsf],
      },
      {
        text: 'In February 2026 Prime Minister Albin Kurti pledged to invest €1 billion in defence over four years.',
        asOf: '2026-02',
        sources: [
          source('Prishtina Insight', 'Kurti’s third government elected', 'https://prishtinainsight.com/?p=33590'),
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'part-of' },
      { to: entityId('nato'), kind: 'related', note: 'Trained and advised by NATO' },
      { to: entityId('assembly-of-kosovo'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_Security_Force',
  },

  // -------------------------------------------------------------------------------------------------
  // Serbian Armed Forces
  {
    id: entityId('serbian-armed-forces'),
    type: 'organization',
    kind: 'armed-forces',
    name: 'Serbian Armed Forces',
    names: [
      { text: 'Serbian Armed Forces', lang: 'en', form: 'official' },
      { text: 'Serbian Army', lang: 'en', form: 'common' },
      { text: 'Vojska Srbije', lang: 'sr-Latn', form: 'official' },
      { text: 'Војска Србије', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Serbische Armee', lang: 'de', form: 'common' },
      { text: 'Ushtria e Serbisë', lang: 'sq', form: 'common' },
    ],
    summary: 'Serbia’s military, a professional force since 2011; its posture near Kosovo is watched closely.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Conscription was suspended from 1 January 2011, making the force fully professional.',
        asOf: '2011-01-01',
        sources: [wikiSerbianArmedForces],
      },
      {
        text: 'In December 2022 Serbia asked KFOR to let up to 1,000 of its soldiers and police return to Kosovo, citing Resolution 1244; President Vučić said on 8 January 2023 that KFOR had turned the request down.',
        asOf: '2023-01-08',
        sources: [n1KforRejects],
        timeline: true,
      },
      {
        text: 'On 29 September 2023 the White House said it was watching an “unprecedented” Serbian deployment of artillery, tanks and mechanised infantry near Kosovo and urged Belgrade to pull back; President Vučić denied reports that troops had been put on full combat alert and promised to reduce their numbers.',
        asOf: '2023-09-29',
        sources: [
          stripes2023,
          source(
            'Bayerischer Rundfunk',
            'Serbischer Präsident verspricht Truppenrückzug von Kosovo-Grenze',
            'https://www.br.de/nachrichten/meldung/serbischer-praesident-verspricht-truppenrueckzug-von-kosovo-grenze,3005e51d7',
          ),
        ],
      },
      {
        text: 'On 2 October 2023 Chief of General Staff Milan Mojsilović said the number of troops near the Kosovo line had been cut from 8,350 back to the “regular” level, adding that 14,000 had been deployed during the crises of December 2022 and May 2023.',
        asOf: '2023-10-02',
        sources: [novaTroops, novaRsTroops],
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'troops-near-kosovo',
        label: 'Serbian troops near the Kosovo line (Serbia’s own figures)',
        measure: 'troops',
        unit: 'troops',
        changes: true,
        points: [
          {
            date: '2022-12',
            value: 14000,
            qualifier: 'about',
            note: 'peak during the December 2022 crisis, as given later by Serbia’s chief of staff',
            sources: [novaTroops],
          },
          {
            date: '2023-09',
            value: 8350,
            qualifier: 'exactly',
            note: 'before the reduction announced after US concern',
            sources: [novaTroops],
          },
        ],
      },
    ],
    relations: [
      { to: entityId('serbia'), kind: 'part-of' },
      { to: entityId('serbian-military-build-up-2023'), kind: 'related' },
      { to: entityId('kfor'), kind: 'related', note: 'KFOR declined Serbia’s request to send troops in January 2023' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Serbian_Armed_Forces',
  },

  // -------------------------------------------------------------------------------------------------
  // Central Bank of Kosovo
  {
    id: entityId('central-bank-of-kosovo'),
    type: 'organization',
    kind: 'institution',
    name: 'Central Bank of Kosovo',
    names: [
      { text: 'Central Bank of Kosovo', lang: 'en', form: 'common' },
      { text: 'Central Bank of the Republic of Kosovo', lang: 'en', form: 'official' },
      { text: 'CBK', lang: 'en', form: 'abbreviation' },
      { text: 'Banka Qendrore e Republikës së Kosovës', lang: 'sq', form: 'official' },
      { text: 'Banka Qendrore e Kosovës', lang: 'sq', form: 'common' },
      { text: 'BQK', lang: 'sq', form: 'abbreviation' },
      { text: 'Centralna banka Kosova', lang: 'sr-Latn', form: 'common' },
      { text: 'Централна банка Косова', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Zentralbank des Kosovo', lang: 'de', form: 'common' },
    ],
    summary:
      'Kosovo’s central bank and financial regulator; its 2024 euro-only cash rule hit dinar payments to Kosovo Serbs.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The bank succeeded the Central Banking Authority of Kosovo, which grew out of a payments authority created under UN administration in 1999; the Assembly passed the law governing it on 27 July 2010.',
        asOf: '2010-07-27',
        sources: [
          source(
            'Central Bank of the Republic of Kosovo',
            'Functions and responsibilities',
            'https://bqk-kos.org/about-cbk/functions-and-responsibilities/?lang=en',
          ),
          wikiCbk,
        ],
      },
      {
        text: 'Kosovo adopted the euro in 2002 without being part of the euro area, so its central bank could not issue banknotes or coins of its own.',
        asOf: '2002',
        sources: [wikiCbk],
      },
      {
        text: 'Its regulation on cash operations, in force from 1 February 2024, made the euro the only currency for cash payments in Kosovo. Other currencies may still be kept in savings or foreign-currency accounts and exchanged at licensed institutions, and only the central bank may bring banknotes into or out of the country.',
        asOf: '2024-02-01',
        sources: [kosovoOnlineEuro],
        timeline: true,
      },
      {
        text: 'Reports differ on when the rule was adopted: Kosovo Online said the bank’s committee approved it on 27 December 2023, while Euronews Albania gave 17 January 2024, the day it was made public.',
        asOf: '2024-01-17',
        sources: [
          kosovoOnlineEuro,
          source(
            'Euronews Albania',
            'Kosovo: euro to become the only currency for cash payments',
            'https://euronews.al/en/?p=65933',
          ),
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'part-of' },
      { to: entityId('dinar-ban-2024'), kind: 'related', note: 'Issued the euro-only cash regulation' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Central_Bank_of_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // Association / Community of Serb-majority Municipalities
  {
    id: entityId('association-of-serb-majority-municipalities'),
    type: 'organization',
    kind: 'institution',
    name: 'Association/Community of Serb-majority Municipalities',
    names: [
      { text: 'Association/Community of Serb-majority Municipalities', lang: 'en', form: 'official' },
      { text: 'Association of Serb-majority Municipalities', lang: 'en', form: 'official' },
      { text: 'Community of Serb-majority Municipalities', lang: 'en', form: 'official' },
      { text: 'Association of Serb Municipalities', lang: 'en', form: 'common' },
      { text: 'Community of Serb Municipalities', lang: 'en', form: 'common' },
      { text: 'ASM', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'CSM', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'Zajednica srpskih opština', lang: 'sr-Latn', form: 'official' },
      { text: 'Заједница српских општина', lang: 'sr-Cyrl', form: 'official' },
      { text: 'ZSO', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'ЗСО', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Asociacioni i Komunave me Shumicë Serbe', lang: 'sq', form: 'official' },
      { text: 'Asociacioni', lang: 'sq', form: 'short', needsContext: true },
      { text: 'Verband der serbischen Gemeinden', lang: 'de', form: 'common' },
    ],
    summary:
      'Planned self-governing body for Kosovo’s ten Serb-majority municipalities, agreed in 2013 but not yet set up.',
    region: 'balkans',
    importance: 2,
    terms: [
      {
        usedBy: 'Kosovo’s government and Albanian-language media',
        term: 'Association (Asociacioni) of Serb-majority Municipalities',
        forms: ['Asociacion~ e Komunave', 'Association of Serb-majority Municipalities'],
      },
      {
        usedBy: 'Serbia’s government and Serbian-language media',
        term: 'Community of Serb Municipalities (Zajednica srpskih opština, ZSO)',
        forms: ['Zajednic~ srpskih opština', 'ZSO', 'Community of Serb Municipalities'],
      },
      {
        usedBy: 'EU documents',
        term: 'Association/Community of Serb-majority municipalities',
        forms: ['Association/Community'],
      },
    ],
    neutral: 'Association/Community of Serb-majority municipalities (the EU’s wording)',
    facts: [
      {
        text: 'The first six points of the Brussels Agreement of 19 April 2013 provide for an association or community of the ten Serb-majority municipalities in Kosovo.',
        asOf: '2013-04-19',
        sources: [
          wikiBrussels2013,
          source(
            'PA-X Peace Agreements Database',
            'First Agreement of Principles Governing the Normalization of Relations',
            'https://pax.peaceagreements.org/agreements/2022',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Its general principles were agreed on 25 August 2015. Kosovo’s Constitutional Court suspended them on 10 November 2015 and later ruled that the body must be created but that several of the principles did not fully comply with the constitution.',
        asOf: '2015',
        sources: [
          source(
            'Constitutional Court of the Republic of Kosovo',
            'Press release',
            'https://gjk-ks.org/en/press-release-12-46980/',
          ),
          source(
            'ECMI Kosovo',
            'The Association/Community of Serb-majority municipalities',
            'https://ecmikosova.org/?p=3007',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Under the Ohrid implementation annex of 18 March 2023, Kosovo undertook to start EU-facilitated talks immediately on self-management arrangements for the Serb community.',
        asOf: '2023-03-18',
        sources: [b92Ohrid],
      },
      {
        text: 'On 21 October 2023 envoys of the EU, the United States, France, Germany and Italy presented a “European” draft statute. Kurti has not sent it to the Constitutional Court, and in March 2025 President Osmani called the draft unconstitutional; the body had still not been established.',
        asOf: '2025-03',
        sources: [
          source(
            'European Western Balkans',
            'Macron, Scholz and Meloni call on Kosovo to launch establishment of ASM and Serbia to deliver on de facto recognition',
            'https://europeanwesternbalkans.com/2023/10/27/macron-scholz-and-meloni-call-kosovo-to-launch-establishment-of-asm-and-serbia-to-deliver-on-de-facto-recognition/',
          ),
          kohaAsmStatute,
        ],
      },
      {
        text: 'The two sides read the commitment differently: Belgrade and Kosovo Serb leaders treat it as a binding obligation, while Pristina’s leaders fear an ethnic entity with executive powers; both cite the 2015 court ruling.',
        asOf: '2023',
        sources: [
          source(
            'TRT World',
            'Serbia, Kosovo in EU-backed talks to normalise ties',
            'https://www.trtworld.com/europe/serbia-kosovo-in-eu-backed-talks-to-normalise-ties-13053927',
          ),
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('brussels-agreement-2013'), kind: 'related' },
      { to: entityId('ohrid-agreement-2023'), kind: 'related' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'related' },
      { to: entityId('srpska-lista'), kind: 'related', note: 'Srpska Lista demands its creation' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Community_of_Serb_Municipalities',
  },

  // -------------------------------------------------------------------------------------------------
  // Kosovo Liberation Army
  {
    id: entityId('kosovo-liberation-army'),
    type: 'organization',
    kind: 'armed-group',
    name: 'Kosovo Liberation Army',
    names: [
      { text: 'Kosovo Liberation Army', lang: 'en', form: 'official' },
      { text: 'KLA', lang: 'en', form: 'abbreviation' },
      { text: 'Ushtria Çlirimtare e Kosovës', lang: 'sq', form: 'official' },
      { text: 'UÇK', lang: 'sq', form: 'abbreviation' },
      { text: 'Oslobodilačka vojska Kosova', lang: 'sr-Latn', form: 'official' },
      { text: 'Ослободилачка војска Косова', lang: 'sr-Cyrl', form: 'official' },
      { text: 'OVK', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'ОВК', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Befreiungsarmee des Kosovo', lang: 'de', form: 'common' },
    ],
    summary:
      'Ethnic Albanian guerrilla force that fought Yugoslav and Serbian forces in 1998–99; disbanded in September 1999.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The KLA fought Yugoslav army and Serbian police forces during the 1998–99 Kosovo War.',
        asOf: '1999',
        sources: [wikiKla],
      },
      {
        text: 'About two weeks after KFOR arrived, the KLA signed an undertaking with NATO to demilitarise and hand in its weapons within 90 days, a deadline that fell on 19 September 1999.',
        asOf: '1999-06',
        sources: [
          source(
            'Radio Free Europe/Radio Liberty',
            'Yugoslavia: UCK nears disarming deadline as new corps forms',
            'https://www.rferl.org/a/1092190.html',
          ),
        ],
      },
      {
        text: 'The guerrilla force was disbanded in September 1999, and many of its members joined the Kosovo Protection Corps, a UN-created civil-emergency body limited to 3,000 full-time members.',
        asOf: '1999-09',
        sources: [
          source(
            'The Irish Times',
            'KLA delays disarmament over lack of armed force to replace it in Kosovo',
            'https://www.irishtimes.com/news/kla-delays-disarmament-over-lack-of-armed-force-to-replace-it-in-kosovo-1.229247',
          ),
          wikiKla,
        ],
        timeline: true,
      },
      {
        text: 'Two of Kosovo’s main parties came out of its ranks: the Democratic Party of Kosovo, founded by its political leader Hashim Thaçi, and Ramush Haradinaj’s Alliance for the Future of Kosovo.',
        asOf: '2010',
        sources: [
          source(
            'Balkan Insight',
            'Key political parties in Kosovo',
            'https://www.balkaninsight.com/en/article/who-is-who-political-parties-in-kosovo',
          ),
        ],
      },
      {
        text: 'The trial of four former KLA leaders, including Hashim Thaçi, for alleged war crimes and crimes against humanity opened at the Kosovo Specialist Chambers in The Hague on 3 April 2023.',
        asOf: '2023-04-03',
        sources: [
          source(
            'Kosovo 2.0',
            'What’s happening at the Kosovo Specialist Chambers?',
            'https://kosovotwopointzero.com/en/whats-happening-at-the-kosovo-specialist-chambers',
          ),
          wikiKsc,
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo-war'), kind: 'participant' },
      { to: entityId('kosovo-specialist-chambers'), kind: 'related' },
      { to: entityId('democratic-party-of-kosovo'), kind: 'related', note: 'Successor party of its political wing' },
      { to: entityId('alliance-for-the-future-of-kosovo'), kind: 'related' },
      { to: entityId('hashim-thaci'), kind: 'related', note: 'Political leader' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_Liberation_Army',
  },

  // -------------------------------------------------------------------------------------------------
  // United Nations — Balkan-relevant facts only
  {
    id: entityId('united-nations'),
    type: 'organization',
    kind: 'institution',
    name: 'United Nations',
    names: [
      { text: 'United Nations', lang: 'en', form: 'official' },
      { text: 'UN', lang: 'en', form: 'abbreviation' },
      { text: 'Vereinte Nationen', lang: 'de', form: 'official' },
      { text: 'UNO', lang: 'de', form: 'abbreviation' },
      { text: 'Ujedinjene nacije', lang: 'sr-Latn', form: 'official' },
      { text: 'Уједињене нације', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Organizacija ujedinjenih nacija', lang: 'sr-Latn', form: 'official' },
      { text: 'OUN', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'УН', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Ujedinjeni narodi', lang: 'hr', form: 'official' },
      { text: 'Kombet e Bashkuara', lang: 'sq', form: 'official' },
      { text: 'OKB', lang: 'sq', form: 'abbreviation' },
    ],
    summary:
      'World organisation of 193 states; it placed Kosovo under interim administration in 1999. Kosovo is not a member.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'With Security Council Resolution 1244 of 10 June 1999 the UN placed Kosovo under an interim international civil administration, UNMIK.',
        asOf: '1999-06-10',
        sources: [unSc6686],
      },
      {
        text: 'Kosovo is not a UN member: Russia and China, which hold vetoes in the Security Council, support Serbia’s position.',
        asOf: '2025-03',
        sources: [wikiRecognition],
      },
      {
        text: 'In October 2008, at Serbia’s request, the General Assembly asked the International Court of Justice for an advisory opinion on Kosovo’s declaration of independence.',
        asOf: '2008-10',
        sources: [wikiIcjOpinion],
        timeline: true,
      },
      {
        text: 'On 9 September 2010 the General Assembly adopted by consensus a resolution drafted by Serbia and the EU that welcomed EU facilitation of a Belgrade–Pristina dialogue.',
        asOf: '2010-09-09',
        sources: [tportal2010],
      },
      {
        text: 'On 23 May 2024 the General Assembly made 11 July an international day of remembrance for the 1995 Srebrenica genocide, by 84 votes to 19 with 68 abstentions; Serbia voted against.',
        asOf: '2024-05-23',
        sources: [unPressSrebrenica],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('un-security-council'), kind: 'related' },
      { to: entityId('unmik'), kind: 'related' },
      { to: entityId('international-court-of-justice'), kind: 'related' },
      { to: entityId('un-srebrenica-resolution-2024'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_Nations',
    wikidata: 'Q1065',
  },

  // -------------------------------------------------------------------------------------------------
  // UN Security Council
  {
    id: entityId('un-security-council'),
    type: 'organization',
    kind: 'institution',
    name: 'UN Security Council',
    names: [
      { text: 'UN Security Council', lang: 'en', form: 'common' },
      { text: 'United Nations Security Council', lang: 'en', form: 'official' },
      { text: 'UNSC', lang: 'en', form: 'abbreviation' },
      { text: 'Security Council', lang: 'en', form: 'short', needsContext: true },
      { text: 'UN-Sicherheitsrat', lang: 'de', form: 'common' },
      { text: 'Weltsicherheitsrat', lang: 'de', form: 'common' },
      { text: 'Savet bezbednosti UN', lang: 'sr-Latn', form: 'common' },
      { text: 'Савет безбедности УН', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Vijeće sigurnosti UN-a', lang: 'hr', form: 'common' },
      { text: 'Vijeće sigurnosti', lang: 'bs', form: 'short', needsContext: true },
      { text: 'Savet bezbednosti', lang: 'sr-Latn', form: 'short', needsContext: true },
      { text: 'Савет безбедности', lang: 'sr-Cyrl', form: 'short', needsContext: true },
      { text: 'Sicherheitsrat', lang: 'de', form: 'short', needsContext: true },
      { text: 'Këshilli i Sigurimit i OKB-së', lang: 'sq', form: 'common' },
      { text: 'Këshilli i Sigurimit', lang: 'sq', form: 'short', needsContext: true },
      { text: 'Совет за безбедност на ОН', lang: 'mk', form: 'common' },
      { text: 'Varnostni svet ZN', lang: 'sl', form: 'common' },
    ],
    summary:
      'UN body of 15 members, 5 with vetoes; its Resolution 1244 (1999) still frames the international presence in Kosovo.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'The Council created the International Criminal Tribunal for the former Yugoslavia with Resolution 827 of 25 May 1993.',
        asOf: '1993-05-25',
        sources: [
          source(
            'JURIST',
            'ICTY marks 20th anniversary',
            'https://www.jurist.org/paperchase/2013/05/icty-marks-20th-anniversary.php',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Resolution 1244 was adopted on 10 June 1999 by 14 votes to none, with China abstaining. Acting under Chapter VII, it authorised international civil and security presences in Kosovo and required Yugoslav military, police and paramilitary forces to withdraw.',
        asOf: '1999-06-10',
        sources: [unSc6686],
        timeline: true,
      },
      {
        text: "In its advisory opinion of 22 July 2010 the International Court of Justice found that Kosovo's declaration of independence did not violate the resolution, whereas Serbia argued that the resolution guaranteed Serbian sovereignty over Kosovo.",
        asOf: '2010-07-22',
        sources: [wikiUnscr1244, wikiIcjOpinion],
      },
      {
        text: 'Two permanent members, Russia and China, do not recognise Kosovo, which blocks its path to UN membership; the United States, the United Kingdom and France recognised it on 18 February 2008.',
        asOf: '2025',
        sources: [wikiRecognition],
      },
      {
        text: 'On 22 July 2021 a Russian–Chinese draft to close the Office of the High Representative in Bosnia by July 2022 failed, with only its two sponsors in favour and the other 13 members abstaining.',
        asOf: '2021-07-22',
        sources: [
          source(
            'TRT World',
            'UN rejects Russian bid to abolish Bosnia peace envoy post',
            'https://www.trtworld.com/article/12763425',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('united-nations'), kind: 'part-of' },
      { to: entityId('unscr-1244'), kind: 'related' },
      { to: entityId('icty'), kind: 'related', note: 'Created the tribunal in 1993' },
      { to: entityId('office-of-the-high-representative'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_Nations_Security_Council',
  },

  // -------------------------------------------------------------------------------------------------
  // International Court of Justice
  {
    id: entityId('international-court-of-justice'),
    type: 'organization',
    kind: 'court',
    name: 'International Court of Justice',
    names: [
      { text: 'International Court of Justice', lang: 'en', form: 'official' },
      { text: 'ICJ', lang: 'en', form: 'abbreviation' },
      { text: 'World Court', lang: 'en', form: 'common' },
      { text: 'Internationaler Gerichtshof', lang: 'de', form: 'official' },
      { text: 'IGH', lang: 'de', form: 'abbreviation' },
      { text: 'Međunarodni sud pravde', lang: 'sr-Latn', form: 'official' },
      { text: 'Међународни суд правде', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Gjykata Ndërkombëtare e Drejtësisë', lang: 'sq', form: 'official' },
      { text: 'GJND', lang: 'sq', form: 'abbreviation' },
    ],
    summary:
      'The UN’s principal court in The Hague; it ruled on Srebrenica in 2007 and gave an opinion on Kosovo in 2010.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'The ICJ, seated in The Hague, is the principal judicial organ of the United Nations and settles disputes between states.',
        asOf: '1946',
        sources: [wikiIcj],
      },
      {
        text: 'In Bosnia and Herzegovina v. Serbia and Montenegro, decided on 26 February 2007, the Court found that the Srebrenica massacre was genocide and that Serbia had not committed it but had failed to prevent it and to punish those responsible.',
        asOf: '2007-02-26',
        sources: [wikiBosnianGenocideCase],
        timeline: true,
      },
      {
        text: 'On 22 July 2010 the Court advised, by 10 votes to 4, that Kosovo’s 2008 declaration of independence violated neither general international law nor Resolution 1244.',
        asOf: '2010-07-22',
        sources: [wikiIcjOpinion],
        timeline: true,
      },
      {
        text: 'The opinion was deliberately narrow: the Court did not decide whether Kosovo is a state or whether it had a right to secede, and both Belgrade and Pristina claimed it supported them.',
        asOf: '2010-07-22',
        sources: [wikiIcjOpinion],
      },
    ],
    relations: [
      { to: entityId('united-nations'), kind: 'part-of' },
      { to: entityId('icj-advisory-opinion-on-kosovo'), kind: 'related' },
      { to: entityId('srebrenica-genocide'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/International_Court_of_Justice',
  },

  // -------------------------------------------------------------------------------------------------
  // ICTY
  {
    id: entityId('icty'),
    type: 'organization',
    kind: 'court',
    name: 'ICTY',
    names: [
      { text: 'ICTY', lang: 'en', form: 'abbreviation' },
      { text: 'International Criminal Tribunal for the former Yugoslavia', lang: 'en', form: 'official' },
      { text: 'Hague Tribunal', lang: 'en', form: 'common' },
      { text: 'Haški tribunal', lang: 'sr-Latn', form: 'common' },
      { text: 'Хашки трибунал', lang: 'sr-Cyrl', form: 'common' },
      { text: 'MKSJ', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'МКСЈ', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Međunarodni krivični sud za bivšu Jugoslaviju', lang: 'sr-Latn', form: 'official' },
      { text: 'Međunarodni kazneni sud za bivšu Jugoslaviju', lang: 'hr', form: 'official' },
      { text: 'Jugoslawien-Tribunal', lang: 'de', form: 'common' },
      { text: 'Internationaler Strafgerichtshof für das ehemalige Jugoslawien', lang: 'de', form: 'official' },
      { text: 'Tribunali i Hagës', lang: 'sq', form: 'common' },
    ],
    summary: 'UN war-crimes tribunal in The Hague for crimes in the former Yugoslavia, 1993–2017.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The Security Council set up the tribunal in The Hague with Resolution 827 of 25 May 1993, the first war-crimes court created by the UN.',
        asOf: '1993-05-25',
        sources: [
          source(
            'JURIST',
            'ICTY marks 20th anniversary',
            'https://www.jurist.org/paperchase/2013/05/icty-marks-20th-anniversary.php',
          ),
          wikiIcty,
        ],
        timeline: true,
      },
      {
        text: 'It indicted Yugoslav President Slobodan Milošević for crimes in Kosovo in May 1999; he died in detention in March 2006 before a verdict.',
        asOf: '2006-03-11',
        sources: [wp('Trial of Slobodan Milošević', 'Trial_of_Slobodan_Milo%C5%A1evi%C4%87')],
      },
      {
        text: 'In the Krstić case (appeal judgment, 2004) the tribunal held that the killings at Srebrenica in July 1995 were genocide.',
        asOf: '2004',
        sources: [wp('Srebrenica massacre', 'Srebrenica_massacre')],
      },
      {
        text: 'The tribunal indicted 161 people, sentenced 90 and acquitted 19. It closed in December 2017, and its remaining cases passed to the UN’s residual mechanism.',
        asOf: '2017-12',
        sources: [
          source(
            'JURIST',
            'ICTY marks official closing',
            'https://www.jurist.org/paperchase/2017/12/icty-marks-official-closing.php',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('un-security-council'), kind: 'related', note: 'Established by the Council' },
      { to: entityId('slobodan-milosevic'), kind: 'related' },
      { to: entityId('radovan-karadzic'), kind: 'related' },
      { to: entityId('ratko-mladic'), kind: 'related' },
      { to: entityId('srebrenica-genocide'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/International_Criminal_Tribunal_for_the_former_Yugoslavia',
  },

  // -------------------------------------------------------------------------------------------------
  // Kosovo Specialist Chambers
  {
    id: entityId('kosovo-specialist-chambers'),
    type: 'organization',
    kind: 'court',
    name: 'Kosovo Specialist Chambers',
    names: [
      { text: 'Kosovo Specialist Chambers', lang: 'en', form: 'official' },
      { text: 'Specialist Chambers', lang: 'en', form: 'short' },
      { text: 'KSC', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'Special Court', lang: 'en', form: 'common', needsContext: true },
      { text: 'Dhomat e Specializuara të Kosovës', lang: 'sq', form: 'official' },
      { text: 'Gjykata Speciale', lang: 'sq', form: 'common' },
      { text: 'Specijalizovana veća Kosova', lang: 'sr-Latn', form: 'official' },
      { text: 'Специјализована већа Косова', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Specijalni sud', lang: 'sr-Latn', form: 'common', needsContext: true },
      { text: 'Kosovo-Sondergericht', lang: 'de', form: 'common' },
      { text: 'Kosovo-Spezialgericht', lang: 'de', form: 'common' },
      { text: 'Kosovo-Tribunal', lang: 'de', form: 'common' },
    ],
    summary: 'Court of Kosovo’s legal system sitting in The Hague, set up to try alleged KLA crimes of 1998–2000.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'On 3 August 2015 Kosovo’s Assembly amended the constitution and passed a law creating the Specialist Chambers and a Specialist Prosecutor’s Office, after an EU task force found grounds to prosecute former KLA members.',
        asOf: '2015-08-03',
        sources: [wikiKsc],
        timeline: true,
      },
      {
        text: 'The court belongs to Kosovo’s judicial system but sits in The Hague with international judges and staff, mainly to protect witnesses. It covers alleged crimes from 1998 to 2000 and opened its first trial on 15 September 2021.',
        asOf: '2021-09-15',
        sources: [wikiKsc],
      },
      {
        text: 'Hashim Thaçi resigned as Kosovo’s president in November 2020 after an indictment against him was confirmed. His trial with Kadri Veseli, Rexhep Selimi and Jakup Krasniqi opened on 3 April 2023 and had reached its final phase by mid-2025.',
        asOf: '2025-06',
        sources: [
          source(
            'Kosovo 2.0',
            'What’s happening at the Kosovo Specialist Chambers?',
            'https://kosovotwopointzero.com/en/whats-happening-at-the-kosovo-specialist-chambers',
          ),
          wikiKsc,
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'part-of', note: 'Part of Kosovo’s judicial system, seated in the Netherlands' },
      { to: entityId('kosovo-liberation-army'), kind: 'related' },
      { to: entityId('hashim-thaci'), kind: 'related', note: 'Defendant' },
      { to: entityId('eulex'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo_Specialist_Chambers',
  },

  // -------------------------------------------------------------------------------------------------
  // Office of the High Representative (Bosnia and Herzegovina)
  {
    id: entityId('office-of-the-high-representative'),
    type: 'organization',
    kind: 'institution',
    name: 'Office of the High Representative',
    names: [
      { text: 'Office of the High Representative', lang: 'en', form: 'official' },
      { text: 'OHR', lang: 'en', form: 'abbreviation' },
      { text: 'High Representative for Bosnia and Herzegovina', lang: 'en', form: 'official' },
      { text: 'High Representative', lang: 'en', form: 'short', needsContext: true },
      { text: 'Ured visokog predstavnika', lang: 'bs', form: 'official' },
      { text: 'Kancelarija visokog predstavnika', lang: 'sr-Latn', form: 'official' },
      { text: 'Канцеларија високог представника', lang: 'sr-Cyrl', form: 'official' },
      { text: 'visoki predstavnik', lang: 'sr-Latn', form: 'short', needsContext: true },
      { text: 'Hoher Repräsentant', lang: 'de', form: 'short', needsContext: true },
      // German declines the adjective: der Hohe Repräsentant, des/dem/den Hohen Repräsentanten.
      { text: 'Hohe Repräsentant', lang: 'de', form: 'short', needsContext: true },
      { text: 'Hohen Repräsentanten', lang: 'de', form: 'short', needsContext: true },
      { text: 'Hohe Repräsentantin', lang: 'de', form: 'short', needsContext: true },
      { text: 'Büro des Hohen Repräsentanten', lang: 'de', form: 'official' },
    ],
    summary:
      'International office overseeing the civilian side of the Dayton peace agreement in Bosnia and Herzegovina.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The office was created under Annex 10 of the 1995 Dayton Agreement to oversee its civilian implementation; the High Representative is chosen by the Steering Board of the Peace Implementation Council.',
        asOf: '1995-12-14',
        sources: [wikiOhr],
      },
      {
        text: 'Under the so-called Bonn powers the High Representative can impose laws and remove officials who obstruct the peace agreement.',
        asOf: '1997-12',
        sources: [wikiOhr],
      },
      {
        text: 'Christian Schmidt, a German CSU politician, took office on 1 August 2021 as the eighth High Representative, succeeding Valentin Inzko; Russia opposed the appointment.',
        asOf: '2021-08-01',
        sources: [
          source(
            'Voice of America',
            'Powers of new high representative in Bosnia-Herzegovina lie in board’s hands',
            'https://www.voanews.com/a/europe_powers-new-high-representative-bosnia-herzegovina-lie-boards-hands/6207783.html',
          ),
        ],
        timeline: true,
      },
      {
        text: 'His legitimacy is disputed: Russia and Republika Srpska’s leaders say he is illegitimate because the Security Council never endorsed him, while Western governments say no such endorsement is legally required. A Russian–Chinese draft to close the office failed in the Council on 22 July 2021.',
        asOf: '2021-07-22',
        sources: [
          source(
            'TRT World',
            'UN rejects Russian bid to abolish Bosnia peace envoy post',
            'https://www.trtworld.com/article/12763425',
          ),
          source(
            'TASS',
            'UN Security Council rejects Russian, Chinese resolution on closing Office of High Representative for BiH',
            'https://tass.com/world/1316835',
          ),
        ],
      },
      {
        text: 'Milorad Dodik was convicted of defying the High Representative’s decisions; after the verdict was upheld on 1 August 2025, the election commission ended his term as Republika Srpska’s president on 6 August 2025.',
        asOf: '2025-08-06',
        sources: [
          source(
            'European Western Balkans',
            'Dodik’s presidential mandate terminated by Central Election Commission',
            'https://europeanwesternbalkans.com/2025/08/06/dodiks-presidential-mandate-terminated-by-central-election-commission/',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('bosnia-and-herzegovina'), kind: 'located-in' },
      { to: entityId('sarajevo'), kind: 'located-in' },
      { to: entityId('dayton-agreement'), kind: 'related', note: 'Created under Annex 10' },
      { to: entityId('christian-schmidt'), kind: 'related', note: 'High Representative since 1 August 2021' },
      { to: entityId('milorad-dodik'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/High_Representative_for_Bosnia_and_Herzegovina',
  },

  // -------------------------------------------------------------------------------------------------
  // EUFOR Althea
  {
    id: entityId('eufor-althea'),
    type: 'organization',
    kind: 'mission',
    name: 'EUFOR Althea',
    names: [
      { text: 'Operation Althea', lang: 'de' },
      { text: 'EUFOR Althea', lang: 'en', form: 'official' },
      { text: 'EUFOR', lang: 'en', form: 'abbreviation' },
      { text: 'Operation Althea', lang: 'en', form: 'common' },
      { text: 'European Union Force Bosnia and Herzegovina', lang: 'en', form: 'official' },
      { text: 'Operacija Althea', lang: 'bs', form: 'common' },
    ],
    summary:
      'EU military operation in Bosnia and Herzegovina since December 2004, overseeing the military side of Dayton.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'EUFOR took over from NATO’s SFOR on 2 December 2004 to oversee the military provisions of the Dayton Agreement; about 80% of the SFOR troops stayed on under the new flag.',
        asOf: '2004-12-02',
        sources: [wikiEufor],
        timeline: true,
      },
      {
        text: 'The operation relies on a UN Security Council authorisation that is renewed every year, and uses NATO’s SHAPE headquarters as its operational command.',
        asOf: '2023',
        sources: [wikiEufor],
      },
      {
        text: 'As of February 2023 it had about 1,000 troops from 22 countries, EU members and partners.',
        asOf: '2023-02',
        sources: [wikiEufor],
      },
    ],
    relations: [
      { to: entityId('european-union'), kind: 'part-of' },
      { to: entityId('bosnia-and-herzegovina'), kind: 'deployed-in' },
      { to: entityId('dayton-agreement'), kind: 'related' },
      { to: entityId('office-of-the-high-representative'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/EUFOR_Althea',
  },

  // -------------------------------------------------------------------------------------------------
  // European Commission — enlargement-related facts only
  {
    id: entityId('european-commission'),
    type: 'organization',
    kind: 'institution',
    name: 'European Commission',
    names: [
      { text: 'European Commission', lang: 'en', form: 'official' },
      { text: 'EU Commission', lang: 'en', form: 'common' },
      { text: 'Europäische Kommission', lang: 'de', form: 'official' },
      { text: 'EU-Kommission', lang: 'de', form: 'common' },
      { text: 'Evropska komisija', lang: 'sr-Latn', form: 'official' },
      { text: 'Европска комисија', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Europska komisija', lang: 'hr', form: 'official' },
      { text: 'Komisioni Evropian', lang: 'sq', form: 'official' },
    ],
    summary: 'The EU’s executive; it runs accession talks and reports each year on the Western Balkan applicants.',
    region: 'outside',
    importance: 1,
    facts: [
      {
        text: 'The Commission conducts accession negotiations for the EU. By December 2024 Serbia had opened 22 of 35 chapters and provisionally closed 2, and had opened none since December 2021.',
        asOf: '2024-12',
        sources: [
          source(
            'European Commission',
            'Serbia',
            'https://neighbourhood-enlargement.ec.europa.eu/enlargement-policy/serbia_en',
          ),
          source(
            'Vijesti',
            'The issue of opening Cluster 3 with Serbia after progress in the rule of law and in the process of normalizing relations with Kosovo',
            'https://en.vijesti.me/world-a/balkan/736729/the-issue-of-opening-cluster-3-with-Serbia-after-progress-in-the-rule-of-law-and-in-the-process-of-normalizing-relations-with-Kosovo',
          ),
        ],
      },
      {
        text: 'Marta Kos of Slovenia has been the Commissioner for Enlargement since December 2024; in December 2025 she welcomed the closure of five more chapters in Montenegro’s talks.',
        asOf: '2025-12-16',
        sources: [
          wp('Marta Kos', 'Marta_Kos'),
          source(
            'European Western Balkans',
            'Kos: Montenegro never closer to the EU, five chapters officially closed',
            'https://europeanwesternbalkans.com/2025/12/16/kos-montenegro-never-closer-to-the-eu-five-chapters-officially-closed/',
          ),
        ],
      },
    ],
    relations: [{ to: entityId('european-union'), kind: 'part-of' }],
    wikipedia: 'https://en.wikipedia.org/wiki/European_Commission',
  },

  // -------------------------------------------------------------------------------------------------
  // German Federal Foreign Office — Balkan-relevant facts only
  {
    id: entityId('german-federal-foreign-office'),
    type: 'organization',
    kind: 'government-body',
    name: 'German Federal Foreign Office',
    names: [
      { text: 'Federal Foreign Office', lang: 'en', form: 'official' },
      { text: 'German Federal Foreign Office', lang: 'en', form: 'common' },
      { text: 'German Foreign Office', lang: 'en', form: 'common' },
      { text: 'German foreign ministry', lang: 'en', form: 'common' },
      { text: 'Auswärtiges Amt', lang: 'de', form: 'official' },
    ],
    summary:
      'Germany’s foreign ministry, a leading backer of the EU dialogue and of EU enlargement in the Western Balkans.',
    region: 'outside',
    importance: 1,
    facts: [
      {
        text: 'Visiting Pristina and Belgrade in April 2021, Foreign Minister Heiko Maas said the unresolved Serbia–Kosovo relationship held back the whole region and pledged support for the EU-moderated dialogue.',
        asOf: '2021-04-22',
        sources: [
          source(
            'Auswärtiges Amt',
            'Außenminister Maas vor Abreise nach Kosovo und Serbien',
            'https://www.auswaertiges-amt.de/de/newsroom/maas-kosovo-serbien-2455440',
          ),
        ],
      },
      {
        text: 'Foreign Minister Johann Wadephul toured all six Western Balkan states from 16 to 18 November 2025, with EU enlargement as the main theme, meeting Aleksandar Vučić in Belgrade and Kosovo’s leaders in Pristina.',
        asOf: '2025-11-18',
        sources: [
          source(
            'Deutschlandfunk',
            'Außenminister Wadephul reist in alle Westbalkan-Staaten',
            'https://www.deutschlandfunk.de/aussenminister-wadephul-reist-in-alle-westbalkan-staaten-100.html',
          ),
          source(
            'Deutschlandfunk',
            'Wadephul mahnt EU-Beitrittskandidaten zu mehr Reformen',
            'https://www.deutschlandfunk.de/wadephul-mahnt-eu-beitritts-kandidaten-zu-mehr-reformen-112.html',
          ),
        ],
        timeline: true,
      },
      {
        text: 'In Kosovo Wadephul visited German KFOR soldiers, warned that renewed conflict in the region would be a serious danger and pressed both Belgrade and Pristina to make progress in their talks.',
        asOf: '2025-11-18',
        sources: [dlfWadephulKosovo],
      },
    ],
    relations: [
      { to: entityId('germany'), kind: 'part-of' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'related' },
      { to: entityId('bundeswehr'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Federal_Foreign_Office',
  },

  // -------------------------------------------------------------------------------------------------
  // US National Security Council — Balkan-relevant facts only
  {
    id: entityId('us-national-security-council'),
    type: 'organization',
    kind: 'government-body',
    name: 'US National Security Council',
    names: [
      { text: 'US National Security Council', lang: 'en', form: 'common' },
      { text: 'White House National Security Council', lang: 'en', form: 'common' },
      { text: 'National Security Council', lang: 'en', form: 'official', needsContext: true },
      { text: 'NSC', lang: 'en', form: 'abbreviation', needsContext: true },
    ],
    summary:
      'The White House body that coordinates US security policy; it spoke for Washington on the 2023 Kosovo crisis.',
    region: 'outside',
    importance: 1,
    facts: [
      {
        text: 'On 29 September 2023 National Security Council spokesman John Kirby said the United States was monitoring a large and “unprecedented” Serbian deployment of artillery, tanks and mechanised units near Kosovo, called it very destabilising, urged Serbia to withdraw and said KFOR would strengthen its presence.',
        asOf: '2023-09-29',
        sources: [stripes2023],
        timeline: true,
      },
      {
        text: 'US officials also said the Banjska attack five days earlier had been too well coordinated to be a spontaneous local action.',
        asOf: '2023-09-29',
        sources: [stripes2023, wikiBanjskaAttack],
      },
    ],
    relations: [
      { to: entityId('united-states'), kind: 'part-of' },
      { to: entityId('john-kirby'), kind: 'related', note: 'Spokesman during the 2023 crisis' },
      { to: entityId('serbian-military-build-up-2023'), kind: 'related' },
      { to: entityId('banjska-attack'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_States_National_Security_Council',
  },

  // -------------------------------------------------------------------------------------------------
  // Serbian Orthodox Church
  {
    id: entityId('serbian-orthodox-church'),
    type: 'organization',
    kind: 'church',
    name: 'Serbian Orthodox Church',
    names: [
      { text: 'Serbian Orthodox Church', lang: 'en', form: 'official' },
      { text: 'Srpska pravoslavna crkva', lang: 'sr-Latn', form: 'official' },
      { text: 'Српска православна црква', lang: 'sr-Cyrl', form: 'official' },
      { text: 'SPC', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'СПЦ', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Serbisch-Orthodoxe Kirche', lang: 'de', form: 'official' },
      { text: 'Kisha Ortodokse Serbe', lang: 'sq', form: 'official' },
    ],
    summary:
      'Church of the Orthodox Serbs, seated in Belgrade; it sees Kosovo and its medieval monasteries as its heartland.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Porfirije was elected the church’s 46th patriarch in February 2021, after Patriarch Irinej died of COVID-19 in November 2020.',
        asOf: '2021-02-18',
        sources: [wikiSpc],
        timeline: true,
      },
      {
        text: 'Serbian patriarchs are traditionally enthroned at the Patriarchate of Peć in Kosovo, the church’s seat in the Middle Ages; Porfirije’s ceremonial enthronement there took place on 14 October 2022, and Kosovo authorities barred Belgrade’s Kosovo office director Petar Petković from attending.',
        asOf: '2022-10-14',
        sources: [
          source(
            'B92',
            'Enthronement of Patriarch Porfirije on a Christian feast of the Mother of God',
            'https://www.b92.net/eng/news/society.php?yyyy=2022&mm=10&dd=14&nav_id=114654',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Its Eparchy of Raška and Prizren includes the 14th-century Banjska Monastery, re-established in 2004, where armed men barricaded themselves during the attack of 24 September 2023.',
        asOf: '2023-09-24',
        sources: [wp('Banjska Monastery', 'Banjska_Monastery'), wikiBanjskaAttack],
      },
    ],
    relations: [
      { to: entityId('belgrade'), kind: 'located-in', note: 'Seat of the patriarch' },
      { to: entityId('peja'), kind: 'related', note: 'Patriarchate of Peć' },
      { to: entityId('banjska-monastery'), kind: 'related' },
      { to: entityId('petar-petkovic'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Serbian_Orthodox_Church',
  },

  // -------------------------------------------------------------------------------------------------
  // Assembly of Kosovo
  {
    id: entityId('assembly-of-kosovo'),
    type: 'organization',
    kind: 'government-body',
    name: 'Assembly of Kosovo',
    names: [
      { text: 'Assembly of Kosovo', lang: 'en', form: 'common' },
      { text: 'Assembly of the Republic of Kosovo', lang: 'en', form: 'official' },
      { text: 'Kosovo parliament', lang: 'en', form: 'common' },
      { text: 'Assembly', lang: 'en', form: 'short', needsContext: true },
      { text: 'Kuvendi i Kosovës', lang: 'sq', form: 'common' },
      { text: 'Kuvendi i Republikës së Kosovës', lang: 'sq', form: 'official' },
      { text: 'Kuvendi', lang: 'sq', form: 'short', needsContext: true },
      { text: 'Skupština Kosova', lang: 'sr-Latn', form: 'common' },
      { text: 'Скупштина Косова', lang: 'sr-Cyrl', form: 'common' },
      { text: 'kosovarisches Parlament', lang: 'de', form: 'common' },
    ],
    summary: 'Kosovo’s 120-seat parliament, with 20 seats reserved for minorities, 10 of them for Serbs.',
    region: 'balkans',
    importance: 2,
    terms: [
      {
        usedBy: 'Kosovo’s constitution',
        term: 'Assembly of the Republic of Kosovo',
        forms: ['Assembly of the Republic of Kosovo', 'Kuvend~ i Republikës së Kosovës'],
      },
      {
        usedBy: 'Serbian media, often',
        term: '“so-called” Assembly of Kosovo (tzv. Skupština Kosova)',
        note: 'Serbia does not recognise Kosovo’s institutions',
        forms: ['tzv. Skupštin~ Kosov~', 'takozvan~ Skupštin~ Kosov~', 'so-called Assembly of Kosovo'],
      },
    ],
    neutral: 'Assembly of Kosovo',
    facts: [
      {
        text: 'The Assembly has 120 seats; 20 are reserved for minority communities, 10 of them for Kosovo Serbs.',
        asOf: '2025-02-10',
        sources: [
          wikiAssemblyKosovo,
          source(
            'European Western Balkans',
            'Kosovo elections: Kurti’s Vetëvendosje wins the most votes but fails to secure an outright majority',
            'https://europeanwesternbalkans.com/2025/02/10/kosovo-elections-kurtis-vetevendosje-wins-the-most-votes-but-fails-to-secure-an-outright-majority/',
          ),
        ],
      },
      {
        text: 'On 17 February 2008, 109 of the Assembly’s 120 members met and declared Kosovo independent; the Serb members stayed away.',
        asOf: '2008-02-17',
        sources: [wikiDeclaration2008],
        timeline: true,
      },
      {
        text: 'After the 9 February 2025 election no majority could be formed for most of the year; a Kurti cabinet won only 56 votes on 26 October 2025, short of the 61 needed.',
        asOf: '2025-10-26',
        sources: [
          source(
            'European Western Balkans',
            'Kurti fails to form a new government',
            'https://europeanwesternbalkans.com/2025/10/27/kurti-fails-to-form-a-new-government/',
          ),
        ],
      },
      {
        text: 'After the snap election of 28 December 2025, the Assembly elected Albin Kurti’s third government on 11 February 2026 by 66 votes to 49.',
        asOf: '2026-02-11',
        sources: [
          source('Prishtina Insight', 'Kurti’s third government elected', 'https://prishtinainsight.com/?p=33590'),
        ],
        timeline: true,
      },
      {
        text: 'The Assembly failed to elect a new president by the deadline of 5 March 2026; President Osmani dissolved it by decree the next day, the Constitutional Court suspended the decree on 9 March and ruled on the dispute on 25 March 2026.',
        asOf: '2026-03-25',
        sources: [
          source(
            'European Western Balkans',
            'Parliament fails to elect the President of Kosovo, Osmani issues a decree to dissolve it',
            'https://europeanwesternbalkans.com/2026/03/06/parliament-fails-to-elect-the-president-of-kosovo-osmani-issues-a-decree-to-disolve-it/',
          ),
          source(
            'CNA',
            'Constitutional Court rules on the decree on the election of the new president',
            'https://www.cna.al/english/kosova-bota/gjykata-kushtetuese-i-rrezoi-dekretin-per-zgjedhjen-e-presidentit-re-i459178',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'part-of' },
      { to: entityId('pristina'), kind: 'located-in' },
      { to: entityId('kosovo-declaration-of-independence'), kind: 'related' },
      { to: entityId('kosovo-elections-2025'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Assembly_of_the_Republic_of_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // National Assembly of Serbia
  {
    id: entityId('national-assembly-of-serbia'),
    type: 'organization',
    kind: 'government-body',
    name: 'National Assembly of Serbia',
    names: [
      { text: 'National Assembly of Serbia', lang: 'en', form: 'common' },
      { text: 'National Assembly of the Republic of Serbia', lang: 'en', form: 'official' },
      { text: 'Serbian parliament', lang: 'en', form: 'common' },
      { text: 'Assembly', lang: 'en', form: 'short', needsContext: true },
      { text: 'Narodna skupština Republike Srbije', lang: 'sr-Latn', form: 'official' },
      { text: 'Народна скупштина Републике Србије', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Narodna skupština', lang: 'sr-Latn', form: 'short', needsContext: true },
      { text: 'Народна скупштина', lang: 'sr-Cyrl', form: 'short', needsContext: true },
      { text: 'Skupština Srbije', lang: 'sr-Latn', form: 'common' },
      { text: 'Скупштина Србије', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Skupština', lang: 'sr-Latn', form: 'short', needsContext: true },
      { text: 'Скупштина', lang: 'sr-Cyrl', form: 'short', needsContext: true },
      { text: 'serbisches Parlament', lang: 'de', form: 'common' },
      { text: 'Kuvendi i Serbisë', lang: 'sq', form: 'common' },
    ],
    summary: 'Serbia’s single-chamber parliament of 250 members, in Belgrade.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The National Assembly is a single chamber of 250 members elected by proportional representation.',
        asOf: '2025',
        sources: [wikiNationalAssemblySerbia],
      },
      {
        text: 'On 26 December 2007, weeks before Kosovo declared independence, the Assembly adopted a resolution on protecting Serbia’s sovereignty and territorial integrity; Serbia’s policy of military neutrality is based on this resolution.',
        asOf: '2007-12-26',
        sources: [
          source(
            'Government of Serbia',
            'Resolution of the National Assembly on the protection of sovereignty, territorial integrity and constitutional order of the Republic of Serbia',
            'https://www.srbija.gov.rs/kosovo-metohija/en/42050',
          ),
        ],
        timeline: true,
      },
      {
        text: "Ana Brnabić, the former prime minister, was elected the Assembly's president (speaker) on 20 March 2024.",
        asOf: '2024-03-20',
        sources: [wp('Ana Brnabić', 'Ana_Brnabi%C4%87')],
      },
      {
        text: 'The Assembly confirmed Prime Minister Miloš Vučević’s resignation on 19 March 2025 and on 16 April 2025 elected Đuro Macut’s government with 153 of the 199 members present voting in favour.',
        asOf: '2025-04-16',
        sources: [
          source('RTV Stara Pazova', 'Srbija dobila novu Vladu', 'https://rtvstarapazova.rs/sr/vest.php?id=19713'),
          source(
            'tportal.hr',
            'Vučić izabrao mandatara nove srpske vlade: evo tko je Đuro Macut',
            'https://www.tportal.hr/vijesti/clanak/vucic-izabrao-mandatara-nove-srpske-vlade-evo-tko-je-duro-macut-20250406',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('serbia'), kind: 'part-of' },
      { to: entityId('belgrade'), kind: 'located-in' },
      { to: entityId('ana-brnabic'), kind: 'related', note: 'Speaker since 20 March 2024' },
      { to: entityId('djuro-macut'), kind: 'related', note: 'Prime minister elected by the Assembly on 16 April 2025' },
      { to: entityId('serbian-progressive-party'), kind: 'related', note: 'Leads the ruling majority' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/National_Assembly_(Serbia)',
  },
];
