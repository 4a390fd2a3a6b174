import type { Analysis } from '../analysis/types';

/** What the panel shows for a tab. */
export type TabStatus = 'idle' | 'not-article' | 'not-balkans' | 'analysing' | 'ready' | 'error';

export interface TabState {
  status: TabStatus;
  url: string | null;
  title: string | null;
  analysis: Analysis | null;
  /** What went wrong, in words for the reader (status 'error'). */
  error: string | null;
  /** The reader asked for the context though the page was turned down (lasts for the tab's page). */
  onRequest?: boolean;
  /** ms since epoch. */
  updatedAt: number;
}

export const idleState = (): TabState => ({
  status: 'idle',
  url: null,
  title: null,
  analysis: null,
  error: null,
  updatedAt: Date.now(),
});

/**
 * The tab's state is final: read and decided, and not the quick first analysis whose names outside the
 * knowledge base are still to come (a second state follows that one).
 */
export const isFinal = (s: Pick<TabState, 'status' | 'analysis'> | null | undefined): boolean =>
  !!s && s.status !== 'analysing' && s.status !== 'idle' && !s.analysis?.namesPending;
