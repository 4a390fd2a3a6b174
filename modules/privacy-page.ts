import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/**
 * The privacy policy shipped inside the extension (privacy.html, linked from the options page), rendered at
 * build time from PRIVACY.md so the page and the file can never say different things.
 */
export const PRIVACY_SOURCE = 'PRIVACY.md';
export const PRIVACY_PAGE = 'privacy.html';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown the policy uses: `code`, **bold** and [links](https://…) (https only), over escaped text. */
function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
}

/** The subset of Markdown PRIVACY.md is written in: headings, paragraphs and bullet lists with wrapped lines. */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let list: string[] | null = null;
  let paragraph: string[] | null = null;
  const flush = () => {
    if (paragraph) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list) out.push(`<ul>\n${list.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    paragraph = list = null;
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (line.startsWith('- ')) {
      if (paragraph) flush();
      (list ??= []).push(line.slice(2).trim());
    } else if (line.trim() === '') flush();
    else if (list && /^\s/.test(line)) list[list.length - 1] += ` ${line.trim()}`;
    else {
      if (list) flush();
      (paragraph ??= []).push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/** The whole page: the policy in the browser's light or dark scheme, no script. */
export function privacyPage(markdown: string): string {
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'Privacy';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
:root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
code { font-size: 0.9em; }
</style>
</head>
<body>
${markdownToHtml(markdown)}
</body>
</html>
`;
}

export default defineWxtModule({
  name: 'kontekst-privacy-page',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      const markdown = readFileSync(resolve(wxt.config.root, PRIVACY_SOURCE), 'utf8');
      files.push({ contents: privacyPage(markdown), relativeDest: PRIVACY_PAGE });
    });
  },
});
