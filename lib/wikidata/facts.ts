/**
 * Which bundled facts Wikidata can confirm, and where it now says otherwise. A fact marks its changing
 * values (lib/kb/types.ts `changing`); the entity's Q-number says which item to ask. Only shown cards
 * are checked, and only their Q-numbers leave the browser.
 */
import type { ChangingValue, Entity, WikidataId, WikidataProperty } from '../kb/types';
import { fold } from '../text/fold';
import type { WikidataResult } from './client';

/** A bundled value Wikidata no longer gives. */
export interface FactCheck {
  entityId: string;
  /** The fact's place in its entity's `facts`. */
  factIndex: number;
  property: WikidataProperty;
  /** The value as the knowledge base has it. */
  bundled: string;
  /** What Wikidata gives today (several for a shared office). */
  today: string[];
  /** Wikidata's start time of the value, when it has one. */
  since: string | null;
  /** When Wikidata was asked (ISO date). */
  retrieved: string;
}

export interface CheckPlan {
  /** One request entry per item. */
  ask: { id: WikidataId; properties: WikidataProperty[] }[];
  /** The entities behind each Q-number. */
  entities: Map<WikidataId, Entity>;
}

/** The Q-numbers and properties to ask for the given entities' changing facts. */
export function planChecks(entities: readonly Entity[]): CheckPlan {
  const ask: CheckPlan['ask'] = [];
  const byId = new Map<WikidataId, Entity>();
  for (const e of entities) {
    if (!e.wikidata || byId.has(e.wikidata)) continue;
    const properties = [...new Set(e.facts.flatMap((f) => (f.changing ?? []).map((c) => c.property)))];
    if (properties.length === 0) continue;
    ask.push({ id: e.wikidata, properties });
    byId.set(e.wikidata, e);
  }
  return { ask, entities: byId };
}

/** The bundled value as text: a knowledge-base entity by its name. */
export function bundledText(value: ChangingValue['value'], nameOf: (id: string) => string | undefined): string {
  if ('amount' in value) return String(value.amount);
  if ('name' in value) return value.name;
  return nameOf(value.entity) ?? value.entity;
}

const same = (a: string, b: string) => fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim();

/** The changing values Wikidata gives differently today (a value Wikidata has no statement for is left alone). */
export function differences(
  plan: CheckPlan,
  result: WikidataResult & { ok: true },
  nameOf: (id: string) => string | undefined,
): FactCheck[] {
  const retrieved = new Date(result.retrieved).toISOString().slice(0, 10);
  const out: FactCheck[] = [];
  for (const [qid, entity] of plan.entities) {
    const statements = result.statements.get(qid);
    if (!statements) continue;
    entity.facts.forEach((fact, factIndex) => {
      for (const c of fact.changing ?? []) {
        const st = statements.get(c.property);
        if (!st) continue;
        const bundled = bundledText(c.value, nameOf);
        const agrees =
          'amount' in c.value
            ? st.values.some((v) => v.kind === 'quantity' && v.amount === (c.value as { amount: number }).amount)
            : st.labels.some((l) => same(l, bundled));
        if (!agrees)
          out.push({
            entityId: entity.id,
            factIndex,
            property: c.property,
            bundled,
            today: st.labels,
            since: st.since,
            retrieved,
          });
      }
    });
  }
  return out;
}
