import { NEWS_SITES } from '@/lib/sites/news-sites';

/** Settings. For now: what Kontekst does and where it runs. */
export function Options({ version }: { version: string }) {
  return (
    <main class="options">
      <h1>Kontekst {version}</h1>
      <p>
        Kontekst reads news articles in your browser and shows dated, sourced background on the Balkans stories among
        them. Page text never leaves your browser.
      </p>
      <h2>Sites Kontekst runs on</h2>
      <ul class="site-list">
        {NEWS_SITES.map((s) => (
          <li key={s}>{s.replace(/^\*\./, '')}</li>
        ))}
      </ul>
    </main>
  );
}
