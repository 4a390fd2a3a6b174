import type { Plugin } from 'vite';

/**
 * Readability writes `innerHTML` in two places: to restore the page between attempts, and to unwrap
 * images kept in <noscript>. Kontekst runs it only on inert documents (DOMParser, scripts off), so nothing
 * could execute — but a store reviewer sees two "unsafe assignment" warnings. The build moves nodes
 * instead: the same result, without parsing strings into HTML.
 */
const PATCHES: [string, string][] = [
  [
    'var pageCacheHtml = page.innerHTML;',
    'var pageCacheNodes = Array.from(page.childNodes, (n) => n.cloneNode(true));',
  ],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheNodes.map((n) => n.cloneNode(true)));'],
  [
    'tmp.innerHTML = noscript.innerHTML;',
    'tmp.replaceChildren(...Array.from(noscript.childNodes, (n) => n.cloneNode(true)));',
  ],
];

export function readabilityWithoutInnerHtml(): Plugin {
  return {
    name: 'kontekst:readability-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of PATCHES) {
        // Fail the build, not quietly ship the warning, when a Readability update moves these lines.
        if (!out.includes(from)) throw new Error(`readability-dom: "${from}" not found in ${id}`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}
