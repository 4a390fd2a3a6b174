import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupPanelOpening } from '@/entrypoints/background/panel';

/** The toolbar button and the shortcut open the panel: Chrome's side panel, Firefox's sidebar. */
describe('opening the panel', () => {
  // fakeBrowser has no commands events: record the listener the code adds, and call it.
  let onCommand: ((command: string, tab?: { windowId?: number }) => void) | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    onCommand = undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      onCommand = l as typeof onCommand;
    });
  });
  afterEach(() => vi.unstubAllEnvs());

  test('Chrome: the toolbar button and the shortcut open the side panel for the window, from the click', async () => {
    const behavior = vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined as never);
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined as never);
    setupPanelOpening();
    // Not by the panel behaviour: its click gives the extension no activeTab (Read this page needs it).
    expect(behavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    await fakeBrowser.action.onClicked.trigger({ id: 1, windowId: 3 } as never);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    onCommand!('open-panel', { windowId: 7 });
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  test('Firefox: the toolbar button and the shortcut toggle the sidebar', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    const toggle = vi.fn();
    (fakeBrowser as unknown as { sidebarAction: unknown }).sidebarAction = { toggle };
    setupPanelOpening();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
    onCommand!('open-panel');
    expect(toggle).toHaveBeenCalledTimes(2);
  });
});
