import { entityId, type OrganizationEntity, type Source } from '../types';
import { source } from '../source';
import { ewbKaran, ewbKaranRerun } from './shared-sources';

/**
 * Political parties that recur in Balkans news: Serbia’s ruling SNS and its partner SPS, the Kosovo Serb Srpska
 * Lista, Kosovo’s main Albanian parties, and the leading parties of Bosnia and Herzegovina, North Macedonia,
 * Montenegro, Albania and Croatia. Facts are our own wording; results carry their date and source.
 */

// ---------------------------------------------------------------------------------------------------
// Helpers

const wp = (title: string, slug: string): Source => source('Wikipedia', title, `https://en.wikipedia.org/wiki/${slug}`);

// ---------------------------------------------------------------------------------------------------
// Sources used more than once

// Wikipedia articles
const wikiSns = wp('Serbian Progressive Party', 'Serbian_Progressive_Party');
const wikiSerbList = wp('Serb List (Kosovo)', 'Serb_List_(Kosovo)');
const wikiVv = wp('Vetëvendosje', 'Vet%C3%ABvendosje');
const wikiLdk = wp('Democratic League of Kosovo', 'Democratic_League_of_Kosovo');
const wikiAak = wp('Alliance for the Future of Kosovo', 'Alliance_for_the_Future_of_Kosovo');
const wikiSps = wp('Socialist Party of Serbia', 'Socialist_Party_of_Serbia');
const wikiSnsd = wp('Alliance of Independent Social Democrats', 'Alliance_of_Independent_Social_Democrats');
const wikiSda = wp('Party of Democratic Action', 'Party_of_Democratic_Action');
const wikiHdzBih = wp(
  'Croatian Democratic Union of Bosnia and Herzegovina',
  'Croatian_Democratic_Union_of_Bosnia_and_Herzegovina',
);
const wikiNm2024 = wp('2024 North Macedonian parliamentary election', '2024_North_Macedonian_parliamentary_election');
const wikiSdsm = wp('Social Democratic Union of Macedonia', 'Social_Democratic_Union_of_Macedonia');
const wikiDps = wp('Democratic Party of Socialists of Montenegro', 'Democratic_Party_of_Socialists_of_Montenegro');
const wikiPd = wp('Democratic Party of Albania', 'Democratic_Party_of_Albania');
const wikiHdz = wp('Croatian Democratic Union', 'Croatian_Democratic_Union');
const wikiLocalElections2023 = wp('2023 Kosovan local elections', '2023_Kosovan_local_elections');

// Kosovo elections
const rksFeb2025 = source(
  'RKS News',
  'KQZ announces final election results',
  'https://rks.news/kqz-announces-final-election-results-2025',
);
const lajmiDec2025 = source(
  'Lajmi.net',
  'Zyrtarizohet rezultati i zgjedhjeve të 28 dhjetorit',
  'https://lajmi.net/zyrtarizohet-rezultati-i-zgjedhjeve-te-28-dhjetorit/',
);
const rksCertified = source(
  'RKS News',
  'Kosovo’s election results certified, path open for formation of new institutions',
  'https://rks.news/kosovos-election-results-certified-path-open-for-formation-of-new-institutions',
);
const ewbFeb2025 = source(
  'European Western Balkans',
  'Kosovo elections: Kurti’s Vetëvendosje wins the most votes but fails to secure an outright majority',
  'https://europeanwesternbalkans.com/2025/02/10/kosovo-elections-kurtis-vetevendosje-wins-the-most-votes-but-fails-to-secure-an-outright-majority/',
);
const a2news2021 = source(
  'A2 CNN',
  'Kosovo elections certified by CEC: Kurti’s party won 58 out of 120 seats',
  'https://english.a2news.com/2021/03/13/kosovo-elections-certified-by-cec-kurtis-party-won-58-out-of-120-seats/',
);
const prishtinaInsight2026 = source(
  'Prishtina Insight',
  'Kurti’s third government elected',
  'https://prishtinainsight.com/?p=33590',
);
const balkanInsightParties = source(
  'Balkan Insight',
  'Key political parties in Kosovo',
  'https://www.balkaninsight.com/en/article/who-is-who-political-parties-in-kosovo',
);
const prishtinaInsightElek = source(
  'Prishtina Insight',
  'Belgrade-backed Kosovo Serb party chooses doctor as new leader',
  'https://prishtinainsight.com/belgrade-backed-kosovo-serb-party-chooses-doctor-as-new-leader/',
);

// Elsewhere in the region
const cid2024 = source(
  'CID',
  'Parliamentary elections in North Macedonia 2024',
  'https://cid.mk/2024/06/05/parlamentary-elections-in-north-macedonia-2024',
);
const noviniteZaev = source(
  'Novinite',
  'Zaev leaves with unfulfilled promises of justice and good neighborly relations',
  'https://www.novinite.com/articles/212866/Zaev+leaves+with+Unfulfilled+Promises+of+Justice+and+Good+Neighborly+Relations',
);
const albanianTimes2025 = source(
  'Albanian Times',
  'Albania concludes vote count: Socialists secure historic fourth term as opposition collapses',
  'https://albaniantimes.al/albania-concludes-vote-count-socialists-secure-historic-fourth-term-as-opposition-collapses',
);
const ewbAlbania2025 = source(
  'European Western Balkans',
  'Edi Rama’s Socialist Party of Albania on course to win a fourth term',
  'https://europeanwesternbalkans.com/2025/05/12/edi-ramas-socialist-party-of-albania-on-course-to-win-a-fourth-term/',
);

export const parties: readonly OrganizationEntity[] = [
  // -------------------------------------------------------------------------------------------------
  // Serbian Progressive Party (SNS)
  {
    id: entityId('serbian-progressive-party'),
    type: 'organization',
    kind: 'party',
    name: 'Serbian Progressive Party',
    names: [
      { text: 'Serbian Progressive Party', lang: 'en', form: 'official' },
      { text: 'SNS', lang: 'en', form: 'abbreviation' },
      { text: 'СНС', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Srpska napredna stranka', lang: 'sr-Latn', form: 'official' },
      { text: 'Српска напредна странка', lang: 'sr-Cyrl', form: 'official' },
      { text: 'naprednjaci', lang: 'sr-Latn', form: 'common' },
      { text: 'напредњаци', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Progressives', lang: 'en', form: 'short', needsContext: true },
      { text: 'Serbische Fortschrittspartei', lang: 'de', form: 'official' },
      { text: 'Partia Përparimtare Serbe', lang: 'sq', form: 'common' },
    ],
    summary: 'Serbia’s ruling party since 2012, co-founded by Aleksandar Vučić; led by Miloš Vučević since 2023.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'Tomislav Nikolić and Aleksandar Vučić founded the party in 2008 after breaking away from the Serbian Radical Party.',
        asOf: '2008',
        sources: [wikiSns],
      },
      {
        text: "In 2012 the party came to power as the leading force in Serbia's governing coalition.",
        asOf: '2012',
        sources: [wikiSns],
      },
      {
        text: 'Vučić chaired the party from 2012 until 27 May 2023, when Defence Minister Miloš Vučević was elected to succeed him.',
        asOf: '2023-05-27',
        sources: [
          source(
            'bne IntelliNews',
            'Defence minister Vučević elected new head of Serbia’s ruling SNS',
            'https://www.intellinews.com/defence-minister-vucevic-elected-new-head-of-serbia-s-ruling-sns-279908',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Srpska Lista, the main Kosovo Serb party, works closely with the SNS and is widely described as its ally in Kosovo.',
        asOf: '2023',
        sources: [wikiSerbList],
      },
    ],
    relations: [
      { to: entityId('serbia'), kind: 'located-in' },
      { to: entityId('aleksandar-vucic'), kind: 'related', note: 'Co-founder; party leader 2012–2023' },
      { to: entityId('milos-vucevic'), kind: 'related', note: 'Party president since 27 May 2023' },
      { to: entityId('srpska-lista'), kind: 'related', note: 'Close ally in Kosovo' },
      { to: entityId('socialist-party-of-serbia'), kind: 'related', note: 'Coalition partner' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Serbian_Progressive_Party',
  },

  // -------------------------------------------------------------------------------------------------
  // Srpska Lista (Serb List)
  {
    id: entityId('srpska-lista'),
    type: 'organization',
    kind: 'party',
    name: 'Srpska Lista',
    names: [
      { text: 'Srpska lista', lang: 'sr-Latn', form: 'official' },
      { text: 'Српска листа', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Serb List', lang: 'en', form: 'official' },
      { text: 'Serbian List', lang: 'en', form: 'common' },
      { text: 'Lista Serbe', lang: 'sq', form: 'official' },
      { text: 'Serbische Liste', lang: 'de', form: 'common' },
    ],
    summary: 'Main party of Kosovo Serbs, based in North Mitrovica and closely tied to Belgrade’s ruling SNS.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'Founded in 2014 and based in North Mitrovica, Srpska Lista is the dominant party among Kosovo Serbs. It is closely tied to Serbia’s ruling SNS and President Vučić and describes its decisions as coordinated with Belgrade.',
        asOf: '2023-10',
        sources: [wikiSerbList, prishtinaInsightElek],
      },
      {
        text: 'In November 2022, during the licence-plate dispute, its mayors, Assembly members and other officials quit Kosovo’s institutions, and the party boycotted the April 2023 by-elections in the four northern municipalities.',
        asOf: '2023-04-23',
        sources: [wikiLocalElections2023],
      },
      {
        text: 'Milan Radoičić, a party vice-president, resigned on 29 September 2023 after saying he had organised the armed group at Banjska; Serbian police detained him briefly on 3 October 2023.',
        asOf: '2023-09-29',
        sources: [
          source(
            'B92',
            'Radoičić detained',
            'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=10&dd=03&nav_id=116750',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Zlatan Elek, a paediatric surgeon who heads the clinical centre in North Mitrovica, became party president on 24 October 2023, succeeding Goran Rakić.',
        asOf: '2023-10-24',
        sources: [prishtinaInsightElek],
        timeline: true,
      },
      {
        text: 'It won all 10 seats reserved for Serbs in the Assembly in 2021, and 9 of the 10 in both the February and the December 2025 elections; the tenth went to Nenad Rašić’s party.',
        asOf: '2026-02-09',
        sources: [rksFeb2025, lajmiDec2025, rksCertified],
      },
      {
        text: 'In the October 2025 local elections it won 9 of the 10 Serb-majority municipalities in the first round, taking back the northern municipalities it had boycotted in 2023.',
        asOf: '2025-10-13',
        sources: [
          source(
            'Vijesti',
            'Serbian List takes power in northern Kosovo',
            'https://en.vijesti.me/world-a/balkan/778799/Serbian-List-takes-power-in-northern-Kosovo',
          ),
        ],
        timeline: true,
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'assembly-seats',
        label: 'Srpska Lista seats in Kosovo’s Assembly (of 10 reserved for Serbs)',
        measure: 'other',
        unit: 'seats',
        changes: true,
        points: [
          {
            date: '2021-02',
            value: 10,
            qualifier: 'exactly',
            sources: [wp('2021 Kosovan parliamentary election', '2021_Kosovan_parliamentary_election')],
          },
          { date: '2025-02', value: 9, qualifier: 'exactly', sources: [rksFeb2025] },
          { date: '2025-12', value: 9, qualifier: 'exactly', sources: [lajmiDec2025] },
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('north-mitrovica'), kind: 'located-in', note: 'Headquarters' },
      { to: entityId('serbian-progressive-party'), kind: 'related', note: 'Close ally' },
      { to: entityId('milan-radoicic'), kind: 'related', note: 'Vice-president until 29 September 2023' },
      { to: entityId('association-of-serb-majority-municipalities'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Serb_List_(Kosovo)',
  },

  // -------------------------------------------------------------------------------------------------
  // Vetëvendosje
  {
    id: entityId('vetevendosje'),
    type: 'organization',
    kind: 'party',
    name: 'Vetëvendosje',
    names: [
      { text: 'Vetëvendosje', lang: 'sq', form: 'official' },
      { text: 'Lëvizja Vetëvendosje', lang: 'sq', form: 'official' },
      { text: 'LVV', lang: 'sq', form: 'abbreviation' },
      { text: 'VV', lang: 'sq', form: 'abbreviation', needsContext: true },
      { text: 'Self-Determination Movement', lang: 'en', form: 'official' },
      { text: 'Self-Determination', lang: 'en', form: 'short', needsContext: true },
      { text: 'Samoopredeljenje', lang: 'sr-Latn', form: 'common' },
      { text: 'Самоопредељење', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Bewegung Selbstbestimmung', lang: 'de', form: 'common' },
    ],
    summary: 'Kosovo’s largest party, left-leaning and nationalist, led by Prime Minister Albin Kurti.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'Vetëvendosje began in 2005 as a street movement against international administration of Kosovo and later became a party led by Albin Kurti.',
        asOf: '2005',
        sources: [wikiVv],
      },
      {
        text: 'In February 2021, running jointly with Vjosa Osmani, it won 50.28% of the vote and 58 of 120 seats, the best result by a single list until then.',
        asOf: '2021-02-14',
        sources: [a2news2021],
        timeline: true,
      },
      {
        text: 'In the election of 9 February 2025 it came first with 42.27% and 48 seats but could not form a majority for most of the year.',
        asOf: '2025-02-09',
        sources: [rksFeb2025, ewbFeb2025],
        timeline: true,
      },
      {
        text: 'In the snap election of 28 December 2025 it won 51.1% and 57 seats, its best result so far.',
        asOf: '2025-12-28',
        sources: [lajmiDec2025, rksCertified],
        timeline: true,
      },
      {
        text: 'The Assembly elected Kurti’s third government on 11 February 2026 by 66 votes to 49.',
        asOf: '2026-02-11',
        sources: [prishtinaInsight2026],
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'vote-share',
        label: 'Vetëvendosje share of the vote in parliamentary elections',
        measure: 'percent',
        unit: '%',
        changes: true,
        points: [
          { date: '2021-02-14', value: 50.28, qualifier: 'exactly', sources: [a2news2021] },
          { date: '2025-02-09', value: 42.27, qualifier: 'exactly', sources: [rksFeb2025] },
          { date: '2025-12-28', value: 51.1, qualifier: 'exactly', sources: [lajmiDec2025] },
        ],
      },
      {
        kind: 'series',
        id: 'assembly-seats',
        label: 'Vetëvendosje seats in Kosovo’s 120-seat Assembly',
        measure: 'other',
        unit: 'seats',
        changes: true,
        points: [
          { date: '2021-02-14', value: 58, qualifier: 'exactly', sources: [a2news2021] },
          { date: '2025-02-09', value: 48, qualifier: 'exactly', sources: [rksFeb2025] },
          { date: '2025-12-28', value: 57, qualifier: 'exactly', sources: [lajmiDec2025] },
        ],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('albin-kurti'), kind: 'related', note: 'Leader' },
      { to: entityId('vjosa-osmani'), kind: 'related', note: 'Ran on its list in 2021' },
      { to: entityId('glauk-konjufca'), kind: 'related' },
      { to: entityId('kosovo-elections-2025'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Vet%C3%ABvendosje',
  },

  // -------------------------------------------------------------------------------------------------
  // Democratic League of Kosovo (LDK)
  {
    id: entityId('democratic-league-of-kosovo'),
    type: 'organization',
    kind: 'party',
    name: 'Democratic League of Kosovo',
    names: [
      { text: 'Democratic League of Kosovo', lang: 'en', form: 'official' },
      { text: 'LDK', lang: 'sq', form: 'abbreviation' },
      { text: 'Lidhja Demokratike e Kosovës', lang: 'sq', form: 'official' },
      { text: 'Demokratski savez Kosova', lang: 'sr-Latn', form: 'common' },
      { text: 'Демократски савез Косова', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Demokratische Liga des Kosovo', lang: 'de', form: 'common' },
    ],
    summary: 'Kosovo’s oldest party, founded by Ibrahim Rugova in 1989; centre-right, now in opposition.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Albanian intellectuals led by Ibrahim Rugova founded the LDK on 23 December 1989 in response to Serbia’s removal of Kosovo’s autonomy; Rugova led it until his death on 21 January 2006, while he was Kosovo’s president.',
        asOf: '1989-12-23',
        sources: [wikiLdk],
        timeline: true,
      },
      {
        text: 'Vjosa Osmani was an LDK politician before she ran on Vetëvendosje’s list in 2021.',
        asOf: '2021',
        sources: [wp('Vjosa Osmani', 'Vjosa_Osmani')],
      },
      {
        text: 'Led by Lumir Abdixhiku, it won 20 seats in February 2025 and 15 seats (13.24%) in the snap election of December 2025.',
        asOf: '2026-02-09',
        sources: [rksFeb2025, ewbFeb2025, lajmiDec2025],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('ibrahim-rugova'), kind: 'related', note: 'Founder and first leader' },
      { to: entityId('vjosa-osmani'), kind: 'related', note: 'Former member' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Democratic_League_of_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // Democratic Party of Kosovo (PDK)
  {
    id: entityId('democratic-party-of-kosovo'),
    type: 'organization',
    kind: 'party',
    name: 'Democratic Party of Kosovo',
    names: [
      { text: 'Democratic Party of Kosovo', lang: 'en', form: 'official' },
      { text: 'PDK', lang: 'sq', form: 'abbreviation' },
      { text: 'Partia Demokratike e Kosovës', lang: 'sq', form: 'official' },
      { text: 'Demokratska partija Kosova', lang: 'sr-Latn', form: 'common' },
      { text: 'Демократска партија Косова', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Demokratische Partei des Kosovo', lang: 'de', form: 'common' },
    ],
    summary: 'Centre-right Kosovo party founded in 1999 from the KLA’s political wing; second-largest in the Assembly.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Set up on 14 May 1999 by the Kosovo Liberation Army’s political leadership under Hashim Thaçi, first as the Party for the Democratic Progress of Kosovo, it adopted its current name in May 2000.',
        asOf: '1999-05-14',
        sources: [balkanInsightParties],
        timeline: true,
      },
      {
        text: 'It won the November 2007 election, and Thaçi became prime minister; his government declared independence on 17 February 2008.',
        asOf: '2008-02-17',
        sources: [
          balkanInsightParties,
          wp('2008 Kosovo declaration of independence', '2008_Kosovo_declaration_of_independence'),
        ],
      },
      {
        text: 'It came second in both 2025 elections: 24 seats in February and 22 seats (20.19%) in December.',
        asOf: '2026-02-09',
        sources: [rksFeb2025, lajmiDec2025],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('hashim-thaci'), kind: 'related', note: 'Founder and long-time leader' },
      { to: entityId('kosovo-liberation-army'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Democratic_Party_of_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // Alliance for the Future of Kosovo (AAK)
  {
    id: entityId('alliance-for-the-future-of-kosovo'),
    type: 'organization',
    kind: 'party',
    name: 'Alliance for the Future of Kosovo',
    names: [
      { text: 'Allianz für die Zukunft des Kosovo', lang: 'de' },
      { text: 'Allianz für die Zukunft Kosovas', lang: 'de' },
      { text: 'Allianz für Kosovo', lang: 'de' },
      { text: 'Allianz für die Zukunft', lang: 'de', needsContext: true },
      { text: 'Alliance for the Future of Kosovo', lang: 'en', form: 'official' },
      { text: 'AAK', lang: 'sq', form: 'abbreviation' },
      { text: 'Aleanca për Ardhmërinë e Kosovës', lang: 'sq', form: 'official' },
      { text: 'Alijansa za budućnost Kosova', lang: 'sr-Latn', form: 'common' },
      { text: 'Алијанса за будућност Косова', lang: 'sr-Cyrl', form: 'common' },
    ],
    summary: 'Kosovo party founded in 2001 by former KLA commander Ramush Haradinaj.',
    region: 'balkans',
    importance: 1,
    facts: [
      {
        text: 'Ramush Haradinaj, a former KLA commander, founded the party in 2001.',
        asOf: '2001',
        sources: [wikiAak, balkanInsightParties],
      },
      {
        text: 'In the February 2025 election it ran on a joint list with Fatmir Limaj’s Nisma and won 8 seats; the preliminary count gave the list about 7.7% of the vote.',
        asOf: '2025-02-09',
        sources: [ewbFeb2025, rksFeb2025],
      },
      {
        text: 'Running alone in December 2025, it won 5.50% and 6 seats.',
        asOf: '2025-12-28',
        sources: [lajmiDec2025],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'located-in' },
      { to: entityId('kosovo-liberation-army'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Alliance_for_the_Future_of_Kosovo',
  },

  // -------------------------------------------------------------------------------------------------
  // Socialist Party of Serbia (SPS)
  {
    id: entityId('socialist-party-of-serbia'),
    type: 'organization',
    kind: 'party',
    name: 'Socialist Party of Serbia',
    names: [
      { text: 'Socialist Party of Serbia', lang: 'en', form: 'official' },
      { text: 'SPS', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'СПС', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Socijalistička partija Srbije', lang: 'sr-Latn', form: 'official' },
      { text: 'Социјалистичка партија Србије', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Sozialistische Partei Serbiens', lang: 'de', form: 'common' },
      { text: 'Partia Socialiste e Serbisë', lang: 'sq', form: 'common' },
    ],
    summary: 'Party founded by Slobodan Milošević in 1990; led by Ivica Dačić and a partner in SNS-led governments.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The SPS was founded on 17 July 1990 by merging the League of Communists of Serbia, led by Slobodan Milošević, with the Socialist Alliance; it ruled Serbia until its defeat in the 2000 elections.',
        asOf: '1990-07-17',
        sources: [wikiSps],
        timeline: true,
      },
      {
        text: 'Ivica Dačić became party leader in 2006. In 2012 the party formed a coalition government with the SNS in which Dačić was prime minister until 2014.',
        asOf: '2014',
        sources: [wikiSps],
      },
    ],
    relations: [
      { to: entityId('serbia'), kind: 'located-in' },
      { to: entityId('slobodan-milosevic'), kind: 'related', note: 'Founder' },
      { to: entityId('ivica-dacic'), kind: 'related', note: 'Leader' },
      { to: entityId('serbian-progressive-party'), kind: 'related', note: 'Coalition partner since 2012' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Socialist_Party_of_Serbia',
  },

  // -------------------------------------------------------------------------------------------------
  // SNSD (Alliance of Independent Social Democrats)
  {
    id: entityId('snsd'),
    type: 'organization',
    kind: 'party',
    name: 'SNSD',
    names: [
      { text: 'SNSD', lang: 'sr-Latn', form: 'abbreviation' },
      { text: 'СНСД', lang: 'sr-Cyrl', form: 'abbreviation' },
      { text: 'Alliance of Independent Social Democrats', lang: 'en', form: 'official' },
      { text: 'Savez nezavisnih socijaldemokrata', lang: 'sr-Latn', form: 'official' },
      { text: 'Савез независних социјалдемократа', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Bund der unabhängigen Sozialdemokraten', lang: 'de', form: 'common' },
    ],
    summary: 'Ruling party of Republika Srpska, led by Milorad Dodik.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The SNSD was founded on 10 March 1996, growing out of Milorad Dodik’s group of independent deputies, as a moderate alternative to the wartime Serb Democratic Party; its breakthrough came in 2006, with 41 of the 83 seats in Republika Srpska’s assembly.',
        asOf: '1996-03-10',
        sources: [wikiSnsd],
        timeline: true,
      },
      {
        text: 'Under Dodik the party has turned to Serb nationalism and has threatened Republika Srpska’s secession from Bosnia and Herzegovina.',
        asOf: '2025',
        sources: [wikiSnsd],
      },
      {
        text: 'After Dodik lost his post as Republika Srpska’s president in August 2025, the party’s candidate Siniša Karan narrowly led the snap presidential election of 23 November 2025; after irregularities the vote was repeated at 136 polling stations on 8 February 2026, and Karan won.',
        asOf: '2026-02-08',
        sources: [ewbKaran, ewbKaranRerun],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('republika-srpska'), kind: 'located-in' },
      { to: entityId('milorad-dodik'), kind: 'related', note: 'Leader' },
      { to: entityId('zeljka-cvijanovic'), kind: 'related', note: 'Vice-president' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Alliance_of_Independent_Social_Democrats',
  },

  // -------------------------------------------------------------------------------------------------
  // SDA (Party of Democratic Action)
  {
    id: entityId('sda'),
    type: 'organization',
    kind: 'party',
    name: 'SDA',
    names: [
      { text: 'SDA', lang: 'bs', form: 'abbreviation' },
      { text: 'Party of Democratic Action', lang: 'en', form: 'official' },
      { text: 'Stranka demokratske akcije', lang: 'bs', form: 'official' },
      { text: 'Странка демократске акције', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Partei der Demokratischen Aktion', lang: 'de', form: 'common' },
    ],
    summary: 'The main Bosniak party in Bosnia and Herzegovina, founded by Alija Izetbegović in 1990.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The SDA was founded in Sarajevo on 26 May 1990 with Alija Izetbegović as its first leader; he led it until 2001.',
        asOf: '1990-05-26',
        sources: [wikiSda],
        timeline: true,
      },
      {
        text: 'It is the strongest party among Bosniaks, is led by Alija Izetbegović’s son Bakir, and has branches in neighbouring countries, including Serbia’s Sandžak region.',
        asOf: '2022',
        sources: [wikiSda],
      },
    ],
    relations: [{ to: entityId('bosnia-and-herzegovina'), kind: 'located-in' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Party_of_Democratic_Action',
  },

  // -------------------------------------------------------------------------------------------------
  // HDZ BiH
  {
    id: entityId('hdz-bih'),
    type: 'organization',
    kind: 'party',
    name: 'HDZ BiH',
    names: [
      { text: 'Kroatische demokratische Gemeinschaft Bosnien und Herzegowinas', lang: 'de' },
      { text: 'HDZ BiH', lang: 'hr', form: 'abbreviation' },
      { text: 'Croatian Democratic Union of Bosnia and Herzegovina', lang: 'en', form: 'official' },
      { text: 'Hrvatska demokratska zajednica Bosne i Hercegovine', lang: 'hr', form: 'official' },
      { text: 'Hrvatska demokratska zajednica BiH', lang: 'hr', form: 'common' },
      { text: 'Хрватска демократска заједница БиХ', lang: 'sr-Cyrl', form: 'common' },
    ],
    summary: 'The main party of Bosnian Croats, sister party of Croatia’s HDZ, led by Dragan Čović.',
    region: 'balkans',
    importance: 1,
    facts: [
      {
        text: 'HDZ BiH was founded on 18 August 1990 as the Bosnian branch of Croatia’s HDZ and is the strongest party among Bosnian Croats.',
        asOf: '1990-08-18',
        sources: [
          wikiHdzBih,
          source(
            'N1',
            'Main Croat party marks anniversary, says its requests lead country to EU, NATO',
            'https://ba.n1info.com/english/news/a363148-main-croat-party-marks-anniversary-says-its-requests-lead-country-to-eu-nato/',
          ),
        ],
      },
      {
        text: 'Dragan Čović became party leader in 2005. He was the Croat member of the state Presidency in 2002–2005, when High Representative Paddy Ashdown removed him, and again in 2014–2018.',
        asOf: '2018',
        sources: [wikiHdzBih, wp('Dragan Čović', 'Dragan_%C4%8Covi%C4%87')],
      },
    ],
    relations: [
      { to: entityId('bosnia-and-herzegovina'), kind: 'located-in' },
      { to: entityId('hdz'), kind: 'related', note: 'Sister party in Croatia' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Croatian_Democratic_Union_of_Bosnia_and_Herzegovina',
  },

  // -------------------------------------------------------------------------------------------------
  // VMRO-DPMNE
  {
    id: entityId('vmro-dpmne'),
    type: 'organization',
    kind: 'party',
    name: 'VMRO-DPMNE',
    names: [
      {
        text: 'Innere Mazedonische Revolutionäre Organisation – Demokratische Partei für Mazedonische Nationale Einheit',
        lang: 'de',
      },
      { text: 'Demokratische Partei für Mazedonische Nationale Einheit', lang: 'de' },
      { text: 'VMRO-DPMNE', lang: 'mk', form: 'abbreviation' },
      { text: 'ВМРО-ДПМНЕ', lang: 'mk', form: 'abbreviation' },
      {
        text: 'Internal Macedonian Revolutionary Organization – Democratic Party for Macedonian National Unity',
        lang: 'en',
        form: 'official',
      },
    ],
    summary: 'North Macedonia’s main right-wing party, in government since 2024 under Hristijan Mickoski.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A coalition led by VMRO-DPMNE won the parliamentary election of 8 May 2024 with 43.23% of the vote and 58 of 120 seats, three short of a majority; on the same day its candidate Gordana Siljanovska-Davkova won the presidency.',
        asOf: '2024-05-08',
        sources: [wikiNm2024, cid2024],
        timeline: true,
      },
      {
        text: 'Its leader Hristijan Mickoski, who became prime minister after the vote, has criticised the 2018 Prespa name agreement with Greece.',
        asOf: '2024-05',
        sources: [
          source(
            'Adresseavisen (NTB)',
            'Spenning i vente mellom Nord-Makedonia og EU-naboer etter valgseier for høyresiden',
            'https://www.adressa.no/nyheter/utenriks/i/QMom7R/spenning-i-vente-mellom-nord-makedonia-og-eu-naboer-etter-valgseier-for-hoeyresiden',
          ),
        ],
      },
      {
        text: 'Its government refuses to amend the constitution to name the Bulgarian minority, a condition for progress in EU talks, unless Bulgaria first gives guarantees; the impasse continued in May 2025.',
        asOf: '2025-05',
        sources: [
          source(
            'Novinite',
            'North Macedonia’s PM rejects more constitutional amendments without Bulgarian reciprocity; EU: no Plan B',
            'https://m.novinite.com/view_news.php?id=232303',
            '2026-12',
          ),
        ],
      },
    ],
    relations: [
      { to: entityId('north-macedonia'), kind: 'located-in' },
      { to: entityId('hristijan-mickoski'), kind: 'related', note: 'Leader; prime minister since 2024' },
      { to: entityId('gordana-siljanovska-davkova'), kind: 'related', note: 'Party’s presidential candidate in 2024' },
      { to: entityId('prespa-agreement'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/VMRO-DPMNE',
  },

  // -------------------------------------------------------------------------------------------------
  // SDSM (Social Democratic Union of Macedonia)
  {
    id: entityId('sdsm'),
    type: 'organization',
    kind: 'party',
    name: 'SDSM',
    names: [
      { text: 'SDSM', lang: 'mk', form: 'abbreviation' },
      { text: 'СДСМ', lang: 'mk', form: 'abbreviation' },
      { text: 'Social Democratic Union of Macedonia', lang: 'en', form: 'official' },
      { text: 'Социјалдемократски сојуз на Македонија', lang: 'mk', form: 'official' },
      { text: 'Социјалдемократски сојуз', lang: 'mk', form: 'short' },
      { text: 'Socijaldemokratski savez Makedonije', lang: 'sr-Latn', form: 'common' },
      { text: 'Sozialdemokratischer Bund Mazedoniens', lang: 'de', form: 'common' },
      { text: 'Social Democrats', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'North Macedonia’s main centre-left party; its government made the Prespa deal and led the country into NATO.',
    region: 'balkans',
    importance: 1,
    facts: [
      {
        text: 'The SDSM is the successor of the League of Communists of Macedonia and took its present name in 1991.',
        asOf: '1991',
        sources: [wikiSdsm],
      },
      {
        text: 'Under Zoran Zaev, prime minister from 2017, the SDSM-led government signed the Prespa Agreement with Greece in June 2018 and took North Macedonia into NATO in March 2020.',
        asOf: '2020-03-27',
        sources: [noviniteZaev],
      },
      {
        text: 'Zaev stepped down after the party’s defeat in the local elections of October 2021; Dimitar Kovačevski was elected party leader on 12 December 2021.',
        asOf: '2021-12-12',
        sources: [noviniteZaev],
        timeline: true,
      },
      {
        text: 'In the election of 8 May 2024 its coalition fell to about 16% of the vote and lost 28 seats.',
        asOf: '2024-05-08',
        sources: [wikiNm2024, cid2024],
      },
      {
        text: 'After that defeat Kovačevski stepped down; Venko Filipče, a former health minister, was elected party leader in June 2024.',
        asOf: '2024-06',
        sources: [wikiSdsm],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('north-macedonia'), kind: 'located-in' },
      { to: entityId('prespa-agreement'), kind: 'related' },
      { to: entityId('north-macedonia-nato-accession'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Social_Democratic_Union_of_Macedonia',
  },

  // -------------------------------------------------------------------------------------------------
  // Democratic Party of Socialists of Montenegro (DPS)
  {
    id: entityId('democratic-party-of-socialists-of-montenegro'),
    type: 'organization',
    kind: 'party',
    name: 'Democratic Party of Socialists of Montenegro',
    names: [
      { text: 'Demokratische Partei der Sozialisten', lang: 'de' },
      { text: 'Demokratische Partei der Sozialisten Montenegros', lang: 'de' },
      { text: 'Democratic Party of Socialists of Montenegro', lang: 'en', form: 'official' },
      { text: 'Democratic Party of Socialists', lang: 'en', form: 'common' },
      { text: 'DPS', lang: 'sr-Latn', form: 'abbreviation', needsContext: true },
      { text: 'Demokratska partija socijalista Crne Gore', lang: 'sr-Latn', form: 'official' },
      { text: 'Демократска партија социјалиста Црне Горе', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Demokratska partija socijalista', lang: 'sr-Latn', form: 'common' },
      { text: 'Partia Demokratike e Socialistëve', lang: 'sq', form: 'common' },
    ],
    summary: 'Montenegro’s long-ruling party under Milo Đukanović; in opposition since losing the 2020 election.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The DPS governed Montenegro without interruption from the first multiparty elections in 1990 until the election of 30 August 2020, when it fell to about 35% and 30 of 81 seats and three opposition lists won a narrow majority.',
        asOf: '2020-08-30',
        sources: [
          source(
            'TransConflict',
            'Everything comes to an end: how the DPS lost power in Montenegro',
            'https://www.transconflict.com/2020/09/everything-comes-to-an-end-how-the-dps-lost-power-in-montenegro/',
          ),
        ],
        timeline: true,
      },
      {
        text: 'Under Milo Đukanović the party led Montenegro to independence in 2006 and into NATO in 2017.',
        asOf: '2017',
        sources: [wikiDps],
      },
      {
        text: 'Đukanović, party leader since 1997, lost the presidential run-off of 2 April 2023 to Jakov Milatović by about 40% to 60% and resigned as DPS leader three days later.',
        asOf: '2023-04-05',
        sources: [
          source(
            'Euronews',
            'Montenegro elegeu novo presidente',
            'https://pt.euronews.com/video/2023/04/03/montenegro-elegeu-novo-presidente',
          ),
          source(
            'Balkan Insight',
            'Djukanovic quits as party leader after losing Montenegrin presidential race',
            'https://balkaninsight.com/2023/04/06/djukanovic-quits-as-party-leader-after-losing-montenegrin-presidential-race/',
          ),
        ],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('montenegro'), kind: 'located-in' },
      { to: entityId('milo-djukanovic'), kind: 'related', note: 'Party leader 1997–2023' },
      { to: entityId('jakov-milatovic'), kind: 'related', note: 'Defeated Đukanović in 2023' },
      { to: entityId('montenegro-independence-referendum'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Democratic_Party_of_Socialists_of_Montenegro',
  },

  // -------------------------------------------------------------------------------------------------
  // Socialist Party of Albania (PS)
  {
    id: entityId('socialist-party-of-albania'),
    type: 'organization',
    kind: 'party',
    name: 'Socialist Party of Albania',
    names: [
      { text: 'Socialist Party of Albania', lang: 'en', form: 'official' },
      { text: 'Partia Socialiste e Shqipërisë', lang: 'sq', form: 'official' },
      { text: 'Partia Socialiste', lang: 'sq', form: 'common' },
      { text: 'Socialist Party', lang: 'en', form: 'short', needsContext: true },
      { text: 'Socialists', lang: 'en', form: 'short', needsContext: true },
      { text: 'PS', lang: 'sq', form: 'abbreviation', needsContext: true },
      { text: 'Socijalistička partija Albanije', lang: 'sr-Latn', form: 'common' },
      { text: 'Sozialistische Partei Albaniens', lang: 'de', form: 'common' },
    ],
    summary: 'Albania’s governing party since 2013, led by Prime Minister Edi Rama.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Led by Edi Rama, the Socialist Party has governed Albania since 2013.',
        asOf: '2025-05-12',
        sources: [ewbAlbania2025],
      },
      {
        text: 'In the election of 11 May 2025 it won about 52% of the vote and 83 of the 140 seats, up from 74 in 2021, giving Rama a fourth consecutive term.',
        asOf: '2025-05-20',
        sources: [albanianTimes2025, ewbAlbania2025],
        timeline: true,
      },
    ],
    figures: [
      {
        kind: 'series',
        id: 'assembly-seats',
        label: 'Socialist Party seats in Albania’s 140-seat parliament',
        measure: 'other',
        unit: 'seats',
        changes: true,
        points: [
          { date: '2021-04', value: 74, qualifier: 'exactly', sources: [ewbAlbania2025] },
          { date: '2025-05', value: 83, qualifier: 'exactly', sources: [albanianTimes2025] },
        ],
      },
    ],
    relations: [
      { to: entityId('albania'), kind: 'located-in' },
      { to: entityId('edi-rama'), kind: 'related', note: 'Leader; prime minister since 2013' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Socialist_Party_of_Albania',
  },

  // -------------------------------------------------------------------------------------------------
  // Democratic Party of Albania (PD)
  {
    id: entityId('democratic-party-of-albania'),
    type: 'organization',
    kind: 'party',
    name: 'Democratic Party of Albania',
    names: [
      { text: 'Democratic Party of Albania', lang: 'en', form: 'official' },
      { text: 'Democratic Party', lang: 'en', form: 'short', needsContext: true },
      { text: 'Partia Demokratike e Shqipërisë', lang: 'sq', form: 'official' },
      { text: 'Partia Demokratike', lang: 'sq', form: 'short', needsContext: true },
      { text: 'PD', lang: 'sq', form: 'abbreviation', needsContext: true },
      { text: 'Demokratska partija Albanije', lang: 'sr-Latn', form: 'common' },
      { text: 'Demokratische Partei Albaniens', lang: 'de', form: 'common' },
      { text: 'Demokratische Partei', lang: 'de', form: 'short', needsContext: true },
    ],
    summary: 'Albania’s main centre-right opposition party, led by former president and prime minister Sali Berisha.',
    region: 'balkans',
    importance: 1,
    facts: [
      {
        text: 'Founded in December 1990, as soon as opposition parties were allowed, it was the first opposition party under Albania’s communist regime; its leader Sali Berisha was president from 1992 to 1997.',
        asOf: '1997',
        sources: [wikiPd],
      },
      {
        text: 'In May 2025 the opposition alliance around the party, led again by Berisha, won about 34% of the vote and 50 seats; Berisha alleged fraud and vote-buying.',
        asOf: '2025-05-20',
        sources: [albanianTimes2025, ewbAlbania2025],
      },
    ],
    relations: [{ to: entityId('albania'), kind: 'located-in' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Democratic_Party_of_Albania',
  },

  // -------------------------------------------------------------------------------------------------
  // HDZ (Croatian Democratic Union)
  {
    id: entityId('hdz'),
    type: 'organization',
    kind: 'party',
    name: 'HDZ',
    names: [
      { text: 'HDZ', lang: 'hr', form: 'abbreviation' },
      { text: 'Croatian Democratic Union', lang: 'en', form: 'official' },
      { text: 'Hrvatska demokratska zajednica', lang: 'hr', form: 'official' },
      { text: 'Хрватска демократска заједница', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Kroatische Demokratische Union', lang: 'de', form: 'common' },
    ],
    summary:
      'Croatia’s main centre-right party, founded by Franjo Tuđman; in government under Andrej Plenković since 2016.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A circle of dissidents around Franjo Tuđman set the party up in Zagreb on 17 June 1989, with Tuđman as its first president.',
        asOf: '1989-06-17',
        sources: [wikiHdz],
        timeline: true,
      },
      {
        text: "It held power from 1990 to 2000 and from 2003 to 2011, and has headed Croatia's coalition governments since 2016; in March 2026 it still led the ruling majority under Andrej Plenković.",
        asOf: '2026-03-09',
        sources: [
          wikiHdz,
          source(
            'Večernji list',
            'Boška Ban i Zurovec Plenkoviću su polica osiguranja za DP koji je na aparatima',
            'https://www.vecernji.hr/vijesti/boska-ban-i-zurovec-plenkovicu-su-polica-osiguranja-za-dp-koji-je-na-aparatima-1940583',
          ),
        ],
        changes: true,
      },
      {
        text: 'Andrej Plenković became party leader on 17 July 2016 and prime minister in October 2016.',
        asOf: '2016-10',
        sources: [wikiHdz],
      },
      {
        text: 'The HDZ came first in the parliamentary election of 17 April 2024 and formed a new government with the right-wing Homeland Movement.',
        asOf: '2024-05',
        sources: [wp('2024 Croatian parliamentary election', '2024_Croatian_parliamentary_election')],
      },
    ],
    relations: [
      { to: entityId('croatia'), kind: 'located-in' },
      { to: entityId('andrej-plenkovic'), kind: 'related', note: 'Leader; prime minister since 2016' },
      { to: entityId('hdz-bih'), kind: 'related', note: 'Sister party in Bosnia and Herzegovina' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Croatian_Democratic_Union',
  },
];
