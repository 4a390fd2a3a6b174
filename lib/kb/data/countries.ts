import { entityId, type PlaceEntity, type Source } from '../types';
import { source } from '../source';
import {
  ewbKaran,
  ewbKaranRerun,
  kosovoOnlineEuro,
  rksCensus,
  srpska365Resolution,
  unPressSrebrenica,
  wikiBanjska,
} from './shared-sources';

/*
 * Countries, territories, entities and regions (helper KB-A1).
 * Main source: the fact sheet (/work/shared/reference/balkans-facts.md, §1, §5, §6). Mirror URLs from the sheet
 * are replaced by the originals they copy (official pages, the outlet's own article, or the Wikipedia article).
 * Items the sheet marks UNVERIFIED are left out.
 */

/** A Wikipedia article, cited by its English title. */
const wiki = (title: string, slug: string): Source =>
  source('Wikipedia', title, `https://en.wikipedia.org/wiki/${slug}`);

// ---------------------------------------------------------------------------------------------------------------
// Sources used more than once in this file.
// ---------------------------------------------------------------------------------------------------------------

const wikiRecognition = wiki('International recognition of Kosovo', 'International_recognition_of_Kosovo');
const wikiKosovo = wiki('Kosovo', 'Kosovo');
const wikiDeclaration = wiki('2008 Kosovo declaration of independence', '2008_Kosovo_declaration_of_independence');
const wikiIcjOpinion = wiki(
  "Advisory opinion on Kosovo's declaration of independence",
  'Advisory_opinion_on_Kosovo%27s_declaration_of_independence',
);
const icjCase = source(
  'International Court of Justice',
  'Accordance with International Law of the Unilateral Declaration of Independence in respect of Kosovo',
  'https://www.icj-cij.org/case/141',
);
const wikiDayton = wiki('Dayton Agreement', 'Dayton_Agreement');
const wikiBihCensus = wiki(
  '2013 population census in Bosnia and Herzegovina',
  '2013_population_census_in_Bosnia_and_Herzegovina',
);
const wikiPrespa = wiki('Prespa Agreement', 'Prespa_Agreement');
const wikiWashington = wiki(
  'Kosovo and Serbia economic normalization agreements',
  'Kosovo_and_Serbia_economic_normalization_agreements',
);
const wikiOhrid = wiki('2023 Ohrid Agreement', '2023_Ohrid_Agreement');
const wikiMneReferendum = wiki('2006 Montenegrin independence referendum', '2006_Montenegrin_independence_referendum');

const apCensus = source(
  'Associated Press',
  'Kosovo census shows shrinking population as many Serbs heed political party calls to boycott',
  'https://apnews.com/article/kosovo-census-serb-minority-population-religion-war-1c20ecb6b09fcf2f26342c1404c405ca',
  '2024-12',
);
const kossevSierraLeone = source(
  'KoSSev',
  'Dacic: Sierra Leone 18th state to withdraw Kosovo’s recognition; Pristina: We have nothing to confirm',
  'https://kossev.info/dacic-sierra-leone-18th-state-to-withdraw-kosovos-recognition-pristina-denies/',
);
const glasSrpskeVucic2023 = source(
  'Glas Srpske',
  'Ово су државе које су повукле признање самопроглашеног Косова',
  'https://glassrpske.com/cir/novosti/srbija/devet-zemalja-povuklo-priznanje-samoproglasenog-kosova/450319',
);
const jpostIsrael = source(
  'The Jerusalem Post',
  'Israel, Kosovo establish diplomatic ties over Zoom',
  'https://www.jpost.com/israel-news/israel-kosovo-establish-diplomatic-ties-over-zoom-657431',
);
const rferlIsrael = source(
  'Radio Free Europe/Radio Liberty',
  'Kosovo, Israel to establish diplomatic relations',
  'https://www.rferl.org/a/kosovo-israel-establish-relations-/31079492.html',
);
const reutersKenya = source(
  'Reuters',
  'Kenya recognises Kosovo as independent state, first such move in five years',
  'https://www.reuters.com/world/europe/kenya-recognises-kosovo-independent-state-first-such-move-five-years-2025-03-26/',
);
const ninKenya = source(
  'NIN',
  'Kenya recognizes Kosovo',
  'https://nin.rs/english/news/72393/kenya-recognizes-kosovo',
  '2026-12',
);
const theBriefKenya = source(
  'The Brief',
  'Serbia condemns Kenya’s recognition of Kosovo as a state',
  'https://thebrief.co.ke/foreign/serbia-condemns-kenyas-recognition-of-kosovo-as-a-state/',
  '2026-12',
);
const n1KosovoApplication = source(
  'N1',
  'Kosovo signs EU membership application',
  'https://n1info.hr/english/news/kosovo-signs-eu-membership-application/',
);
const n1KosovoVisasJan2024 = source(
  'N1',
  'No EU visas required for Kosovo passport holders starting January 1',
  'https://n1info.hr/english/news/no-eu-visas-required-for-kosovo-passport-holders-starting-january-1/',
);
const rferlSpainPassports = source(
  'Radio Free Europe/Radio Liberty',
  'Kosovo welcomes Spain’s recognition of Kosovar passports',
  'https://www.rferl.org/a/kosovo-spain-passport-recognition-schengen-visa-liberalization/32763889.html',
);
const ceenewsDec2025 = source(
  'CEE News',
  'Montenegro’s EU accession momentum builds as Western Balkans leaders gather in Brussels',
  'https://ceenews.org/montenegros-eu-accession-momentum-builds-as-western-balkans-leaders-gather-in-brussels',
);
const ewbMontenegroDec2025 = source(
  'European Western Balkans',
  'Kos: Montenegro never closer to the EU, five chapters officially closed',
  'https://europeanwesternbalkans.com/2025/12/16/kos-montenegro-never-closer-to-the-eu-five-chapters-officially-closed/',
);
const ewbMontenegroLeaders = source(
  'European Western Balkans',
  'Montenegrin leaders announce the closure of 5 chapters, formal decision tonight',
  'https://europeanwesternbalkans.com/2025/12/15/montenegrin-leaders-announce-the-closure-of-5-chapters-formal-decision-tonight/',
);
const ecSerbia = source(
  'European Commission',
  'Serbia – EU accession',
  'https://neighbourhood-enlargement.ec.europa.eu/enlargement-policy/serbia_en',
);
const vijestiCluster3 = source(
  'Vijesti',
  'The issue of opening Cluster 3 with Serbia after progress in the rule of law and in normalising relations with Kosovo',
  'https://en.vijesti.me/world-a/balkan/736729/the-issue-of-opening-cluster-3-with-Serbia-after-progress-in-the-rule-of-law-and-in-the-process-of-normalizing-relations-with-Kosovo',
);
const ewbDodikMandate = source(
  'European Western Balkans',
  'Dodik’s presidential mandate terminated by Central Election Commission',
  'https://europeanwesternbalkans.com/2025/08/06/dodiks-presidential-mandate-terminated-by-central-election-commission/',
);
const voaSchmidt = source(
  'Voice of America',
  'Europe powers new High Representative in Bosnia-Herzegovina as Russia lies in wait',
  'https://www.voanews.com/a/europe_powers-new-high-representative-bosnia-herzegovina-lie-boards-hands/6207783.html',
);
const tassSchmidt = source(
  'TASS',
  'Russia does not recognise Christian Schmidt as High Representative for Bosnia and Herzegovina',
  'https://tass.com/politics/1376097',
);
const ewbSchmidt2021 = source(
  'European Western Balkans',
  'Schmidt’s appointment a sign of structural problems of international community’s engagement with BiH',
  'https://europeanwesternbalkans.com/2021/06/08/schmidts-appointment-a-sign-of-structural-problems-of-international-communitys-engagement-with-bih',
);
const frBihCandidate = source(
  'French Ministry for Europe and Foreign Affairs',
  'Bosnia and Herzegovina – European Council decision to grant candidate country status',
  'https://www.diplomatie.gouv.fr/en/country-files/bosnia-herzegovina/news/article/bosnia-herzegovina-european-council-decision-to-grant-candidate-country-status',
);
const euobserverBihTalks = source(
  'EUobserver',
  'EU opens accession talks with Bosnia and Herzegovina',
  'https://euobserver.com/eu-and-the-world/ar88191946',
  '2026-12',
);
const esiMontenegro = source(
  'European Stability Initiative',
  'Montenegro’s independence referendum and the 55 per cent rule',
  'https://www.esiweb.org/index.php?lang=en&id=281&story_ID=10&slide_ID=9',
);
const netpressNato = source(
  'Netpress',
  'Macedonia to officially join NATO on Friday',
  'https://en.netpress.com.mk/2020/03/27/macedonia-officially-join-nato-friday/',
);
const novinitePrespaBulgaria = source(
  'Novinite',
  'EU Warns North Macedonia: Amend Constitution to Include Bulgarians Before Accession',
  'https://www.novinite.com/view_news.php?id=228845',
);
const crsNatoEnlargement = source(
  'Congressional Research Service',
  'NATO Enlargement: Albania, Croatia, and Possible Future Candidates (RL34701)',
  'https://crsreports.congress.gov/product/pdf/RL/RL34701',
);
const rfeKforContingents = source(
  'Info-ks (citing Radio Free Europe/Radio Liberty)',
  'RSE: U misiji Kfor na Kosovu najviše vojnika iz Italije i SAD',
  'https://www.info-ks.net/vijesti/kosovo/143585/rse-u-misiji-kfor-na-kosovu-najvise-vojnika-iz-italije-i-sad',
);
const aaReserve2025 = source(
  'Anadolu Agency',
  'NATO rotates reserve troops in Kosovo as KFOR maintains security presence',
  'https://www.aa.com.tr/en/europe/nato-rotates-reserve-troops-in-kosovo-as-kfor-maintains-security-presence/3525536',
);
const stripesBuildup = source(
  'Stars and Stripes',
  'US calls on Serbia to pull back troops from border with Kosovo',
  'https://www.stripes.com/theaters/europe/2023-09-30/us-serbia-troops-border-kosovo-11549884.html',
);
const ewbUsBuildup = source(
  'European Western Balkans',
  'US calls Serbia to withdraw “unprecedented” military deployment on Kosovo border',
  'https://europeanwesternbalkans.com/2023/09/30/us-calls-serbia-to-withdraw-unprecedented-military-deployment-on-kosovo-border/',
);
const raportSrebrenicaVote = source(
  'Raport.ba',
  'Zemlje koje su bile protiv i suzdržane o rezoluciji o Srebrenici',
  'https://raport.ba/ovo-su-zemlje-s-druge-strane-civilizacije-koje-su-bili-protiv-i-suzdrzane-o-rezoluciji-o-srebrenici',
);
const unSrebrenica = source(
  'United Nations',
  'General Assembly: 82nd plenary meeting - 78th session',
  'https://media.un.org/avlibrary/en/asset/d321/d3213629',
);
const unScr1244 = source(
  'United Nations',
  'Security Council authorizes international civil and security presence in Kosovo (SC/6686)',
  'https://press.un.org/en/1999/19990610.SC6686.html',
);
const kosovapressKforCommand = source(
  'Kosovapress',
  'NATO admiral on dialogue: governments acting unilaterally escalate tensions',
  'https://kosovapress.com/eng/admin/nato-admiral-on-dialogue-governments-acting-unilaterally-escalate-tensions',
);
const ewbAsmLeaders = source(
  'European Western Balkans',
  'Macron, Scholz and Meloni call Kosovo to launch establishment of ASM and Serbia to deliver on de facto recognition',
  'https://europeanwesternbalkans.com/2023/10/27/macron-scholz-and-meloni-call-kosovo-to-launch-establishment-of-asm-and-serbia-to-deliver-on-de-facto-recognition/',
);
const forcesUk = source(
  'Forces News',
  'Two hundred British Army troops arrive in Kosovo for Nato peacekeeping mission',
  'https://www.forces.net/nato/two-hundred-british-army-troops-arrive-kosovo-nato-peacekeeping-mission',
);

export const countries: readonly PlaceEntity[] = [
  // =============================================================================================================
  // Kosovo
  // =============================================================================================================
  {
    id: entityId('kosovo'),
    type: 'place',
    kind: 'territory',
    name: 'Kosovo',
    names: [
      { text: 'Kosovo', lang: 'en' },
      { text: 'Republic of Kosovo', lang: 'en', form: 'official' },
      { text: 'Republik Kosovo', lang: 'de', form: 'official' },
      { text: 'Kosova', lang: 'sq' },
      { text: 'Kosovë', lang: 'sq' },
      { text: 'Republika e Kosovës', lang: 'sq', form: 'official' },
      { text: 'Republika Kosovo', lang: 'sr-Latn', form: 'official' },
      { text: 'Косово', lang: 'sr-Cyrl' },
      { text: 'Република Косово', lang: 'mk', form: 'official' },
      { text: 'Kosovo i Metohija', lang: 'sr-Latn', form: 'official' },
      { text: 'Косово и Метохија', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Autonomna pokrajina Kosovo i Metohija', lang: 'sr-Latn', form: 'official' },
      { text: 'Аутономна покрајина Косово и Метохија', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Kosmet', lang: 'sr-Latn', form: 'common' },
      { text: 'Космет', lang: 'sr-Cyrl', form: 'common' },
      { text: 'KiM', lang: 'sr-Latn', form: 'abbreviation', needsContext: true },
      { text: 'Kosovo*', lang: 'en', form: 'common' },
      { text: 'RKS', lang: 'other', form: 'abbreviation', needsContext: true },
      { text: 'Kosovar', lang: 'en', form: 'adjective' },
      { text: 'Kosovan', lang: 'en', form: 'adjective' },
      { text: 'kosovarisch', lang: 'de', form: 'adjective' },
      { text: 'kosovski', lang: 'sl', form: 'adjective' },
    ],
    summary:
      'Partially recognised country in the Balkans; declared independence from Serbia in 2008, which Serbia rejects.',
    region: 'balkans',
    importance: 3,
    coords: { lat: 42.663, lon: 21.164 },
    within: [
      {
        to: entityId('serbia'),
        kind: 'part-of',
        disputed: true,
        note: 'Serbia considers Kosovo its southern province; Kosovo declared independence in 2008',
      },
    ],
    relations: [
      { to: entityId('kosovo-declaration-of-independence'), kind: 'related' },
      { to: entityId('icj-advisory-opinion-on-kosovo'), kind: 'related' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'participant' },
      { to: entityId('dinar-ban-2024'), kind: 'related' },
      { to: entityId('kosovo-census-2024'), kind: 'related' },
      { to: entityId('kosovo-elections-2025'), kind: 'related' },
      { to: entityId('unscr-1244'), kind: 'related' },
    ],
    terms: [
      {
        usedBy: "Kosovo's constitution and government",
        term: 'Republic of Kosovo',
        note: 'Albanian: Republika e Kosovës.',
        forms: ['Republic of Kosovo', 'Republika e Kosov~', 'Republik Kosovo', 'Republika Kosovo'],
      },
      {
        usedBy: 'Serbia (official usage)',
        term: 'Kosovo and Metohija (Kosovo i Metohija / Косово и Метохија)',
        note: 'Serbia treats the territory as its Autonomous Province of Kosovo and Metohija; colloquially KiM or Kosmet.',
        forms: ['Kosovo and Metohija', 'Kosovo und Metochien', 'Kosov~ i Metohij~', 'KiM', 'Kosmet~'],
      },
      {
        usedBy: 'European Union',
        term: 'Kosovo*',
        note: 'The asterisk refers to a footnote: the designation is without prejudice to positions on status and is in line with UNSCR 1244 and the ICJ opinion on the declaration of independence.',
        forms: ['Kosovo*'],
      },
      {
        usedBy: 'Albanian usage',
        term: 'Kosova / Kosovë',
        note: 'Indefinite and definite Albanian forms of the name.',
        forms: ['Kosova', 'Kosovë', 'Kosovës'],
        // In Serbian, Croatian and Bosnian "Kosova" is the genitive of Kosovo, not the Albanian name; in
        // Albanian it is simply the country's name, no choice of words.
        notIn: ['sr', 'hr', 'bs', 'sh', 'cnr', 'mk', 'sq'],
      },
      {
        usedBy: 'Serbian officials and media (often)',
        term: '"so-called Kosovo" (tzv. Kosovo)',
        note: 'Prefix used to signal non-recognition of Kosovo’s institutions.',
        forms: ['so-called Kosovo', 'tzv. Kosov~', 'takozvan~ Kosov~', 'sogenannte~ Kosovo'],
      },
      {
        usedBy: 'Serbia',
        term: 'administrative line (administrativna linija)',
        note: 'Serbia does not accept the line with Kosovo as a state border.',
        neutral: 'boundary; crossing point (the words of the EU-facilitated dialogue)',
        forms: ['administrative line', 'administrative boundary line', 'administrativn~ linij~', 'Verwaltungslinie'],
      },
      {
        usedBy: 'Kosovo and the states that recognise it',
        term: 'border between Kosovo and Serbia',
        neutral: 'boundary; crossing point (the words of the EU-facilitated dialogue)',
        forms: ['border with Serbia', 'Kosovo-Serbia border', 'Kosovo–Serbia border', 'kufi~ me Serbi~'],
      },
    ],
    neutral: 'Kosovo',
    facts: [
      {
        text: "On 17 February 2008, 109 of the 120 members of Kosovo's Assembly met and declared independence from Serbia; the Serb members stayed away. Serbia rejects the declaration.",
        asOf: '2008-02-17',
        timeline: true,
        sources: [wikiDeclaration],
      },
      {
        text: 'In an advisory opinion of 22 July 2010 the International Court of Justice found, by 10 votes to 4, that the declaration did not breach general international law or UN Security Council Resolution 1244. It did not rule on whether Kosovo is a state.',
        asOf: '2010-07-22',
        timeline: true,
        sources: [icjCase, wikiIcjOpinion],
      },
      {
        text: 'Serbia and five EU members (Spain, Slovakia, Cyprus, Romania and Greece) do not recognise Kosovo; nor do Russia and China, which block its UN membership. 22 of the 27 EU members and 28 of the 32 NATO members recognise it.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Kosovo applied to join the European Union on 15 December 2022, a day after President Osmani, Prime Minister Kurti and Assembly speaker Konjufca signed the application.',
        asOf: '2022-12-15',
        timeline: true,
        sources: [
          n1KosovoApplication,
          wiki('Accession of Kosovo to the European Union', 'Accession_of_Kosovo_to_the_European_Union'),
        ],
      },
      {
        text: 'As of December 2025 Kosovo was still a potential EU candidate whose application had not been reviewed; visa-free travel to the Schengen area for its citizens had begun on 1 January 2024.',
        asOf: '2025-12',
        sources: [ceenewsDec2025, n1KosovoVisasJan2024, rferlSpainPassports],
      },
      {
        text: "The Council of Europe's Parliamentary Assembly recommended Kosovo for membership on 16 April 2024 by 131 votes to 29 with 11 abstentions; the Committee of Ministers took no decision.",
        asOf: '2024-04-16',
        timeline: true,
        sources: [
          source(
            'European Western Balkans',
            "Strong support for Kosovo's membership in the Council of Europe Parliamentary Assembly, Committee of Ministers to make the final call",
            'https://europeanwesternbalkans.com/2024/04/17/strong-support-for-kosovos-membership-in-the-council-of-europe-parliamentary-assembly-committee-of-ministers-to-make-the-final-call/',
          ),
        ],
      },
      {
        text: "Kosovo's 2024 census registered 1,586,659 residents. Most Serbs in the four northern municipalities boycotted it, so the statistics agency estimated the north; it put the whole Serb community at about 53,000 and the total at about 1.6 million.",
        asOf: '2024-12-19',
        sources: [apCensus, rksCensus],
      },
      {
        text: 'On 1 February 2024 a Central Bank of Kosovo regulation took effect that made the euro the only currency for cash payments, ending cash use of the Serbian dinar.',
        asOf: '2024-02-01',
        timeline: true,
        sources: [kosovoOnlineEuro],
      },
      {
        text: 'Albin Kurti was elected prime minister for a third time on 11 February 2026 with 66 votes, after the 28 December 2025 snap election ended a year of deadlock. The Assembly then missed the 5 March 2026 deadline to elect a successor to President Vjosa Osmani, whose term was due to end on 4 April; Osmani dissolved the Assembly on 6 March, the Constitutional Court suspended that decree on 9 March and ruled on the case on 25 March 2026.',
        asOf: '2026-03-25',
        changing: [{ property: 'P6', value: { entity: entityId('albin-kurti') } }],
        sources: [
          source(
            'Prishtina Insight',
            'Albin Kurti secures third term as Prime Minister',
            'https://prishtinainsight.com/?p=33590',
          ),
          source(
            'European Western Balkans',
            'Parliament fails to elect the President of Kosovo, Osmani issues a decree to dissolve it',
            'https://europeanwesternbalkans.com/2026/03/06/parliament-fails-to-elect-the-president-of-kosovo-osmani-issues-a-decree-to-disolve-it/',
          ),
          source(
            'CNA',
            'Gjykata Kushtetuese i rrëzoi dekretin për zgjedhjen e presidentit të ri',
            'https://www.cna.al/english/kosova-bota/gjykata-kushtetuese-i-rrezoi-dekretin-per-zgjedhjen-e-presidentit-re-i459178',
          ),
        ],
      },
    ],
    figures: [
      {
        kind: 'disputed',
        id: 'recognitions',
        label: 'States that recognise Kosovo',
        measure: 'recognitions',
        unit: 'states',
        changes: true,
        why: "Kosovo's foreign ministry counts every recognition it has received and does not accept announced withdrawals. Serbia counts the withdrawal notes it says it has obtained, often without naming the states. Independent tallies such as Wikipedia's subtract withdrawals and add back re-recognitions, usually count UN members only, and so shift between snapshots.",
        claims: [
          {
            claimant: 'EUobserver (press count)',
            date: '2010-09-08',
            value: 70,
            note: 'All recognising states, two and a half years after the declaration.',
            sources: [
              source('EUobserver', 'Kosovo recognition, the numbers game', 'https://euobserver.com/*/ar1e16b6e7'),
            ],
          },
          {
            claimant: "Kosovo's foreign ministry",
            claimantId: entityId('kosovo'),
            date: '2019-02',
            value: 116,
            note: 'Official list of recognitions received.',
            sources: [
              source(
                'Koha',
                'Njohjet e reja që s’po i vijnë Kosovës',
                'https://www.koha.net/arberi/145741/njohjet-e-reja-qe-spo-i-vijne-kosoves/',
              ),
            ],
          },
          {
            claimant: 'Serbia (foreign minister Ivica Dačić)',
            claimantId: entityId('ivica-dacic'),
            date: '2019-08-16',
            value: 100,
            qualifier: 'fewer-than',
            note: 'Said "below 100" after reviewing Pristina’s list of 116 and counting 14 withdrawals.',
            sources: [
              source(
                '24sata.info',
                'Dačić se hvali da je još jedna zemlja povukla priznanje Kosova',
                'https://24sata.info/vijesti/regija/348168-dacic-se-hvali-da-je-jos-jedna-zemlja-povukla-priznanje-kosova.html',
              ),
            ],
          },
          {
            claimant: 'Serbia (foreign minister Ivica Dačić)',
            claimantId: entityId('ivica-dacic'),
            date: '2020-03',
            value: 92,
            note: 'Of 193 UN members: 92 recognise, 96 do not, 5 "fluid". Kosovo’s foreign minister said there was nothing to confirm.',
            sources: [kossevSierraLeone],
          },
          {
            claimant: 'Wikipedia (independent tally)',
            date: '2020-03',
            value: 97,
            note: 'UN members: recognitions received minus those treated as withdrawn.',
            sources: [wikiRecognition],
          },
          {
            claimant: "Kosovo's foreign ministry",
            claimantId: entityId('kosovo'),
            date: '2021-02-01',
            value: 117,
            note: 'Israel was counted as the 117th state when diplomatic relations were established.',
            sources: [jpostIsrael, rferlIsrael],
          },
          {
            claimant: 'Serbia (President Aleksandar Vučić)',
            claimantId: entityId('aleksandar-vucic'),
            date: '2023-01-04',
            value: 84,
            note: 'States that "unequivocally" recognise; he said 106 do not, 3 are unclear and 9 had withdrawn.',
            sources: [glasSrpskeVucic2023],
          },
          {
            claimant: 'Wikipedia (independent tally)',
            date: '2023',
            value: 104,
            note: 'UN member states, as given in the Kosovo article.',
            sources: [wikiKosovo],
          },
          {
            claimant: "Kosovo's foreign ministry",
            claimantId: entityId('kosovo'),
            date: '2025-02',
            value: 117,
            note: 'Official list; the most recent new recognition at that point was Israel’s.',
            sources: [
              source(
                'Telegrafi',
                'Kosovo saw the 193 promised recognitions',
                'https://telegrafi.com/en/Kosovo-saw-the-193-promised-recognitions/',
              ),
              source(
                'Ministry of Foreign Affairs of Kosovo',
                'Lista e njohjeve',
                'https://mfa-ks.net/lista-e-njohjeve/',
              ),
            ],
          },
          {
            claimant: 'Reuters',
            date: '2025-03-26',
            value: 110,
            qualifier: 'more-than',
            note: 'Reported when Kenya recognised Kosovo, the first new recognition in about five years.',
            sources: [reutersKenya],
          },
        ],
      },
      {
        kind: 'known',
        id: 'population',
        label: 'Residents registered in the 2024 census (the Serb-majority north largely boycotted it)',
        measure: 'population',
        unit: 'people',
        value: 1586659,
        asOf: '2024-12-19',
        sources: [rksCensus, apCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kosovo',
    wikidata: 'Q1246',
  },

  // =============================================================================================================
  // Serbia
  // =============================================================================================================
  {
    id: entityId('serbia'),
    type: 'place',
    kind: 'country',
    name: 'Serbia',
    names: [
      { text: 'Serbia', lang: 'en' },
      { text: 'Republic of Serbia', lang: 'en', form: 'official' },
      { text: 'Serbien', lang: 'de' },
      { text: 'Republik Serbien', lang: 'de', form: 'official' },
      { text: 'Srbija', lang: 'sr-Latn' },
      { text: 'Republika Srbija', lang: 'sr-Latn', form: 'official' },
      { text: 'Србија', lang: 'sr-Cyrl' },
      { text: 'Република Србија', lang: 'sr-Cyrl', form: 'official' },
      { text: 'Serbi', lang: 'sq' },
      { text: 'Republika e Serbisë', lang: 'sq', form: 'official' },
      { text: 'Serbian', lang: 'en', form: 'adjective' },
      { text: 'serbisch', lang: 'de', form: 'adjective' },
      { text: 'srbski', lang: 'sl', form: 'adjective' },
    ],
    summary: 'Balkan republic and EU candidate; does not recognise Kosovo, which it considers its southern province.',
    region: 'balkans',
    importance: 3,
    coords: { lat: 44.817, lon: 20.457 },
    relations: [
      { to: entityId('eu-facilitated-dialogue'), kind: 'participant' },
      { to: entityId('united-nations'), kind: 'member-of' },
      { to: entityId('novi-sad-canopy-collapse'), kind: 'related' },
      { to: entityId('serbian-protests-2024-2025'), kind: 'related' },
    ],
    facts: [
      {
        text: 'Serbia does not recognise Kosovo’s independence and treats it as its southern province of Kosovo and Metohija; in September 2023 President Vučić said Serbia would never recognise it.',
        asOf: '2023-09',
        sources: [wikiBanjska, apCensus],
      },
      {
        text: 'Serbia campaigns for states to withdraw recognition of Kosovo: it announced 18 withdrawals up to March 2020, and President Vučić named nine more in January 2023. Kosovo’s foreign ministry has denied most of these claims.',
        asOf: '2023-01-04',
        sources: [kossevSierraLeone, glasSrpskeVucic2023],
      },
      {
        text: 'Serbia applied to join the EU on 22 December 2009, became a candidate on 1 March 2012 and opened accession negotiations on 21 January 2014.',
        asOf: '2014-01-21',
        sources: [
          ecSerbia,
          wiki('Accession of Serbia to the European Union', 'Accession_of_Serbia_to_the_European_Union'),
        ],
      },
      {
        text: 'By December 2024 Serbia had opened 22 of the 35 negotiating chapters and provisionally closed 2; no chapter had been opened since December 2021 and Cluster 3 remained blocked.',
        asOf: '2024-12',
        sources: [ecSerbia, vijestiCluster3],
      },
      {
        text: "In December 2007 Serbia's National Assembly adopted a resolution declaring the country militarily neutral, so Serbia did not seek to join NATO.",
        asOf: '2007-12',
        sources: [wiki('Serbia–NATO relations', 'Serbia%E2%80%93NATO_relations')],
      },
      {
        text: 'Serbia joined NATO’s Partnership for Peace programme in 2006, which it combines with its neutrality policy.',
        asOf: '2006',
        sources: [wiki('Serbia–NATO relations', 'Serbia%E2%80%93NATO_relations')],
      },
      {
        text: 'The collapse of the Novi Sad railway station canopy in November 2024, which killed 15 people, set off months of mass protests; Prime Minister Miloš Vučević resigned on 28 January 2025.',
        asOf: '2025-01-28',
        timeline: true,
        sources: [
          wiki('2024 Novi Sad railway station canopy collapse', '2024_Novi_Sad_railway_station_canopy_collapse'),
          wiki('Miloš Vučević', 'Milo%C5%A1_Vu%C4%8Devi%C4%87'),
        ],
      },
      {
        text: 'Aleksandar Vučić has been President of Serbia since 31 May 2017; the government of Prime Minister Đuro Macut was elected on 16 April 2025 with 153 votes.',
        asOf: '2025-04-16',
        changing: [
          { property: 'P35', value: { entity: entityId('aleksandar-vucic') } },
          { property: 'P6', value: { entity: entityId('djuro-macut') } },
        ],
        sources: [wiki('Aleksandar Vučić', 'Aleksandar_Vu%C4%8Di%C4%87'), wiki('Đuro Macut', '%C4%90uro_Macut')],
      },
      {
        text: 'Serbia’s 2022 census, which did not cover Kosovo, counted 6,647,003 residents in its final results (first results: 6,690,887), a fall since 2011.',
        asOf: '2022',
        sources: [
          source(
            'N1',
            'Serbia’s 2022 census shows the country’s population has dropped to 6.7 million',
            'https://n1info.hr/english/news/serbias-2022-census-shows-the-countrys-population-has-dropped-to-6-7-million/',
          ),
          wiki('Serbia', 'Serbia'),
        ],
      },
    ],
    figures: [
      {
        kind: 'known',
        id: 'population',
        label: 'Population, 2022 census (final results; Kosovo not included)',
        measure: 'population',
        unit: 'people',
        value: 6647003,
        asOf: '2022',
        sources: [wiki('Serbia', 'Serbia')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Serbia',
    wikidata: 'Q403',
  },

  // =============================================================================================================
  // Bosnia and Herzegovina and its parts
  // =============================================================================================================
  {
    id: entityId('bosnia-and-herzegovina'),
    type: 'place',
    kind: 'country',
    name: 'Bosnia and Herzegovina',
    names: [
      { text: 'Bosnia and Herzegovina', lang: 'en' },
      { text: 'Bosnia-Herzegovina', lang: 'en', form: 'common' },
      { text: 'Bosnia', lang: 'en', form: 'common' },
      { text: 'BiH', lang: 'bs', form: 'abbreviation' },
      { text: 'B&H', lang: 'en', form: 'abbreviation' },
      { text: 'Bosnien und Herzegowina', lang: 'de' },
      { text: 'Bosnien-Herzegowina', lang: 'de', form: 'common' },
      { text: 'Bosnien', lang: 'de', form: 'common' },
      { text: 'Bosna i Hercegovina', lang: 'bs' },
      { text: 'Босна и Херцеговина', lang: 'sr-Cyrl' },
      { text: 'Bosnja dhe Hercegovina', lang: 'sq' },
      { text: 'Bosnian', lang: 'en', form: 'adjective' },
      { text: 'bosnisch', lang: 'de', form: 'adjective' },
      { text: 'Bosna in Hercegovina', lang: 'sl' },
      { text: 'bosanski', lang: 'sl', form: 'adjective' },
    ],
    summary: 'Balkan state of two entities and the Brčko District, built by the 1995 Dayton Agreement; EU candidate.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 43.856, lon: 18.413 },
    relations: [
      { to: entityId('dayton-agreement'), kind: 'related' },
      { to: entityId('bosnian-war'), kind: 'related' },
      { to: entityId('office-of-the-high-representative'), kind: 'related' },
    ],
    facts: [
      {
        text: 'The Dayton Agreement, initialled near Dayton, Ohio, on 21 November 1995 and signed in Paris on 14 December 1995, ended the war and set up the state with two entities: the Federation (about 51% of the territory) and Republika Srpska (about 49%).',
        asOf: '1995-12-14',
        timeline: true,
        sources: [wikiDayton],
      },
      {
        text: 'The 2013 census, published in 2016, counted 3,531,159 people: 50.11% Bosniaks, 30.78% Serbs and 15.43% Croats. Republika Srpska’s statistics office disputed the method used.',
        asOf: '2016',
        sources: [wikiBihCensus],
      },
      {
        text: 'Bosnia and Herzegovina applied for EU membership on 15 February 2016 and was granted candidate status on 15 December 2022.',
        asOf: '2022-12-15',
        timeline: true,
        sources: [frBihCandidate],
      },
      {
        text: 'EU leaders decided on 21 March 2024 to open accession negotiations with Bosnia and Herzegovina.',
        asOf: '2024-03-21',
        timeline: true,
        sources: [euobserverBihTalks],
      },
      {
        text: 'An international High Representative oversees the peace agreement and can impose decisions; Christian Schmidt has held the post since 1 August 2021. Russia and Republika Srpska’s leaders call his appointment illegitimate because the Security Council did not vote on it.',
        asOf: '2025-11',
        sources: [voaSchmidt, ewbSchmidt2021, tassSchmidt],
      },
      {
        text: 'The three-member state Presidency elected in October 2022 took office that November: Željka Cvijanović (Serb), Denis Bečirović (Bosniak) and Željko Komšić (Croat).',
        asOf: '2022-11',
        sources: [wiki('Presidency of Bosnia and Herzegovina', 'Presidency_of_Bosnia_and_Herzegovina')],
      },
      {
        text: 'General elections in Bosnia and Herzegovina are due in October 2026.',
        asOf: '2025-11-24',
        sources: [ewbKaran],
      },
    ],
    figures: [
      {
        kind: 'known',
        id: 'population',
        label: 'Population, 2013 census (published 2016; method disputed by Republika Srpska)',
        measure: 'population',
        unit: 'people',
        value: 3531159,
        asOf: '2016',
        sources: [wikiBihCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Bosnia_and_Herzegovina',
    wikidata: 'Q225',
  },
  {
    id: entityId('republika-srpska'),
    type: 'place',
    kind: 'entity',
    name: 'Republika Srpska',
    names: [
      { text: 'Republika Srpska', lang: 'en' },
      { text: 'Република Српска', lang: 'sr-Cyrl' },
      { text: 'Serb Republic', lang: 'en', form: 'common' },
      { text: 'RS', lang: 'sr-Latn', form: 'abbreviation', needsContext: true },
      { text: 'Srpska', lang: 'sr-Latn', form: 'short', needsContext: true },
    ],
    summary: 'Serb-majority entity of Bosnia and Herzegovina, centred on Banja Luka; not to be confused with Serbia.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 44.772, lon: 17.191 },
    within: [{ to: entityId('bosnia-and-herzegovina'), kind: 'part-of' }],
    relations: [
      { to: entityId('dayton-agreement'), kind: 'related' },
      { to: entityId('snsd'), kind: 'related' },
      { to: entityId('banja-luka'), kind: 'related', note: 'Administrative centre' },
    ],
    facts: [
      {
        text: 'Republika Srpska is one of the two entities created by the Dayton Agreement; it covers about 49% of Bosnia and Herzegovina and is mostly Serb.',
        asOf: '1995-12-14',
        sources: [wikiDayton, wiki('Republika Srpska', 'Republika_Srpska')],
      },
      {
        text: 'The 2013 census counted 1,228,423 people in Republika Srpska, whose statistics office rejected the state agency’s method.',
        asOf: '2016',
        sources: [wikiBihCensus],
      },
      {
        text: 'After the Court of BiH upheld Milorad Dodik’s conviction for defying the High Representative on 1 August 2025, the Central Election Commission ended his mandate as Republika Srpska’s president on 6 August 2025.',
        asOf: '2025-08-06',
        timeline: true,
        sources: [ewbDodikMandate],
      },
      {
        text: 'Siniša Karan, the candidate of Dodik’s SNSD, narrowly won the snap presidential election of 23 November 2025 with just over 50% in the preliminary count; the opposition alleged fraud.',
        asOf: '2025-11-23',
        timeline: true,
        sources: [ewbKaran],
      },
      {
        text: 'Bosnia’s Central Election Commission found irregularities and had the vote repeated at 136 polling stations on 8 February 2026; Karan won again, by about 11,000 votes over Branko Blanuša, and serves out Dodik’s term until the general election of October 2026.',
        asOf: '2026-02-08',
        timeline: true,
        sources: [ewbKaranRerun],
      },
      {
        text: 'Republika Srpska’s leaders, like Serbia’s, rejected the UN General Assembly resolution of 23 May 2024 on the 1995 Srebrenica genocide, saying it brands Serbs a “genocidal nation”; its sponsors said it was not aimed at any people.',
        asOf: '2024-05-23',
        sources: [unPressSrebrenica, srpska365Resolution],
      },
      {
        text: 'Republika Srpska’s leaders, backed by Russia, reject High Representative Christian Schmidt as illegitimate.',
        asOf: '2025',
        sources: [ewbSchmidt2021, tassSchmidt, ewbDodikMandate],
      },
    ],
    figures: [
      {
        kind: 'known',
        id: 'population',
        label: 'Population, 2013 census (published 2016)',
        measure: 'population',
        unit: 'people',
        value: 1228423,
        asOf: '2016',
        sources: [wikiBihCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Republika_Srpska',
  },
  {
    id: entityId('federation-of-bosnia-and-herzegovina'),
    type: 'place',
    kind: 'entity',
    name: 'Federation of Bosnia and Herzegovina',
    names: [
      { text: 'Federation of Bosnia and Herzegovina', lang: 'en' },
      { text: 'Federation of BiH', lang: 'en', form: 'common' },
      { text: 'FBiH', lang: 'bs', form: 'abbreviation' },
      { text: 'Federacija Bosne i Hercegovine', lang: 'bs' },
      { text: 'Федерација Босне и Херцеговине', lang: 'sr-Cyrl' },
      { text: 'Föderation Bosnien und Herzegowina', lang: 'de' },
    ],
    summary: 'Mostly Bosniak and Croat entity of Bosnia and Herzegovina, covering about 51% of the country.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 43.856, lon: 18.413 },
    within: [{ to: entityId('bosnia-and-herzegovina'), kind: 'part-of' }],
    relations: [{ to: entityId('dayton-agreement'), kind: 'related' }],
    facts: [
      {
        text: 'The Federation was set up by the Washington Agreement of March 1994 between Bosniaks and Bosnian Croats.',
        asOf: '1994-03',
        sources: [wiki('Federation of Bosnia and Herzegovina', 'Federation_of_Bosnia_and_Herzegovina')],
      },
      {
        text: 'Under the Dayton Agreement the Federation is one of Bosnia and Herzegovina’s two entities, with about 51% of the territory.',
        asOf: '1995-12-14',
        sources: [wikiDayton],
      },
      {
        text: 'The 2013 census counted 2,219,220 people in the Federation.',
        asOf: '2016',
        sources: [wikiBihCensus],
      },
    ],
    figures: [
      {
        kind: 'known',
        id: 'population',
        label: 'Population, 2013 census (published 2016)',
        measure: 'population',
        unit: 'people',
        value: 2219220,
        asOf: '2016',
        sources: [wikiBihCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Federation_of_Bosnia_and_Herzegovina',
  },
  {
    id: entityId('brcko-district'),
    type: 'place',
    kind: 'district',
    name: 'Brčko District',
    names: [
      { text: 'Brčko District', lang: 'en' },
      { text: 'Brčko', lang: 'en', form: 'short' },
      { text: 'Brčko distrikt', lang: 'bs' },
      { text: 'Брчко дистрикт', lang: 'sr-Cyrl' },
      { text: 'Distrikt Brčko', lang: 'de' },
    ],
    summary: 'Self-governing district in north-eastern Bosnia and Herzegovina, outside both entities.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 44.873, lon: 18.81 },
    within: [{ to: entityId('bosnia-and-herzegovina'), kind: 'part-of' }],
    facts: [
      {
        text: 'The Dayton Agreement left Brčko’s status to international arbitration, which made it a self-governing district of Bosnia and Herzegovina in 1999.',
        asOf: '1999',
        timeline: true,
        sources: [wikiDayton, wiki('Brčko District', 'Br%C4%8Dko_District')],
      },
      {
        text: 'The district belongs formally to both entities at once but is run by its own institutions.',
        asOf: '1999',
        sources: [wiki('Brčko District', 'Br%C4%8Dko_District')],
      },
      {
        text: 'The 2013 census counted 83,516 people in Brčko District.',
        asOf: '2016',
        sources: [wikiBihCensus],
      },
    ],
    figures: [
      {
        kind: 'known',
        id: 'population',
        label: 'Population, 2013 census (published 2016)',
        measure: 'population',
        unit: 'people',
        value: 83516,
        asOf: '2016',
        sources: [wikiBihCensus],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Br%C4%8Dko_District',
  },

  // =============================================================================================================
  // Montenegro
  // =============================================================================================================
  {
    id: entityId('montenegro'),
    type: 'place',
    kind: 'country',
    name: 'Montenegro',
    names: [
      { text: 'Montenegro', lang: 'en' },
      { text: 'Crna Gora', lang: 'sr-Latn' },
      { text: 'Црна Гора', lang: 'sr-Cyrl' },
      { text: 'Mali i Zi', lang: 'sq' },
      { text: 'Montenegrin', lang: 'en', form: 'adjective' },
      { text: 'montenegrinisch', lang: 'de', form: 'adjective' },
      { text: 'Črna gora', lang: 'sl' },
      { text: 'črnogorski', lang: 'sl', form: 'adjective' },
    ],
    summary: 'Adriatic republic, independent since 2006, NATO member and the most advanced EU candidate in the region.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.441, lon: 19.263 },
    relations: [
      { to: entityId('montenegro-independence-referendum'), kind: 'related' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'In the independence referendum of 21 May 2006, 55.5% voted yes, just above the 55% threshold set with the EU; turnout was about 86.5%.',
        asOf: '2006-05-21',
        timeline: true,
        sources: [wikiMneReferendum, esiMontenegro],
      },
      {
        text: 'Parliament declared independence on 3 June 2006, ending the State Union of Serbia and Montenegro; Serbia became the continuing state.',
        asOf: '2006-06-03',
        timeline: true,
        sources: [wikiMneReferendum],
      },
      {
        text: 'The referendum rules, including the 55% threshold, were negotiated by the EU’s envoy Miroslav Lajčák.',
        asOf: '2006',
        sources: [esiMontenegro],
      },
      {
        text: 'Montenegro joined NATO in 2017.',
        asOf: '2017',
        sources: [wiki('Montenegro', 'Montenegro')],
      },
      {
        text: 'Montenegro applied to join the EU in December 2008, became a candidate in December 2010 and has negotiated since June 2012; with five chapters closed on 16 December 2025 it has closed 12 of 33 and aims to finish talks by the end of 2026.',
        asOf: '2025-12-16',
        sources: [ewbMontenegroDec2025, ewbMontenegroLeaders],
      },
      {
        text: 'As of December 2025 Jakov Milatović was President and Milojko Spajić Prime Minister.',
        asOf: '2025-12',
        changing: [
          { property: 'P35', value: { entity: entityId('jakov-milatovic') } },
          { property: 'P6', value: { name: 'Milojko Spajić' } },
        ],
        sources: [ewbMontenegroLeaders, wiki('Jakov Milatović', 'Jakov_Milatovi%C4%87')],
      },
      {
        text: 'Montenegro recognises Kosovo.',
        asOf: '2022-03',
        sources: [wikiRecognition],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Montenegro',
    wikidata: 'Q236',
  },

  // =============================================================================================================
  // North Macedonia
  // =============================================================================================================
  {
    id: entityId('north-macedonia'),
    type: 'place',
    kind: 'country',
    name: 'North Macedonia',
    names: [
      { text: 'North Macedonia', lang: 'en' },
      { text: 'Republic of North Macedonia', lang: 'en', form: 'official' },
      { text: 'Nordmazedonien', lang: 'de' },
      { text: 'Северна Македонија', lang: 'mk' },
      { text: 'Република Северна Македонија', lang: 'mk', form: 'official' },
      { text: 'Severna Makedonija', lang: 'sr-Latn' },
      { text: 'Sjeverna Makedonija', lang: 'bs' },
      { text: 'Maqedonia e Veriut', lang: 'sq' },
      { text: 'Republic of Macedonia', lang: 'en', form: 'historic' },
      { text: 'Former Yugoslav Republic of Macedonia', lang: 'en', form: 'historic' },
      { text: 'FYROM', lang: 'en', form: 'abbreviation' },
      { text: 'Ehemalige Jugoslawische Republik Mazedonien', lang: 'de', form: 'historic' },
      { text: 'Macedonia', lang: 'en', form: 'historic', needsContext: true },
      { text: 'Mazedonien', lang: 'de', form: 'historic', needsContext: true },
      { text: 'Makedonija', lang: 'sr-Latn', form: 'common', needsContext: true },
      { text: 'Македонија', lang: 'mk', form: 'common', needsContext: true },
      { text: 'Macedonian', lang: 'en', form: 'adjective', needsContext: true },
      { text: 'nordmazedonisch', lang: 'de', form: 'adjective' },
      { text: 'Severna Makedonija', lang: 'sl' },
      { text: 'severnomakedonski', lang: 'sl', form: 'adjective' },
    ],
    summary: 'Balkan republic that took its current name under the 2018 Prespa Agreement; NATO member since 2020.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 41.997, lon: 21.428 },
    relations: [
      { to: entityId('prespa-agreement'), kind: 'signatory' },
      { to: entityId('north-macedonia-nato-accession'), kind: 'related' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Under the Prespa Agreement with Greece, signed on 17 June 2018 and in force from 12 February 2019, the country became the Republic of North Macedonia for all purposes.',
        asOf: '2019-02-12',
        timeline: true,
        sources: [wikiPrespa],
      },
      {
        text: 'Before Prespa the country sat in the UN and other bodies under the provisional reference "the former Yugoslav Republic of Macedonia" because of Greece’s objection to the name Macedonia.',
        asOf: '2019-02',
        sources: [wikiPrespa],
      },
      {
        text: 'North Macedonia became NATO’s 30th member on 27 March 2020, after its accession protocol entered into force on 19 March.',
        asOf: '2020-03-27',
        timeline: true,
        sources: [netpressNato, wikiPrespa],
      },
      {
        text: 'An EU candidate since 2005, North Macedonia formally opened accession talks on 19 July 2022, but in October 2024 no negotiating cluster had been opened: the EU wants the constitutional amendment naming the Bulgarian minority passed first, while the VMRO-DPMNE-led government proposed that it take effect only once the country joins.',
        asOf: '2024-10-15',
        sources: [
          novinitePrespaBulgaria,
          wiki(
            'Accession of North Macedonia to the European Union',
            'Accession_of_North_Macedonia_to_the_European_Union',
          ),
        ],
      },
      {
        text: 'Hristijan Mickoski (VMRO-DPMNE) has been Prime Minister since June 2024 and Gordana Siljanovska-Davkova President since May 2024.',
        asOf: '2025-05',
        changing: [
          { property: 'P6', value: { entity: entityId('hristijan-mickoski') } },
          { property: 'P35', value: { entity: entityId('gordana-siljanovska-davkova') } },
        ],
        sources: [
          wiki('Hristijan Mickoski', 'Hristijan_Mickoski'),
          wiki('Gordana Siljanovska-Davkova', 'Gordana_Siljanovska-Davkova'),
        ],
      },
      {
        text: 'North Macedonia recognises Kosovo.',
        asOf: '2022-03',
        sources: [wikiRecognition],
      },
      {
        text: 'North Macedonia had 65 soldiers in KFOR in August 2022.',
        asOf: '2022-08',
        sources: [rfeKforContingents],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/North_Macedonia',
    wikidata: 'Q221',
  },

  // =============================================================================================================
  // Albania
  // =============================================================================================================
  {
    id: entityId('albania'),
    type: 'place',
    kind: 'country',
    name: 'Albania',
    names: [
      { text: 'Albania', lang: 'en' },
      { text: 'Republic of Albania', lang: 'en', form: 'official' },
      { text: 'Albanien', lang: 'de' },
      { text: 'Shqipëria', lang: 'sq' },
      { text: 'Shqipëri', lang: 'sq' },
      { text: 'Republika e Shqipërisë', lang: 'sq', form: 'official' },
      { text: 'Albanija', lang: 'sr-Latn' },
      { text: 'Албанија', lang: 'sr-Cyrl' },
      { text: 'Albanian', lang: 'en', form: 'adjective' },
      { text: 'albanisch', lang: 'de', form: 'adjective' },
      { text: 'albanski', lang: 'sl', form: 'adjective' },
    ],
    summary: 'Adriatic republic, NATO member since 2009 and EU candidate; among the first states to recognise Kosovo.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 41.328, lon: 19.819 },
    relations: [{ to: entityId('nato'), kind: 'member-of' }],
    facts: [
      {
        text: 'Albania joined NATO on 1 April 2009, together with Croatia, after accession protocols signed on 9 July 2008.',
        asOf: '2009-04-01',
        timeline: true,
        sources: [crsNatoEnlargement],
      },
      {
        text: 'Albania applied to the EU in April 2009, became a candidate in June 2014 and opened accession negotiations in July 2022, after its file had been tied to North Macedonia’s.',
        asOf: '2022-07',
        sources: [
          source(
            'European Parliament',
            'EU–Albania relations',
            'https://multimedia.europarl.europa.eu/en/topic/eu-albania-2019-2020_17903',
          ),
          wiki('Accession of Albania to the European Union', 'Accession_of_Albania_to_the_European_Union'),
        ],
      },
      {
        text: 'Albania recognised Kosovo on 18 February 2008, the day after the declaration, among the first states to do so.',
        asOf: '2008-02-18',
        timeline: true,
        sources: [wikiRecognition],
      },
      {
        text: 'Albania had 58 soldiers in KFOR in August 2022; in 2025 Albanian troops were part of a multinational reserve unit that temporarily replaced KFOR’s Turkish reserve battalion.',
        asOf: '2025',
        sources: [rfeKforContingents, aaReserve2025],
      },
      {
        text: 'In September 2024 the EU decided to move ahead with Albania’s accession talks separately from North Macedonia’s, whose file remained blocked.',
        asOf: '2024-09',
        sources: [wiki('Accession of Albania to the European Union', 'Accession_of_Albania_to_the_European_Union')],
      },
      {
        text: 'Edi Rama of the Socialist Party has been Prime Minister since 2013 and won a fourth term in the May 2025 election; Bajram Begaj has been President since July 2022.',
        asOf: '2025-05',
        changing: [
          { property: 'P6', value: { entity: entityId('edi-rama') } },
          { property: 'P35', value: { name: 'Bajram Begaj' } },
        ],
        sources: [wiki('Edi Rama', 'Edi_Rama'), wiki('Bajram Begaj', 'Bajram_Begaj')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Albania',
    wikidata: 'Q222',
  },

  // =============================================================================================================
  // Croatia
  // =============================================================================================================
  {
    id: entityId('croatia'),
    type: 'place',
    kind: 'country',
    name: 'Croatia',
    names: [
      { text: 'Croatia', lang: 'en' },
      { text: 'Republic of Croatia', lang: 'en', form: 'official' },
      { text: 'Kroatien', lang: 'de' },
      { text: 'Hrvatska', lang: 'hr' },
      { text: 'Republika Hrvatska', lang: 'hr', form: 'official' },
      { text: 'Хрватска', lang: 'sr-Cyrl' },
      { text: 'Kroacia', lang: 'sq' },
      { text: 'Croatian', lang: 'en', form: 'adjective' },
      { text: 'kroatisch', lang: 'de', form: 'adjective' },
      { text: 'Hrvaška', lang: 'sl' },
      { text: 'Republika Hrvaška', lang: 'sl', form: 'official' },
      { text: 'hrvaški', lang: 'sl', form: 'adjective' },
    ],
    summary: 'Former Yugoslav republic; EU member since 2013, NATO member since 2009, euro and Schengen since 2023.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 45.815, lon: 15.982 },
    relations: [
      { to: entityId('croatia-eu-accession'), kind: 'related' },
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Croatia became the EU’s 28th member on 1 July 2013; it had applied in 2003 and negotiated from 2005.',
        asOf: '2013-07-01',
        timeline: true,
        sources: [wiki('2013 enlargement of the European Union', '2013_enlargement_of_the_European_Union')],
      },
      {
        text: 'On 1 January 2023 Croatia replaced the kuna with the euro, as the 20th euro-area member, and joined the Schengen area; checks at airports ended on 26 March 2023.',
        asOf: '2023-01-01',
        timeline: true,
        sources: [wiki('Croatia and the euro', 'Croatia_and_the_euro'), wiki('Schengen Area', 'Schengen_Area')],
      },
      {
        text: 'Croatia joined NATO on 1 April 2009, together with Albania, as the alliance’s 27th and 28th members.',
        asOf: '2009-04-01',
        timeline: true,
        sources: [crsNatoEnlargement],
      },
      {
        text: 'Croatia had 147 soldiers in KFOR in August 2022, the largest contingent from the region.',
        asOf: '2022-08',
        sources: [rfeKforContingents],
      },
      {
        text: 'Croatia recognises Kosovo; it is one of the 22 EU members that do.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Andrej Plenković (HDZ) has been Prime Minister since October 2016; Zoran Milanović has been President since February 2020 and was re-elected in January 2025.',
        asOf: '2025-01',
        changing: [
          { property: 'P6', value: { entity: entityId('andrej-plenkovic') } },
          { property: 'P35', value: { entity: entityId('zoran-milanovic') } },
        ],
        sources: [wiki('Andrej Plenković', 'Andrej_Plenkovi%C4%87'), wiki('Zoran Milanović', 'Zoran_Milanovi%C4%87')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Croatia',
    wikidata: 'Q224',
  },

  // =============================================================================================================
  // Slovenia
  // =============================================================================================================
  {
    id: entityId('slovenia'),
    type: 'place',
    kind: 'country',
    name: 'Slovenia',
    names: [
      { text: 'Slovenia', lang: 'en' },
      { text: 'Republic of Slovenia', lang: 'en', form: 'official' },
      { text: 'Slowenien', lang: 'de' },
      { text: 'Slovenija', lang: 'hr' },
      { text: 'Словенија', lang: 'sr-Cyrl' },
      { text: 'Sllovenia', lang: 'sq' },
      { text: 'Slovenian', lang: 'en', form: 'adjective' },
      { text: 'Slovene', lang: 'en', form: 'adjective' },
      { text: 'slowenisch', lang: 'de', form: 'adjective' },
      { text: 'Slovenija', lang: 'sl' },
      { text: 'Republika Slovenija', lang: 'sl', form: 'official' },
    ],
    summary: 'First Yugoslav republic to leave (1991); EU and NATO member since 2004, euro since 2007.',
    region: 'balkans',
    importance: 1,
    coords: { lat: 46.056, lon: 14.506 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Slovenia declared independence from Yugoslavia on 25 June 1991; a short war, the Ten-Day War, followed, and it joined the UN on 22 May 1992.',
        asOf: '1991-06-25',
        timeline: true,
        sources: [
          source('Government of Slovenia', '15 years of Slovenia', 'https://www.15years.gov.si/15-years/'),
          wiki('Slovenia', 'Slovenia'),
        ],
      },
      {
        text: 'Slovenia joined NATO and, on 1 May 2004, the European Union.',
        asOf: '2004-05-01',
        timeline: true,
        sources: [
          wiki('2004 enlargement of the European Union', '2004_enlargement_of_the_European_Union'),
          wiki('Slovenia', 'Slovenia'),
        ],
      },
      {
        text: 'Slovenia adopted the euro on 1 January 2007, the first of the 2004 entrants to do so, and lifted border controls with Italy, Austria and Hungary on joining Schengen on 21 December 2007.',
        asOf: '2007-12-21',
        sources: [source('Encyclopaedia Britannica', 'Slovenia', 'https://www.britannica.com/place/Slovenia')],
      },
      {
        text: 'Slovenia had 97 soldiers in KFOR in August 2022.',
        asOf: '2022-08',
        sources: [rfeKforContingents],
      },
      {
        text: 'Slovenia recognises Kosovo; it is one of the 22 EU members that do.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'As of 2025 Robert Golob was Prime Minister (since June 2022) and Nataša Pirc Musar President (since December 2022).',
        asOf: '2025',
        changing: [
          { property: 'P6', value: { name: 'Robert Golob' } },
          { property: 'P35', value: { name: 'Nataša Pirc Musar' } },
        ],
        sources: [wiki('Robert Golob', 'Robert_Golob'), wiki('Nataša Pirc Musar', 'Nata%C5%A1a_Pirc_Musar')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Slovenia',
    wikidata: 'Q215',
  },

  // =============================================================================================================
  // Western Balkans (region)
  // =============================================================================================================
  {
    id: entityId('western-balkans'),
    type: 'place',
    kind: 'region',
    name: 'Western Balkans',
    names: [
      { text: 'Western Balkans', lang: 'en' },
      { text: 'Westbalkan', lang: 'de' },
      { text: 'Westbalkanstaaten', lang: 'de', form: 'common' },
      { text: 'Westbalkan-Staaten', lang: 'de', form: 'common' },
      { text: 'Westbalkanländer', lang: 'de', form: 'common' },
      { text: 'westlicher Balkan', lang: 'de', form: 'common' },
      { text: 'Zapadni Balkan', lang: 'sr-Latn' },
      { text: 'Западни Балкан', lang: 'sr-Cyrl' },
      { text: 'Западен Балкан', lang: 'mk' },
      { text: 'Ballkani Perëndimor', lang: 'sq' },
      { text: 'Balkans', lang: 'en', form: 'common' },
      { text: 'Balkan', lang: 'de', form: 'common' },
      { text: 'Балкан', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Ballkan', lang: 'sq', form: 'common' },
      { text: 'Ballkani', lang: 'sq', form: 'common' },
    ],
    summary:
      'EU term for the six non-EU states of south-east Europe: Albania, BiH, Kosovo, Montenegro, North Macedonia, Serbia.',
    region: 'balkans',
    importance: 2,
    coords: { lat: 42.8, lon: 19.9 },
    relations: [{ to: entityId('european-union'), kind: 'related' }],
    facts: [
      {
        text: 'In EU usage the Western Balkans are the six south-east European states outside the Union: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia.',
        asOf: '2025',
        sources: [wiki('Western Balkans', 'Western_Balkans')],
      },
      {
        text: 'Kosovo was the last of the six to obtain visa-free travel to the Schengen area, from 1 January 2024.',
        asOf: '2024-01-01',
        sources: [rferlSpainPassports],
      },
      {
        text: 'At the EU–Western Balkans summit of December 2025, Montenegro was the most advanced candidate with 12 chapters closed, while Kosovo’s 2022 membership application had still not been reviewed.',
        asOf: '2025-12-17',
        sources: [ewbMontenegroDec2025, ceenewsDec2025],
      },
      {
        text: 'Albania (2009), Montenegro (2017) and North Macedonia (2020) are NATO members; Serbia is militarily neutral, and Bosnia and Herzegovina and Kosovo are not members.',
        asOf: '2025',
        sources: [crsNatoEnlargement, netpressNato, wiki('Enlargement of NATO', 'Enlargement_of_NATO')],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Western_Balkans',
  },

  // =============================================================================================================
  // Outside states: only their Balkan-relevant facts
  // =============================================================================================================
  {
    id: entityId('germany'),
    wikidata: 'Q183',
    type: 'place',
    kind: 'country',
    name: 'Germany',
    names: [
      { text: 'Germany', lang: 'en' },
      { text: 'Federal Republic of Germany', lang: 'en', form: 'official' },
      { text: 'Deutschland', lang: 'de' },
      { text: 'Bundesrepublik Deutschland', lang: 'de', form: 'official' },
      { text: 'Nemačka', lang: 'sr-Latn' },
      { text: 'Немачка', lang: 'sr-Cyrl' },
      { text: 'Njemačka', lang: 'hr' },
      { text: 'Германија', lang: 'mk' },
      { text: 'Gjermania', lang: 'sq' },
    ],
    summary: 'EU and NATO member; recognises Kosovo and has had troops in KFOR since 1999.',
    region: 'outside',
    importance: 2,
    coords: { lat: 52.52, lon: 13.405 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
      { to: entityId('bundeswehr'), kind: 'related' },
    ],
    facts: [
      {
        text: 'Germany recognises Kosovo; it is one of the 22 EU members that do.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'German soldiers have served in KFOR since 12 June 1999, the Bundeswehr’s longest deployment abroad. In June 2025 the Bundestag renewed the mandate, still capped at 400 soldiers, by 391 votes to 189. From April 2024, for one year, Germany had sent an extra company of about 90 soldiers plus some 65 support staff (about 155 in all) to replace an Austrian company.',
        asOf: '2025-06',
        sources: [
          source(
            'Bundeswehr',
            '20 Jahre Bundeswehreinsatz im Kosovo',
            'https://www.bundeswehr.de/de/auftrag/einsaetze/20-jahre-bundeswehreinsatz-im-kosovo--89626',
          ),
          source(
            'Stuttgarter Zeitung',
            'NATO-Mission KFOR: Bundestag verlängert Kosovo-Einsatz der Bundeswehr',
            'https://www.stuttgarter-zeitung.de/inhalt.nato-mission-kfor-bundestag-verlaengert-kosovo-einsatz-der-bundeswehr.286eeb0b-2305-4437-8e11-b675ff68e9ff.html',
          ),
          source(
            'Federal Ministry of Defence (Germany)',
            'Deutschland kompensiert ab April 2024 österreichische Kompanie',
            'https://www.bmvg.de/de/presse/deutschland-kompensiert-ab-april-2024-oesterreichische-kompanie-5687022',
          ),
        ],
      },
      {
        text: 'Germany and Rwanda introduced the UN General Assembly resolution, adopted on 23 May 2024 by 84 votes to 19 with 68 abstentions, that made 11 July a day of remembrance for the 1995 Srebrenica genocide.',
        asOf: '2024-05-23',
        timeline: true,
        sources: [unSrebrenica, unPressSrebrenica],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Germany',
  },
  {
    id: entityId('united-states'),
    wikidata: 'Q30',
    type: 'place',
    kind: 'country',
    name: 'United States',
    names: [
      { text: 'United States', lang: 'en' },
      { text: 'United States of America', lang: 'en', form: 'official' },
      { text: 'US', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'U.S.', lang: 'en', form: 'abbreviation' },
      { text: 'USA', lang: 'en', form: 'abbreviation' },
      { text: 'America', lang: 'en', form: 'common', needsContext: true },
      { text: 'Vereinigte Staaten', lang: 'de' },
      { text: 'Vereinigte Staaten von Amerika', lang: 'de', form: 'official' },
      { text: 'Sjedinjene Američke Države', lang: 'sr-Latn', form: 'official' },
      { text: 'Сједињене Америчке Државе', lang: 'sr-Cyrl', form: 'official' },
      { text: 'SAD', lang: 'sr-Latn', form: 'abbreviation', needsContext: true },
      { text: 'Amerika', lang: 'sr-Latn', form: 'common', needsContext: true },
      { text: 'Shtetet e Bashkuara', lang: 'sq' },
      { text: 'Shtetet e Bashkuara të Amerikës', lang: 'sq', form: 'official' },
      { text: 'SHBA', lang: 'sq', form: 'abbreviation' },
    ],
    summary: 'Recognised Kosovo in 2008, a leading KFOR contributor and a broker of Kosovo–Serbia deals.',
    region: 'outside',
    importance: 2,
    coords: { lat: 38.907, lon: -77.037 },
    relations: [
      { to: entityId('nato'), kind: 'member-of' },
      { to: entityId('un-security-council'), kind: 'member-of' },
      { to: entityId('washington-agreement-2020'), kind: 'participant' },
    ],
    facts: [
      {
        text: 'The United States recognised Kosovo on 18 February 2008, the day after the declaration of independence.',
        asOf: '2008-02-18',
        timeline: true,
        sources: [wikiRecognition],
      },
      {
        text: 'On 4 September 2020 Serbia’s President Vučić and Kosovo’s Prime Minister Avdullah Hoti signed separate economic-normalisation commitments in the White House in Donald Trump’s presence; the deal was brokered by envoy Richard Grenell.',
        asOf: '2020-09-04',
        timeline: true,
        sources: [wikiWashington],
      },
      {
        text: 'On 29 September 2023 the White House said it was watching an "unprecedented" Serbian deployment of artillery, tanks and mechanised units near Kosovo and asked Serbia to pull back; Secretary of State Blinken phoned Vučić the same day. Vučić rejected reports that Serbia’s forces had been put on full combat alert, saying he had signed no such order.',
        asOf: '2023-09-29',
        timeline: true,
        sources: [stripesBuildup, ewbUsBuildup],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_States',
  },
  {
    id: entityId('russia'),
    wikidata: 'Q159',
    type: 'place',
    kind: 'country',
    name: 'Russia',
    names: [
      { text: 'Russia', lang: 'en' },
      { text: 'Russian Federation', lang: 'en', form: 'official' },
      { text: 'Russland', lang: 'de' },
      { text: 'Russische Föderation', lang: 'de', form: 'official' },
      { text: 'Rusija', lang: 'sr-Latn' },
      { text: 'Русија', lang: 'sr-Cyrl' },
      { text: 'Ruska Federacija', lang: 'sr-Latn', form: 'official' },
      { text: 'Rusia', lang: 'sq' },
      { text: 'Россия', lang: 'other' },
    ],
    summary: 'Permanent Security Council member that backs Serbia on Kosovo and blocks Kosovo’s UN membership.',
    region: 'outside',
    importance: 2,
    coords: { lat: 55.756, lon: 37.617 },
    relations: [{ to: entityId('un-security-council'), kind: 'member-of' }],
    facts: [
      {
        text: 'Russia does not recognise Kosovo, calls its declaration of independence illegal and, with China, stands in the way of Kosovo’s UN membership through its Security Council veto.',
        asOf: '2025-03',
        sources: [wikiRecognition],
      },
      {
        text: 'In March 2014 President Putin cited the "Kosovo precedent" and the ICJ opinion to justify Crimea’s secession and annexation, calling Western claims that Kosovo was a unique case cynical.',
        asOf: '2014-03-18',
        timeline: true,
        sources: [source('TASS', 'Putin on Crimea and the Kosovo precedent', 'https://tass.com/russia/724180')],
      },
      {
        text: 'Russia does not recognise Christian Schmidt as High Representative for Bosnia and Herzegovina: it dissented from his appointment in 2021 and failed to get a Security Council vote on it.',
        asOf: '2021-08',
        sources: [voaSchmidt, tassSchmidt],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Russia',
  },
  {
    id: entityId('china'),
    wikidata: 'Q148',
    type: 'place',
    kind: 'country',
    name: 'China',
    names: [
      { text: 'China', lang: 'en' },
      { text: "People's Republic of China", lang: 'en', form: 'official' },
      { text: 'PRC', lang: 'en', form: 'abbreviation', needsContext: true },
      { text: 'Volksrepublik China', lang: 'de', form: 'official' },
      { text: 'Kina', lang: 'sr-Latn' },
      { text: 'Кина', lang: 'sr-Cyrl' },
      { text: 'Narodna Republika Kina', lang: 'sr-Latn', form: 'official' },
    ],
    summary: 'Permanent Security Council member that does not recognise Kosovo and blocks its UN membership.',
    region: 'outside',
    importance: 1,
    coords: { lat: 39.904, lon: 116.407 },
    relations: [{ to: entityId('un-security-council'), kind: 'member-of' }],
    facts: [
      {
        text: 'China does not recognise Kosovo and, with Russia, blocks its UN membership; in 2008 it urged Belgrade and Pristina to resume negotiations.',
        asOf: '2025-03',
        sources: [wikiRecognition],
      },
      {
        text: 'China abstained when the Security Council adopted Resolution 1244 on 10 June 1999 by 14 votes to none; it cited NATO’s bombing of its embassy in Belgrade on 7 May 1999.',
        asOf: '1999-06-10',
        timeline: true,
        sources: [
          unScr1244,
          wiki('United Nations Security Council Resolution 1244', 'United_Nations_Security_Council_Resolution_1244'),
        ],
      },
      {
        text: 'China voted against the UN General Assembly’s Srebrenica genocide resolution of 23 May 2024, as did Serbia and Russia.',
        asOf: '2024-05-23',
        sources: [raportSrebrenicaVote],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/China',
  },
  {
    id: entityId('spain'),
    wikidata: 'Q29',
    type: 'place',
    kind: 'country',
    name: 'Spain',
    names: [
      { text: 'Spain', lang: 'en' },
      { text: 'Kingdom of Spain', lang: 'en', form: 'official' },
      { text: 'Spanien', lang: 'de' },
      { text: 'Španija', lang: 'sr-Latn' },
      { text: 'Шпанија', lang: 'sr-Cyrl' },
      { text: 'Španjolska', lang: 'hr' },
      { text: 'Spanja', lang: 'sq' },
      { text: 'España', lang: 'other' },
    ],
    summary: 'EU and NATO member that does not recognise Kosovo.',
    region: 'outside',
    importance: 1,
    coords: { lat: 40.417, lon: -3.704 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Spain is one of five EU members and four NATO members that do not recognise Kosovo; its foreign minister said in January 2024 that Spain does not recognise unilateral declarations of independence.',
        asOf: '2024-01-08',
        sources: [rferlSpainPassports],
      },
      {
        text: 'On 5 January 2024 a European Commission notice said that Spain recognised ordinary Kosovo passports from 1 January 2024, when visa-free Schengen travel for Kosovars began, adding that this did not mean recognition of Kosovo as a state.',
        asOf: '2024-01-05',
        timeline: true,
        sources: [rferlSpainPassports],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Spain',
  },
  {
    id: entityId('slovakia'),
    wikidata: 'Q214',
    type: 'place',
    kind: 'country',
    name: 'Slovakia',
    names: [
      { text: 'Slovakia', lang: 'en' },
      { text: 'Slovak Republic', lang: 'en', form: 'official' },
      { text: 'Slowakei', lang: 'de' },
      { text: 'Slovačka', lang: 'sr-Latn' },
      { text: 'Словачка', lang: 'sr-Cyrl' },
      { text: 'Sllovakia', lang: 'sq' },
      // Not the Slovak 'Slovensko': in Slovenian it is 'Slovenian' (Slovensko vojsko, the Slovenian army).
      { text: 'Slovaška', lang: 'sl' },
    ],
    summary: 'EU and NATO member that does not recognise Kosovo; home of EU envoy Miroslav Lajčák.',
    region: 'outside',
    importance: 1,
    coords: { lat: 48.149, lon: 17.107 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Slovakia is one of the five EU members that do not recognise Kosovo.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Slovak diplomat Miroslav Lajčák was the EU’s special representative for the Belgrade–Pristina dialogue from April 2020 to January 2025, although Slovakia does not recognise Kosovo.',
        asOf: '2025-01',
        sources: [
          source(
            'TASR',
            'EU appoints Lajčák as its special representative for Western Balkans',
            'https://newsnow.tasr.sk/foreign/eu-appoints-lajcak-as-its-special-representative-for-western-balkans/',
          ),
        ],
      },
      {
        text: 'Vice-President Peter Tomka of Slovakia was one of the four judges who dissented from the ICJ’s 2010 advisory opinion on Kosovo.',
        asOf: '2010-07-22',
        sources: [wikiIcjOpinion],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Slovakia',
  },
  {
    id: entityId('romania'),
    wikidata: 'Q218',
    type: 'place',
    kind: 'country',
    name: 'Romania',
    names: [
      { text: 'Romania', lang: 'en' },
      { text: 'Rumänien', lang: 'de' },
      { text: 'Rumunija', lang: 'sr-Latn' },
      { text: 'Румунија', lang: 'sr-Cyrl' },
      { text: 'Rumunjska', lang: 'hr' },
      { text: 'Rumania', lang: 'sq' },
      { text: 'România', lang: 'other' },
    ],
    summary: 'EU and NATO member that does not recognise Kosovo but contributes troops to KFOR.',
    region: 'outside',
    importance: 1,
    coords: { lat: 44.427, lon: 26.103 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Romania is one of the five EU members that do not recognise Kosovo.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Romania sent extra troops to KFOR in October 2023, after the Banjska attack.',
        asOf: '2023-10-09',
        sources: [
          source(
            'B92',
            'Additional KFOR troops from Romania arrived in Kosovo and Metohija',
            'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=10&dd=09&nav_id=116791',
          ),
        ],
      },
      {
        text: 'In 2025 Romanian troops were part of a multinational reserve unit of about 270 that temporarily replaced KFOR’s Turkish reserve battalion.',
        asOf: '2025',
        sources: [aaReserve2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Romania',
  },
  {
    id: entityId('greece'),
    wikidata: 'Q41',
    type: 'place',
    kind: 'country',
    name: 'Greece',
    names: [
      { text: 'Greece', lang: 'en' },
      { text: 'Hellenic Republic', lang: 'en', form: 'official' },
      { text: 'Griechenland', lang: 'de' },
      { text: 'Grčka', lang: 'sr-Latn' },
      { text: 'Грчка', lang: 'sr-Cyrl' },
      { text: 'Greqia', lang: 'sq' },
      { text: 'Ελλάδα', lang: 'other' },
    ],
    summary: 'EU and NATO member that does not recognise Kosovo; settled the Macedonia name dispute in 2018.',
    region: 'outside',
    importance: 1,
    coords: { lat: 37.984, lon: 23.728 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
      { to: entityId('prespa-agreement'), kind: 'signatory' },
    ],
    facts: [
      {
        text: 'Greece is one of the five EU members that do not recognise Kosovo.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Greece and North Macedonia signed the Prespa Agreement on 17 June 2018 at Psarades, ending their dispute over the name Macedonia.',
        asOf: '2018-06-17',
        timeline: true,
        sources: [wikiPrespa],
      },
      {
        text: 'Greece had 105 soldiers in KFOR in August 2022; in 2025 Greek troops joined a multinational reserve unit that temporarily replaced KFOR’s Turkish reserve battalion.',
        asOf: '2025',
        sources: [rfeKforContingents, aaReserve2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Greece',
  },
  {
    id: entityId('cyprus'),
    wikidata: 'Q229',
    type: 'place',
    kind: 'country',
    name: 'Cyprus',
    names: [
      { text: 'Cyprus', lang: 'en' },
      { text: 'Republic of Cyprus', lang: 'en', form: 'official' },
      { text: 'Zypern', lang: 'de' },
      { text: 'Kipar', lang: 'sr-Latn' },
      { text: 'Кипар', lang: 'sr-Cyrl' },
      { text: 'Qiproja', lang: 'sq' },
      { text: 'Qipro', lang: 'sq' },
    ],
    summary: 'EU member that does not recognise Kosovo; not a NATO member.',
    region: 'outside',
    importance: 1,
    coords: { lat: 35.186, lon: 33.382 },
    relations: [{ to: entityId('european-union'), kind: 'member-of' }],
    facts: [
      {
        text: 'Cyprus is one of the five EU members that do not recognise Kosovo.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Cyprus is not in NATO, which is why 28 of 32 NATO allies recognise Kosovo while 22 of 27 EU members do.',
        asOf: '2025',
        sources: [wikiRecognition],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Cyprus',
  },
  {
    id: entityId('hungary'),
    wikidata: 'Q28',
    type: 'place',
    kind: 'country',
    name: 'Hungary',
    names: [
      { text: 'Hungary', lang: 'en' },
      { text: 'Ungarn', lang: 'de' },
      { text: 'Mađarska', lang: 'sr-Latn' },
      { text: 'Мађарска', lang: 'sr-Cyrl' },
      { text: 'Hungaria', lang: 'sq' },
      { text: 'Magyarország', lang: 'other' },
    ],
    summary: 'EU and NATO member that recognises Kosovo and keeps a large KFOR contingent.',
    region: 'outside',
    importance: 1,
    coords: { lat: 47.498, lon: 19.04 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Hungary recognises Kosovo; it is one of the 22 EU members that do.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Hungarian KFOR soldiers were among those hurt in the clashes at Zvečan on 29 May 2023; Hungary’s defence minister said more than 20 were injured, seven seriously. Hungary had 469 troops in KFOR in August 2022.',
        asOf: '2023-05-29',
        timeline: true,
        sources: [
          source(
            'TASR',
            'V Kosove sa zranilo 20 maďarských vojakov',
            'https://www.teraz.sk/zahranicie/v-kosove-sa-zranilo-20-madarskych-voja/717739-clanok.html',
          ),
          rfeKforContingents,
        ],
      },
      {
        text: 'Hungary voted against the UN General Assembly’s Srebrenica genocide resolution of 23 May 2024.',
        asOf: '2024-05-23',
        sources: [raportSrebrenicaVote],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Hungary',
  },
  {
    id: entityId('bulgaria'),
    wikidata: 'Q219',
    type: 'place',
    kind: 'country',
    name: 'Bulgaria',
    names: [
      { text: 'Bulgaria', lang: 'en' },
      { text: 'Bulgarien', lang: 'de' },
      { text: 'Bugarska', lang: 'sr-Latn' },
      { text: 'Бугарска', lang: 'sr-Cyrl' },
      { text: 'Бугарија', lang: 'mk' },
      { text: 'Bullgaria', lang: 'sq' },
      { text: 'България', lang: 'other' },
    ],
    summary: 'EU and NATO member whose dispute with North Macedonia holds up that country’s EU talks.',
    region: 'outside',
    importance: 1,
    coords: { lat: 42.698, lon: 23.322 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Bulgaria recognises Kosovo; it is one of the 22 EU members that do.',
        asOf: '2025-10',
        sources: [wikiRecognition],
      },
      {
        text: 'Bulgaria insists that North Macedonia name its Bulgarian minority in its constitution, a condition that kept North Macedonia’s EU accession talks stalled as of May 2025.',
        asOf: '2025-05',
        sources: [
          novinitePrespaBulgaria,
          wiki(
            'Accession of North Macedonia to the European Union',
            'Accession_of_North_Macedonia_to_the_European_Union',
          ),
        ],
      },
      {
        text: 'In 2025 Bulgarian troops were part of a multinational reserve unit that temporarily replaced KFOR’s Turkish reserve battalion.',
        asOf: '2025',
        sources: [aaReserve2025],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Bulgaria',
  },
  {
    id: entityId('turkey'),
    wikidata: 'Q43',
    type: 'place',
    kind: 'country',
    name: 'Turkey',
    names: [
      { text: 'Turkey', lang: 'en' },
      { text: 'Türkiye', lang: 'en', form: 'official' },
      { text: 'Republic of Türkiye', lang: 'en', form: 'official' },
      { text: 'Türkei', lang: 'de' },
      { text: 'Turska', lang: 'sr-Latn' },
      { text: 'Турска', lang: 'sr-Cyrl' },
      { text: 'Турција', lang: 'mk' },
      { text: 'Turqia', lang: 'sq' },
    ],
    summary: 'NATO member that recognised Kosovo in 2008 and is one of the largest KFOR contributors.',
    region: 'outside',
    importance: 1,
    coords: { lat: 39.934, lon: 32.86 },
    relations: [{ to: entityId('nato'), kind: 'member-of' }],
    facts: [
      {
        text: 'Turkey recognised Kosovo on 18 February 2008, the day after the declaration of independence.',
        asOf: '2008-02-18',
        timeline: true,
        sources: [wikiRecognition],
      },
      {
        text: 'After the Zvečan clashes, Turkey sent a commando battalion of about 500 to KFOR as a reserve unit; it moved to Kosovo on 4–5 June 2023, joining about 350 Turkish troops already in the force.',
        asOf: '2023-06-05',
        sources: [
          source(
            'Daily Sabah',
            'Türkiye to send troops to high-tension Kosovo upon request of NATO',
            'https://dailysabah.com/politics/diplomacy/turkiye-to-send-troops-to-high-tension-kosovo-upon-request-of-nato/amp',
            '2026-12',
          ),
          source(
            'Híradó (MTVA)',
            'Török békefenntartók érkeztek Koszovóba',
            'https://hirado.hu/kulfold/cikk/2023/06/05/torok-bekefenntartok-erkeztek-koszovoba',
            '2026-12',
          ),
        ],
      },
      {
        text: 'Turkey held KFOR’s command for the first time from October 2023 under Maj. Gen. Özkan Ulutaş, who handed over to Italy’s Maj. Gen. Enrico Barduani on 11 October 2024.',
        asOf: '2024-10-11',
        sources: [
          source(
            'Vijesti',
            'Turski general Ozkan Ulutaš danas preuzima komandu nad Kforom',
            'https://www.vijesti.me/svijet/balkan/677084/turski-general-ozkan-ulutas-danas-preuzima-komandu-nad-kforom',
          ),
          kosovapressKforCommand,
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Turkey',
  },
  {
    id: entityId('united-kingdom'),
    wikidata: 'Q145',
    type: 'place',
    kind: 'country',
    name: 'United Kingdom',
    names: [
      { text: 'United Kingdom', lang: 'en' },
      { text: 'United Kingdom of Great Britain and Northern Ireland', lang: 'en', form: 'official' },
      { text: 'UK', lang: 'en', form: 'abbreviation' },
      { text: 'Britain', lang: 'en', form: 'common' },
      { text: 'Great Britain', lang: 'en', form: 'common' },
      { text: 'Vereinigtes Königreich', lang: 'de' },
      { text: 'Großbritannien', lang: 'de', form: 'common' },
      { text: 'Velika Britanija', lang: 'sr-Latn', form: 'common' },
      { text: 'Велика Британија', lang: 'sr-Cyrl', form: 'common' },
      { text: 'Ujedinjeno Kraljevstvo', lang: 'sr-Latn' },
      { text: 'Mbretëria e Bashkuar', lang: 'sq' },
      { text: 'Britania e Madhe', lang: 'sq', form: 'common' },
    ],
    summary: 'Permanent Security Council member that recognised Kosovo in 2008 and reinforced KFOR in 2023.',
    region: 'outside',
    importance: 1,
    coords: { lat: 51.507, lon: -0.128 },
    relations: [
      { to: entityId('nato'), kind: 'member-of' },
      { to: entityId('un-security-council'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'The United Kingdom recognised Kosovo on 18 February 2008, the day after the declaration of independence.',
        asOf: '2008-02-18',
        timeline: true,
        sources: [wikiRecognition],
      },
      {
        text: 'After the Banjska attack about 200 British soldiers arrived on 6 October 2023 to reinforce KFOR, joining some 400 UK troops already in Kosovo for an exercise.',
        asOf: '2023-10-06',
        timeline: true,
        sources: [forcesUk],
      },
      {
        text: 'The UK government said in 2023 that its contribution to KFOR would continue until at least 2026.',
        asOf: '2023-10-06',
        sources: [forcesUk],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/United_Kingdom',
  },
  {
    id: entityId('france'),
    wikidata: 'Q142',
    type: 'place',
    kind: 'country',
    name: 'France',
    names: [
      { text: 'France', lang: 'en' },
      { text: 'French Republic', lang: 'en', form: 'official' },
      { text: 'Frankreich', lang: 'de' },
      { text: 'Francuska', lang: 'sr-Latn' },
      { text: 'Француска', lang: 'sr-Cyrl' },
      { text: 'Franca', lang: 'sq' },
    ],
    summary: 'Permanent Security Council member that recognised Kosovo in 2008 and co-authored the 2023 EU plan.',
    region: 'outside',
    importance: 1,
    coords: { lat: 48.857, lon: 2.352 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
      { to: entityId('un-security-council'), kind: 'member-of' },
      { to: entityId('ohrid-agreement-2023'), kind: 'related' },
    ],
    facts: [
      {
        text: 'France recognised Kosovo on 18 February 2008, the day after the declaration of independence.',
        asOf: '2008-02-18',
        timeline: true,
        sources: [wikiRecognition],
      },
      {
        text: 'The 2023 EU normalisation agreement between Kosovo and Serbia grew out of a Franco-German proposal presented in late 2022.',
        asOf: '2023-03-18',
        sources: [wikiOhrid],
      },
      {
        text: 'In October 2023 President Macron, with Germany’s Chancellor Scholz and Italy’s Prime Minister Meloni, urged Kosovo to start setting up the Association of Serb-majority Municipalities and Serbia to deliver de facto recognition.',
        asOf: '2023-10-27',
        sources: [ewbAsmLeaders],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/France',
  },
  {
    id: entityId('italy'),
    wikidata: 'Q38',
    type: 'place',
    kind: 'country',
    name: 'Italy',
    names: [
      { text: 'Italy', lang: 'en' },
      { text: 'Italian Republic', lang: 'en', form: 'official' },
      { text: 'Italien', lang: 'de' },
      { text: 'Italija', lang: 'sr-Latn' },
      { text: 'Италија', lang: 'sr-Cyrl' },
      { text: 'Italia', lang: 'sq' },
    ],
    summary: 'EU and NATO member that recognises Kosovo, is a top KFOR contributor and has often led the force.',
    region: 'outside',
    importance: 1,
    coords: { lat: 41.903, lon: 12.496 },
    relations: [
      { to: entityId('european-union'), kind: 'member-of' },
      { to: entityId('nato'), kind: 'member-of' },
    ],
    facts: [
      {
        text: 'Italy had the largest KFOR contingent in August 2022, 638 soldiers, just ahead of the United States with 635.',
        asOf: '2022-08',
        sources: [rfeKforContingents],
      },
      {
        text: 'Italian KFOR soldiers were among those injured at Zvečan on 29 May 2023; Italy said 11 of its troops were hurt.',
        asOf: '2023-05-29',
        sources: [
          source(
            'Internazionale',
            'Elezioni contestate',
            'https://www.internazionale.it/magazine/2023/05/31/elezioni-contestate',
          ),
        ],
      },
      {
        text: 'Italy’s Maj. Gen. Enrico Barduani took command of KFOR on 11 October 2024; Italy had also led the force from 2013 to 2021 and from October 2022.',
        asOf: '2024-10-11',
        sources: [
          kosovapressKforCommand,
          source(
            'AGI',
            'Cosa fanno i soldati italiani in Kosovo con la missione KFOR',
            'https://www.agi.it/estero/video/2023-05-31/cosa-fanno-soldati-italiani-kosovo-missione-kfor-21629348',
          ),
        ],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Italy',
  },
  {
    id: entityId('israel'),
    wikidata: 'Q801',
    type: 'place',
    kind: 'country',
    name: 'Israel',
    names: [
      { text: 'Israel', lang: 'en' },
      { text: 'State of Israel', lang: 'en', form: 'official' },
      { text: 'Staat Israel', lang: 'de', form: 'official' },
      { text: 'Izrael', lang: 'sr-Latn' },
      { text: 'Израел', lang: 'sr-Cyrl' },
      { text: 'Izraeli', lang: 'sq' },
    ],
    summary: 'Recognised Kosovo under the 2020 Washington deal; diplomatic relations since February 2021.',
    region: 'outside',
    importance: 1,
    coords: { lat: 31.778, lon: 35.235 },
    relations: [{ to: entityId('washington-agreement-2020'), kind: 'related' }],
    facts: [
      {
        text: 'Mutual recognition between Israel and Kosovo was a side commitment of the September 2020 Washington agreements.',
        asOf: '2020-09-04',
        sources: [wikiWashington, rferlIsrael],
      },
      {
        text: 'Israel and Kosovo established diplomatic relations on 1 February 2021 in a ceremony held by video link; Kosovo counted Israel as the 117th state to recognise it and agreed to open its embassy in Jerusalem.',
        asOf: '2021-02-01',
        timeline: true,
        sources: [jpostIsrael, rferlIsrael],
      },
      {
        text: 'Serbia also pledged in Washington to move its embassy in Israel to Jerusalem, but had not done so as of February 2021.',
        asOf: '2021-02-01',
        sources: [rferlIsrael],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Israel',
  },
  {
    id: entityId('kenya'),
    wikidata: 'Q114',
    type: 'place',
    kind: 'country',
    name: 'Kenya',
    names: [
      { text: 'Kenya', lang: 'en' },
      { text: 'Republic of Kenya', lang: 'en', form: 'official' },
      { text: 'Kenia', lang: 'de' },
      { text: 'Kenija', lang: 'sr-Latn' },
      { text: 'Кенија', lang: 'sr-Cyrl' },
    ],
    summary: 'Recognised Kosovo in March 2025, the first new recognition in about five years.',
    region: 'outside',
    importance: 1,
    coords: { lat: -1.286, lon: 36.817 },
    facts: [
      {
        text: 'Kenya recognised Kosovo on 26 March 2025 with a letter signed by President William Ruto, the first new recognition in about five years.',
        asOf: '2025-03-26',
        timeline: true,
        sources: [reutersKenya],
      },
      {
        text: 'Kenya’s recognition letter cited the ICJ’s 2010 advisory opinion on Kosovo’s declaration of independence.',
        asOf: '2025-03-26',
        sources: [theBriefKenya, ninKenya],
      },
      {
        text: 'Serbia’s foreign ministry condemned the decision as "unacceptable and hostile" and threatened a response.',
        asOf: '2025-03-26',
        sources: [ninKenya],
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kenya',
  },
];
