import { formatNumber } from '@/lib/cards/card';
import type { Entity, Figure, NameLang } from '@/lib/kb/types';
import { ClaimsTable } from './ClaimsTable';
import { FactList } from './FactList';
import { isWebUrl } from './format';
import { useT } from './i18n';
import type { PanelState } from './panel-state';
import { SeriesChart, SourceLinks } from './SeriesChart';
import { formatDate } from './format';

const LANG_NAMES: Partial<Record<NameLang, string>> = {
  en: 'English',
  de: 'Deutsch',
  'sr-Latn': 'Srpski',
  'sr-Cyrl': 'Српски',
  sq: 'Shqip',
  mk: 'Македонски',
  bs: 'Bosanski',
  hr: 'Hrvatski',
};

/** An entity's background: figures (series as a chart, disputes as a claims table), facts, names, relations. */
export function EntityFacts({ panel, entity }: { panel: PanelState; entity: Entity }) {
  const t = useT();
  const onPage = new Set(panel.entities.value.map((e) => e.id));
  const names = groupNames(entity);
  const related = (entity.relations ?? []).filter((r, i, all) => all.findIndex((x) => x.to === r.to) === i);
  return (
    <div class="entity-facts">
      {(entity.figures ?? []).map((f) => (
        <FigureView key={f.id} figure={f} />
      ))}
      <FactList
        facts={entity.facts}
        checks={(panel.currentFacts.value?.checks ?? []).filter((c) => c.entityId === entity.id)}
      />
      {entity.terms && entity.terms.length > 0 && (
        <section class="terms" aria-label={t('namesUsed')}>
          <h3>{t('namesUsed')}</h3>
          <ul>
            {entity.terms.map((term) => (
              <li key={`${term.usedBy}|${term.term}`}>
                <strong>{term.term}</strong> — {term.usedBy}
                {term.note && <span class="muted"> ({term.note})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {names.length > 0 && (
        <section class="names" aria-label={t('nameVariants')}>
          <h3>{t('nameVariants')}</h3>
          <dl>
            {names.map(([lang, list]) => (
              <div key={lang} class="name-row">
                {/* "other" is not a language tag: leave those names in the panel's language. */}
                <dt lang={lang === 'other' ? undefined : lang}>{LANG_NAMES[lang] ?? lang}</dt>
                <dd lang={lang === 'other' ? undefined : lang}>{list.join(' · ')}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {related.length > 0 && (
        <section class="related-entities" aria-label={t('related')}>
          <h3>{t('related')}</h3>
          <ul>
            {related.map((r) => {
              const other = panel.kb.get(r.to);
              if (!other) return null;
              return (
                <li key={r.to}>
                  {onPage.has(r.to) ? (
                    <button type="button" class="link-button" onClick={() => void panel.open(r.to)}>
                      {other.name}
                    </button>
                  ) : (
                    <span title={other.summary}>{other.name}</span>
                  )}
                  {r.note && <span class="muted"> — {r.note}</span>}
                  {r.disputed && <span class="badge-disputed"> {t('disputed')}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {entity.wikipedia && isWebUrl(entity.wikipedia) && (
        <p class="wiki-link">
          <a href={entity.wikipedia} target="_blank" rel="noopener noreferrer">
            {t('wikipedia')}
          </a>
        </p>
      )}
    </div>
  );
}

function FigureView({ figure }: { figure: Figure }) {
  const t = useT();
  if (figure.kind === 'series') return <SeriesChart figure={figure} />;
  if (figure.kind === 'disputed') return <ClaimsTable figure={figure} />;
  return (
    <p class="known-figure" data-testid="fact">
      <strong>{figure.label}:</strong> {formatNumber(figure.value, figure.qualifier)} {figure.unit}
      <span class="fact-meta">
        {' '}
        {t('asOf', formatDate(figure.asOf))} · <SourceLinks sources={figure.sources} />
      </span>
    </p>
  );
}

/** Names other than the display name, by language, in the order the region reads them. */
function groupNames(entity: Entity): [NameLang, string[]][] {
  const order: NameLang[] = ['sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'de', 'en', 'other'];
  const groups = new Map<NameLang, string[]>();
  for (const n of entity.names) {
    if (n.text === entity.name || n.form === 'adjective') continue;
    const list = groups.get(n.lang) ?? [];
    if (!list.includes(n.text)) list.push(n.text);
    groups.set(n.lang, list);
  }
  return order.filter((l) => groups.has(l)).map((l) => [l, groups.get(l)!]);
}
