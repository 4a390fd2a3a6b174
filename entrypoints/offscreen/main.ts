import { browser } from 'wxt/browser';
import { handleMessages, type RuntimeLike } from '@/lib/protocol/messenger';
import { parseRequest } from '@/lib/protocol/schema';
import { analyseHtml, loadedRecords, warm } from './analyse';

handleMessages(
  browser.runtime as unknown as RuntimeLike,
  {
    'analyser/run': ({ url, html, onRequest, quick }) => analyseHtml(url, html, onRequest, quick),
    'analyser/records': async ({ ids }) => ({ records: await loadedRecords(ids) }),
  },
  parseRequest,
);

// The document exists to analyse: the knowledge base's engine loads at once, before the first page comes.
warm();
