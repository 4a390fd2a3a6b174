import { readFileSync } from 'node:fs';
import type { Responder } from './lookup-standin';

/**
 * What the look-up stand-in answers in the related-coverage suites (Chromium and Firefox): the article it
 * serves, dated two days ago, and one answer per mode — the first path segment of the look-up base.
 */
export const ARTICLE = readFileSync('tests/fixtures/articles/bk-serbia-troops-kosovo-border-en/source.html', 'utf8');
export const TODAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

export const gdeltArticles = {
  articles: [
    {
      url: 'https://rs.example/vesti/1',
      title: 'Srbija i Kosovo: tenzije na severu',
      seendate: `${TODAY.replace(/-/g, '')}T101500Z`,
      domain: 'rs.example',
      language: 'Serbian',
      sourcecountry: 'Serbia',
    },
    {
      url: 'https://ks.example/lajme/2',
      title: 'Kosova dhe Serbia pas sulmit',
      seendate: `${TODAY.replace(/-/g, '')}T091500Z`,
      domain: 'ks.example',
      language: 'Albanian',
      sourcecountry: 'Kosovo',
    },
    {
      url: 'https://intl.example/world/3',
      title: 'NATO weighs more troops <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
      seendate: `${TODAY.replace(/-/g, '')}T081500Z`,
      domain: 'intl.example',
      language: 'English',
      sourcecountry: 'United States',
    },
    {
      url: 'javascript:window.__pwned=1',
      title: 'A link that must not survive',
      seendate: `${TODAY.replace(/-/g, '')}T071500Z`,
      domain: 'evil.example',
      language: 'English',
      sourcecountry: 'United States',
    },
  ],
};

export const respond: Responder = (url, _req, res) => {
  const mode = url.pathname.split('/')[1];
  if (mode === 'ok') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(gdeltArticles));
  else if (mode === 'plaintext')
    res.writeHead(200, { 'content-type': 'text/html' }).end('Your search contained a phrase that was too short.');
  else if (mode === 'malformed')
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"articles": [ {"url": "https://a.example", "title": ');
  else if (mode === 'ratelimited')
    res.writeHead(429, { 'content-type': 'text/plain' }).end('Please limit requests to one every 5 seconds.');
  else if (mode === 'wiki')
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        type: 'standard',
        title: decodeURIComponent(url.pathname.split('/').pop() ?? '').replace(/_/g, ' '),
        description: 'Person <img src=x onerror="window.__pwned=1">',
        extract:
          'A spokesperson <script>window.__pwned=1</script><b onmouseover="window.__pwned=1">quoted</b> in the story.',
        timestamp: '2026-11-20T10:00:00Z',
        content_urls: { desktop: { page: 'javascript:window.__pwned=1' } },
      }),
    );
  // Longer than the client's 8 s timeout; the stand-in closes it when the test ends.
  else if (mode === 'slow') setTimeout(() => res.writeHead(200).end(JSON.stringify(gdeltArticles)), 12_000);
  else res.writeHead(404).end();
};
