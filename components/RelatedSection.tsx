import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis/types';
import type { CoverageResponse } from '@/lib/protocol/protocol';
import type { CoverageItem } from '@/lib/related/coverage';
import type { CoverageGroup } from '@/lib/related/group';
import { formatDate, hostOf, isWebUrl } from './format';
import { useT, type MessageKey } from './i18n';
import type { PanelState } from './panel-state';

const GROUPS: { id: CoverageGroup; label: MessageKey }[] = [
  { id: 'serbian', label: 'coverageSerbian' },
  { id: 'albanian', label: 'coverageAlbanian' },
  { id: 'regional', label: 'coverageRegional' },
  { id: 'international', label: 'coverageInternational' },
];

/**
 * "What are others saying?": the same story across the region's language communities (GDELT, when the
 * reader allows look-ups), search links to regional outlets and fact-checkers, and the reader's own
 * earlier reading. Nothing leaves the browser until the reader says yes, and the panel says what did.
 */
export function RelatedSection({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const t = useT();
  const settings = panel.settings.value;
  const tabId = panel.tabId.value;
  const [data, setData] = useState<CoverageResponse | { error: string } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    setData(null);
    void panel.deps.coverage(tabId).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [tabId, analysis.url, settings?.networkLookups, settings?.history]);

  return (
    <section class="related" id="section-related" aria-labelledby="related-title" data-testid="related">
      <h2 class="group-title" id="related-title">
        {t('relatedTitle')}
      </h2>
      {settings && !settings.networkAsked && (
        <div class="lookup-prompt" data-testid="lookup-prompt">
          <p>{t('lookupQuestion')}</p>
          <p class="muted small">{t('optionNetworkHelp')}</p>
          <div class="buttons">
            <button
              type="button"
              class="primary"
              onClick={() => void panel.answerLookups(true)}
              data-testid="lookup-allow"
            >
              {t('lookupAllow')}
            </button>
            <button type="button" onClick={() => void panel.answerLookups(false)} data-testid="lookup-deny">
              {t('lookupNotNow')}
            </button>
          </div>
        </div>
      )}
      {!data && <p class="muted small">{t('coverageLoading')}</p>}
      {data && 'error' in data && <p class="muted small">{data.error}</p>}
      {data && !('error' in data) && <Coverage data={data} />}
      <WikidataSent panel={panel} />
    </section>
  );
}

function Coverage({ data }: { data: CoverageResponse }) {
  const t = useT();
  const live = data.live;
  return (
    <>
      <div class="live-coverage" data-testid="live-coverage" data-status={live.status}>
        {live.status === 'off' && <p class="muted small">{t('coverageOff')}</p>}
        {live.status === 'too-old' && <p class="muted small">{t('coverageTooOld')}</p>}
        {live.status === 'no-entities' && <p class="muted small">{t('coverageNoEntities')}</p>}
        {live.status === 'error' && (
          <p class="notice" role="status" data-testid="coverage-unavailable">
            {t(live.error === 'rate-limited' ? 'coverageBusy' : 'coverageUnavailable')}
          </p>
        )}
        {live.status === 'ok' && live.total === 0 && <p class="muted small">{t('coverageNone')}</p>}
        {live.status === 'ok' &&
          GROUPS.map(({ id, label }) =>
            live.groups[id].length === 0 ? null : (
              <div key={id} class="coverage-group" data-testid={`coverage-${id}`}>
                <h3>{t(label)}</h3>
                <ul>
                  {live.groups[id].map((item) => (
                    <CoverageRow key={item.url} item={item} />
                  ))}
                </ul>
              </div>
            ),
          )}
        {data.sentTerms.length > 0 && (
          <p class="sent muted small" data-testid="sent-terms">
            {t('sentToGdelt', data.sentTerms.join(', '))}
          </p>
        )}
      </div>
      {data.curated.length > 0 && (
        <div class="curated" data-testid="curated">
          <h3>{t('curatedTitle')}</h3>
          {data.curated.map((c) => (
            <p key={c.entityId} class="small">
              <strong>{c.entityName}:</strong>{' '}
              {c.links
                .filter((l) => isWebUrl(l.url))
                .map((l, i) => (
                  <span key={l.outlet.id}>
                    {i > 0 && ' · '}
                    <a href={l.url} target="_blank" rel="noopener noreferrer">
                      {l.outlet.name}
                    </a>
                  </span>
                ))}
            </p>
          ))}
        </div>
      )}
      {data.historyEnabled && data.history.length > 0 && (
        <div class="earlier" data-testid="earlier-reading">
          <h3>{t('earlierReading')}</h3>
          <ul>
            {data.history.map((h) => (
              <li key={h.url}>
                {isWebUrl(h.url) ? (
                  <a href={h.url} target="_blank" rel="noopener noreferrer">
                    {h.title}
                  </a>
                ) : (
                  h.title
                )}{' '}
                <span class="muted small">({formatDate(h.readAt.slice(0, 10))})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function CoverageRow({ item }: { item: CoverageItem }) {
  return (
    <li class="coverage-item">
      {isWebUrl(item.url) ? (
        <a href={item.url} target="_blank" rel="noopener noreferrer">
          {item.title}
        </a>
      ) : (
        item.title
      )}
      <span class="muted small">
        {' '}
        — {item.domain || hostOf(item.url)}
        {item.date && `, ${formatDate(item.date.slice(0, 10))}`}
        {item.language && ` · ${item.language}`}
      </span>
    </li>
  );
}

/** What went to Wikidata for this page's changing facts, or why nothing came back. */
function WikidataSent({ panel }: { panel: PanelState }) {
  const t = useT();
  const facts = panel.currentFacts.value;
  if (!facts || facts.sentIds.length === 0) return null;
  return (
    <div class="wikidata-sent" data-testid="wikidata-status" data-status={facts.status}>
      {facts.status === 'error' && (
        <p class="notice" role="status" data-testid="wikidata-unavailable">
          {t(facts.error === 'rate-limited' ? 'wikidataBusy' : 'wikidataUnavailable')}
        </p>
      )}
      <p class="sent muted small" data-testid="sent-wikidata">
        {t('sentToWikidata', facts.sentIds.join(', '))}
        {facts.labelIds.length > 0 && <> · {t('wikidataLabelIds', facts.labelIds.join(', '))}</>}
      </p>
    </div>
  );
}
