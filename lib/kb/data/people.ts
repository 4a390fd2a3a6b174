import { entityId, type PersonEntity } from '../types';
import { source } from '../source';
import {
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
  kosovapressBarduani,
  n1Karadzic,
  noaKurti3,
  prishtinaInsightKurti3,
  rksBanjskaCourt,
  rtvStaraPazovaMacut,
  ewbKaran as ewbKaranShared,
  ewbKaranRerun,
  b92Ohrid,
  srpskaTimesMacut,
  n1Kirby,
  trtDrawdown,
  trtPlates,
  unPress1244,
} from './shared-sources';

// Sources the fact sheet (/work/shared/reference/balkans-facts.md) cites, with mirrors replaced by originals.
// Sources marked "read 2026-12" were looked up for this file where the sheet had nothing citable.
const READ = '2026-12';

const wiki = (title: string, path: string) => source('Wikipedia', title, `https://en.wikipedia.org/wiki/${path}`);

const wikiDodik = wiki('Milorad Dodik', 'Milorad_Dodik');
const wikiOhrHigh = wiki(
  'High Representative for Bosnia and Herzegovina',
  'High_Representative_for_Bosnia_and_Herzegovina',
);
const wikiRama = wiki('Edi Rama', 'Edi_Rama');
const wikiAlbania2025 = wiki('2025 Albanian parliamentary election', '2025_Albanian_parliamentary_election');
const wikiMickoski = wiki('Hristijan Mickoski', 'Hristijan_Mickoski');
const wikiSiljanovska = wiki('Gordana Siljanovska-Davkova', 'Gordana_Siljanovska-Davkova');
const wikiMilatovic = wiki('Jakov Milatović', 'Jakov_Milatovi%C4%87');
const wikiMilanovic = wiki('Zoran Milanović', 'Zoran_Milanovi%C4%87');
const wikiPistorius = wiki('Boris Pistorius', 'Boris_Pistorius');
const wikiRecognitionKosovo = wiki('International recognition of Kosovo', 'International_recognition_of_Kosovo');
const tassDodikSanctions = source(
  'TASS',
  'Dodik calls lifting of US sanctions a political triumph for Republika Srpska',
  'https://tass.com/world/2038431',
  READ,
);
const worldEcrDodik = source(
  'WorldECR',
  'US lifts sanctions on Bosnian Serb leader Dodik following resignation',
  'https://www.worldecr.com/?p=2038870',
  READ,
);
const ewbRama2025 = source(
  'European Western Balkans',
  'Edi Rama’s Socialist Party of Albania on course to win a fourth term',
  'https://europeanwesternbalkans.com/2025/05/12/edi-ramas-socialist-party-of-albania-on-course-to-win-a-fourth-term/',
  READ,
);
const trtRama2025 = source(
  'TRT World',
  'Albania’s Rama secures unprecedented fourth term as Socialists win election',
  'https://www.trtworld.com/article/a5fba4560847',
  READ,
);
const novaBorrellBanjska = source(
  'Agenzia Nova',
  'Kosovo: Borrell, l’Ue condanna l’attacco contro la polizia nel nord del Paese',
  'https://www.agenzianova.com/a/6510ea4a19f5e0.64922205/4560412/2023-09-24/kosovo-borrell-l-ue-condanna-l-attacco-contro-la-polizia-nel-nord-del-paese',
  READ,
);
const wikiVucic = wiki('Aleksandar Vučić', 'Aleksandar_Vu%C4%8Di%C4%87');
const wikiOhrid = wiki('2023 Ohrid Agreement', '2023_Ohrid_Agreement');
const wikiBrussels2013 = wiki('2013 Brussels Agreement', '2013_Brussels_Agreement');
const wikiRadoicic = wiki('Milan Radoičić', 'Milan_Radoi%C4%8Di%C4%87');
const wikiVucevic = wiki('Miloš Vučević', 'Milo%C5%A1_Vu%C4%8Devi%C4%87');
const wikiBrnabic = wiki('Ana Brnabić', 'Ana_Brnabi%C4%87');
const wikiBlinken = wiki('Antony Blinken', 'Antony_Blinken');
const wikiMilosevicTrial = wiki('Trial of Slobodan Milošević', 'Trial_of_Slobodan_Milo%C5%A1evi%C4%87');
const wikiMilosevicDeath = wiki('Death of Slobodan Milošević', 'Death_of_Slobodan_Milo%C5%A1evi%C4%87');
const wikiKosovoWar = wiki('Kosovo War', 'Kosovo_War');
const wiki1244 = wiki(
  'United Nations Security Council Resolution 1244',
  'United_Nations_Security_Council_Resolution_1244',
);
const wikiDeclaration = wiki('2008 Kosovo declaration of independence', '2008_Kosovo_declaration_of_independence');
const wikiDacic = source('Wikipedia', 'Ivica Dačić', 'https://en.wikipedia.org/wiki/Ivica_Da%C4%8Di%C4%87', READ);
const wikiRugova = source('Wikipedia', 'Ibrahim Rugova', 'https://en.wikipedia.org/wiki/Ibrahim_Rugova', READ);

const bbcVucic = source('BBC News', 'Serbia profile - Leaders', 'https://www.bbc.co.uk/news/world-europe-17912584');
const efeVucic2022 = source(
  'EFE',
  "Serbia's Vucic wins reelection as per early vote projections",
  'https://www.efe.com/efe/english/world/serbia-s-vucic-wins-reelection-as-per-early-vote-projections/50000262-4776123',
  READ,
);
const intellinewsSns = source(
  'bne IntelliNews',
  "Defence minister Vucevic elected new head of Serbia's ruling SNS",
  'https://www.intellinews.com/defence-minister-vucevic-elected-new-head-of-serbia-s-ruling-sns-279908',
);

const tiranaTimesOsmani = source(
  'Tirana Times',
  'Vjosa Osmani elected President of Kosovo',
  'https://tiranatimes.com/?p=149959',
);
const nieuwsbladOsmani = source(
  'Het Nieuwsblad',
  'Vjosa Osmani verkozen tot president van Kosovo',
  'https://www.nieuwsblad.be/cnt/dmf20210404_96561605',
);
const ewbPresidency2026 = source(
  'European Western Balkans',
  'Parliament fails to elect the President of Kosovo, Osmani issues a decree to dissolve it',
  'https://europeanwesternbalkans.com/2026/03/06/parliament-fails-to-elect-the-president-of-kosovo-osmani-issues-a-decree-to-disolve-it/',
);
const cnaCourtRuling = source(
  'CNA',
  'Constitutional Court rules on the decree on the election of the new president',
  'https://www.cna.al/english/kosova-bota/gjykata-kushtetuese-i-rrezoi-dekretin-per-zgjedhjen-e-presidentit-re-i459178',
);

const prizrenPostHaxhiu = source(
  'Prizren Post',
  'Haxhiu will not be a candidate for president',
  'https://prizrenpost.com/en/?p=42138',
  '2026-12',
);
const lajmiHaxhiuDeputy = source(
  'Lajmi.net',
  'Albulena Haxhiu “Punëtorja e Vitit” – A po i mban tri pozita njëkohësisht?',
  'https://lajmi.net/albulena-haxhiu-punetorja-e-vitit-a-po-i-mban-tri-pozita-njekohesisht/',
  '2026-12',
);
const telegrafiHaxhiuSpeaker = source(
  'Telegrafi',
  'Haxhiu: Duhen dy kandidatë për të thirrur seancën për presidentin',
  'https://telegrafi.com/zgjedhja-e-presidentit-haxhiu-vetem-nje-kandidat-duhen-dy-per-te-ftuar-seancen/',
  '2026-12',
);
const fairplanetKurti = source(
  'Fair Planet',
  'Kosovo opposition movement gains half of parliament seats',
  'https://www.fairplanet.org/editors-pick/kosovo-opposition-movement-gains-half-of-parliament-seats/',
);

const ewbSanctions2022 = source(
  'European Western Balkans',
  'US sanctions towards Western Balkan entities: red flags without much effect on the ground',
  'https://europeanwesternbalkans.com/2022/10/30/us-sanctions-towards-western-balkan-entities-red-flags-without-much-effect-on-the-ground/',
);
const novaStateDept = source(
  'Agenzia Nova',
  'Serbia-Usa: sapevamo di incontro tra ambasciatore a Washington e Radoicic',
  'https://www.agenzianova.com/a/65f273f163b721.94810253/5090128/2024-03-12/serbia-usa-sapevamo-di-incontro-tra-ambasciatore-a-washington-e-radoicic-lista-serba',
);

const ilkhaMacut = source(
  'ILKHA',
  "Serbia's Djuro Macut forms new cabinet after winning confidence vote",
  'https://ilkha.com/english/world/serbia-s-djuro-macut-forms-new-cabinet-after-winning-confidence-vote-452724',
  READ,
);

const ewbDodikMandate = source(
  'European Western Balkans',
  "Dodik's presidential mandate terminated by Central Election Commission",
  'https://europeanwesternbalkans.com/2025/08/06/dodiks-presidential-mandate-terminated-by-central-election-commission/',
);
const ewbDodikFine = source(
  'European Western Balkans',
  'The Court of BiH replaces a prison sentence for Milorad Dodik with a fine',
  'https://europeanwesternbalkans.com/2025/08/13/the-court-of-bih-replaces-a-prison-sentence-for-milorad-dodik-with-a-fine/',
);
const ewbKaran = source(
  'European Western Balkans',
  "Dodik's party candidate narrowly wins snap presidential election in Republika Srpska",
  'https://europeanwesternbalkans.com/2025/11/24/dodiks-party-candidate-narrowly-wins-snap-presidential-election-in-republika-srpska/',
);
const ewbSchmidt2021 = source(
  'European Western Balkans',
  "Schmidt's appointment a sign of structural problems of international community's engagement with BiH",
  'https://europeanwesternbalkans.com/2021/06/08/schmidts-appointment-a-sign-of-structural-problems-of-international-communitys-engagement-with-bih',
);
const sarajevoTimesPresidency2018 = source(
  'Sarajevo Times',
  'Inauguration ceremony for new members of BiH Presidency officially held',
  'https://sarajevotimes.com/inauguration-ceremony-for-new-members-of-bih-presidency-officially-held/',
  READ,
);

const bmvgStays = source(
  'Bundesministerium der Verteidigung',
  'Pistorius bleibt Verteidigungsminister',
  'https://www.bmvg.de/de/aktuelles/pistorius-bleibt-verteidigungsminister-5937852',
);
const brPistoriusKosovo = source(
  'Bayerischer Rundfunk',
  'Pistorius im Kosovo: Verlegung von Soldaten im Zeitplan',
  'https://www.br.de/nachrichten/meldung/pistorius-im-kosovo-verlegung-von-soldaten-im-zeitplan,3006353be',
);
const bmvgCompany = source(
  'Bundesministerium der Verteidigung',
  'Deutschland kompensiert ab April 2024 österreichische Kompanie',
  'https://www.bmvg.de/de/presse/deutschland-kompensiert-ab-april-2024-oesterreichische-kompanie-5687022',
);

const jpostKallas = source(
  'The Jerusalem Post',
  'Kaja Kallas takes over as EU foreign policy chief',
  'https://www.jpost.com/international/article-831512',
);
const indexKallas = source(
  'Index.hu',
  'Kaja Kallas, az EU új külügyi főképviselője',
  'https://index.hu/kulfold/2024/12/09/kaja-kallas-angela-merkel-orban-viktor-europai-unio-kulugyi-fokepviselo/',
);
const vijesiSorensen = source(
  'Vijesti',
  'The EU Council appointed Peter Sorensen as Special Representative for the Belgrade-Pristina Dialogue',
  'https://en.vijesti.me/world-a/balkan/742685/The-EU-Council-appointed-Peter-Sorensen-as-Special-Representative-for-the-Belgrade-Pristina-Dialogue',
);
const ndrysheMeasures = source(
  'Ndryshe',
  'Kallas announces gradual lifting of EU measures against Kosovo',
  'https://www.ndryshe.info/?p=1479',
);

const miaLajcak = source(
  'MIA',
  'Lajčák appointed EU special representative for Serbia-Kosovo dialogue',
  'https://mia.mk/lajcak-appointed-eu-special-representative-for-serbia-kosovo-dialogue/',
);
const ewbLajcak = source(
  'European Western Balkans',
  'Miroslav Lajčák appointed as EU Special Representative for the Belgrade-Pristina Dialogue and regional issues',
  'https://europeanwesternbalkans.com/2020/04/03/miroslav-lajcak-appointed-as-eu-special-representative-for-the-belgrade-pristina-dialogue-and-regional-issues/',
);
const tasrLajcak = source(
  'TASR',
  'EU appoints Lajcak as its special representative for Western Balkans',
  'https://newsnow.tasr.sk/foreign/eu-appoints-lajcak-as-its-special-representative-for-western-balkans/',
);
const rksSorensen = source(
  'RKS News',
  "EU: It is Sorensen's responsibility to facilitate the continuation of dialogue, he will have an initial mandate of 13 months",
  'https://rks.news/eu-it-is-sorensens-responsibility-to-facilitate-the-continuation-of-dialogue-he-will-have-an-initial-mandate-of-13-months',
);
const ansaSorensen = source(
  'ANSA',
  'Sorensen nuovo rappresentante Ue per dialogo Serbia-Kosovo',
  'https://ansalatina.com/nuova_europa/it/notizie/nazioni/kosovo/2025/01/27/sorensen-nuovo-rappresentante-ue-per-dialogo-serbia-kosovo_91f476ba-6147-4245-9052-d17cfbb4937e.html',
);
const federalnaSorensen = source(
  'Federalna TV',
  'Danac Peter Sorensen novi izaslanik EU-a za dijalog Srbija-Kosovo',
  'https://federalna.ba/danac-peter-sorensen-novi-izaslanik-eu-a-za-dijalog-srbija-kosovo-0983c',
);
const ewbTrilateral = source(
  'European Western Balkans',
  'Sørensen hosted a long meeting with negotiators of Serbia and Kosovo, next meeting in July',
  'https://europeanwesternbalkans.com/2025/06/11/sorensen-hosted-a-long-meeting-with-negotiators-of-serbia-and-kosovo-next-meeting-in-july/',
  READ,
);
const ewbSorensen2026 = source(
  'European Western Balkans',
  'After visit to Pristina, Sørensen in Belgrade tomorrow',
  'https://europeanwesternbalkans.com/2026/02/24/after-visit-to-pristina-sorensen-in-belgrade-tomorrow/',
  READ,
);

const voaSchmidt = source(
  'Voice of America',
  "Europe powers: new High Representative for Bosnia-Herzegovina lies in board's hands",
  'https://www.voanews.com/a/europe_powers-new-high-representative-bosnia-herzegovina-lie-boards-hands/6207783.html',
);
const tassSchmidt = source(
  'TASS',
  'Russia does not recognise Christian Schmidt as High Representative',
  'https://tass.com/politics/1376097',
);

const tassCrimea = source('TASS', "Putin's address on Crimea", 'https://tass.com/russia/724180');

const hmdMilosevic = source(
  'Holocaust Memorial Day Trust',
  '29 June 2001: Transfer of Slobodan Milosevic to the International Criminal Tribunal for the former Yugoslavia',
  'https://www.hmd.org.uk/resource/29-june-2001-transfer-of-slobodan-milosevic-to-the-international-criminal-tribunal-for-the-former-yugoslavia/',
);
const rksMilosevic = source(
  'RKS News',
  '24 years since the extradition of Slobodan Milosevic to The Hague',
  'https://rks.news/24-years-since-the-extradition-of-dictator-slobodan-milosevic-to-the-hague',
);

const kurirDacic = source(
  'Kurir',
  'Posle 10 godina ponovo vodi resor policije: Dačić ekskluzivno za Kurir',
  'https://www.kurir.rs/vesti/politika/4385328/posle-10-godina-ponovo-vodi-resor-policije-dacic-ekskluzivno-za-kurir-velika-mi-je-cast-i-veliki-izazov-ponovo-biti-na-celu-mup',
  READ,
);
const kossevSierraLeone = source(
  'KoSSev',
  "Dačić: Sierra Leone 18th state to withdraw Kosovo's recognition; Pristina denies",
  'https://kossev.info/dacic-sierra-leone-18th-state-to-withdraw-kosovos-recognition-pristina-denies/',
);

const ewbThaciIndictment = source(
  'European Western Balkans',
  'Specialist Prosecutor’s Office in the Hague announces indictments for war crimes against Thaçi and Veseli',
  'https://europeanwesternbalkans.com/2020/06/24/specialist-prosecutors-office-in-the-hague-announces-indictments-for-war-crimes-against-thaci-and-veseli/',
  READ,
);
const k2TrialOfFour = source(
  'Kosovo 2.0',
  'The trial against the four',
  'https://kosovotwopointzero.com/en/the-trial-against-the-four/',
  READ,
);
const radioNacionalClosing = source(
  'Radio Nacional',
  'Katër ish-krerët e UÇK-së flasin sot në Hagë, dita e fundit e deklaratave',
  'https://radionacional.al/kater-ish-kreret-e-uck-se-flasin-sot-ne-hage-dita-e-fundit-e-deklaratave/',
  READ,
);

const novaPetkovic = source(
  'Agenzia Nova',
  "Serbia: Petar Petkovic nominato nuovo direttore dell'Ufficio per il Kosovo",
  'https://www.agenzianova.com/a/5f817832cc8315.90557356/3136169/2020-10-09/serbia-petar-petkovic-nominato-nuovo-direttore-dell-ufficio-per-il-kosovo',
  READ,
);
const mfaDjuric = source(
  'Ministry of Foreign Affairs of Serbia',
  'Minister Marko Djuric',
  'https://mfa.gov.rs/en/ministry/minister',
  READ,
);
const nosDjuric = source(
  'NOS',
  'Rel over aanhouding hoge Servische ambtenaar in Kosovo',
  'https://nos.nl/artikel/2224481-rel-over-aanhouding-hoge-servische-ambtenaar-in-kosovo',
  READ,
);
const kosovoOnlineDjuric = source(
  'Kosovo Online',
  'Seven years since the arrest of Marko Djuric and the first major ROSU incursion into northern Kosovo',
  'https://www.kosovo-online.com/en/news/politics/seven-years-arrest-marko-djuric-and-first-major-rosu-incursion-northern-kosovo-26-3',
  READ,
);

const intellinewsMickoski = source(
  'bne IntelliNews',
  'North Macedonia elects new prime minister after flooding temporarily halts proceedings',
  'https://intellinews.com/north-macedonia-elects-new-prime-minister-after-flooding-temporarily-halts-proceedings-330868/',
  READ,
);

const newsAmMilatovic = source(
  'News.am',
  'Jakov Milatovic wins Montenegro presidential runoff',
  'https://news.am/eng/news/752771.html',
  READ,
);

const miaPlenkovic = source(
  'MIA',
  'Croatian parliament OKs right-wing government, 3rd term for premier',
  'https://mia.mk/en/story/croatian-parliament-oks-rightwing-government-3rd-term-for-premier',
  READ,
);
const dlfPlenkovic = source(
  'Deutschlandfunk',
  'Kroatisches Parlament spricht neuer Regierung Vertrauen aus',
  'https://www.deutschlandfunk.de/kroatisches-parlament-spricht-neuer-regierung-vertrauen-aus-110.html',
  READ,
);
const miaMilanovic = source(
  'MIA',
  "Croatia's runoff: Milanović wins nearly three quarters of vote",
  'https://new.mia.mk/en/story/croatias-presidential-runoff-milanovi%C4%87-wins-nearly-three-quarters-of-vote',
  READ,
);

const intellinewsKaradzic = source(
  'bne IntelliNews',
  'Appeal court gives Karadzic life sentence, confirms genocide conviction',
  'https://www.intellinews.com/appeal-court-gives-karadzic-life-sentence-confirms-genocide-conviction-158272/',
  READ,
);
const sarajevoTimesKaradzic = source(
  'Sarajevo Times',
  'Karadzic appeals life sentence for war crimes in BiH',
  'https://www.sarajevotimes.com/karadzic-appeals-life-sentence-for-war-crimes-in-bih/',
  READ,
);
const asilMladic = source(
  'American Society of International Law',
  'ICTY convicts Ratko Mladić of genocide, war crimes, and crimes against humanity (November 22, 2017)',
  'https://asil.org/blogs/icty-convicts-ratko-mladi%C4%87-genocide-war-crimes-and-crimes-against-humanity-november-22-2017',
  READ,
);
const rferlMladic = source(
  'Radio Free Europe/Radio Liberty',
  'War crimes suspect Mladic extradited after Serbia rejects appeal',
  'https://www.rferl.org/a/mladics_extradition_appeal_rejected/24210872.html',
  READ,
);
const guardianRugova = source(
  'The Guardian',
  'Ibrahim Rugova: President of Kosovo devoted to the cause of peaceful resistance',
  'https://www.theguardian.com/news/2006/jan/23/guardianobituaries.balkans',
  READ,
);

const minaPresidency = source(
  'MINA',
  'Konstituisano novo Predsjedništvo BiH',
  'https://new.mina.news/article/konstituisano-novo-predsjedni%C5%A1tvo-bih',
  READ,
);

const novaKonjufca = source(
  'Agenzia Nova',
  'Kosovo: Konjufca (Vetevendosje) eletto presidente del Parlamento',
  'https://www.agenzianova.com/a/605b78e9857b24.84547278/3367590/2021-03-22/kosovo-konjufca-vetevendosje-eletto-presidente-del-parlamento',
  READ,
);
const gazetaPrizrenitKonjufca = source(
  'Gazeta e Prizrenit',
  'Konjufca në rolin e u.d. së presidentit i dërgon letër Kurtit',
  'https://gazetaeprizrenit.net/konjufca-ne-rolin-e-u-d-se-presidentit-i-dergon-leter-kurtit-ku-i-kerkon-mandatarin-per-kryeminister',
  READ,
);
const lajmiKonjufca = source(
  'Lajmi.net',
  'Kurti: Konjufca ka afat edhe 10 ditë për qeverinë',
  'https://lajmi.net/kurti-konjufca-ka-afat-edhe-10-dite-per-qeverine-seshte-e-mencur-te-shkojme-ne-zgjedhje-edhe-ne-dhjetor-edhe-ne-prill/',
  READ,
);

const turkiyeTodayUlutas2025 = source(
  'Türkiye Today',
  'Türkiye assumes NATO command in Kosovo for second time since 1999',
  'https://www.turkiyetoday.com/region/turkiye-assumes-nato-command-in-kosovo-for-second-time-since-1999-3207926',
  READ,
);
const kurirUlutas2025 = source(
  'Kurir',
  'Kurir televizija na primopredaji dužnosti u NATO kampu u Prištini',
  'https://www.kurir.rs/vesti/srbi-na-kim/9791896/kurir-televizija-na-primporedaji-duznosti-u-nato-kampu-u-pristini',
  READ,
);
const ewbBarduani = source(
  'European Western Balkans',
  'Italian General Enrico Barduani to be appointed the KFOR Commander on 11 October',
  'https://europeanwesternbalkans.com/2024/10/09/italian-general-enrico-barduani-to-be-appointed-the-kfor-commander-on-11-october/',
  READ,
);
const b92Barduani = source(
  'B92',
  'Italijanski general Enriko Barduani novi komandant KFOR-a',
  'https://b92.net/info/kosovo/66681/italijanski-general-enriko-barduani-novi-komandant-kfor-a-video/vest',
  READ,
);

export const people: readonly PersonEntity[] = [
  // ——— Serbia ———
  {
    id: entityId('aleksandar-vucic'),
    type: 'person',
    kind: 'politician',
    name: 'Aleksandar Vučić',
    names: [
      { text: 'Aleksandar Vučić', lang: 'en' },
      { text: 'Александар Вучић', lang: 'sr-Cyrl' },
      { text: 'Aleksandar Vuçiq', lang: 'sq' },
      { text: 'Vučić', lang: 'en', form: 'short', needsContext: true },
      { text: 'Vuçiq', lang: 'sq', form: 'short', needsContext: true },
    ],
    summary: 'President of Serbia since 2017; former prime minister and long-time leader of the ruling SNS.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'He became President of Serbia on 31 May 2017, having won the April 2017 election in the first round with about 55% of the vote.',
        asOf: '2017-05-31',
        sources: [wikiVucic, bbcVucic],
        timeline: true,
      },
      {
        text: 'He was re-elected in the first round on 3 April 2022; early projections gave him about 60% of the vote.',
        asOf: '2022-04-03',
        sources: [efeVucic2022],
        timeline: true,
      },
      {
        text: 'Before the presidency he was prime minister (2014–2017) and, in the late 1990s, information minister as a member of the Serbian Radical Party. He co-founded the Serbian Progressive Party in 2008 and chaired it from 2012 until May 2023.',
        asOf: '2023-05-27',
        sources: [bbcVucic, intellinewsSns],
      },
      {
        text: 'He accepted the EU-drafted normalisation agreement with Kosovo orally in Brussels on 27 February 2023 and its implementation annex in Ohrid on 18 March 2023, but did not sign either text.',
        asOf: '2023-03-18',
        sources: [wikiOhrid],
      },
      {
        text: 'After the Banjska attack he denied that the Serbian state was involved and blamed Kurti’s policies; when the US raised concern about Serbian troop levels he rejected claims of an alert and promised a reduction.',
        asOf: '2023-10-01',
        sources: [ideaSep2023, brTroops],
      },
    ],
    relations: [
      { to: entityId('serbia'), kind: 'leads', note: 'President since 31 May 2017; re-elected April 2022' },
      { to: entityId('serbian-progressive-party'), kind: 'led', note: 'Party president 2012 – May 2023' },
      { to: entityId('ohrid-agreement-2023'), kind: 'participant', note: 'Accepted the texts orally, did not sign' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Aleksandar_Vu%C4%8Di%C4%87',
  },
  {
    id: entityId('milos-vucevic'),
    type: 'person',
    kind: 'politician',
    name: 'Miloš Vučević',
    names: [
      { text: 'Miloš Vučević', lang: 'en' },
      { text: 'Милош Вучевић', lang: 'sr-Cyrl' },
      { text: 'Milosh Vuçeviq', lang: 'sq' },
      { text: 'Vučević', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'President of Serbia’s ruling SNS since 2023; former defence minister, prime minister and mayor of Novi Sad.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A lawyer born in Novi Sad in 1974, he was the city’s mayor from 2012 to 2022.',
        asOf: '2022',
        sources: [wikiVucevic],
      },
      {
        text: 'While serving as defence minister and deputy prime minister he was elected president of the Serbian Progressive Party on 27 May 2023, taking over from Vučić.',
        asOf: '2023-05-27',
        sources: [intellinewsSns],
        timeline: true,
      },
      {
        text: 'He became prime minister in May 2024, succeeding an acting government led by Ivica Dačić after Ana Brnabić moved to parliament.',
        asOf: '2024-05',
        sources: [wikiDacic, wikiBrnabic],
      },
      {
        text: 'He resigned as prime minister on 28 January 2025 amid protests that followed the Novi Sad station canopy collapse; parliament confirmed the resignation on 19 March 2025.',
        asOf: '2025-03-19',
        sources: [srpskaTimesMacut],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('serbian-progressive-party'), kind: 'leads', note: 'Party president since 27 May 2023' },
      { to: entityId('serbia'), kind: 'led', note: 'Prime minister May 2024 – April 2025 (resigned January 2025)' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Milo%C5%A1_Vu%C4%8Devi%C4%87',
  },
  {
    id: entityId('ana-brnabic'),
    type: 'person',
    kind: 'politician',
    name: 'Ana Brnabić',
    names: [
      { text: 'Ana Brnabić', lang: 'en' },
      { text: 'Ана Брнабић', lang: 'sr-Cyrl' },
      { text: 'Brnabić', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Speaker of Serbia’s National Assembly since 2024; prime minister from 2017 to 2024.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'She was prime minister of Serbia from 29 June 2017 to 6 February 2024 — the first woman and the first openly gay person in the post, and its longest-serving holder.',
        asOf: '2024-02-06',
        sources: [wikiBrnabic],
      },
      {
        text: 'She was elected President of the National Assembly of Serbia on 20 March 2024.',
        asOf: '2024-03-20',
        sources: [wikiBrnabic],
        timeline: true,
      },
      {
        text: 'Born in Belgrade in 1975, she was minister of public administration in 2016–17 and joined the Serbian Progressive Party in 2019.',
        asOf: '2019',
        sources: [wikiBrnabic],
      },
    ],
    relations: [
      { to: entityId('national-assembly-of-serbia'), kind: 'leads', note: 'Speaker since 20 March 2024' },
      { to: entityId('serbian-progressive-party'), kind: 'member-of', note: 'Member since 2019' },
      { to: entityId('serbia'), kind: 'led', note: 'Prime minister 2017–2024' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ana_Brnabi%C4%87',
  },
  {
    id: entityId('djuro-macut'),
    type: 'person',
    kind: 'politician',
    name: 'Đuro Macut',
    names: [
      { text: 'Đuro Macut', lang: 'en' },
      { text: 'Ђуро Мацут', lang: 'sr-Cyrl' },
      { text: 'Macut', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Prime Minister of Serbia since April 2025; an endocrinologist with no prior political office.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A professor of endocrinology in Belgrade, he was put forward by President Vučić on 7 April 2025 to form a government after Miloš Vučević’s resignation.',
        asOf: '2025-04-07',
        sources: [srpskaTimesMacut],
      },
      {
        text: 'Parliament elected his government on 16 April 2025 with 153 votes.',
        asOf: '2025-04-16',
        sources: [rtvStaraPazovaMacut, ilkhaMacut],
        timeline: true,
      },
    ],
    relations: [{ to: entityId('serbia'), kind: 'leads', note: 'Prime minister since 16 April 2025' }],
  },
  {
    id: entityId('ivica-dacic'),
    type: 'person',
    kind: 'politician',
    name: 'Ivica Dačić',
    names: [
      { text: 'Ivica Dačić', lang: 'en' },
      { text: 'Ивица Дачић', lang: 'sr-Cyrl' },
      { text: 'Ivica Daçiq', lang: 'sq' },
      { text: 'Dačić', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Leader of the Socialist Party of Serbia; former prime minister and foreign minister, interior minister from 2024.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He became leader of the Socialist Party of Serbia in 2006 and was prime minister from 27 July 2012 to 27 April 2014.',
        asOf: '2014-04-27',
        sources: [wikiDacic],
      },
      {
        text: 'As prime minister he negotiated the 19 April 2013 Brussels Agreement with Kosovo’s prime minister Hashim Thaçi under EU mediation.',
        asOf: '2013-04-19',
        sources: [wikiBrussels2013],
      },
      {
        text: 'As foreign minister (2014–2020 and 2022–2024) he announced a series of states he said had withdrawn recognition of Kosovo; Kosovo’s foreign ministry disputed most of these claims, for example Sierra Leone in March 2020.',
        asOf: '2020-03-02',
        sources: [kossevSierraLeone, wikiDacic],
      },
      {
        text: 'He returned to the interior ministry in May 2024, in the Vučević government, and kept the post in the Macut government of April 2025.',
        asOf: '2025-04-16',
        sources: [kurirDacic, wikiDacic, ilkhaMacut],
      },
    ],
    relations: [
      { to: entityId('socialist-party-of-serbia'), kind: 'leads', note: 'Party leader since 2006' },
      { to: entityId('brussels-agreement-2013'), kind: 'signatory', note: 'Negotiated it as prime minister of Serbia' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ivica_Da%C4%8Di%C4%87',
  },
  {
    id: entityId('petar-petkovic'),
    type: 'person',
    kind: 'official',
    name: 'Petar Petković',
    names: [
      { text: 'Petar Petković', lang: 'en' },
      { text: 'Петар Петковић', lang: 'sr-Cyrl' },
      { text: 'Petar Petkoviq', lang: 'sq' },
      { text: 'Petković', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Head of the Serbian government’s Office for Kosovo and Metohija; Belgrade’s chief negotiator in the EU-led dialogue.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The Serbian government named him director of its Office for Kosovo and Metohija in October 2020, replacing Marko Đurić.',
        asOf: '2020-10-09',
        sources: [novaPetkovic],
      },
      {
        text: 'As Belgrade’s chief negotiator he met Kosovo’s negotiator Besnik Bislimi under EU envoy Peter Sørensen in Brussels on 10 June 2025 and pressed for the Association of Serb-majority municipalities.',
        asOf: '2025-06-10',
        sources: [ewbTrilateral],
      },
      {
        text: 'He still headed the office in February 2026, when Sørensen visited Belgrade.',
        asOf: '2026-02-24',
        sources: [ewbSorensen2026],
      },
    ],
    relations: [
      {
        to: entityId('serbia'),
        kind: 'related',
        note: 'Director of the government Office for Kosovo and Metohija since October 2020',
      },
      { to: entityId('eu-facilitated-dialogue'), kind: 'participant', note: 'Belgrade’s chief negotiator' },
    ],
  },
  {
    id: entityId('marko-djuric'),
    type: 'person',
    kind: 'politician',
    name: 'Marko Đurić',
    names: [
      { text: 'Marko Đurić', lang: 'en' },
      { text: 'Марко Ђурић', lang: 'sr-Cyrl' },
      { text: 'Marko Gjuriq', lang: 'sq' },
      { text: 'Đurić', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Foreign Minister of Serbia since 2024; former head of the government Office for Kosovo and ambassador to the US.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: "He headed the Serbian government's Office for Kosovo and Metohija from 2014 until October 2020, when Petar Petković replaced him and he was named Serbia's ambassador to the United States.",
        asOf: '2020-10-09',
        sources: [mfaDjuric, novaPetkovic],
      },
      {
        text: 'On 26 March 2018 Kosovo special police detained him at a meeting in North Mitrovica, saying he had entered without permission; he was taken to Pristina and expelled to Serbia the same day.',
        asOf: '2018-03-26',
        sources: [nosDjuric, kosovoOnlineDjuric],
        timeline: true,
      },
      {
        text: 'He has been foreign minister since May 2024 and met EU envoy Peter Sørensen in Belgrade in January 2026.',
        asOf: '2026-01',
        sources: [wikiDacic, kurirDacic, ewbSorensen2026],
      },
    ],
    relations: [{ to: entityId('serbia'), kind: 'related', note: 'Foreign minister since May 2024' }],
  },
  {
    id: entityId('slobodan-milosevic'),
    type: 'person',
    kind: 'historical',
    name: 'Slobodan Milošević',
    names: [
      { text: 'Slobodan Milošević', lang: 'en' },
      { text: 'Слободан Милошевић', lang: 'sr-Cyrl' },
      { text: 'Sllobodan Millosheviq', lang: 'sq' },
      { text: 'Milošević', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Yugoslav president during the 1998–99 Kosovo War; died in 2006 while on trial at the ICTY.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He was President of the Federal Republic of Yugoslavia during the 1998–99 Kosovo War.',
        asOf: '1999',
        sources: [wikiKosovoWar],
      },
      {
        text: 'The ICTY indictment against him for crimes in Kosovo was made public on 27 May 1999; counts covering Croatia and Bosnia, including genocide, were added later, 66 counts in all.',
        asOf: '1999-05-27',
        sources: [wikiMilosevicTrial, rksMilosevic],
        timeline: true,
      },
      {
        text: 'His government accepted the peace document brought to Belgrade by Martti Ahtisaari and Viktor Chernomyrdin on 3 June 1999, which led to the Kumanovo agreement and Resolution 1244.',
        asOf: '1999-06-03',
        sources: [unPress1244, wiki1244],
      },
      {
        text: 'Arrested in Belgrade on 1 April 2001, he was handed over to The Hague at the end of June 2001 (sources give 28 or 29 June); his trial opened on 12 February 2002.',
        asOf: '2002-02-12',
        sources: [hmdMilosevic, rksMilosevic],
      },
      {
        text: 'He died of a heart attack in his cell on 11 March 2006 before any verdict; the tribunal formally ended the proceedings on 14 March 2006.',
        asOf: '2006-03-11',
        sources: [wikiMilosevicDeath, wikiMilosevicTrial],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('icty'), kind: 'related', note: 'Tried from 2002; died before a verdict' },
      { to: entityId('kosovo-war'), kind: 'participant', note: 'Yugoslav president during the war' },
      { to: entityId('dayton-agreement'), kind: 'signatory', note: 'Initialled it at Dayton in November 1995' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Slobodan_Milo%C5%A1evi%C4%87',
  },

  // ——— Kosovo ———
  {
    id: entityId('vjosa-osmani'),
    type: 'person',
    kind: 'politician',
    name: 'Vjosa Osmani',
    names: [
      { text: 'Vjosa Osmani', lang: 'en' },
      { text: 'Vjosa Osmani-Sadriu', lang: 'en', form: 'official' },
      { text: 'Вјоса Османи', lang: 'sr-Cyrl' },
      { text: 'Osmani', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'President of Kosovo from April 2021 to April 2026; former speaker of the Assembly.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'The Assembly elected her president on 4 April 2021 in a third round, with 71 votes from the 82 members present; the Serb List and two opposition parties stayed away. The term is five years.',
        asOf: '2021-04-04',
        sources: [tiranaTimesOsmani, nieuwsbladOsmani],
        timeline: true,
      },
      {
        text: 'A former LDK politician and Assembly speaker, she was acting president from November 2020, when Hashim Thaçi resigned to face war-crimes charges, until March 2021, and ran on a joint list with Vetëvendosje in February 2021.',
        asOf: '2021-03-22',
        sources: [tiranaTimesOsmani, nieuwsbladOsmani],
      },
      {
        text: 'The Assembly did not elect a successor by the 5 March 2026 deadline; she dissolved it by decree on 6 March, the Constitutional Court suspended the decree on 9 March and on 25 March 2026 annulled it.',
        asOf: '2026-03-25',
        sources: [ewbPresidency2026, cnaCourtRuling],
      },
      {
        text: 'Her term ended on 4 April 2026.',
        asOf: '2026-04-04',
        sources: [tiranaTimesOsmani, ewbPresidency2026],
        timeline: true,
      },
      {
        text: 'In March 2025 she called the EU-backed draft statute for the Association of Serb-majority municipalities unconstitutional.',
        asOf: '2025-03',
        sources: [kohaAsm],
      },
    ],
    relations: [
      {
        to: entityId('kosovo'),
        kind: 'led',
        note: 'President 4 April 2021 – 4 April 2026 (acting from November 2020)',
      },
      { to: entityId('democratic-league-of-kosovo'), kind: 'related', note: 'Former LDK politician' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Vjosa_Osmani',
  },
  {
    id: entityId('albulena-haxhiu'),
    type: 'person',
    kind: 'politician',
    name: 'Albulena Haxhiu',
    names: [
      { text: 'Albulena Haxhiu', lang: 'sq' },
      { text: 'Albulena Hadžiu', lang: 'sr-Latn' },
      { text: 'Аљбулена Хаџиу', lang: 'sr-Cyrl' },
      { text: 'Haxhiu', lang: 'sq', form: 'short', needsContext: true },
    ],
    summary:
      'Vetëvendosje politician; Kosovo’s justice minister, then speaker of the Assembly and acting president in 2026.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A Vetëvendosje member of the Assembly and until then justice minister, she was elected one of the Assembly’s deputy speakers on 26 August 2025.',
        asOf: '2025-08-26',
        sources: [lajmiHaxhiuDeputy],
      },
      {
        text: 'As speaker of the Assembly in March 2026 she said she could not call the vote on a new president without at least two candidates.',
        asOf: '2026-03-04',
        sources: [telegrafiHaxhiuSpeaker],
      },
      {
        text: 'As of 25 June 2026 she was acting president of Kosovo, after the parliamentary election, and said she would not be Vetëvendosje’s candidate for president.',
        asOf: '2026-06-25',
        sources: [prizrenPostHaxhiu],
      },
    ],
    relations: [
      { to: entityId('vetevendosje'), kind: 'member-of' },
      { to: entityId('kosovo'), kind: 'leads', note: 'Acting president in 2026 (as of 25 June 2026)' },
      { to: entityId('assembly-of-kosovo'), kind: 'led', note: 'Speaker in 2026' },
    ],
  },
  {
    id: entityId('albin-kurti'),
    type: 'person',
    kind: 'politician',
    name: 'Albin Kurti',
    names: [
      { text: 'Albin Kurti', lang: 'en' },
      { text: 'Aljbin Kurti', lang: 'sr-Latn' },
      { text: 'Аљбин Курти', lang: 'sr-Cyrl' },
      { text: 'Албин Курти', lang: 'sr-Cyrl' },
      { text: 'Kurti', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Prime Minister of Kosovo and leader of Vetëvendosje; re-elected for a third term in February 2026.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'His first government in 2020 lasted only about 50 days; after Vetëvendosje’s landslide in the February 2021 election the Assembly elected him prime minister again on 22 March 2021.',
        asOf: '2021-03-22',
        sources: [fairplanetKurti],
      },
      {
        text: 'He accepted the EU normalisation agreement with Serbia on 27 February and 18 March 2023 without signing it, and has not sent the 2023 EU draft statute for the Association of Serb-majority municipalities to the Constitutional Court.',
        asOf: '2025-03',
        sources: [wikiOhrid, kohaAsm],
      },
      {
        text: 'On the day of the Banjska attack he described the gunmen as a group of about 30 heavily armed professionals backed by Serbia; Serbia denies any state role.',
        asOf: '2023-09-24',
        sources: [cnaBanjska, efeBanjska],
      },
      {
        text: 'After the 9 February 2025 election left no majority he stayed on as caretaker; his proposed cabinet won only 56 votes on 26 October 2025, short of the 61 required.',
        asOf: '2025-10-26',
        sources: [ewbKurtiFails],
      },
      {
        text: 'The Assembly elected his third government on 11 February 2026 by 66 votes to 49, after Vetëvendosje won the 28 December 2025 snap election; he pledged €1 billion for defence over four years.',
        asOf: '2026-02-11',
        sources: [prishtinaInsightKurti3, noaKurti3],
        timeline: true,
      },
    ],
    relations: [
      {
        to: entityId('kosovo'),
        kind: 'leads',
        note: 'Prime minister since 2021 (caretaker in 2025); third term from 11 February 2026',
      },
      { to: entityId('vetevendosje'), kind: 'leads', note: 'Party leader' },
      { to: entityId('ohrid-agreement-2023'), kind: 'participant', note: 'Accepted the texts orally, did not sign' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Albin_Kurti',
  },
  {
    id: entityId('milan-radoicic'),
    type: 'person',
    kind: 'suspect',
    name: 'Milan Radoičić',
    names: [
      { text: 'Milan Radoičić', lang: 'en' },
      { text: 'Милан Радоичић', lang: 'sr-Cyrl' },
      { text: 'Milan Radojičić', lang: 'sr-Latn', form: 'common' },
      { text: 'Millan Radoiçiq', lang: 'sq' },
      { text: 'Radoičić', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Kosovo Serb businessman and former Srpska Lista vice-president who said he organised the 2023 Banjska attack.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Born in Gjakova/Đakovica in 1978, he is a businessman long described in Kosovo and international media as a power broker in north Kosovo, and was vice-president of Srpska Lista until September 2023.',
        asOf: '2023-09-29',
        sources: [wikiRadoicic],
      },
      {
        text: 'He was on the US Treasury sanctions list for corruption and organised crime by October 2022.',
        asOf: '2022-10-30',
        sources: [ewbSanctions2022],
      },
      {
        text: 'On 29 September 2023, through his lawyer, he said he had organised and taken part in the Banjska action without consulting Serbian state bodies, and resigned from Srpska Lista’s leadership; Serbian police detained him briefly on 3 October 2023.',
        asOf: '2023-10-03',
        sources: [b92Radoicic, wikiRadoicic],
        timeline: true,
      },
      {
        text: 'In March 2024 the US State Department called him a criminal who must answer for the Banjska attack.',
        asOf: '2024-03',
        sources: [novaStateDept],
      },
      {
        text: 'Kosovo’s Special Prosecution indicted him in absentia in September 2024, with 44 others, for terrorism, financing terrorism, money laundering and endangering the constitutional order, naming him as the group’s leader.',
        asOf: '2024-09',
        sources: [rksBanjskaCourt, wikiRadoicic],
        timeline: true,
      },
    ],
    relations: [
      {
        to: entityId('banjska-attack'),
        kind: 'suspect',
        note: 'Said through his lawyer that he organised it; indicted by Kosovo’s Special Prosecution in September 2024',
      },
      { to: entityId('srpska-lista'), kind: 'related', note: 'Vice-president until he resigned on 29 September 2023' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Milan_Radoi%C4%8Di%C4%87',
  },
  {
    id: entityId('hashim-thaci'),
    type: 'person',
    kind: 'politician',
    name: 'Hashim Thaçi',
    names: [
      { text: 'Hashim Thaçi', lang: 'en' },
      { text: 'Hašim Tači', lang: 'sr-Latn' },
      { text: 'Хашим Тачи', lang: 'sr-Cyrl' },
      { text: 'Thaçi', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Former Kosovo prime minister and president (2016–2020), on trial for war crimes at the Kosovo Specialist Chambers.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He was prime minister when the Assembly declared independence on 17 February 2008, and as prime minister negotiated the 2013 Brussels Agreement with Serbia’s Ivica Dačić.',
        asOf: '2013-04-19',
        sources: [wikiDeclaration, wikiBrussels2013],
      },
      {
        text: 'The Specialist Prosecutor’s Office lodged a ten-count indictment for war crimes and crimes against humanity against him with the Kosovo Specialist Chambers on 24 April 2020 and made it known on 24 June; he left the presidency in November 2020 to face the charges.',
        asOf: '2020-11',
        sources: [ewbThaciIndictment, nieuwsbladOsmani],
        timeline: true,
      },
      {
        text: 'His trial with Kadri Veseli, Rexhep Selimi and Jakup Krasniqi opened in The Hague on 3 April 2023; all four pleaded not guilty.',
        asOf: '2023-04-03',
        sources: [k2TrialOfFour],
        timeline: true,
      },
      {
        text: 'Closing statements ended in February 2026, with the prosecution asking for 45 years for each defendant; the judgment was still pending.',
        asOf: '2026-02-18',
        sources: [radioNacionalClosing],
      },
    ],
    relations: [
      { to: entityId('kosovo'), kind: 'led', note: 'Prime minister in 2008; president 2016–2020' },
      { to: entityId('kosovo-specialist-chambers'), kind: 'related', note: 'Defendant; trial opened 3 April 2023' },
      { to: entityId('kosovo-liberation-army'), kind: 'related', note: 'Former KLA leader' },
      { to: entityId('brussels-agreement-2013'), kind: 'signatory', note: 'Negotiated it as prime minister of Kosovo' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Hashim_Tha%C3%A7i',
  },
  {
    id: entityId('ibrahim-rugova'),
    type: 'person',
    kind: 'historical',
    name: 'Ibrahim Rugova',
    names: [
      { text: 'Ibrahim Rugova', lang: 'en' },
      { text: 'Ибрахим Ругова', lang: 'sr-Cyrl' },
      { text: 'Rugova', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Kosovo Albanian leader of peaceful resistance in the 1990s and president of Kosovo 2002–2006.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He founded the Democratic League of Kosovo in December 1989 and led it until his death, pursuing peaceful resistance and a parallel system of schools, health care and administration for Kosovo Albanians.',
        asOf: '2006-01-21',
        sources: [wikiRugova, guardianRugova],
      },
      {
        text: 'Kosovo Albanians elected him president of their self-declared Republic of Kosova in May 1992; in March 2002, under UN administration, he was elected President of Kosovo.',
        asOf: '2002-03-04',
        sources: [wikiRugova],
      },
      {
        text: 'He died of lung cancer in Pristina on 21 January 2006; Fatmir Sejdiu succeeded him and he was later declared a Hero of Kosovo.',
        asOf: '2006-01-21',
        sources: [wikiRugova, guardianRugova],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('democratic-league-of-kosovo'), kind: 'led', note: 'Founder and leader 1989–2006' },
      { to: entityId('kosovo'), kind: 'led', note: 'President 2002–2006 under UN administration' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ibrahim_Rugova',
  },
  {
    id: entityId('glauk-konjufca'),
    type: 'person',
    kind: 'politician',
    name: 'Glauk Konjufca',
    names: [
      { text: 'Glauk Konjufca', lang: 'en' },
      { text: 'Глаук Коњуфца', lang: 'sr-Cyrl' },
      { text: 'Konjufca', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Vetëvendosje politician; Kosovo’s first deputy prime minister and foreign minister since 2026, former Assembly speaker.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He was foreign minister in Kurti’s short-lived 2020 government; in March 2020 he said there was “nothing to confirm” in Serbia’s claim that Sierra Leone had withdrawn recognition of Kosovo.',
        asOf: '2020-03-03',
        sources: [kossevSierraLeone, novaKonjufca],
      },
      {
        text: 'The Assembly elected him speaker on 22 March 2021 with 69 votes, which also made him acting president until Vjosa Osmani’s election in April 2021.',
        asOf: '2021-03-22',
        sources: [novaKonjufca, gazetaPrizrenitKonjufca],
      },
      {
        text: 'In November 2025, after Kurti failed to win a majority, President Osmani gave him the mandate to try to form a government.',
        asOf: '2025-11-10',
        sources: [lajmiKonjufca],
      },
      {
        text: 'He became first deputy prime minister and foreign minister in Kurti’s third government on 11 February 2026.',
        asOf: '2026-02-11',
        sources: [noaKurti3, ewbSorensen2026],
      },
      {
        text: 'In March 2026 Vetëvendosje nominated him for president, but the Assembly failed to elect anyone by the 5 March deadline for lack of a quorum.',
        asOf: '2026-03-05',
        sources: [ewbPresidency2026],
      },
    ],
    relations: [
      { to: entityId('vetevendosje'), kind: 'member-of' },
      { to: entityId('assembly-of-kosovo'), kind: 'led', note: 'Speaker from 22 March 2021 (also briefly 2019–2020)' },
      {
        to: entityId('kosovo'),
        kind: 'related',
        note: 'First deputy prime minister and foreign minister from 11 February 2026',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Glauk_Konjufca',
  },

  // ——— Bosnia and Herzegovina ———
  {
    id: entityId('sinisa-karan'),
    type: 'person',
    kind: 'politician',
    name: 'Siniša Karan',
    names: [
      { text: 'Siniša Karan', lang: 'sr-Latn' },
      { text: 'Sinisa Karan', lang: 'en' },
      { text: 'Синиша Каран', lang: 'sr-Cyrl' },
      { text: 'Karan', lang: 'sr-Latn', form: 'short', needsContext: true },
    ],
    summary:
      'SNSD politician, President of Republika Srpska since the snap election that followed Milorad Dodik’s removal.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'As the candidate of Dodik’s SNSD he narrowly led the snap presidential election of 23 November 2025 ahead of Branko Blanuša; the opposition alleged fraud.',
        asOf: '2025-11-23',
        sources: [ewbKaranShared],
      },
      {
        text: 'After the vote was repeated at 136 polling stations on 8 February 2026, the Central Election Commission declared him the winner; he serves out Dodik’s term until the general election of October 2026.',
        asOf: '2026-02-08',
        sources: [ewbKaranRerun],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('republika-srpska'), kind: 'leads', note: 'President, elected in the snap election of 2025–26' },
      { to: entityId('snsd'), kind: 'member-of' },
      { to: entityId('milorad-dodik'), kind: 'related', note: 'Succeeded him as president of Republika Srpska' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Sini%C5%A1a_Karan',
  },
  {
    id: entityId('milorad-dodik'),
    type: 'person',
    kind: 'politician',
    name: 'Milorad Dodik',
    names: [
      { text: 'Milorad Dodik', lang: 'en' },
      { text: 'Милорад Додик', lang: 'sr-Cyrl' },
      { text: 'Dodik', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Bosnian Serb leader of the SNSD; Republika Srpska president until his mandate was revoked in August 2025.',
    region: 'balkans',
    importance: 3,
    facts: [
      {
        text: 'He has served several terms as prime minister and president of Republika Srpska, was the Serb member of Bosnia’s Presidency from November 2018 to 2022, and became RS president again in 2022.',
        asOf: '2025-08-06',
        sources: [ewbDodikMandate, sarajevoTimesPresidency2018],
      },
      {
        text: 'The Court of Bosnia and Herzegovina convicted him for signing laws in 2023 that defied the High Representative, sentencing him to one year in prison and a six-year ban from office (February 2025, upheld 1 August 2025); on 12 August 2025 the prison term was converted into a fine of about €18,660.',
        asOf: '2025-08-12',
        sources: [ewbDodikMandate, ewbDodikFine],
      },
      {
        text: 'The Central Election Commission terminated his mandate as RS president on 6 August 2025.',
        asOf: '2025-08-06',
        sources: [ewbDodikMandate],
        timeline: true,
      },
      {
        text: 'The US Treasury lifted its sanctions on him (imposed in 2017 and widened in 2022) and on relatives, allies and linked companies on 29 October 2025.',
        asOf: '2025-10-29',
        sources: [tassDodikSanctions, worldEcrDodik, wikiDodik],
        timeline: true,
      },
      {
        text: 'His ally Siniša Karan narrowly won the snap RS presidential election of 23 November 2025; Dodik remains SNSD leader.',
        asOf: '2025-11-24',
        sources: [ewbKaran],
      },
    ],
    relations: [
      { to: entityId('snsd'), kind: 'leads', note: 'Party leader (as of November 2025)' },
      {
        to: entityId('republika-srpska'),
        kind: 'led',
        note: 'President 2022 – August 2025, when his mandate was revoked',
      },
      {
        to: entityId('office-of-the-high-representative'),
        kind: 'related',
        note: 'Convicted for defying the High Representative’s decisions',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Milorad_Dodik',
  },
  {
    id: entityId('zeljka-cvijanovic'),
    type: 'person',
    kind: 'politician',
    name: 'Željka Cvijanović',
    names: [
      { text: 'Željka Cvijanović', lang: 'en' },
      { text: 'Жељка Цвијановић', lang: 'sr-Cyrl' },
      { text: 'Cvijanović', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'SNSD politician; Serb member of the three-member Presidency of Bosnia and Herzegovina since 2022.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Elected for SNSD in the 2 October 2022 general election, she was sworn in on 16 November 2022 as the Serb member of the Presidency — the first woman to sit in it since Dayton — and chaired it first under the rotation.',
        asOf: '2022-11-16',
        sources: [minaPresidency],
        timeline: true,
      },
      {
        text: 'On taking office she said she would speak for both entities, backed regional cooperation and the EU path on the existing constitutional basis, and voiced distrust of foreign intervention.',
        asOf: '2022-11-16',
        sources: [minaPresidency],
      },
    ],
    relations: [
      {
        to: entityId('bosnia-and-herzegovina'),
        kind: 'leads',
        note: 'Serb member of the three-member Presidency since 16 November 2022',
      },
      { to: entityId('snsd'), kind: 'member-of' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/%C5%BDeljka_Cvijanovi%C4%87',
  },
  {
    id: entityId('denis-becirovic'),
    type: 'person',
    kind: 'politician',
    name: 'Denis Bećirović',
    names: [
      { text: 'Denis Bećirović', lang: 'en' },
      { text: 'Денис Бећировић', lang: 'sr-Cyrl' },
      { text: 'Bećirović', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Social Democratic Party politician; Bosniak member of the Presidency of Bosnia and Herzegovina since 2022.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Elected for the centre-left SDP in October 2022 for a four-year term, he was sworn in as the Bosniak member of the Presidency on 16 November 2022.',
        asOf: '2022-11-16',
        sources: [minaPresidency, wiki('Denis Bećirović', 'Denis_Be%C4%87irovi%C4%87')],
        timeline: true,
      },
      {
        text: 'He named poverty and emigration as his priorities and called for Euro-Atlantic integration.',
        asOf: '2022-11-16',
        sources: [minaPresidency],
      },
    ],
    relations: [
      {
        to: entityId('bosnia-and-herzegovina'),
        kind: 'leads',
        note: 'Bosniak member of the three-member Presidency since 16 November 2022',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Denis_Be%C4%87irovi%C4%87',
  },
  {
    id: entityId('radovan-karadzic'),
    type: 'person',
    kind: 'convicted',
    name: 'Radovan Karadžić',
    names: [
      { text: 'Radovan Karadžić', lang: 'en' },
      { text: 'Радован Караџић', lang: 'sr-Cyrl' },
      { text: 'Radovan Karaxhiq', lang: 'sq' },
      { text: 'Karadžić', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'Wartime president of Republika Srpska; serving a life sentence for genocide and other crimes in the Bosnian war.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The ICTY confirmed his first indictment on 25 July 1995; after years as a fugitive he was arrested in Serbia on 21 July 2008 and transferred to The Hague, where his trial opened on 26 October 2009.',
        asOf: '2009-10-26',
        sources: [n1Karadzic],
      },
      {
        text: 'On 24 March 2016 an ICTY trial chamber convicted him of genocide at Srebrenica in 1995, of persecution and other crimes in municipalities across Bosnia, of terror against civilians in besieged Sarajevo and of taking UN personnel hostage; it acquitted him of genocide in other municipalities and sentenced him to 40 years.',
        asOf: '2016-03-24',
        sources: [sarajevoTimesKaradzic, n1Karadzic],
        timeline: true,
      },
      {
        text: 'On 20 March 2019 the appeals chamber of the UN Residual Mechanism (IRMCT) upheld the convictions and raised the sentence to life imprisonment; the judgment is final.',
        asOf: '2019-03-20',
        sources: [n1Karadzic, intellinewsKaradzic],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('republika-srpska'), kind: 'led', note: 'Wartime president' },
      { to: entityId('icty'), kind: 'related', note: 'Convicted 2016; appeal decided by the IRMCT in 2019' },
      { to: entityId('srebrenica-genocide'), kind: 'related', note: 'Convicted of genocide for Srebrenica' },
      { to: entityId('bosnian-war'), kind: 'participant' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Radovan_Karad%C5%BEi%C4%87',
  },
  {
    id: entityId('ratko-mladic'),
    type: 'person',
    kind: 'convicted',
    name: 'Ratko Mladić',
    names: [
      { text: 'Ratko Mladić', lang: 'en' },
      { text: 'Ратко Младић', lang: 'sr-Cyrl' },
      { text: 'Ratko Mlladiq', lang: 'sq' },
      { text: 'Mladić', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Wartime commander of the Bosnian Serb army; serving a life sentence for genocide and other crimes.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Indicted by the ICTY in 1995, he was arrested in the village of Lazarevo in northern Serbia on 26 May 2011 after about 16 years in hiding, and extradited to The Hague on 31 May 2011.',
        asOf: '2011-05-26',
        sources: [cbcMladic, rferlMladic],
        timeline: true,
      },
      {
        text: 'On 22 November 2017 the ICTY convicted him of genocide in the Srebrenica area in 1995, of persecution and other crimes in municipalities across Bosnia, of terror and unlawful attacks on civilians in Sarajevo and of taking UN personnel hostage, and sentenced him to life imprisonment.',
        asOf: '2017-11-22',
        sources: [asilMladic],
        timeline: true,
      },
      {
        text: 'On 8 June 2021 the IRMCT appeals chamber dismissed both his and the prosecution’s appeals and affirmed the life sentence; the judgment is final.',
        asOf: '2021-06-08',
        sources: [independentMladic],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('icty'), kind: 'related', note: 'Convicted 2017; appeal decided by the IRMCT in 2021' },
      { to: entityId('srebrenica-genocide'), kind: 'related', note: 'Convicted of genocide for Srebrenica' },
      { to: entityId('bosnian-war'), kind: 'participant', note: 'Commander of the Bosnian Serb army' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Ratko_Mladi%C4%87',
  },
  {
    id: entityId('christian-schmidt'),
    type: 'person',
    kind: 'diplomat',
    name: 'Christian Schmidt',
    names: [
      { text: 'Christian Schmidt', lang: 'en' },
      { text: 'Kristijan Šmit', lang: 'sr-Latn' },
      { text: 'Кристијан Шмит', lang: 'sr-Cyrl' },
      { text: 'Schmidt', lang: 'en', form: 'short', needsContext: true },
      { text: 'Šmit', lang: 'sr-Latn', form: 'short', needsContext: true },
    ],
    summary: 'German politician serving as High Representative for Bosnia and Herzegovina since August 2021.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A CSU politician and former German federal minister, he took office on 1 August 2021 as the eighth High Representative, succeeding Valentin Inzko; the Peace Implementation Council’s Steering Board appointed him over Russia’s objection.',
        asOf: '2021-08-01',
        sources: [voaSchmidt, ewbSchmidt2021],
        timeline: true,
      },
      {
        text: 'His legitimacy is disputed: Russia, which failed to get a Security Council vote on the appointment in July 2021, and Republika Srpska leaders call him illegitimate (Dodik called him a "tourist"), while Western states say Council endorsement is not legally required.',
        asOf: '2021-07',
        sources: [tassSchmidt, ewbSchmidt2021],
      },
      {
        text: 'He uses the High Representative’s "Bonn powers" to impose decisions; Milorad Dodik’s 2025 conviction was for defying decisions Schmidt took in 2023.',
        asOf: '2025-08-06',
        sources: [ewbDodikMandate],
      },
      {
        text: 'He was still in office at the time of the November 2025 snap election in Republika Srpska.',
        asOf: '2025-11-24',
        sources: [wikiOhrHigh],
      },
    ],
    relations: [
      {
        to: entityId('office-of-the-high-representative'),
        kind: 'leads',
        note: 'High Representative since 1 August 2021 (in office as of November 2025)',
      },
      { to: entityId('germany'), kind: 'related', note: 'German national, former federal minister' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Christian_Schmidt_(politician)',
  },

  // ——— Neighbours ———
  {
    id: entityId('edi-rama'),
    type: 'person',
    kind: 'politician',
    name: 'Edi Rama',
    names: [
      { text: 'Edi Rama', lang: 'en' },
      { text: 'Еди Рама', lang: 'sr-Cyrl' },
      { text: 'Rama', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Prime Minister of Albania since 2013 and leader of the Socialist Party; won a fourth term in 2025.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He has been prime minister of Albania since 2013.',
        asOf: '2025-05-12',
        sources: [ewbRama2025, wikiRama],
      },
      {
        text: 'His Socialist Party won the 11 May 2025 parliamentary election with about 52% against about 34% for the opposition alliance led by Sali Berisha, giving him a fourth term; Berisha alleged irregularities.',
        asOf: '2025-05-13',
        sources: [trtRama2025, wikiAlbania2025],
        timeline: true,
      },
    ],
    relations: [
      {
        to: entityId('albania'),
        kind: 'leads',
        note: 'Prime minister since 2013; fourth term after the May 2025 election',
      },
      { to: entityId('socialist-party-of-albania'), kind: 'leads', note: 'Party leader' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Edi_Rama',
  },
  {
    id: entityId('hristijan-mickoski'),
    type: 'person',
    kind: 'politician',
    name: 'Hristijan Mickoski',
    names: [
      { text: 'Hristijan Mickoski', lang: 'en' },
      { text: 'Христијан Мицкоски', lang: 'mk' },
      { text: 'Mickoski', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Prime Minister of North Macedonia since June 2024 and leader of VMRO-DPMNE.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A coalition led by his VMRO-DPMNE won the 8 May 2024 parliamentary election with 43.23% of the vote and 58 of 120 seats, three short of a majority.',
        asOf: '2024-05-08',
        sources: [wiki('2024 North Macedonian parliamentary election', '2024_North_Macedonian_parliamentary_election')],
      },
      {
        text: 'Parliament elected him prime minister on 23 June 2024 by 77 votes to 22, at the head of a coalition with the ethnic Albanian VLEN alliance and the small ZNAM party, replacing the SDSM-led government.',
        asOf: '2024-06-23',
        sources: [intellinewsMickoski],
        timeline: true,
      },
      {
        text: 'Before the vote he repeatedly called the country "Macedonia" rather than by its constitutional name North Macedonia, adopted under the 2018 Prespa Agreement.',
        asOf: '2024-06-23',
        sources: [wikiMickoski],
      },
    ],
    relations: [
      { to: entityId('north-macedonia'), kind: 'leads', note: 'Prime minister since 23 June 2024' },
      { to: entityId('vmro-dpmne'), kind: 'leads', note: 'Party leader' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Hristijan_Mickoski',
  },
  {
    id: entityId('gordana-siljanovska-davkova'),
    type: 'person',
    kind: 'politician',
    name: 'Gordana Siljanovska-Davkova',
    names: [
      { text: 'Gordana Siljanovska-Davkova', lang: 'en' },
      { text: 'Гордана Сиљановска-Давкова', lang: 'mk' },
      { text: 'Siljanovska-Davkova', lang: 'en', form: 'short', needsContext: true },
      { text: 'Siljanovska', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'President of North Macedonia since May 2024, the first woman in the post; law professor backed by VMRO-DPMNE.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Backed by VMRO-DPMNE, she beat the incumbent Stevo Pendarovski in the 8 May 2024 run-off and became the first woman elected head of state of North Macedonia.',
        asOf: '2024-05-08',
        sources: [wiki('2024 North Macedonian presidential election', '2024_North_Macedonian_presidential_election')],
        timeline: true,
      },
      {
        text: 'At her swearing-in on 12 May 2024 she said "Macedonia" instead of the constitutional name, drawing protests from Greece.',
        asOf: '2024-05-12',
        sources: [wikiSiljanovska],
        timeline: true,
      },
      {
        text: 'A law professor born in Ohrid in 1953, she has long opposed the Prespa Agreement with Greece.',
        asOf: '2024-05-12',
        sources: [wikiSiljanovska],
      },
    ],
    relations: [
      { to: entityId('north-macedonia'), kind: 'leads', note: 'President since 12 May 2024' },
      { to: entityId('vmro-dpmne'), kind: 'related', note: 'Its candidate in 2024' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Gordana_Siljanovska-Davkova',
  },
  {
    id: entityId('milo-djukanovic'),
    type: 'person',
    kind: 'politician',
    name: 'Milo Đukanović',
    names: [
      { text: 'Milo Đukanović', lang: 'en' },
      { text: 'Мило Ђукановић', lang: 'sr-Cyrl' },
      { text: 'Đukanović', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Montenegro’s dominant politician for three decades and DPS leader; lost the presidency in 2023.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Credited by supporters with leading Montenegro to independence in 2006 and into NATO in 2017, he remained president after his Democratic Party of Socialists lost power in the 2020 parliamentary election.',
        asOf: '2023-04-02',
        sources: [source('Wikipedia', 'Milo Đukanović', 'https://en.wikipedia.org/wiki/Milo_%C4%90ukanovi%C4%87')],
      },
      {
        text: 'He lost the 2 April 2023 presidential run-off to Jakov Milatović, who took about 60% according to projections, and stayed in office until the handover on 21 May.',
        asOf: '2023-04-02',
        sources: [newsAmMilatovic],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('montenegro'), kind: 'led', note: 'President until May 2023' },
      { to: entityId('democratic-party-of-socialists-of-montenegro'), kind: 'related', note: 'His party' },
      {
        to: entityId('montenegro-independence-referendum'),
        kind: 'related',
        note: 'Led the country at independence in 2006',
      },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Milo_%C4%90ukanovi%C4%87',
  },
  {
    id: entityId('jakov-milatovic'),
    type: 'person',
    kind: 'politician',
    name: 'Jakov Milatović',
    names: [
      { text: 'Jakov Milatović', lang: 'en' },
      { text: 'Јаков Милатовић', lang: 'sr-Cyrl' },
      { text: 'Milatović', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'President of Montenegro since May 2023; former economy minister.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'A former minister of economic development from the Europe Now movement, he won the 2 April 2023 presidential run-off against Milo Đukanović with about 60% according to projections.',
        asOf: '2023-04-02',
        sources: [newsAmMilatovic],
        timeline: true,
      },
      {
        text: 'He took over the presidency from Đukanović in May 2023.',
        asOf: '2023-05',
        sources: [wikiMilatovic],
      },
    ],
    relations: [{ to: entityId('montenegro'), kind: 'leads', note: 'President since May 2023' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Jakov_Milatovi%C4%87',
  },
  {
    id: entityId('andrej-plenkovic'),
    type: 'person',
    kind: 'politician',
    name: 'Andrej Plenković',
    names: [
      { text: 'Andrej Plenković', lang: 'en' },
      { text: 'Андреј Пленковић', lang: 'sr-Cyrl' },
      { text: 'Plenković', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Prime Minister of Croatia since 2016 and chairman of the HDZ; in his third term since 2024.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'Chairman of the HDZ, he has been prime minister of Croatia since 2016.',
        asOf: '2024-05-18',
        sources: [miaPlenkovic],
      },
      {
        text: 'Parliament approved his third consecutive government on 17 May 2024 by 79 of 151 votes, in a coalition with the right-wing Homeland Movement, leaving out the Serb minority party SDSS, until then his usual partner.',
        asOf: '2024-05-17',
        sources: [miaPlenkovic, dlfPlenkovic],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('croatia'), kind: 'leads', note: 'Prime minister since 2016; third government from May 2024' },
      { to: entityId('hdz'), kind: 'leads', note: 'Party chairman' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Andrej_Plenkovi%C4%87',
  },
  {
    id: entityId('zoran-milanovic'),
    type: 'person',
    kind: 'politician',
    name: 'Zoran Milanović',
    names: [
      { text: 'Zoran Milanović', lang: 'en' },
      { text: 'Зоран Милановић', lang: 'sr-Cyrl' },
      { text: 'Milanović', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'President of Croatia, re-elected in January 2025; prime minister from 2011 to 2016.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He won a second term in the 12 January 2025 run-off with about 74.7% of the vote against the HDZ-backed Dragan Primorac (near-final count), after taking 49% in the first round on 29 December 2024.',
        asOf: '2025-01-12',
        sources: [miaMilanovic],
        timeline: true,
      },
      {
        text: 'He was prime minister (2011–2016) when Croatia joined the EU on 1 July 2013.',
        asOf: '2013-07-01',
        sources: [miaMilanovic, wikiMilanovic],
      },
    ],
    figures: [
      {
        id: 'runoff-2025',
        label: 'Share of the vote in the 12 January 2025 presidential run-off',
        measure: 'percent',
        unit: '% of the vote',
        kind: 'known',
        value: 74.7,
        qualifier: 'about',
        asOf: '2025-01-12',
        sources: [miaMilanovic],
      },
    ],
    relations: [
      { to: entityId('croatia'), kind: 'leads', note: 'President; second term won in January 2025' },
      { to: entityId('croatia-eu-accession'), kind: 'participant', note: 'Prime minister at accession' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Zoran_Milanovi%C4%87',
  },

  // ——— EU and international envoys ———
  {
    id: entityId('miroslav-lajcak'),
    type: 'person',
    kind: 'diplomat',
    name: 'Miroslav Lajčák',
    names: [
      { text: 'Miroslav Lajčák', lang: 'en' },
      { text: 'Мирослав Лајчак', lang: 'sr-Cyrl' },
      { text: 'Lajčák', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Slovak diplomat; EU Special Representative for the Belgrade–Pristina Dialogue 2020–2025.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He was appointed EU Special Representative for the Belgrade–Pristina Dialogue and other Western Balkan regional issues on 3 April 2020 and served until 31 January 2025, when Peter Sørensen took over.',
        asOf: '2025-01-31',
        sources: [miaLajcak, rksSorensen],
      },
      {
        text: 'Earlier he was High Representative and EU Special Representative in Bosnia and Herzegovina (2007–2009), Slovak foreign minister (2009–10 and 2012–20) and President of the UN General Assembly in 2017–18.',
        asOf: '2020-04-03',
        sources: [ewbLajcak, miaLajcak],
      },
      {
        text: 'As EU envoy in 2006 he negotiated the rules of Montenegro’s independence referendum, including the 55% threshold.',
        asOf: '2006',
        sources: [esiMontenegro],
      },
      {
        text: 'His home country, Slovakia, does not recognise Kosovo.',
        asOf: '2020-04-03',
        sources: [tasrLajcak],
      },
    ],
    relations: [
      {
        to: entityId('eu-special-representative-for-the-dialogue'),
        kind: 'led',
        note: 'EU Special Representative 3 April 2020 – 31 January 2025',
      },
      { to: entityId('office-of-the-high-representative'), kind: 'led', note: 'High Representative 2007–2009' },
      { to: entityId('slovakia'), kind: 'related', note: 'Slovak diplomat and former foreign minister' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Miroslav_Laj%C4%8D%C3%A1k',
  },
  {
    id: entityId('peter-sorensen'),
    type: 'person',
    kind: 'diplomat',
    name: 'Peter Sørensen',
    names: [
      { text: 'Peter Sørensen', lang: 'en' },
      { text: 'Петер Соренсен', lang: 'sr-Cyrl' },
      { text: 'Sørensen', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Danish diplomat; EU Special Representative for the Belgrade–Pristina Dialogue since February 2025.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'The EU Council appointed him on 27 January 2025; he took office on 1 February 2025 with an initial 13-month mandate covering the 2023 normalisation agreement and its annex.',
        asOf: '2025-01-27',
        sources: [rksSorensen, ansaSorensen],
        timeline: true,
      },
      {
        text: 'He previously headed the EU Delegation in Bosnia and Herzegovina as EU Special Representative (2011–2014), served as EU ambassador in Skopje and Geneva, and earlier worked with UNMIK and the OSCE in Croatia. He is not to be confused with Peter N. Due, head of UNMIK.',
        asOf: '2025-01-27',
        sources: [federalnaSorensen],
      },
      {
        text: 'On 10 June 2025 he held his first joint meeting with the chief negotiators of Serbia and Kosovo, Petar Petković and Besnik Bislimi, in Brussels.',
        asOf: '2025-06-10',
        sources: [ewbTrilateral],
      },
      {
        text: 'European Western Balkans reported in February 2026 that his mandate had been extended by two years.',
        asOf: '2026-02-24',
        sources: [ewbSorensen2026],
      },
    ],
    relations: [
      {
        to: entityId('eu-special-representative-for-the-dialogue'),
        kind: 'leads',
        note: 'EU Special Representative since 1 February 2025',
      },
      { to: entityId('eu-facilitated-dialogue'), kind: 'participant', note: 'EU facilitator' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Peter_S%C3%B8rensen_(diplomat)',
  },
  {
    id: entityId('josep-borrell'),
    type: 'person',
    kind: 'official',
    name: 'Josep Borrell',
    names: [
      { text: 'Josep Borrell', lang: 'en' },
      { text: 'Josep Borrell Fontelles', lang: 'en', form: 'official' },
      { text: 'Žozep Borelj', lang: 'sr-Latn' },
      { text: 'Жозеп Борељ', lang: 'sr-Cyrl' },
      { text: 'Borrell', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'EU High Representative for Foreign Affairs 2019–2024; chaired Belgrade–Pristina summits.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'He was the EU’s foreign-policy chief from 2019 until Kaja Kallas succeeded him on 1 December 2024.',
        asOf: '2024-12-01',
        sources: [jpostKallas],
      },
      {
        text: 'He chaired the talks that produced the 23 November 2022 licence-plate deal and the 2023 agreement on the path to normalisation, including the Ohrid implementation annex of 18 March 2023.',
        asOf: '2023-03-18',
        sources: [trtPlates, b92Ohrid],
      },
      {
        text: 'On 24 September 2023 he condemned the attack on Kosovo police at Banjska "in the strongest possible terms".',
        asOf: '2023-09-24',
        sources: [novaBorrellBanjska],
      },
    ],
    relations: [
      { to: entityId('european-union'), kind: 'related', note: 'High Representative 2019 – November 2024' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'participant', note: 'Chaired high-level meetings' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Josep_Borrell',
  },
  {
    id: entityId('kaja-kallas'),
    type: 'person',
    kind: 'official',
    name: 'Kaja Kallas',
    names: [
      { text: 'Kaja Kallas', lang: 'en' },
      { text: 'Kaja Kalas', lang: 'sr-Latn' },
      { text: 'Каја Калас', lang: 'sr-Cyrl' },
      { text: 'Kallas', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'EU High Representative for Foreign Affairs since December 2024; former prime minister of Estonia.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'She took office as EU High Representative on 1 December 2024, after serving as prime minister of Estonia from 2021 to 2024.',
        asOf: '2024-12-01',
        sources: [jpostKallas, indexKallas],
      },
      {
        text: 'She proposed Peter Sørensen as EU envoy for the Belgrade–Pristina Dialogue; the Council appointed him on 27 January 2025.',
        asOf: '2025-01-27',
        sources: [vijesiSorensen],
      },
      {
        text: 'On 22 May 2025 in Pristina she announced that the EU measures imposed on Kosovo in 2023 would be lifted gradually and under conditions.',
        asOf: '2025-05-22',
        sources: [ndrysheMeasures],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('european-union'), kind: 'related', note: 'High Representative since 1 December 2024' },
      { to: entityId('eu-facilitated-dialogue'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Kaja_Kallas',
  },
  {
    id: entityId('enrico-barduani'),
    type: 'person',
    kind: 'military',
    name: 'Enrico Barduani',
    names: [
      { text: 'Enrico Barduani', lang: 'en' },
      { text: 'Enriko Barduani', lang: 'sr-Latn' },
      { text: 'Енрико Бардуани', lang: 'sr-Cyrl' },
      { text: 'Barduani', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Italian major general who commanded NATO’s KFOR from October 2024 to October 2025.',
    region: 'balkans',
    importance: 1,
    facts: [
      {
        text: 'He took command of KFOR from Turkish Major General Özkan Ulutaş at Camp Film City in Pristina on 11 October 2024, becoming its 29th commander and the 14th Italian in the post.',
        asOf: '2024-10-11',
        sources: [b92Barduani, ewbBarduani, kosovapressBarduani],
        timeline: true,
      },
      {
        text: 'Before that he headed defence policy in the cabinet of Italy’s defence minister Guido Crosetto; he had served in Kosovo before, in 2001 and as head of the KFOR commander’s office in 2015–16.',
        asOf: '2024-10-09',
        sources: [ewbBarduani],
      },
      {
        text: 'He handed KFOR’s command back to Türkiye’s Maj. Gen. Özkan Ulutaş on 3 October 2025, after a year in the post.',
        asOf: '2025-10-03',
        sources: [turkiyeTodayUlutas2025, kurirUlutas2025],
      },
    ],
    relations: [
      { to: entityId('kfor'), kind: 'led', note: 'Commander from 11 October 2024 to 3 October 2025' },
      { to: entityId('italy'), kind: 'related', note: 'Italian Army officer' },
      { to: entityId('ozkan-ulutas'), kind: 'related', note: 'Predecessor and successor as KFOR commander' },
    ],
  },
  {
    id: entityId('ozkan-ulutas'),
    type: 'person',
    kind: 'military',
    name: 'Özkan Ulutaş',
    names: [
      { text: 'Özkan Ulutaş', lang: 'en' },
      { text: 'Ozkan Ulutas', lang: 'en', form: 'common' },
      { text: 'Ozkan Ulutaš', lang: 'sr-Latn' },
      { text: 'Озкан Улуташ', lang: 'sr-Cyrl' },
      { text: 'Ozkan Ulutash', lang: 'sq' },
      { text: 'Ulutaş', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'Turkish major general, commander of NATO’s KFOR in 2023–24 and again since October 2025.',
    region: 'balkans',
    importance: 2,
    facts: [
      {
        text: 'He was the first Turkish officer to command KFOR, from October 2023 until he handed over to Italy’s Maj. Gen. Enrico Barduani on 11 October 2024.',
        asOf: '2024-10-11',
        sources: [kurirUlutas2025, kosovapressBarduani],
      },
      {
        text: 'He took command of KFOR again on 3 October 2025 at the force’s headquarters in Pristina, succeeding Barduani; it is the second time Türkiye leads the mission since 1999.',
        asOf: '2025-10-03',
        sources: [turkiyeTodayUlutas2025, kurirUlutas2025],
        timeline: true,
      },
    ],
    relations: [
      {
        to: entityId('kfor'),
        kind: 'leads',
        note: 'Commander since 3 October 2025 (commanders usually rotate yearly)',
      },
      { to: entityId('turkey'), kind: 'related', note: 'Turkish Army officer' },
    ],
  },

  // ——— Outside actors ———
  {
    id: entityId('boris-pistorius'),
    type: 'person',
    kind: 'politician',
    name: 'Boris Pistorius',
    names: [
      { text: 'Boris Pistorius', lang: 'en' },
      { text: 'Boris Pistorijus', lang: 'sr-Latn' },
      { text: 'Борис Писторијус', lang: 'sr-Cyrl' },
      { text: 'Pistorius', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'German Federal Minister of Defence since January 2023 (SPD).',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'He became Germany’s defence minister on 19 January 2023, succeeding Christine Lambrecht; before that he was interior minister of Lower Saxony from 2013 and mayor of Osnabrück (2006–2013).',
        asOf: '2023-01-19',
        sources: [wikiPistorius],
      },
      {
        text: 'He kept the post in Friedrich Merz’s cabinet, sworn in on 6 May 2025.',
        asOf: '2025-05-06',
        sources: [bmvgStays],
      },
      {
        text: 'Visiting Kosovo on 5 February 2024, he met President Osmani and confirmed that about 155 additional German soldiers would join KFOR from April 2024 for one year, replacing an Austrian company.',
        asOf: '2024-02-05',
        sources: [brPistoriusKosovo, bmvgCompany],
        timeline: true,
      },
    ],
    relations: [
      { to: entityId('bundeswehr'), kind: 'leads', note: 'Federal Minister of Defence since 19 January 2023' },
      { to: entityId('germany'), kind: 'related' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/Boris_Pistorius',
  },
  {
    id: entityId('antony-blinken'),
    type: 'person',
    kind: 'official',
    name: 'Antony Blinken',
    names: [
      { text: 'Antony Blinken', lang: 'en' },
      { text: 'Tony Blinken', lang: 'en', form: 'common' },
      { text: 'Entoni Blinken', lang: 'sr-Latn' },
      { text: 'Ентони Блинкен', lang: 'sr-Cyrl' },
      { text: 'Blinken', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'US Secretary of State from 2021 to January 2025.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'He served as the 71st US Secretary of State from 26 January 2021 until the change of administration in January 2025.',
        asOf: '2025-01-20',
        sources: [wikiBlinken],
      },
      {
        text: 'After the Banjska attack he phoned Vučić on 29 September 2023, urging de-escalation and accountability for the attackers who had crossed into Serbia, and backed NATO’s decision to reinforce KFOR.',
        asOf: '2023-09-29',
        sources: [ewbUsTroops],
        timeline: true,
      },
    ],
    relations: [{ to: entityId('united-states'), kind: 'related', note: 'Secretary of State 2021–2025' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Antony_Blinken',
  },
  {
    id: entityId('john-kirby'),
    type: 'person',
    kind: 'official',
    name: 'John Kirby',
    names: [
      { text: 'John Kirby', lang: 'en' },
      { text: 'Džon Kirbi', lang: 'sr-Latn' },
      { text: 'Џон Кирби', lang: 'sr-Cyrl' },
      { text: 'Kirby', lang: 'en', form: 'short', needsContext: true },
    ],
    summary: 'White House National Security Council spokesman who warned of a Serbian troop build-up in 2023.',
    region: 'outside',
    importance: 1,
    facts: [
      {
        text: 'On 29 September 2023 he said the US was watching a large and "unprecedented" Serbian deployment of advanced artillery, tanks and mechanised infantry near Kosovo, called it very destabilising and urged Serbia to pull back.',
        asOf: '2023-09-29',
        sources: [n1Kirby, ewbUsTroops],
        timeline: true,
      },
      {
        text: 'Days later he said the US had seen Serbia begin to move those forces away, which would help to ease tensions.',
        asOf: '2023-10-03',
        sources: [trtDrawdown],
      },
    ],
    relations: [
      { to: entityId('us-national-security-council'), kind: 'related', note: 'Spokesman (role as of 2023)' },
      { to: entityId('serbian-military-build-up-2023'), kind: 'related', note: 'Made the US concern public' },
    ],
    wikipedia: 'https://en.wikipedia.org/wiki/John_Kirby_(admiral)',
  },
  {
    id: entityId('vladimir-putin'),
    type: 'person',
    kind: 'politician',
    name: 'Vladimir Putin',
    names: [
      { text: 'Vladimir Putin', lang: 'en' },
      { text: 'Wladimir Putin', lang: 'de' },
      { text: 'Владимир Путин', lang: 'sr-Cyrl' },
      { text: 'Putin', lang: 'en', form: 'short', needsContext: true },
    ],
    summary:
      'President of Russia; Russia rejects Kosovo’s independence and backs Serbia and Republika Srpska positions.',
    region: 'outside',
    importance: 2,
    facts: [
      {
        text: 'Russia regards Kosovo’s declaration of independence as illegal and, with China, stands in the way of Kosovo’s UN membership through its Security Council veto.',
        asOf: '2025-03-26',
        sources: [wikiRecognitionKosovo],
      },
      {
        text: 'In March 2014 he cited the "Kosovo precedent" and the ICJ opinion to justify Crimea’s secession and annexation, calling Western claims that Kosovo was a unique case cynical.',
        asOf: '2014-03-18',
        sources: [tassCrimea],
        timeline: true,
      },
      {
        text: 'Russia does not recognise Christian Schmidt as High Representative in Bosnia and Herzegovina.',
        asOf: '2021-07',
        sources: [tassSchmidt],
      },
    ],
    relations: [{ to: entityId('russia'), kind: 'leads', note: 'President' }],
    wikipedia: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
  },
];
