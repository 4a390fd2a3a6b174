import { fold } from '../text/fold';
import { GIVEN_NAMES } from './given-names.generated';

/**
 * Common given names of the region (folded), with those of the knowledge base's people and faker's locales, to tell a person from a place and to pick a first name's
 * nominative (Marka → Marko, Nikole → Nikola, Aleksandra → Aleksandar beside the woman's Aleksandra).
 */
export const FIRST_NAMES = new Set(
  `aleksandar aleksandra ana andrej andrija ante antonio bojan boris borislav boško božidar branko dalibor damir danijel danilo darko dejan denis dijana dino dragan dražen duško đorđe edi elvir emir filip goran gordan gordana hrvoje igor ivan ivana ivica jakov janez jasmin jelena jovan kristijan luka ljubomir marko marija milan milica milica milo miloš miodrag mirko mirza mladen nebojša nenad nikola ninoslav ognjen petar predrag radovan ranko saša sead siniša slobodan srđan stevo tomislav uroš vesna vladimir vojislav zdravko zlatko zoran željko žarko
   sebastijan kristjan vladan dušan nemanja stefan aleksa anja maja sonja tanja sanja nina sara teodora andrea petra ivona adnan almir amer armin bakir denis dženan edin elmedin emina haris izet jasmina kenan nermin omer samir sanel selma šefik zlatan
   andrej anže boštjan gregor janez janja jure luka matej marjan matjaž miha mojca nataša robert tanja urška žiga tina
   ali zoran hristijan dimitar nikola stevo talat artan bujar blerim ljupčo venko gordana biljana radmila kiro
   albin arben ardian artan avdullah bajram besnik blerim bujar driton edi enver fatmir gazmend hashim ilir isa kadri lutfi mimoza ramush skender valon vjosa donika lumir fitore
   vili jakub blaženko zvonimir krešimir davor domagoj dario mario josip stjepan franjo šime mate ivo ante nikica vedran tihomir ratko
   dragica ljiljana snježana mirjana vesna katarina marina martina ivanka ružica blaženka višnja sanja lidija
   milorad radoslav dragoljub miroslav momčilo nenad velimir vuk nebojša živko dobrica vojin veljko željko ljubiša
   snežana dragana jasna nevena milena tijana jovana brankica zorana slavica ljubica svetlana vesna olivera
   aleksandar miodrag rade novak đuro siniša milojko andrija aleksa dritan nada zdenka ranka
   bakir denis elmedina fadil hasan husein ibrahim ismet mustafa nermin osman ramiz safet sulejman šefik zijad
   amra lejla merima alma aida azra dženana belma
   borut bojan dušan igor janez jernej marjeta mitja primož rok tadej tomaž uroš vesna alenka irena klemen
   metka nina polona sašo anže jelka ljudmila brigita
   stevo slavjanka radmila gjorge gjorgje nikola oliver bujar dragi kiril trajko ljubčo ivica timčo
   edi sali ilir lulzim erion olta belind taulant gent ajola monika jorida ulsi eduard
   glauk memli lumir besnik avdullah isa rexhep xhavit fatmir enver hajredin agim behgjet
   elvedin edvin enes ermin esad fahrudin faruk hamdija harun irfan mehmed mirsad muhamed nedim nihad nusret
   rasim refik salih sejad senad suad šemsudin tarik vahid adis admir amar amel anel eldin elmir enis
   suada amela adisa amila amina edina elma lamija medina melisa mirela naida nejra sabina samra sanela
   agron albert ardit arlind armend astrit bekim besart dardan fatos flamur florent hysen kastriot labinot
   liridon mentor petrit qazim shpend valdrin visar xhevdet ylli alketa blerta fjolla jehona lindita njomza
   teuta valbona vlora
   oltion erald erion ervin elton klodian gerti aldo arben bledar dritan ermal fatjon genci gentian ilirian
   juljan klajdi kristian lorenc marsel redi rezart sokol taulant tedi xhoni arjan blendi gazmend endrit
   mergim lavdim liridon ardian driton kushtrim valmir besim fisnik granit jeton shpetim lulzim naim
   nexhat ramadan sabri haxhi nazif nevzad nagip ragmi shaip arianit kreshnik bekim fatmir bujar
   albana anila arta blerina brikena denada elira enkeleda eriola ermira esmeralda etleva fatbardha
   klodiana lindita majlinda manjola mirela oriana rudina suela valbona violeta xhensila entela jonida
   milivoje vukas rašid radoje radisav milenko milunka milijana milosav miloje milovan rastko slaviša spasoje staniša vasilije vitomir živorad bojana branislava žaklina ahmed ajdin almin amir anes asim atif avdo azem edis eldar emin fikret hajrudin hazim mahir mensur muamer mujo nijaz rifat sakib selmir senaid zuhdija enisa nermina sabaheta senada zehra mihovil pavao ljerka aco borče mitko daniela eva`
    .split(/\s+/)
    .map((n) => fold(n))
    .concat(GIVEN_NAMES.split(' ')),
);
