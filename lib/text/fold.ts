/**
 * Folding: the one normal form every name and every text is compared in. Serbian and Macedonian
 * Cyrillic become Latin, diacritics go (Vučić → vucic, Mitrovicë → mitrovice), case goes. The result
 * keeps a map back to the original offsets, so a match in folded text is a span in the page's text.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  // Macedonian letters.
  ѓ: 'gj',
  ѕ: 'dz',
  ќ: 'kj',
  // Russian/Bulgarian/Ukrainian letters that turn up in names.
  й: 'j',
  ы: 'y',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ё: 'e',
  щ: 'st',
  ъ: '',
  ь: '',
  і: 'i',
  ї: 'ji',
  є: 'je',
};

/** Latin letters that do not decompose under NFD. */
const LATIN: Record<string, string> = { đ: 'dj', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', ı: 'i', þ: 'th' };

const foldCache = new Map<string, string>();

/** Folds one character (already lower-cased) to zero or more ASCII-ish characters. */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (ch < '\u0080') out = ch;
  else
    out =
      CYRILLIC[ch] ??
      LATIN[ch] ??
      ch
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’‘ʼ`´]/g, "'");
  foldCache.set(ch, out);
  return out;
}

export interface Folded {
  /** Lower-case, diacritic-free, Latin text. */
  text: string;
  /** For each folded character, the offset of the original character it came from. */
  origin: Uint32Array;
}

/** Folds text and keeps the origin of each folded character. */
export function foldWithMap(text: string): Folded {
  const out: string[] = [];
  const origin = new Uint32Array(text.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < text.length;) {
    // Runs of ASCII (most of most texts) are lower-cased whole: one string and one loop of offsets.
    let j = i;
    while (j < text.length && text.charCodeAt(j) < 0x80) j++;
    if (j > i) {
      out.push(text.slice(i, j).toLowerCase());
      for (; i < j; i++) origin[n++] = i;
      continue;
    }
    const f = foldChar(text[i]!.toLowerCase());
    out.push(f);
    for (let k = 0; k < f.length; k++) origin[n++] = i;
    i++;
  }
  origin[n] = text.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1) };
}

/** Folds text, without the map (no offsets to keep: the content script folds its words this way). */
export function fold(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    out += text.slice(run, i).toLowerCase() + foldChar(text[i]!.toLowerCase());
    run = i + 1;
  }
  return run === 0 ? text.toLowerCase() : out + text.slice(run).toLowerCase();
}

/** Serbian/Macedonian Cyrillic to Latin with diacritics kept (Вучић → Vučić), for display and NLP. */
const TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  ѓ: 'ǵ',
  ѕ: 'dz',
  ќ: 'ḱ',
};

export function transliterate(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (ch) => {
    const lower = ch.toLowerCase();
    const latin = TO_LATIN[lower];
    if (latin === undefined) return ch;
    if (lower === ch) return latin;
    return latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

/** Share of letters that are Cyrillic. */
export function cyrillicShare(text: string): number {
  let cyr = 0;
  let letters = 0;
  for (const ch of text.slice(0, 4000)) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ch >= '\u0400' && ch <= '\u04ff') cyr++;
    }
  }
  return letters === 0 ? 0 : cyr / letters;
}
