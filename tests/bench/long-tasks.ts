import type { Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
}

interface Observed {
  __kontekstLongTasks?: LongTask[];
}

/**
 * Injected with addInitScript, so it runs at document start in the page's main world: records every
 * long task (> 50 ms) of the page's main thread, whichever world ran it (long tasks carry no useful
 * attribution, so the bench pairs this with the content script's own timings).
 */
export function observeLongTasks(): void {
  const list: LongTask[] = [];
  (window as unknown as Observed).__kontekstLongTasks = list;
  try {
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries())
        list.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the list stays empty, and the positive control fails.
  }
}

/** The long tasks seen so far; entries arrive asynchronously, so give the observer a moment first. */
export async function longTasksOf(page: Page, settleMs = 30): Promise<LongTask[]> {
  return page.evaluate(
    (wait) =>
      new Promise<LongTask[]>((ok) =>
        setTimeout(() => ok((window as unknown as Observed).__kontekstLongTasks ?? []), wait),
      ),
    settleMs,
  );
}
