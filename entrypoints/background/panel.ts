import { browser } from 'wxt/browser';
import type Browser from 'webextension-polyfill';

/** The toolbar button and the keyboard shortcut open the panel: Chrome's side panel, Firefox's sidebar. */
export function setupPanelOpening(): void {
  if (import.meta.env.BROWSER === 'firefox') {
    const ff = browser as unknown as Browser.Browser;
    const action = ff.action ?? ff.browserAction;
    // sidebarAction.toggle must run synchronously inside the user's gesture.
    action.onClicked.addListener(() => {
      void ff.sidebarAction.toggle();
    });
    ff.commands.onCommand.addListener((command) => {
      if (command === 'open-panel') void ff.sidebarAction.toggle();
    });
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'open-panel' && tab?.windowId !== undefined)
        void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    });
  }
}
