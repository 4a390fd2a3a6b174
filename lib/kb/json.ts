import type { Entity, IsoDate, Source } from './types';

/**
 * The knowledge base's breadth lives in JSON (one file per country or theme, plus the generated places), so
 * that a thousand entities are data to review, not code to type-check. A file gives the date its sources were
 * read once; a source may give its own. The shape is checked by tests/lib/kb/json.test.ts (valibot), not at
 * run time: the extension does not pay for validating its own bundled data.
 */
export interface EntityFile {
  /** When the file's sources were read, unless a source says otherwise. */
  accessed: IsoDate;
  /** What the file holds and where its data comes from (a dataset and its licence, for generated files). */
  about?: string;
  entities: readonly unknown[];
}

type JsonSource = Omit<Source, 'accessed'> & { accessed?: IsoDate };

/** The entities of one JSON file, sources completed with the file's `accessed`. */
export function entitiesFromJson(file: EntityFile): Entity[] {
  const complete = (s: JsonSource): Source => (s.accessed ? (s as Source) : { ...s, accessed: file.accessed });
  return (file.entities as Entity[]).map((e) => ({
    ...e,
    facts: e.facts.map((f) => ({ ...f, sources: f.sources.map(complete) as unknown as Fact['sources'] })),
  }));
}

type Fact = Entity['facts'][number];
