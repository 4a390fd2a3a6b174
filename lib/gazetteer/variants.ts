import type { Entity, EntityId, Name } from '../kb/types';

/** A derived name; `signals` is the country whose adjective or name it opens with (Montenegro in "montenegrinische Regierung"). */
export type VariantName = Name & { signals?: EntityId; signalsWords?: number };

/** The region's states (Kosovo is a territory to the knowledge base, a state to its institutions' names). */
const statesOf = (entities: readonly Entity[]) =>
  entities.filter(
    (e) => e.type === 'place' && (e.kind === 'country' || e.kind === 'territory') && e.region === 'balkans',
  );

/** "Ministry of the Interior of Croatia": an institution's English name ending in its country's. */
const SWAPPED_MINISTRY =
  /^Ministry of (?:the )?(Defen[cs]e|Interior|Internal Affairs|Foreign Affairs|Justice|Finance|Health|Economy)$/;
const OF_COUNTRY = /^(.+?) of (?:the )?(?:Republic of )?(.+)$/;
/** The knowledge base's disambiguated names: "Ministry of Internal Affairs (North Macedonia)". */
const IN_BRACKETS = /^(.+?) \((.+)\)$/;
/** An institution's head and the country its name ends with, either way. */
const headAndCountry = (text: string) => IN_BRACKETS.exec(text) ?? OF_COUNTRY.exec(text);

/**
 * The English press's other ways of writing a state's institution: the country's adjective or name in
 * front ("Croatian Ministry of Interior", "Bosnian Border Police", "BiH Prosecutor's Office") where the
 * knowledge base writes "Ministry of the Interior of Croatia". Derived from the knowledge base's own names,
 * so every institution of every country gets them.
 */
export function englishVariants(entities: readonly Entity[]): Map<EntityId, VariantName[]> {
  const countries = statesOf(entities);
  /** A country's English names (as the tail of "X of …") → the forms written in front of X. */
  const fronts = new Map<string, { id: EntityId; forms: string[] }>();
  for (const c of countries) {
    const plain = c.names.filter((n) => !n.needsContext && n.form !== 'adjective' && n.form !== 'historic');
    const tails = plain.filter((n) => n.lang === 'en').map((n) => n.text);
    const front = [
      ...c.names.filter((n) => n.lang === 'en' && n.form === 'adjective' && !n.needsContext).map((n) => n.text),
      ...plain.filter((n) => n.lang === 'en' && !n.text.includes(' ') && !n.text.includes('-')).map((n) => n.text),
      ...plain.filter((n) => n.form === 'abbreviation' && /^[\p{Lu}&]+[\p{L}&]*$/u.test(n.text)).map((n) => n.text),
    ];
    for (const t of tails) fronts.set(t, { id: c.id, forms: [...new Set(front)] });
  }
  // How many of the states' institutions share each head ("Ministry of Defence": eight; "Special State
  // Prosecutor's Office": one).
  const headCount = new Map<string, Set<EntityId>>();
  for (const e of entities)
    for (const n of e.names) {
      const m = n.lang === 'en' && !n.needsContext ? headAndCountry(n.text) : null;
      if (m && fronts.has(m[2]!)) headCount.set(m[1]!, (headCount.get(m[1]!) ?? new Set()).add(e.id));
    }
  return organisationVariants(entities, (n) => {
    if (n.lang !== 'en' || n.needsContext) return [];
    const m = headAndCountry(n.text);
    const front = m && fronts.get(m[2]!);
    if (!m || !front) return [];
    // A head no other state's institution has is the body itself where its country is in context: "the
    // Special State Prosecutor's Office" in a story on Montenegro.
    const bare: VariantName[] =
      headCount.get(m[1]!)?.size === 1 && m[1]!.includes(' ')
        ? [{ text: m[1]!, lang: 'en', form: 'short', needsContext: true }]
        : [];
    // "Ministry of Defence" is also the "Defence Ministry", "Ministry of Foreign Affairs" the "Foreign Ministry".
    const swapped = SWAPPED_MINISTRY.exec(m[1]!);
    const heads = [
      ...new Set([
        m[1]!,
        m[1]!.replace(/ of the /, ' of '),
        ...(swapped ? [`${swapped[1]!.replace(/ Affairs$/, '').replace(/^Internal$/, 'Interior')} Ministry`] : []),
      ]),
    ];
    return [
      ...bare,
      ...front.forms.flatMap((f) =>
        heads.map((h): VariantName => ({ text: `${f} ${h}`, lang: 'en', form: 'common', signals: front.id })),
      ),
    ];
  });
}

/**
 * Names derived from each organisation's own: those it does not have already (in any case), once each.
 */
function organisationVariants(
  entities: readonly Entity[],
  derive: (name: Name) => VariantName[],
): Map<EntityId, VariantName[]> {
  const out = new Map<EntityId, VariantName[]>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const have = new Set(e.names.map((n) => n.text.toLowerCase()));
    const extra: VariantName[] = [];
    for (const n of e.names)
      for (const v of derive(n)) {
        if (have.has(v.text.toLowerCase())) continue;
        have.add(v.text.toLowerCase());
        extra.push(v);
      }
    if (extra.length) out.set(e.id, extra);
  }
  return out;
}

/** English heads of a state's institutions and the German nouns the German press writes for them. */
const GERMAN_HEADS: readonly [RegExp, string][] = [
  [/^Government$/, 'Regierung'],
  [/^(?:National )?(?:Parliament|Assembly)$/, 'Parlament'],
  [/^(?:State )?Police(?: Directorate)?$/, 'Polizei'],
  [/^Ministry of (?:the )?Defen[cs]e$/, 'Verteidigungsministerium'],
  [/^Ministry of (?:the )?(?:Interior|Internal Affairs)$/, 'Innenministerium'],
  [/^Ministry of (?:the )?Foreign Affairs$/, 'Außenministerium'],
  [/^Constitutional Court$/, 'Verfassungsgericht'],
  [/^(?:Central|National) Bank$/, 'Zentralbank'],
  [/^(?:Armed Forces|Army)$/, 'Armee'],
  [/^(?:Central )?Election Commission$/, 'Wahlkommission'],
  [/^(?:State |Public )?Prosecutor'?s'? Office$/, 'Staatsanwaltschaft'],
  [/^Ministry of Health\b/, 'Gesundheitsministerium'],
  [/^Ministry of Finance\b/, 'Finanzministerium'],
  [/^Ministry of Justice\b/, 'Justizministerium'],
  [/^Ministry of (?:Science, )?Education\b/, 'Bildungsministerium'],
  [/^Ministry of Agriculture\b/, 'Landwirtschaftsministerium'],
  [/^Ministry of (?:the )?Economy\b/, 'Wirtschaftsministerium'],
  [/^Ministry of (?:Mining and )?Energy\b/, 'Energieministerium'],
  [/^Ministry of European (?:Integration|Affairs)$/, 'Europaministerium'],
  [/^(?:Statistical Office|Bureau of Statistics|Institute of Statistics|Agency of Statistics)$/, 'Statistikamt'],
  [/^Border Police$/, 'Grenzpolizei'],
  [/^Customs Administration$/, 'Zollverwaltung'],
];

/** "Ministry of Health of Slovenia" → "Ministry of Health": the head before a country's name at the end. */
function headOfCountry(text: string, tails: readonly string[]): string | undefined {
  for (const tail of tails) {
    const m = new RegExp(` of (?:the )?(?:Republic of )?${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).exec(text);
    if (m) return text.slice(0, m.index);
  }
  return undefined;
}

/**
 * The German press's forms of a state's institution, from its English name: "serbische Regierung",
 * "Kosovo-Polizei", "Regierung Serbiens". Only where one institution of the country has that head.
 */
export function germanVariants(entities: readonly Entity[]): Map<EntityId, VariantName[]> {
  const out = new Map<EntityId, VariantName[]>();
  const wanted = claimedHeads(entities, (head) => GERMAN_HEADS.find(([re]) => re.test(head))?.[1]).map(
    ([e, noun, c]) => [e.id, e, noun, c] as const,
  );
  for (const [id, e, noun, c] of wanted) {
    const have = new Set([...e.names, ...(out.get(id) ?? [])].map((n) => n.text.toLowerCase()));
    const adjectives = c.names.filter((n) => n.lang === 'de' && n.form === 'adjective').map((n) => n.text);
    const plain = (lang: string) =>
      c.names
        .filter((n) => n.lang === lang && n.form !== 'adjective' && !n.needsContext && !n.text.includes(' '))
        .map((n) => n.text);
    // German writes Kosovo and Montenegro as English does: their English names stand in.
    const names = plain('de').length > 0 ? plain('de') : plain('en').filter((n) => /^\p{L}+$/u.test(n));
    // The bare noun beside the country named elsewhere on the page: "das Verteidigungsministerium".
    const bare: VariantName = { text: noun, lang: 'de', form: 'short', needsContext: true };
    if (!have.has(noun.toLowerCase())) out.set(id, [...(out.get(id) ?? []), bare]);
    const forms: [string, boolean][] = [
      ...adjectives.map((a): [string, boolean] => [`${a}e ${noun}`, false]),
      // Compounds only of names that are no -ien land: Kosovo-Polizei, Montenegro-Regierung.
      ...names.filter((n) => !/[\s-]|ien$/.test(n)).map((n): [string, boolean] => [`${n}-${noun}`, false]),
      ...names.map((n): [string, boolean] => [`${noun} ${/[sxz]$/.test(n) ? n : `${n}s`}`, true]),
    ];
    const extra = forms
      .filter(([t]) => !have.has(t.toLowerCase()))
      .map(([text, last]): VariantName => ({
        text,
        lang: 'de',
        form: 'common',
        signals: c.id,
        ...(last ? { signalsWords: 1 } : {}),
      }));
    if (extra.length) out.set(id, [...(out.get(id) ?? []), ...extra]);
  }
  return out;
}

/**
 * The states' institutions by head: each organisation whose English name is a head and a state's name
 * ("Government of Serbia", "Kosovo Police"), with what `noun` makes of the head, where that state has only
 * one institution with it (two of its bodies with one head get no derived name).
 */
function claimedHeads<T>(entities: readonly Entity[], noun: (head: string) => T | undefined): [Entity, T, Entity][] {
  const countries = statesOf(entities);
  const claimed = new Map<string, EntityId | null>();
  const wanted: [Entity, T, Entity][] = [];
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    for (const c of countries) {
      const tails = c.names
        .filter((n) => n.lang === 'en' && !n.needsContext && n.form !== 'adjective')
        .map((n) => n.text);
      const fronts = c.names.filter((n) => n.lang === 'en' && !n.needsContext).map((n) => n.text);
      for (const n of e.names.filter((x) => x.lang === 'en' && !x.needsContext)) {
        const of = headAndCountry(n.text);
        const head =
          (of && tails.includes(of[2]!) ? of[1]! : headOfCountry(n.text, tails)) ??
          fronts.map((f) => n.text.startsWith(`${f} `) && n.text.slice(f.length + 1)).find(Boolean);
        const made = head ? noun(head) : undefined;
        if (made === undefined) continue;
        const key = `${c.id} ${JSON.stringify(made)}`;
        claimed.set(key, claimed.has(key) && claimed.get(key) !== e.id ? null : e.id);
        wanted.push([e, made, c]);
      }
    }
  }
  const seen = new Set<string>();
  return wanted.filter(([e, made, c]) => {
    const key = `${c.id} ${JSON.stringify(made)}`;
    if (claimed.get(key) !== e.id || seen.has(`${e.id} ${key}`)) return false;
    seen.add(`${e.id} ${key}`);
    return true;
  });
}

/** Slovenian adjectives of the region's states (stems; Bosnia's is ambiguous between the state and the entity). */
const SLOVENIAN_STATE_ADJECTIVES: Record<string, readonly string[]> = {
  serbia: ['srbsk'],
  croatia: ['hrvašk'],
  kosovo: ['kosovsk'],
  'north-macedonia': ['severnomakedonsk', 'makedonsk'],
  albania: ['albansk'],
  montenegro: ['črnogorsk'],
  slovenia: ['slovensk'],
};
/** English heads and the Slovenian noun the press writes after the adjective, with its gender's ending. */
const SLOVENIAN_HEADS: readonly [RegExp, string, string][] = [
  [/^Government$/, 'vlada', 'a'],
  [/^(?:State )?Police(?: Directorate)?$/, 'policija', 'a'],
  [/^(?:Armed Forces|Army)$/, 'vojska', 'a'],
  [/^Ministry of (?:the )?Defen[cs]e$/, 'obrambno ministrstvo', 'o'],
  [/^Ministry of (?:the )?(?:Interior|Internal Affairs)$/, 'notranje ministrstvo', 'o'],
  [/^Ministry of Foreign Affairs$/, 'zunanje ministrstvo', 'o'],
  [/^Constitutional Court$/, 'ustavno sodišče', 'o'],
  [/^Supreme Court$/, 'vrhovno sodišče', 'o'],
];

/**
 * The Slovenian press's forms of a state's institution, in lower case as it writes them: "srbska vlada",
 * "kosovska policija", "hrvaško obrambno ministrstvo"; the gazetteer reads their case endings ("kosovsko
 * policijo"). Only where one institution of the state has that head.
 */
export function slovenianStateVariants(entities: readonly Entity[]): Map<EntityId, VariantName[]> {
  const out = new Map<EntityId, VariantName[]>();
  for (const [e, [noun, ending], c] of claimedHeads(entities, (head) => {
    const found = SLOVENIAN_HEADS.find(([re]) => re.test(head));
    return found ? ([found[1], found[2]] as const) : undefined;
  })) {
    // As written: "Kosovska policija" (Serbian, capitalised) does not match the lower-case Slovenian form.
    const have = new Set([...e.names, ...(out.get(e.id) ?? [])].map((n) => n.text));
    const extra = (SLOVENIAN_STATE_ADJECTIVES[c.id] ?? [])
      .map((stem) => `${stem}${ending} ${noun}`)
      .filter((t) => !have.has(t))
      .map((text): VariantName => ({ text, lang: 'sl', form: 'common', signals: c.id }));
    if (extra.length) out.set(e.id, [...(out.get(e.id) ?? []), ...extra]);
  }
  return out;
}

/** Heads of Slovenian institution names that the press writes in lower case: "ministrstvo za zdravje", "kosovska policija". */
const SLOVENIAN_LOWER_HEAD =
  /^(?:Ministrstvo|Urad|Uprava|Agencija|Služba|Ustavno|Vrhovno|Upravno|Računsko|Okrožno|Višje|Državno|Specializirano|Generalna|Generalni|(?:Srbsk|Hrvašk|Kosovsk|Severnomakedonsk|Makedonsk|Albansk|Črnogorsk|Slovensk)[aio]) /;

/**
 * Slovenian capitalises only an institution's first word, and the press often not even that: "na
 * ministrstvu za zdravje", "ustavno sodišče". The lower-case form is the same body where its state is in
 * context (the Slovenian page itself is).
 */
export function slovenianVariants(entities: readonly Entity[]): Map<EntityId, VariantName[]> {
  const out = new Map<EntityId, VariantName[]>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const have = new Set(e.names.map((n) => n.text));
    const lower = e.names
      .filter((n) => n.lang === 'sl' && !n.needsContext && SLOVENIAN_LOWER_HEAD.test(n.text))
      .map((n) => n.text[0]!.toLowerCase() + n.text.slice(1))
      .filter((t) => !have.has(t))
      .map((text): VariantName => ({ text, lang: 'sl', needsContext: true }));
    if (lower.length > 0) out.set(e.id, lower);
  }
  return out;
}

/** "… Republike Hrvatske", "… Републике Србије", "… i Republikës së Kosovës", "… на Република Северна Македонија". */
const REPUBLIC_OF = [
  / Republike (?!Srpske\b)(?=\p{Lu})/u,
  / Републике (?!Српске(?![\p{L}]))(?=\p{Lu})/u,
  / Republikës së (?=\p{Lu})/u,
  / на Република (?!Српска(?![\p{L}]))(?=\p{Lu})/u,
];

/**
 * A state's institution named without "Republic": the press writes "Oružane snage Hrvatske", "Vlada
 * Srbije", "Kuvendi i Kosovës" where the knowledge base has the official "Oružane snage Republike
 * Hrvatske". Not Republika Srpska, whose name is the word itself.
 */
export function republicVariants(entities: readonly Entity[]): Map<EntityId, VariantName[]> {
  return organisationVariants(entities, (n) => {
    if (n.needsContext || n.lang === 'en' || n.lang === 'de') return [];
    const pattern = REPUBLIC_OF.find((p) => p.test(n.text));
    return pattern ? [{ text: n.text.replace(pattern, ' '), lang: n.lang, form: 'common' }] : [];
  });
}

/** The Federation of Bosnia and Herzegovina as its bodies' names write it: in full, shortened, as an acronym. */
const FEDERATION_FORMS: readonly (readonly string[])[] = [
  ['Federacije Bosne i Hercegovine', 'Federacije BiH', 'FBiH'],
  ['Федерације Босне и Херцеговине', 'Федерације БиХ', 'ФБиХ'],
];

/**
 * A Federation body under each of the Federation's names: the knowledge base has "Predstavnički dom
 * Parlamenta FBiH", the press also writes "Predstavnički dom Parlamenta Federacije BiH".
 */
export function federationVariants(entities: readonly Entity[]): Map<EntityId, VariantName[]> {
  return organisationVariants(entities, (n) => {
    if (n.needsContext || n.lang === 'en' || n.lang === 'de') return [];
    for (const forms of FEDERATION_FORMS) {
      const form = forms.find((f) => new RegExp(`(?:^|\\s)${f}(?![\\p{L}])`, 'u').test(n.text));
      if (form)
        return forms
          .filter((f) => f !== form)
          .map((f): VariantName => ({ text: n.text.replace(form, f), lang: n.lang, form: 'common' }));
    }
    return [];
  });
}
