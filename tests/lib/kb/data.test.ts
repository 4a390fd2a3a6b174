import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import type { Entity, IsoDate, Source } from '@/lib/kb/types';
import { FIRST_NAMES } from '@/lib/names/first-names';
import { fold } from '@/lib/text/fold';
import { findTerms } from '@/lib/terms/find-terms';
import { AMBIGUOUS_NAMES } from '@/lib/kb/ambiguous';
import { reprintVerdict } from '@/lib/kb/reprints';
import { gateKeysModule, givenNamesModule } from '@/lib/cli/generated-files';
import { readFileSync } from 'node:fs';

/** The knowledge base is linted like code. Each check is a function, so a planted fault shows it fails. */
const TODAY = new Date().toISOString().slice(0, 10);
const ISO = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function badDates(list: readonly Entity[]): string[] {
  const out: string[] = [];
  const check = (where: string, d: IsoDate) => {
    if (!ISO.test(d) || Number.isNaN(Date.parse(d)) || d > TODAY) out.push(`${where}: ${d}`);
  };
  for (const e of list) {
    e.facts.forEach((f, i) => check(`${e.id} fact ${i}`, f.asOf));
    for (const fig of e.figures ?? []) {
      if (fig.kind === 'known') check(`${e.id}/${fig.id}`, fig.asOf);
      if (fig.kind === 'series') fig.points.forEach((p) => check(`${e.id}/${fig.id}`, p.date));
      if (fig.kind === 'disputed') fig.claims.forEach((c) => check(`${e.id}/${fig.id}`, c.date));
    }
  }
  return out;
}

function allSources(e: Entity): Source[] {
  return [
    ...e.facts.flatMap((f) => f.sources),
    ...(e.figures ?? []).flatMap((f) =>
      f.kind === 'known'
        ? f.sources
        : f.kind === 'series'
          ? f.points.flatMap((p) => p.sources)
          : f.claims.flatMap((c) => c.sources),
    ),
  ];
}

export function badSources(list: readonly Entity[]): string[] {
  const out: string[] = [];
  for (const e of list) {
    e.facts.forEach((f, i) => {
      if (f.sources.length === 0) out.push(`${e.id} fact ${i}: no source`);
    });
    for (const s of allSources(e)) {
      let ok = false;
      try {
        ok = new URL(s.url).protocol === 'https:' && !!s.title.trim() && !!s.publisher.trim();
      } catch {
        ok = false;
      }
      if (!ok) out.push(`${e.id}: ${s.url}`);
    }
  }
  return out;
}

export function oneSidedDisputes(list: readonly Entity[]): string[] {
  return list.flatMap((e) =>
    (e.figures ?? [])
      .filter((f) => f.kind === 'disputed')
      .filter(
        (f) =>
          f.claims.length < 2 ||
          new Set(f.claims.map((c) => c.claimant)).size < 2 ||
          f.claims.some((c) => c.sources.length === 0),
      )
      .map((f) => `${e.id}/${f.id}`),
  );
}

/** Folded names shared by two entities that are not declared ambiguous with exactly those candidates. */
export function clashingAliases(
  list: readonly Entity[],
  declared: Readonly<Record<string, readonly string[]>> = AMBIGUOUS_NAMES,
): string[] {
  const owners = new Map<string, Set<string>>();
  for (const e of list)
    for (const n of e.names) {
      const key = fold(n.text);
      const set = owners.get(key) ?? new Set<string>();
      set.add(e.id);
      owners.set(key, set);
    }
  const same = (a: readonly string[], b: Set<string>) => a.length === b.size && a.every((x) => b.has(x));
  const undeclared = [...owners]
    .filter(([k, ids]) => ids.size > 1 && !(declared[k] && same(declared[k], ids)))
    .map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
  const outdated = Object.keys(declared)
    .filter((k) => !owners.has(k) || owners.get(k)!.size < 2)
    .map((k) => `${k}: declared ambiguous but not shared`);
  return [...undeclared, ...outdated];
}

/** Mirrors and aggregators that copy others' pages: a card cites the original instead. */
const MIRRORS =
  /(?:^|\.)(?:liquisearch\.com|piglix\.com|worddisk\.com|en-academic\.com|wikiwand\.com|enwikipedia\.net|haohe\.fun|friendlywiki\.com|stringtranslate\.com|qaz\.wiki|abcdef\.wiki|docslib\.org|anyflip\.com|theburningofrome\.com|enow\.com|bitcoinethereumnews\.com|garnertedarmstrong\.org|pledgetimes\.com|luke\.lol|byteseu\.com|allnewspress\.com|myc\.news|247newsreel\.com|naslovi\.net|github\.io|legalclarity\.org|lavorofacile\.it|helloscholar\.in|almanyalilar\.net|news-pravda\.com|eurasia\.ro|pisz\.pl|whlist\.net|kurdaily\.com)$/;

export function mirrorSources(list: readonly Entity[]): string[] {
  return list.flatMap((e) =>
    allSources(e)
      .filter((s) => MIRRORS.test(new URL(s.url).hostname) || reprintVerdict(s.url) !== null)
      .map((s) => `${e.id}: ${s.url} (${reprintVerdict(s.url) ?? 'mirror'})`),
  );
}

/** Contested terms name a neutral wording, and each form finds its own words in a text. */
export function badTerms(list: readonly Entity[]): string[] {
  return list.flatMap((e) => {
    if (!e.terms?.length) return [];
    const out = e.neutral?.trim() ? [] : [`${e.id}: contested terms without a neutral term`];
    e.terms.forEach((t) => {
      for (const form of t.forms ?? []) {
        // The form with its endings left bare is a text the form must find.
        const sample = `Before ${form.replaceAll('~', '')} after.`;
        const found = findTerms(sample, [{ ...e, terms: [{ ...t, forms: [form] }] }], null);
        if (found.length !== 1) out.push(`${e.id}: form "${form}" does not find itself`);
      }
    });
    return out;
  });
}

/** Wikidata ids are well formed, and a changing fact's values name what to compare with Wikidata. */
export function badWikidata(list: readonly Entity[]): string[] {
  const ids = new Set(list.map((e) => e.id as string));
  return list.flatMap((e) => {
    const out: string[] = [];
    if (e.wikidata !== undefined && !/^Q[1-9]\d*$/.test(e.wikidata)) out.push(`${e.id}: wikidata ${e.wikidata}`);
    for (const f of e.facts)
      for (const c of f.changing ?? []) {
        if (!e.wikidata) out.push(`${e.id}: a changing fact but no Wikidata id`);
        if (!/^P[1-9]\d*$/.test(c.property)) out.push(`${e.id}: property ${c.property}`);
        if ('entity' in c.value && !ids.has(c.value.entity)) out.push(`${e.id}: ${c.value.entity} is not an entity`);
      }
    return out;
  });
}

const REGION = { lat: [39, 47.5], lon: [13, 23.5] } as const;

/**
 * Everyday words of the region's languages that are also names in the knowledge base ("velika" big,
 * "visoko" high, "koha" time, "viti" the year, "nova" new, "ćuprija" bridge, "slovensko" Slovenian):
 * a one-word alias that is one must need context, or every page that uses the word lights it up.
 */
const EVERYDAY_WORDS = new Set(
  'velika veliki veliko mala mali malo nova novi novo stara stari staro visoko preko vojnik konce cuprija kljuc gradsko plav plava bela bijela crna koha viti vitin nova slovensko danas politika vijesti delo glas srce pokret most liga besa'.split(
    ' ',
  ),
);
/**
 * An acronym of four letters or more also matches written as a name (Kfor, Nato): one that is a given name
 * of the region would read a person as the body (SASA and Саша).
 */
export function acronymsThatAreGivenNames(list: readonly Entity[]): string[] {
  return list.flatMap((e) =>
    e.names
      .filter((n) => /^[\p{Lu}\d]{4,}$/u.test(n.text) && FIRST_NAMES.has(fold(n.text)))
      .map((n) => `${e.id}: ${n.text}`),
  );
}

export function everydayAliases(list: readonly Entity[]): string[] {
  return list.flatMap((e) =>
    e.names
      .filter((n) => !n.needsContext && !n.text.includes(' ') && EVERYDAY_WORDS.has(fold(n.text)))
      .map((n) => `${e.id}: ${n.text}`),
  );
}

describe('knowledge base', () => {
  test('ids are unique, kebab-case ASCII', () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every date is a valid ISO date, not in the future', () => {
    expect(badDates(entities)).toEqual([]);
  });

  test('every fact has a source, every source an https URL, a title and a publisher', () => {
    expect(badSources(entities)).toEqual([]);
  });

  test('no source is a mirror or an aggregator of someone else’s page', () => {
    expect(mirrorSources(entities)).toEqual([]);
  });

  test('disputed figures have two or more claimants, each sourced', () => {
    expect(oneSidedDisputes(entities)).toEqual([]);
  });

  test('every name belongs to one entity or is declared ambiguous with its candidates', () => {
    expect(clashingAliases(entities)).toEqual([]);
  });

  test('a one-word name that is an everyday word links only in context', () => {
    expect(everydayAliases(entities)).toEqual([]);
  });

  test('no acronym of four letters or more is a given name', () => {
    expect(acronymsThatAreGivenNames(entities)).toEqual([]);
  });

  test('relations point at entities that exist', () => {
    const ids = new Set(entities.map((e) => e.id as string));
    const dangling = entities.flatMap((e) =>
      [...(e.relations ?? []), ...(e.type === 'place' ? (e.within ?? []) : [])]
        .filter((r) => !ids.has(r.to))
        .map((r) => `${e.id} → ${r.to}`),
    );
    // Relations to entities still to be written are listed, not hidden.
    expect(dangling.length, dangling.join('\n')).toBeLessThanOrEqual(DANGLING_ALLOWED);
  });

  test('Balkan places lie inside the region', () => {
    const outside = entities
      .filter((e) => e.type === 'place' && e.region === 'balkans')
      .filter(
        (e) =>
          e.type === 'place' &&
          (e.coords.lat < REGION.lat[0] ||
            e.coords.lat > REGION.lat[1] ||
            e.coords.lon < REGION.lon[0] ||
            e.coords.lon > REGION.lon[1]),
      )
      .map((e) => e.id);
    expect(outside).toEqual([]);
  });

  test('every set of contested terms names a neutral term; every form finds itself', () => {
    expect(badTerms(entities)).toEqual([]);
  });

  test('Wikidata ids are Q-numbers; changing facts name a property and a value that exists', () => {
    expect(badWikidata(entities)).toEqual([]);
    expect(entities.find((e) => e.id === 'kosovo')?.wikidata).toBe('Q1246');
  });

  test('the generated gate keys and given names are up to date (npm run generate)', () => {
    expect(readFileSync('lib/gate/gate-keys.generated.ts', 'utf8')).toBe(gateKeysModule(entities));
    expect(readFileSync('lib/names/given-names.generated.ts', 'utf8')).toBe(givenNamesModule(entities));
  });

  test('the flagship facts are there: 17 February 2008, KFOR over time, recognition as a dispute', () => {
    const kosovo = entities.find((e) => e.id === 'kosovo')!;
    expect(kosovo.facts.some((f) => f.asOf === '2008-02-17' && /independence/i.test(f.text))).toBe(true);
    expect(kosovo.figures?.find((f) => f.id === 'recognitions')?.kind).toBe('disputed');
  });
});

describe('the checks catch what they are for', () => {
  const base = entities.find((e) => e.id === 'kosovo')!;
  test('a future date', () => {
    const bad = { ...base, facts: [{ ...base.facts[0]!, asOf: '2999-01-01' as IsoDate }] };
    expect(badDates([bad])).toHaveLength(1);
  });
  test('a missing source', () => {
    const bad = {
      ...base,
      facts: [{ ...base.facts[0]!, sources: [] as unknown as (typeof base.facts)[0]['sources'] }],
    };
    expect(badSources([bad]).length).toBeGreaterThan(0);
  });
  test('an http source', () => {
    const src = { ...base.facts[0]!.sources[0], url: 'http://example.org/x' } as unknown as Source;
    const bad = { ...base, facts: [{ ...base.facts[0]!, sources: [src] as const }] } as unknown as Entity;
    expect(badSources([bad]).length).toBeGreaterThan(0);
  });
  test('a mirror as a source', () => {
    const src = { ...base.facts[0]!.sources[0], url: 'https://www.liquisearch.com/kosovo' } as unknown as Source;
    const bad = { ...base, facts: [{ ...base.facts[0]!, sources: [src] }] } as unknown as Entity;
    expect(mirrorSources([bad])).toHaveLength(1);
  });
  test('a wire reprint or an aggregator as a source', () => {
    for (const url of [
      'https://www.deccanherald.com/world/x',
      'https://naslovi.net/2024/x',
      'https://someone.wordpress.com/x',
    ]) {
      const src = { ...base.facts[0]!.sources[0], url } as unknown as Source;
      const bad = { ...base, facts: [{ ...base.facts[0]!, sources: [src] }] } as unknown as Entity;
      expect(mirrorSources([bad]), url).toHaveLength(1);
    }
  });
  test('an acronym that is a given name', () => {
    const bad = { ...base, names: [{ text: 'SASA', lang: 'en' }] } as unknown as Entity;
    expect(acronymsThatAreGivenNames([bad])).toEqual(['kosovo: SASA']);
  });

  test('an everyday word as a name without context', () => {
    expect(everydayAliases([{ ...base, names: [{ text: 'Velika', lang: 'bs' }] } as unknown as Entity])).toHaveLength(
      1,
    );
  });
  test('a duplicate alias, unless declared with its candidates', () => {
    const twin = { ...base, id: 'kosovo-twin', names: [base.names[0]] } as unknown as Entity;
    expect(clashingAliases([base, twin], {})).toEqual(['kosovo: kosovo, kosovo-twin']);
    expect(clashingAliases([base, twin], { kosovo: ['kosovo', 'kosovo-twin'] })).toEqual([]);
    expect(clashingAliases([base], { kosovo: ['kosovo', 'kosovo-twin'] })).toHaveLength(1);
  });
  test('contested terms without a neutral term, a form that cannot match', () => {
    const withTerms = entities.find((e) => e.id === 'kosovo')!;
    expect(badTerms([{ ...withTerms, neutral: undefined } as Entity])).toEqual([
      'kosovo: contested terms without a neutral term',
    ]);
  });
  test('a malformed Wikidata id, a changing value naming no entity', () => {
    const others = entities.filter((e) => e.id !== 'kosovo');
    expect(badWikidata([{ ...base, wikidata: 'Q01246' } as unknown as Entity, ...others])).toEqual([
      'kosovo: wikidata Q01246',
    ]);
    const fact = { ...base.facts[0]!, changing: [{ property: 'P6', value: { entity: 'nobody-at-all' } }] };
    expect(badWikidata([{ ...base, facts: [fact] } as unknown as Entity, ...others])).toEqual([
      'kosovo: nobody-at-all is not an entity',
    ]);
  });
  test('a one-sided disputed figure', () => {
    const fig = base.figures!.find((f) => f.kind === 'disputed')!;
    const oneSided = { ...fig, claims: fig.claims.map((c) => ({ ...c, claimant: 'Only one side' })) };
    expect(oneSidedDisputes([{ ...base, figures: [oneSided] } as unknown as Entity])).toHaveLength(1);
  });
});

/** Relations may point at entities not written yet; this shrinks to 0 as the knowledge base fills in. */
const DANGLING_ALLOWED = 400;
