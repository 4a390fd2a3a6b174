import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachWordSpan } from '@/lib/text/word-spans';

/** The pattern the scanner stands in for: its spans are the specification. */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const bySpec = (text: string) => [...text.matchAll(WORD)].map((m) => text.slice(m.index, m.index + m[0].length));
const byScanner = (text: string) => {
  const out: string[] = [];
  eachWordSpan(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};

describe('eachWordSpan', () => {
  it.each([
    ['Kosovo’s prime minister met O’Brien', ['Kosovo’s', 'prime', 'minister', 'met', 'O’Brien']],
    ["rock'n'roll 1999's", ["rock'n'roll", "1999's"]],
    ["x'1 ab''cd 'quoted'", ['x', '1', 'ab', 'cd', 'quoted']],
    ['Вучић и Курти — Mitrovicë/Mitrovica', ['Вучић', 'и', 'Курти', 'Mitrovicë', 'Mitrovica']],
    ['ǅemal 𝐀bc 😀hi Ⅻ ٣٤', ['ǅemal', '𝐀bc', 'hi', 'Ⅻ', '٣٤']],
    ['3D KFOR-a e-mail', ['3D', 'KFOR', 'a', 'e', 'mail']],
    ['', []],
  ])('%j', (text, words) => {
    expect(byScanner(text)).toEqual(words);
    expect(byScanner(text)).toEqual(bySpec(text));
  });

  it('finds the same words as the pattern in every fixture article', () => {
    const dir = join(__dirname, '../../fixtures/articles');
    let checked = 0;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'source.html');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(byScanner(text)).toEqual(bySpec(text));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
