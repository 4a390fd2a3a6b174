/** A plain-text file as an article: the text, and a title only where the file clearly has one. */
export type TextFile = { title: string | null; text: string } | { error: string };

/** Longest first line still taken for a headline; a longer one is the text's first paragraph. */
const MAX_TITLE_CHARS = 200;

/**
 * A first line of its own (a blank line after it, more text below) is the title; anything else — one
 * paragraph, a few lines, a single sentence — is all text, with no title. Only an empty file is an error.
 */
export function readTextFile(content: string, name: string): TextFile {
  const clean = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return { error: `${name} is empty: there is no text to analyse` };
  const blocks = clean
    .trim()
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const first = blocks[0]!;
  if (blocks.length > 1 && !first.includes('\n') && first.length <= MAX_TITLE_CHARS)
    return { title: first, text: blocks.slice(1).join('\n\n') };
  return { title: null, text: blocks.join('\n\n') };
}
