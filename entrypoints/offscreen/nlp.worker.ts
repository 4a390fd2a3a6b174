import nlp from 'compromise';
import { createNlpExtractor } from '@/lib/nlp/compromise-entities';
import { serveNlp, type MessageEndpoint } from '@/lib/nlp/nlp-port';
import { KB_LEXICON } from '@/lib/kb/store';

// compromise and the knowledge base's names as its lexicon, on their own thread (lib/nlp/nlp-port.ts).
const lexicon = fetch(KB_LEXICON).then(async (response) => {
  if (!response.ok) throw new Error(`knowledge base file ${KB_LEXICON}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, string>;
});
serveNlp(
  self as unknown as MessageEndpoint,
  lexicon.then((words) => createNlpExtractor(nlp, words)),
);
