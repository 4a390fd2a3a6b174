import { source } from '../source';

/** Sources cited by more than one data file: declared once. */
const READ = '2026-12';

export const wikiSiljanovska = source(
  'Wikipedia',
  'Gordana Siljanovska-Davkova',
  'https://en.wikipedia.org/wiki/Gordana_Siljanovska-Davkova',
  READ,
);
export const b92Ohrid = source(
  'B92',
  'Ohrid meeting to finalize the Annex to the Agreement',
  'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=03&dd=19&nav_id=115614',
);
export const b92Radoicic = source(
  'B92',
  'Milan Radoičić arrested',
  'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=10&dd=03&nav_id=116750',
);
export const brTroops = source(
  'Bayerischer Rundfunk',
  'Serbischer Präsident verspricht Truppenrückzug von Kosovo-Grenze',
  'https://www.br.de/nachrichten/meldung/serbischer-praesident-verspricht-truppenrueckzug-von-kosovo-grenze,3005e51d7',
);
export const cbcMladic = source(
  'CBC News',
  'War crimes fugitive Mladic arrested',
  'https://www.cbc.ca/news/world/war-crimes-fugitive-mladic-arrested-1.1009999',
  READ,
);
export const cnaBanjska = source(
  'CNA',
  'Masked and with armored vehicles, 30 people break the door of the Monastery',
  'https://cna.al/english/kosova-bota/foto-te-maskuar-dhe-me-autoblinda-30-persona-thyejne-deren-e-manasti-i375001',
  READ,
);
export const efeBanjska = source(
  'EFE',
  '4 die in gun battle between police, militants in Kosovo monastery siege',
  'https://efe.com/en/latest-news/2023-09-24/armed-men-storm-into-kosovo-monastery-after-deadly-clash-with-police/',
  READ,
);
export const esiMontenegro = source(
  'European Stability Initiative',
  'Montenegro: the 55 percent rule',
  'https://www.esiweb.org/index.php?lang=en&id=281&story_ID=10&slide_ID=9',
);
export const ewbKaran = source(
  'European Western Balkans',
  'Dodik’s party candidate narrowly wins snap presidential election in Republika Srpska',
  'https://europeanwesternbalkans.com/2025/11/24/dodiks-party-candidate-narrowly-wins-snap-presidential-election-in-republika-srpska/',
);
export const ewbKaranRerun = source(
  'European Western Balkans',
  'Siniša Karan wins the repeat vote, securing the position of President of Republika Srpska',
  'https://europeanwesternbalkans.com/2026/02/09/sinisa-karan-wins-the-repeat-vote-securing-the-position-of-president-of-republika-srpska/',
  READ,
);
export const ewbKurtiFails = source(
  'European Western Balkans',
  'Kurti fails to form a new government',
  'https://europeanwesternbalkans.com/2025/10/27/kurti-fails-to-form-a-new-government/',
);
export const ewbUsTroops = source(
  'European Western Balkans',
  'US calls Serbia to withdraw "unprecedented" military deployment on Kosovo border',
  'https://europeanwesternbalkans.com/2023/09/30/us-calls-serbia-to-withdraw-unprecedented-military-deployment-on-kosovo-border/',
);
export const ideaSep2023 = source(
  'International IDEA',
  'Democracy Tracker: Kosovo, September 2023',
  'https://www.idea.int/democracytracker/report/kosovo/september-2023',
);
export const independentMladic = source(
  'The Independent',
  'Ratko Mladic: UN judges uphold genocide conviction and life sentence',
  'https://www.independent.co.uk/news/world/europe/ratko-mladic-bosnia-genocide-verdict-b1861843.html',
  READ,
);
export const kohaAsm = source(
  'Koha',
  'EU draft statute for Association ‘unlikely to be cancelled’',
  'https://www.koha.net/en/arberi/draftstatuti-i-be-se-per-asociacionin-nuk-ka-gjasa-te-anulohet',
);
export const kosovapressBarduani = source(
  'Kosovapress',
  'NATO admiral on dialogue: governments acting unilaterally escalate tensions',
  'https://kosovapress.com/eng/nato-admiral-on-dialogue-governments-acting-unilaterally-escalate-tensions',
);
export const kosovoOnlineEuro = source(
  'Kosovo Online',
  'Central Bank: from February 1, the euro will be the only currency in Kosovo for cash transactions',
  'https://www.kosovo-online.com/en/news/business/central-bank-february-1-euro-will-be-only-currency-kosovo-cash-transactions-17-1-2024',
);
export const n1Karadzic = source(
  'N1',
  'Radovan Karadzic sentenced to life imprisonment',
  'https://n1info.ba/english/news/a323008-radovan-karadzic-sentenced-to-life-imprisonment/',
  READ,
);
export const noaKurti3 = source(
  'Noa',
  'Kuvendi i Kosovës voton qeverinë e re! Albin Kurti zgjidhet kryeministër',
  'https://noa.al/lajmi/2026/02/2562408.html',
  READ,
);
export const prishtinaInsightKurti3 = source(
  'Prishtina Insight',
  'Kurti elected prime minister for a third time',
  'https://prishtinainsight.com/?p=33590',
);
export const rksBanjskaCourt = source(
  'RKS News',
  'Court session for Banjska case to be held today',
  'https://rks.news/court-session-for-banjska-case-to-be-held-today',
);
export const rksCensus = source(
  'RKS News',
  '1 million 586 thousand 659 residents in Kosovo, 560 thousand dwellings and 353 thousand households – the census results are released',
  'https://rks.news/1-million-586-thousand-659-residents-in-kosovo-560-thousand-dwellings-and-353-thousand-households-the-census-results-are-released',
);
export const rtvStaraPazovaMacut = source(
  'RTV Stara Pazova',
  'Izabrana nova Vlada Srbije',
  'https://rtvstarapazova.rs/sr/vest.php?id=19713',
);
export const scmpZvecan = source(
  'South China Morning Post',
  'Dozens of Nato soldiers hurt in Kosovo clash with Serbs',
  'https://www.scmp.com/news/world/europe/article/3222247/dozens-nato-soldiers-hurt-kosovo-clash-serbs',
);
export const slobodenPecatOhrid = source(
  'Sloboden Pečat',
  'Belgrade and Pristina agree the annex to the normalisation agreement in Ohrid',
  'https://www.slobodenpecat.mk/en/belgrad-i-prishtina-vo-ohrid-go-usoglasija-aneksot-na-dogovorot-za-normalizacija-na-megjusebnite-odnosi/',
);
export const srpskaTimesMacut = source(
  'The Srpska Times',
  'Vučić proposes Dr. Đuro Macut as prime minister-designate',
  'https://thesrpskatimes.com/vucic-proposes-dr-duro-macut-as-prime-minister-designate/',
);
export const n1Kirby = source(
  'N1',
  'White House: Belgrade to stop buildup of troops along Kosovo border',
  'https://n1info.rs/english/news/white-house-belgrade-to-stop-buildup-of-troops-along-kosovo-border/',
);
export const trtDrawdown = source(
  'TRT World',
  'US says Serbia has begun pulling back forces from Kosovo border',
  'https://www.trtworld.com/article/15241930',
  READ,
);
export const trtPlates = source(
  'TRT World',
  "EU's Borrell: Kosovo and Serbia reach deal to end car number plate row",
  'https://www.trtworld.com/video/12770642',
  READ,
);
export const unPress1244 = source(
  'United Nations',
  'Security Council welcomes Yugoslavia’s acceptance of peace principles, authorizes civil, security presence in Kosovo (SC/6686)',
  'https://press.un.org/en/1999/19990610.SC6686.html',
);
export const unPressSrebrenica = source(
  'United Nations',
  'General Assembly Adopts Resolution Establishing Commemoration of 1995 Srebrenica Genocide',
  'https://press.un.org/en/2024/ga12601.doc.htm',
  READ,
);
export const wikiBanjska = source('Wikipedia', 'Banjska attack', 'https://en.wikipedia.org/wiki/Banjska_attack', READ);
export const srpska365Resolution = source(
  'Srpska365',
  'Resolution on Srebrenica anti-Serb',
  'https://srpska365.net/2024/05/17/resolution-on-srebrenica-anti-serb',
  READ,
);
export const novaTroops = source(
  'Agenzia Nova',
  'Serbia, capo di stato maggiore: prontezza al combattimento non è stata elevata al massimo (2)',
  'https://www.agenzianova.com/a/651b032f28f585.62405422/4577972/2023-10-02/serbia-capo-stato-maggiore-prontezza-al-combattimento-non-e-stata-elevata-al-massimo-2',
  READ,
);
export const novaRsTroops = source(
  'Nova',
  'Stejt department: Dobrodošlo svako povlačenje srpskih snaga sa administrativne linije sa Kosovom',
  'https://nova.rs/vesti/politika/stejt-department-dobrodoslo-svako-povlacenje-srpskih-snaga-sa-administrativne-linije-sa-kosovom',
  READ,
);
export const dennewsOrf = source(
  'Den News',
  'НАТО разполага в Косово допълнителни сили в повишена готовност',
  'https://www.dennews.bg/news/2023/5/30/70095-nato-razpolaga-v-kosovo-dopulnitelni-sili-v-povishena-gotovnost',
  READ,
);
export const kosovoOnlineOrf = source(
  'Kosovo Online',
  'NATO is deploying additional forces in Kosovo',
  'https://www.kosovo-online.com/en/news/politics/nato-deploying-additional-forces-kosovo-30-5-2023',
  READ,
);
