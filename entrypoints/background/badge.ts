import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/protocol/tab-state';

/** The toolbar badge: the number of cards on a Balkans article, nothing elsewhere. */
export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const count = state.status === 'ready' ? (state.analysis?.cards.length ?? 0) : 0;
  const text = state.status === 'analysing' ? '…' : count > 0 ? String(count) : '';
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
    await action.setTitle({
      tabId,
      title:
        count > 0
          ? browser.i18n.getMessage('actionTitleCount', [String(count)])
          : browser.i18n.getMessage('actionTitle'),
    });
  } catch {
    // The tab closed meanwhile.
  }
}
