import type { Token } from '../text/tokens';

/** Words that make a number before or after them a year: "in 1389", "1389. godine", "vitin 1912". */
const BEFORE = new Set([
  'in',
  'im',
  'u',
  'v',
  'vo',
  'ne',
  'od',
  'do',
  'from',
  'since',
  'seit',
  'of',
  'von',
  'bis',
  'year',
  'jahr',
  'vitin',
  'vitit',
  'godine',
  'leta',
  // a date's month: "28. Juni 1914", "June 1389", "28. juna 1914", "qershor 1914"
  ...'january february march april may june july august september october november december januar februar marz mai juni juli oktober dezember januara februara marta aprila maja juna jula avgusta augusta septembra oktobra novembra decembra sijecnja veljace ozujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga studenog prosinca janar shkurt mars prill maj qershor korrik gusht shtator tetor nentor dhjetor januarja februarja aprila junija julija septembra oktobra novembra decembra januari fevruari mart april juni juli avgust septemvri oktomvri noemvri dekemvri'.split(
    ' ',
  ),
]);
const AFTER = new Set([
  'godine',
  'godini',
  'godinu',
  'year',
  'leta',
  'letu',
  'godina',
  'jahr',
  'jahres',
  'vit',
  'vitin',
  'vitit',
  'godinata',
  'godisna',
]);

/** Units after an amount (folded word starts): kilowatts, euros, dinars, marks, people, metres, per cent. */
const UNIT =
  /^(?:kilovat|kwh|kw|mw|gwh|km|kg|eur|evr|euro|dolar|dollar|usd|dinar|maraka|marka|leke|lek|denar|kun|franak|ljudi|osoba|stanovnik|metar|metr|m2|kvadrat|posto|odsto|procen|percent|prozent|komad|tona|ton|litar|litr)/;

/** A century (folded word starts): Jahrhundert, century, stoljeće, vek, stoletje, shekulli, век. */
const CENTURY = /^(?:jahrhundert|centur|stoljec|stoleć|vek|vijek|stoletj|shekull)/;
const ROMAN: Record<string, number> = Object.fromEntries(
  'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi'.split(' ').map((r, k) => [r, k + 1]),
);

/**
 * Mentions of years before 1946 in a text whose latest year is before 1946: a story of history (a
 * medieval battle, an empire's end, Sarajevo 1914, the Second World War), however much war it tells of. Zero when any later year is named:
 * an anniversary or a dispute over the past is told from now.
 */
export function oldHistoryYears(tokens: readonly Token[]): number {
  let old = 0;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    // "im 15. Jahrhundert", "u XIV. stoljeću", "in the 14th century": a century before the twentieth is
    // history as a year is; the twentieth spans both sides of 1946 and says nothing.
    if (CENTURY.test(tokens[i + 1]?.key ?? '')) {
      const n = /^\d{1,2}(?:st|nd|rd|th)?$/.test(key) ? parseInt(key, 10) : ROMAN[key];
      if (n !== undefined && n >= 1) {
        if (n < 20) old++;
        continue;
      }
    }
    if (key.length !== 4 || key < '1000' || key > '2099' || !/^\d{4}$/.test(key)) continue;
    if (!BEFORE.has(tokens[i - 1]?.key ?? '') && !AFTER.has(tokens[i + 1]?.key ?? '')) continue;
    // "do 1000 kilovata", "from 1500 euros": an amount before its unit, not a year.
    if (UNIT.test(tokens[i + 1]?.key ?? '')) continue;
    if (key >= '1946') return 0;
    old++;
  }
  return old;
}
