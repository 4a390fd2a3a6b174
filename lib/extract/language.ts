import { cyrillicShare } from '../text/fold';

/**
 * A small language guess for when the page does not declare one (or declares it wrongly): frequent
 * function words of the languages Kontekst reads. Serbian, Croatian and Bosnian share most of them; the
 * guess says `sr` for Cyrillic and for ekavian Latin (`nije`, `će` are shared), `hr` where Croatian
 * forms show (`tjedan`, `tisuća`, `sto`), `bs` is not told apart.
 */
const WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'said', 'has', 'have', 'on'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'des', 'ein', 'eine', 'wurde'],
  sr: ['je', 'da', 'i', 'u', 'na', 'se', 'su', 'za', 'od', 'koji', 'koja', 'što', 'sa', 'nije', 'će', 'ali', 'kao'],
  hr: ['tjedan', 'tisuća', 'sto', 'vijeće', 'rekao', 'koji', 'što', 'je', 'su', 'će', 'bih'],
  sq: ['të', 'në', 'e', 'i', 'dhe', 'për', 'që', 'është', 'me', 'nga', 'një', 'se', 'ka', 'u', 'janë', 'kanë'],
  mk: ['и', 'на', 'во', 'се', 'за', 'од', 'со', 'дека', 'ќе', 'што', 'не', 'е', 'го', 'ги', 'беше'],
  srCyrl: ['и', 'у', 'је', 'да', 'на', 'се', 'су', 'за', 'од', 'који', 'што', 'са', 'није', 'ће'],
};

const SETS = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v)]));

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 3000).toLowerCase();
  const words = sample.match(/[\p{L}]+/gu) ?? [];
  if (words.length < 8) return null;
  const count = (lang: string) => words.reduce((n, w) => n + (SETS[lang]!.has(w) ? 1 : 0), 0);
  if (cyrillicShare(sample) > 0.5) {
    // Macedonian has ѓ ќ ѕ and "дека", "во"; Serbian has ђ ћ and "је".
    if (/[ѓќѕ]/.test(sample) || count('mk') > count('srCyrl')) return 'mk';
    return 'sr';
  }
  const scores: [string, number][] = ['en', 'de', 'sr', 'sq'].map((l) => [l, count(l) / words.length]);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, score] = scores[0]!;
  if (score < 0.05) return null;
  if (best === 'sr' && /\b(?:tjedn|tisuć|vijeć|sto je|dvije|lijep|tko|također)/.test(sample)) return 'hr';
  return best;
}
