/** Reading the store listings (store/listing/<lang>.md): `## Section` bodies and permission justifications. */
import { readFileSync } from 'node:fs';

export const LISTING_DIR = 'store/listing';

/** A listing file's `## Section` bodies, by heading. */
export function listingSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline).trim());
  }
  return sections;
}

export const readListing = (lang: string) => listingSections(readFileSync(`${LISTING_DIR}/${lang}.md`, 'utf8'));

/** The permissions a listing justifies: the `code` that opens each bullet of its Permissions section. */
export const justified = (permissions: string) =>
  [...permissions.matchAll(/^- `([^`]+)`[^:]*: (.+)$/gm)].map((m) => ({ permission: m[1]!, why: m[2]! }));
