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
    // The click opens the panel from onClicked, not by the panel behaviour: a click that reaches the
    // extension gives it activeTab for the page ("Read this page" needs it); the behaviour's does not.
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    // sidePanel.open must run inside the reader's gesture: no await before it.
    browser.action.onClicked.addListener((tab) => {
      if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'open-panel' && tab?.windowId !== undefined)
        void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    });
  }
}
