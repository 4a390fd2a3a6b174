import type { Analysis } from '@/lib/analysis/types';
import type { TabStatus } from '@/lib/protocol/tab-state';
import { ReasonList } from './ReasonList';
import { useState } from 'preact/hooks';
import { useT, type MessageKey } from './i18n';

const TEXT: Record<Exclude<TabStatus, 'ready'>, [MessageKey, MessageKey]> = {
  idle: ['statusIdleTitle', 'statusIdleBody'],
  'not-article': ['statusNotArticleTitle', 'statusNotArticleBody'],
  'not-balkans': ['statusNotBalkansTitle', 'statusNotBalkansBody'],
  analysing: ['statusAnalysingTitle', 'statusAnalysingBody'],
  error: ['statusErrorTitle', 'statusErrorBody'],
};

/** What happened on this tab, and what the reader can do about it. */
export function StatusMessage({
  kind,
  detail,
  analysis,
  onShowAnyway,
}: {
  kind: Exclude<TabStatus, 'ready'>;
  detail: string | null;
  analysis?: Analysis | null;
  /** The reader disagrees with the detector: analyse this page fully and show its cards. */
  onShowAnyway?: () => Promise<unknown>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [title, body] = TEXT[kind];
  return (
    <section
      class={`status status-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid={`status-${kind}`}
    >
      {kind === 'analysing' && <div class="spinner" aria-hidden="true" />}
      <h1>{t(title)}</h1>
      <p>{t(body)}</p>
      {detail && <p class="detail">{detail}</p>}
      {(kind === 'not-balkans' || kind === 'not-article') && onShowAnyway && (
        <button
          type="button"
          class="primary"
          data-testid="show-anyway"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onShowAnyway().finally(() => setBusy(false));
          }}
        >
          {t('showAnyway')}
        </button>
      )}
      {kind === 'not-balkans' && analysis && (
        <details>
          <summary>{t('why')}</summary>
          <ReasonList reasons={analysis.topic.reasons} />
        </details>
      )}
    </section>
  );
}
