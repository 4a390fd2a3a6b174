import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdownToHtml, privacyPage } from '@/modules/privacy-page';

const README = readFileSync('README.md', 'utf8');
const PRIVACY = readFileSync('PRIVACY.md', 'utf8');

/** The text under a `## Heading` up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const body = markdown.slice(start + heading.length + 5);
  const end = body.search(/\n## /);
  return end < 0 ? body : body.slice(0, end);
}

/** A section's bullet points, each as one line with its wrapping and spacing normalised. */
const bullets = (text: string) =>
  text
    .split(/\n(?=- )/)
    .map((b) => b.trim())
    .filter((b) => b.startsWith('- '))
    .map((b) => b.slice(2).replace(/\s+/g, ' '));

/** What a reader sees: tags dropped, entities read. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The same bullet as a reader sees it: Markdown marks dropped, links as their text. */
const asSeen = (bullet: string) =>
  bullet
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');

describe('privacy policy', () => {
  const readme = bullets(section(README, 'Privacy'));
  const policy = bullets(section(PRIVACY, 'What Kontekst does with your data'));

  test("PRIVACY.md says what the README's Privacy section says, point for point", () => {
    expect(readme.length).toBeGreaterThanOrEqual(3);
    expect(policy).toEqual(readme);
  });

  test('the shipped page shows every point of the policy, in order', () => {
    const seen = visibleText(privacyPage(PRIVACY));
    let from = 0;
    for (const point of policy) {
      const at = seen.indexOf(asSeen(point), from);
      expect(at, point).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  test('the renderer escapes markup and keeps only https links', () => {
    const html = markdownToHtml('- a <script>x</script> [ok](https://a.example/) [no](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://a.example/" target="_blank" rel="noopener">ok</a>');
    expect(html).not.toContain('href="javascript:');
  });

  test('wrapped bullet lines and paragraphs join into one item each', () => {
    expect(markdownToHtml('# T\n\nOne\ntwo.\n\n- first\n  still first\n- second')).toBe(
      '<h1>T</h1>\n<p>One two.</p>\n<ul>\n<li>first still first</li>\n<li>second</li>\n</ul>',
    );
  });
});
