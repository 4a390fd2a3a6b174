/**
 * Knowledge-base types. The rules a card relies on are written into the types where TypeScript can
 * hold them (a fact without a source or an as-of date does not compile; a disputed figure needs two
 * claims); the rest (URL scheme, dates not in the future, unique aliases) is checked by tests/lib/kb.
 */

declare const entityIdBrand: unique symbol;
/** Lowercase ASCII kebab-case of the English name: `kosovo`, `kfor`, `aleksandar-vucic`. */
export type EntityId = string & { readonly [entityIdBrand]: true };
export const entityId = (id: string): EntityId => id as EntityId;

/** ISO 8601 calendar date at the precision the source gives: `2008-02-17`, `2023-10`, `1999`. */
export type IsoDate = `${number}-${number}-${number}` | `${number}-${number}` | `${number}`;

/** At least one. */
export type NonEmpty<T> = readonly [T, ...T[]];

export interface Source {
  /** Title of the page as its publisher gives it. */
  title: string;
  /** The original (official page, the outlet's own article, or the Wikipedia article): never a mirror. */
  url: `https://${string}`;
  /** Publisher, e.g. "NATO", "UN Security Council", "Reuters", "Wikipedia". */
  publisher: string;
  /** When the source was read for this knowledge base. */
  accessed: IsoDate;
}

/** A sentence of our own wording, true as of `asOf`, with at least one source. */
export interface Fact {
  text: string;
  asOf: IsoDate;
  sources: NonEmpty<Source>;
  /** A dated event worth a point on the panel's timeline (asOf is then the event's date). */
  timeline?: boolean;
  /**
   * The fact states values that change (who holds an office, how many members): each one paired with the
   * Wikidata statement of the entity that says it today, so the panel can check it when look-ups are allowed.
   */
  changing?: NonEmpty<ChangingValue>;
  /** The fact can change (who holds an office, who leads a party, a count): shown with its as-of and aged. */
  changes?: true;
}

/** A Wikidata property of the fact's entity, as a `P` number. */
export type WikidataProperty = `P${number}`;

/**
 * One changing value of a fact and the Wikidata statement that holds it: P35 head of state, P6 head of
 * government, P1308 officeholder (of an office), P488 chairperson, P2124 member count.
 */
export interface ChangingValue {
  property: WikidataProperty;
  /** What the fact says, as of its date: an entity of the knowledge base, a person's name, or a number. */
  value: { entity: EntityId } | { name: string } | { amount: number };
}

/** A Wikidata item id. */
export type WikidataId = `Q${number}`;

/** Languages and scripts the names come in. `de` is for German exonyms (Belgrad, Serbien). */
export const NAME_LANGS = ['en', 'de', 'sr-Latn', 'sr-Cyrl', 'sq', 'mk', 'bs', 'hr', 'sl', 'other'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export const NAME_FORMS = ['official', 'common', 'short', 'abbreviation', 'historic', 'adjective'] as const;

export interface Name {
  text: string;
  lang: NameLang;
  /** `short`: a short form (surname, acronym); `adjective`: a demonym/adjective that still signals the entity. */
  form?: (typeof NAME_FORMS)[number];
  /**
   * A short or ambiguous form (a bare surname, "Nis", "Pec", "Rama", "Mitrovica") that links only when the
   * full name, or another name of the same entity, is on the page too.
   */
  needsContext?: boolean;
}

/** Words a reader may see for the same thing, each side's term named (neutral wording on the card). */
export interface ContestedTerm {
  usedBy: string;
  term: string;
  note?: string;
  /**
   * Spellings to find in an article, compared folded (case, diacritics and Cyrillic script aside). `~` stands
   * for a case ending of up to three letters (`Kosov~ i Metohij~` finds Kosova i Metohije, Косову и Метохији);
   * a word with a capital after its first letter (KiM, ZSO) is an acronym and matches in that case only.
   * A term without forms is too generic to look for in text.
   */
  forms?: NonEmpty<string>;
  /** The neutral wording where it is not the entity's (`neutral`): the line between Kosovo and Serbia. */
  neutral?: string;
  /** Article languages in which the forms are ordinary words (Serbian "Kosova" is just Kosovo's genitive). */
  notIn?: readonly string[];
}

/** How a number is qualified in the source. */
export type Qualifier = 'about' | 'more-than' | 'at-least' | 'up-to' | 'fewer-than' | 'exactly';

/** What a figure counts: lets the panel match an article's figure with the record. */
export type Measure =
  | 'troops'
  | 'recognitions'
  | 'population'
  | 'members'
  | 'deaths'
  | 'missing'
  | 'displaced'
  | 'police'
  | 'eur'
  | 'percent'
  | 'area-km2'
  | 'nations'
  | 'votes'
  | 'other';

export interface DataPoint {
  date: IsoDate;
  value: number;
  qualifier?: Qualifier;
  /** e.g. "before the reinforcement", "mandate ceiling". */
  note?: string;
  sources: NonEmpty<Source>;
}

export interface Claim {
  /** Who says it, named: "Kosovo's foreign ministry", "Serbia (foreign minister Ivica Dačić)". */
  claimant: string;
  /** The claimant's knowledge-base id, when it has one. */
  claimantId?: EntityId;
  date: IsoDate;
  value: number;
  qualifier?: Qualifier;
  note?: string;
  sources: NonEmpty<Source>;
}

interface FigureBase {
  /** Unique within its entity: `strength`, `recognitions`. */
  id: string;
  label: string;
  measure: Measure;
  /** Unit as a reader says it: "troops", "states", "people". */
  unit: string;
  /** How often the figure should be refreshed; the staleness report flags series older than this. */
  changes?: boolean;
}

/** One agreed value. */
export interface KnownFigure extends FigureBase {
  kind: 'known';
  value: number;
  qualifier?: Qualifier;
  asOf: IsoDate;
  sources: NonEmpty<Source>;
}

/** A value that changes, as dated points (oldest first). */
export interface SeriesFigure extends FigureBase {
  kind: 'series';
  points: NonEmpty<DataPoint>;
}

/** Parties disagree: every claim with who, when and where; never one number alone. */
export interface DisputedFigure extends FigureBase {
  kind: 'disputed';
  /** Why the numbers differ, in one or two neutral sentences. */
  why: string;
  claims: readonly [Claim, Claim, ...Claim[]];
}

export type Figure = KnownFigure | SeriesFigure | DisputedFigure;

export const RELATION_KINDS = [
  'part-of',
  'located-in',
  'capital-of',
  'member-of',
  'leads',
  'led',
  'party-of',
  'participant',
  'signatory',
  'suspect',
  'denies',
  'deployed-in',
  'successor-of',
  'related',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Relation {
  to: EntityId;
  kind: RelationKind;
  /** A short neutral note: "Serbia denies involvement". */
  note?: string;
  /** Set where the relation is itself contested (e.g. Kosovo part-of Serbia). */
  disputed?: boolean;
}

export type EntityType = 'person' | 'place' | 'organization' | 'event';

interface EntityBase {
  id: EntityId;
  type: EntityType;
  /** Finer kind: 'country', 'city', 'mission', 'party', 'politician', 'agreement'… */
  kind: string;
  /** English display name. */
  name: string;
  /** Every name the matcher should know, the display name included. */
  names: NonEmpty<Name>;
  /** One neutral line: who or what this is. */
  summary: string;
  /**
   * `balkans`: the entity itself signals a Balkans story (Kosovo, Vučić, KFOR).
   * `outside`: an outside actor (NATO, Germany, Blinken) that appears in this news but says nothing alone.
   */
  region: 'balkans' | 'outside';
  /** 3: the region's main actors; 2: well known; 1: minor. Used for card order. */
  importance: 1 | 2 | 3;
  facts: readonly Fact[];
  figures?: readonly Figure[];
  relations?: readonly Relation[];
  terms?: readonly ContestedTerm[];
  /** The neutral wording for what the contested terms name (required with `terms`; checked by the data tests). */
  neutral?: string;
  wikipedia?: `https://${string}`;
  /** The Wikidata item, only where certain: lets the panel ask Wikidata for the current value of changing facts. */
  wikidata?: WikidataId;
}

export interface PersonEntity extends EntityBase {
  type: 'person';
}

export interface Coordinates {
  lat: number;
  lon: number;
}

export interface PlaceEntity extends EntityBase {
  type: 'place';
  coords: Coordinates;
  /** The municipality / country it lies in; more than one, each with who holds it, where disputed. */
  within?: readonly Relation[];
}

export interface OrganizationEntity extends EntityBase {
  type: 'organization';
}

export interface EventEntity extends EntityBase {
  type: 'event';
  date: IsoDate;
  endDate?: IsoDate;
  participants: readonly EntityId[];
}

export type Entity = PersonEntity | PlaceEntity | OrganizationEntity | EventEntity;
