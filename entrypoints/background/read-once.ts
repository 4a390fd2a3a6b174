import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT } from './sites';

/**
 * Reads the tab's page once, on a site Kontekst does not run on: the content script is injected into
 * that one page with the access the browser gave for the reader's click on Kontekst's toolbar button or
 * shortcut (activeTab). Nothing is registered, no permission is asked or kept, no site is remembered:
 * the access ends when the tab navigates, and the next page is unlisted again. False when the browser
 * did not give the access (the panel was not opened by the reader over this page).
 */
export async function readOnce(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}
