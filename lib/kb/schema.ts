import * as v from 'valibot';
import { NAME_FORMS, NAME_LANGS, RELATION_KINDS } from './types';

/**
 * The shape of a knowledge-base JSON file (lib/kb/json.ts), checked by the data tests: what the TypeScript
 * types hold for the hand-written files, for the JSON ones. The rules across entities (unique ids, known
 * relation targets, shared names declared, no reprints) are the data tests' own.
 */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/));
const https = v.pipe(v.string(), v.regex(/^https:\/\/\S+$/));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const source = v.strictObject({
  publisher: v.pipe(v.string(), v.minLength(1)),
  title: v.pipe(v.string(), v.minLength(1)),
  url: https,
  accessed: v.optional(isoDate),
});

const fact = v.strictObject({
  text: v.pipe(v.string(), v.minLength(15)),
  asOf: isoDate,
  sources: v.pipe(v.array(source), v.minLength(1)),
  timeline: v.optional(v.boolean()),
  changes: v.optional(v.literal(true)),
});

const name = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1)),
  lang: v.picklist(NAME_LANGS),
  form: v.optional(v.picklist(NAME_FORMS)),
  needsContext: v.optional(v.boolean()),
});

const relation = v.strictObject({
  to: id,
  kind: v.picklist(RELATION_KINDS),
  note: v.optional(v.string()),
  disputed: v.optional(v.boolean()),
});

const base = {
  id,
  kind: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.minLength(1)),
  names: v.pipe(v.array(name), v.minLength(1)),
  summary: v.pipe(v.string(), v.minLength(10), v.maxLength(240)),
  region: v.picklist(['balkans', 'outside']),
  importance: v.picklist([1, 2, 3]),
  facts: v.pipe(v.array(fact), v.minLength(1)),
  relations: v.optional(v.array(relation)),
  wikipedia: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\/\S+$/))),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/))),
};

export const jsonEntity = v.variant('type', [
  v.strictObject({ ...base, type: v.literal('person') }),
  v.strictObject({ ...base, type: v.literal('organization') }),
  v.strictObject({
    ...base,
    type: v.literal('place'),
    coords: v.strictObject({
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    }),
    within: v.optional(v.array(relation)),
  }),
  v.strictObject({
    ...base,
    type: v.literal('event'),
    date: isoDate,
    endDate: v.optional(isoDate),
    participants: v.array(id),
  }),
]);

export const entityFile = v.strictObject({
  accessed: isoDate,
  about: v.optional(v.string()),
  entities: v.array(v.unknown()),
});

/** Problems with one JSON file, as "id: path: message" lines; empty when it is well formed. */
export function jsonFileProblems(data: unknown): string[] {
  const file = v.safeParse(entityFile, data);
  if (!file.success) return file.issues.map((i) => `file: ${v.getDotPath(i) ?? ''}: ${i.message}`);
  return file.output.entities.flatMap((e, n) => {
    const r = v.safeParse(jsonEntity, e);
    const label = (e as { id?: string })?.id ?? `#${n}`;
    return r.success ? [] : r.issues.map((i) => `${label}: ${v.getDotPath(i) ?? ''}: ${i.message}`);
  });
}
