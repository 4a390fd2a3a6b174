import type { Analysis } from '@/lib/analysis/types';
import type { TabStatus } from '@/lib/protocol/tab-state';
import { ReasonList } from './ReasonList';
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
}: {
  kind: Exclude<TabStatus, 'ready'>;
  detail: string | null;
  analysis?: Analysis | null;
}) {
  const t = useT();
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
      {kind === 'not-balkans' && analysis && (
        <details>
          <summary>{t('why')}</summary>
          <ReasonList reasons={analysis.topic.reasons} />
        </details>
      )}
    </section>
  );
}
