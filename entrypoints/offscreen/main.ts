import { browser } from 'wxt/browser';
import { handleMessages, type RuntimeLike } from '@/lib/protocol/messenger';
import { analyseHtml } from './analyse';

handleMessages(browser.runtime as unknown as RuntimeLike, {
  'analyser/run': ({ url, html, onRequest, quick }) => analyseHtml(url, html, onRequest, quick),
});
