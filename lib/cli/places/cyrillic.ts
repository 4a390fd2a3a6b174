/** Serbian and Macedonian Latin spellings to Cyrillic, for the place names GeoNames gives in Latin only. */
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ', gj: 'ѓ', kj: 'ќ', dz: 'ѕ' };
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
  ǵ: 'ѓ',
  ḱ: 'ќ',
  ѓ: 'ѓ',
};

/** `lang` picks the digraphs: Macedonian has gj/kj/dz, Serbian has ć/đ. Returns null for letters outside both. */
export function toCyrillic(latin: string, lang: 'sr' | 'mk'): string | null {
  let out = '';
  const text = latin.normalize('NFC');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const pair = (lower + (text[i + 1] ?? '').toLowerCase()) as string;
    const digraph = DIGRAPHS[pair];
    const usable = digraph && (lang === 'mk' || !['gj', 'kj', 'dz'].includes(pair));
    let cyr: string | undefined;
    if (usable) {
      cyr = digraph;
      i++;
    } else cyr = LETTERS[lower];
    if (cyr === undefined) {
      if (/[\s\-.']/.test(ch)) {
        out += ch;
        continue;
      }
      return null;
    }
    out += ch === lower ? cyr : cyr.toUpperCase();
  }
  return out;
}
