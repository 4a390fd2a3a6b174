import { CUE_CONTEXT } from '../highlight/mention-cues';
import { MAX_CUES } from './message-types';
import type { RequestParser } from './messenger';
import type { RequestOf } from './schema';

/**
 * The content script's own check of the three messages it answers, written out: the same rules as their
 * schemas in schema.ts (a test holds the two to the same verdicts), without valibot in every page's script.
 */
export const parsePageRequest: RequestParser = (type, payload) => {
  const issue = type in PAGE_RULES ? PAGE_RULES[type as PageType](payload) : `${type} is not a page message`;
  return issue === null ? { ok: true, value: payload as RequestOf<typeof type> } : { ok: false, issues: issue };
};

type PageType = 'page/highlight' | 'page/clear-highlight' | 'page/rescan';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** Own keys outside `allowed` (a strict object has none). */
function extraKey(x: Record<string, unknown>, allowed: readonly string[]): string | null {
  for (const key of Object.keys(x)) if (!allowed.includes(key)) return key;
  return null;
}

const stringOf = (x: unknown, min: number, max: number) => typeof x === 'string' && x.length >= min && x.length <= max;

function highlight(p: unknown): string | null {
  if (!isRecord(p)) return 'payload: not an object';
  const extra = extraKey(p, ['style', 'surfaces', 'cues', 'index']);
  if (extra !== null) return `payload: unexpected key ${JSON.stringify(extra.slice(0, 40))}`;
  if (p.style !== undefined && p.style !== 'marker' && p.style !== 'underline' && p.style !== 'outline')
    return 'style: not a highlight style';
  const surfaces = p.surfaces;
  if (!Array.isArray(surfaces) || surfaces.length < 1 || surfaces.length > 50) return 'surfaces: 1 to 50 expected';
  if (!surfaces.every((s) => stringOf(s, 1, 200))) return 'surfaces: strings of 1 to 200 characters expected';
  if (p.cues !== undefined) {
    if (!Array.isArray(p.cues) || p.cues.length > MAX_CUES) return `cues: at most ${MAX_CUES} expected`;
    for (const cue of p.cues as unknown[]) {
      if (!isRecord(cue) || extraKey(cue, ['before', 'text', 'after']) !== null) return 'cues: malformed cue';
      if (!stringOf(cue.before, 0, CUE_CONTEXT) || !stringOf(cue.after, 0, CUE_CONTEXT) || !stringOf(cue.text, 1, 200))
        return 'cues: malformed cue';
    }
  }
  if (typeof p.index !== 'number' || !Number.isInteger(p.index)) return 'index: an integer expected';
  return null;
}

const PAGE_RULES: Record<PageType, (payload: unknown) => string | null> = {
  'page/highlight': highlight,
  'page/clear-highlight': (p) =>
    !isRecord(p) ? 'payload: not an object' : extraKey(p, []) !== null ? 'payload: unexpected key' : null,
  'page/rescan': (p) => {
    if (!isRecord(p)) return 'payload: not an object';
    if (extraKey(p, ['onRequest']) !== null) return 'payload: unexpected key';
    return p.onRequest === undefined || typeof p.onRequest === 'boolean' ? null : 'onRequest: a boolean expected';
  },
};
