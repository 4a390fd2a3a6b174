import type { Analysis } from '@/lib/analysis/types';
import type { TabStatus } from '@/lib/protocol/tab-state';

const TEXT: Record<TabStatus, { title: string; body: string }> = {
  idle: {
    title: 'Open a news article',
    body: 'Kontekst reads news articles on the sites it runs on and shows background on the Balkans stories among them.',
  },
  'not-article': {
    title: 'This page is not an article',
    body: 'Kontekst looks for a news article on the page and found none. Open a story to see its context.',
  },
  'not-balkans': {
    title: 'Not a Balkans story',
    body: 'This article does not seem to be about the Balkans, so there are no context cards for it.',
  },
  analysing: { title: 'Reading the article…', body: 'Finding the people, places and organisations it names.' },
  ready: { title: '', body: '' },
  error: {
    title: 'Kontekst could not read this page',
    body: 'Reload the page to try again. If it keeps happening, the page may be too large or unusual.',
  },
};

export function StatusMessage({
  kind,
  detail,
  analysis,
}: {
  kind: TabStatus;
  detail: string | null;
  analysis?: Analysis | null;
}) {
  const text = TEXT[kind];
  return (
    <section
      class={`status status-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid={`status-${kind}`}
    >
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      {detail && <p class="detail">{detail}</p>}
      {kind === 'not-balkans' && analysis && (
        <details>
          <summary>Why?</summary>
          <ul>
            {analysis.topic.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
