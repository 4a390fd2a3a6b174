/** The real-text corpus on disk: manifest (committed), texts and raw search answers (git-ignored cache). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve('tests/corpus');
export const MANIFEST = join(CORPUS_DIR, 'manifest.json');
export const CACHE_DIR = join(CORPUS_DIR, 'cache');
export const RAW_DIR = join(CACHE_DIR, 'raw');
/** Hashes of URLs that must never be used (kept beside the repository, not in it). */
export const EXCLUSIONS = resolve('../shared/eval-exclusions.txt');

export type EntityType = 'person' | 'place' | 'organization' | 'event';

export interface KeyEntity {
  name: string;
  type: EntityType;
  /** Exact strings as the text writes them, inflected forms included. */
  surfaces: string[];
}

export interface Labels {
  topic: 'balkans' | 'other';
  kind: string;
  language: string;
  keyEntities: KeyEntity[];
}

export interface ManifestEntry {
  id: string;
  url: string;
  query: string;
  retrieved: string;
  sha256: string;
  split: 'tune' | 'aside';
  labels: Labels;
}

export interface Manifest {
  description: string;
  entries: ManifestEntry[];
}

/** A saved search-tool answer. */
export interface RawAnswer {
  query: string;
  results: { rank?: number; url: string; excerpt: string }[];
}

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** A text's stable id: the first 12 hex digits of the SHA-256 of its URL. */
export const idOf = (url: string): string => sha256(url).slice(0, 12);

export const textPath = (id: string): string => join(CACHE_DIR, `${id}.txt`);

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** The excluded URL hashes, or null when the list is not there. */
export function readExclusions(path = EXCLUSIONS): Set<string> | null {
  if (!existsSync(path)) return null;
  return new Set(
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** Language groups the figures are reported by. */
export function languageGroup(lang: string | null | undefined): string {
  if (!lang) return 'unknown';
  const base = lang.toLowerCase();
  if (base.startsWith('en')) return 'English';
  if (base.startsWith('de')) return 'German';
  if (/^(sr|hr|bs|cnr|sh|me)\b/.test(base)) return 'SR/HR/BS/CNR';
  if (base.startsWith('sq')) return 'Albanian';
  if (/^(sl|mk)\b/.test(base)) return 'SL/MK';
  return 'Other';
}
