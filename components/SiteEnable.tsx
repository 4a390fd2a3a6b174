import { useEffect, useState } from 'preact/hooks';
import type { SiteStatus } from '@/lib/protocol/protocol';
import { useT } from './i18n';
import type { PanelState } from './panel-state';

/**
 * On a site Kontekst does not run on: say so, and offer to read this page once (with the access the
 * reader's click on Kontekst gave for this tab: nothing kept) or to enable the site (the browser asks
 * the reader for that one host; the options page lists it and can take it back).
 */
export function SiteEnable({ panel }: { panel: PanelState }) {
  const t = useT();
  const tabId = panel.tabId.value;
  const [site, setSite] = useState<SiteStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void panel.deps.siteStatus(tabId).then((s) => live && setSite(s));
    return () => {
      live = false;
    };
  }, [tabId, panel.state.value?.updatedAt]);
  if (!site || site.status !== 'none') return null;
  const host = site.host;
  return (
    <div class="site-enable" data-testid="site-enable">
      <p>
        <strong>{t('statusUnsupportedTitle')}</strong>
      </p>
      <p class="muted small">{t('statusUnsupportedBody')}</p>
      <button
        type="button"
        class="primary"
        data-testid="read-once"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setRefused(false);
          void panel.deps
            .readOnce(tabId!)
            .then((started) => setRefused(!started))
            .finally(() => setBusy(false));
        }}
      >
        {t('readOnce')}
      </button>
      <p class="muted small">{t('readOnceHint')}</p>
      {refused && (
        <p class="notice" role="alert" data-testid="read-once-refused">
          {t('readOnceFailed')}
        </p>
      )}
      {host && (
        <button
          type="button"
          data-testid="enable-site"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void panel.deps.enableSite(tabId!, host).finally(() => setBusy(false));
          }}
        >
          {t('enableOnSite', host)}
        </button>
      )}
    </div>
  );
}
