import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTextFile } from '@/lib/cli/text-file';

const PARAGRAPH =
  'Predsednik Srbije Aleksandar Vučić sastao se danas u Beogradu sa komandantom Kfora i razgovarao o stanju na severu Kosova.';

describe('a plain-text file as an article', () => {
  test.each([
    ['one paragraph', PARAGRAPH, { title: null, text: PARAGRAPH }],
    ['one short line', 'Vučić u Beogradu.', { title: null, text: 'Vučić u Beogradu.' }],
    [
      'a few lines, no blank line',
      'Prvi red.\nDrugi red.\nTreći red.',
      { title: null, text: 'Prvi red.\nDrugi red.\nTreći red.' },
    ],
    [
      'a title line, a blank line, the text',
      `Vučić i Kfor\n\n${PARAGRAPH}`,
      { title: 'Vučić i Kfor', text: PARAGRAPH },
    ],
    [
      'Windows line ends and a BOM',
      `\uFEFFNaslov\r\n\r\nTekst.\r\nJoš teksta.`,
      { title: 'Naslov', text: 'Tekst.\nJoš teksta.' },
    ],
    [
      'a first block of several lines is text',
      `Red jedan\nred dva\n\n${PARAGRAPH}`,
      { title: null, text: `Red jedan\nred dva\n\n${PARAGRAPH}` },
    ],
    [
      'a very long first line is text',
      `${'a '.repeat(150)}\n\nb`,
      { title: null, text: `${'a '.repeat(150).trim()}\n\nb` },
    ],
  ])('%s', (_, content, expected) => {
    expect(readTextFile(content, 'f.txt')).toEqual(expected);
  });

  test.each([[''], ['   \n\n\t\n'], ['\uFEFF']])('an empty file (%j) is an error that says so', (content) => {
    expect(readTextFile(content, 'f.txt')).toEqual({ error: 'f.txt is empty: there is no text to analyse' });
  });
});

describe('npm run analyze on plain-text files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kontekst-cli-'));
  const run = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'lib/cli/analyze.ts', file, '--json'], { encoding: 'utf8', stdio: 'pipe' }),
        err: '',
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout, err: e.stderr };
    }
  };

  test('one paragraph is analysed as text, with no title', () => {
    const r = run('paragraph.txt', PARAGRAPH);
    expect(r.code).toBe(0);
    const analysis = JSON.parse(r.out) as { title: string | null; entities: { id: string | null }[] };
    expect(analysis.title).toBeNull();
    expect(analysis.entities.map((e) => e.id)).toContain('aleksandar-vucic');
  }, 60_000);

  test('an empty file fails with a clear message', () => {
    const r = run('empty.txt', '\n\n');
    expect(r.code).toBe(1);
    expect(r.err).toContain('is empty: there is no text to analyse');
  }, 60_000);
});
