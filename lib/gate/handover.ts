/** What the content script hands over: the page's HTML, bounded. */
export interface Handover {
  html: string;
  truncated: boolean;
}

/** Pages larger than this (their HTML as loaded, or their element count) are handed over piece by piece. */
export const LARGE_PAGE_BYTES = 1_500_000;
export const LARGE_PAGE_ELEMENTS = 20_000;
const SMALL_PAGE_BYTES = 200_000;
/** What a large page's hand-over holds at most: the analysis reads 100,000 characters of text anyway. */
export const LARGE_PAGE_HTML_CHARS = 1_000_000;

/**
 * The page's HTML for the analyser, at most `limit` characters. An ordinary page goes whole (one native
 * serialisation, well under a millisecond). A very large one would block the page for hundreds of
 * milliseconds that way, so only its head and the opening blocks of its article are serialised, each
 * on its own, until the limit: the cost follows what is sent, not the size of the page.
 */
export function pageHtml(doc: Document, limit: number, large: boolean): Handover {
  if (!large) {
    const html = doc.documentElement.outerHTML;
    return html.length > limit ? { html: html.slice(0, limit), truncated: true } : { html, truncated: false };
  }
  let root: Element = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  // Down through single wrappers (<div id="app"><div class="page">…): the blocks are further in.
  while (root.children.length === 1 && !hasOwnText(root)) root = root.children[0]!;
  const lang = (doc.documentElement.getAttribute('lang') ?? '').replace(/[^\w-]/g, '');
  const parts = [`<!doctype html><html lang="${lang}">`, doc.head?.outerHTML ?? '<head></head>', '<body><article>'];
  let size = parts.reduce((n, p) => n + p.length, 0);
  let truncated = false;
  for (const child of root.children) {
    // What the reader cannot see is not the article (Readability drops it too), and a hidden block can
    // be anything: one 50,000-deep subtree costs the analyser's HTML parser tens of seconds.
    if (!isShown(child)) {
      truncated = true;
      continue;
    }
    const html = child.outerHTML;
    if (size + html.length > limit) {
      truncated = true;
      break;
    }
    parts.push(html);
    size += html.length;
  }
  parts.push('</article></body></html>');
  return { html: parts.join(''), truncated: truncated || root !== doc.documentElement };
}

function isShown(el: Element): boolean {
  if ((el as HTMLElement).hidden || el.getAttribute('aria-hidden') === 'true') return false;
  // checkVisibility: the rendered page's own answer (display, content-visibility); absent in older engines.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.textContent?.trim()) return true;
  return false;
}

/** Is this page large enough to hand over piece by piece? Cheap: the loaded size and a live element count. */
export function isLargePage(doc: Document, navigationBytes: number | undefined): boolean {
  if (navigationBytes !== undefined && navigationBytes > LARGE_PAGE_BYTES) return true;
  // A page under 200 KB is cheap to hand over whole, however many elements it has: they are not counted.
  if (navigationBytes !== undefined && navigationBytes < SMALL_PAGE_BYTES) return false;
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS;
}
