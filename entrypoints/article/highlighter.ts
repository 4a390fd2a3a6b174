import { buildTextMap } from '@/lib/extract/text-map';
import { findMentions, type DomSpan } from '@/lib/highlight/find-mentions';
import { locateMentions, type MentionCue } from '@/lib/highlight/mention-cues';
import type { HighlightResult } from '@/lib/protocol/protocol';

const ALL = 'kontekst-mention';
const CURRENT = 'kontekst-current';
export type HighlightStyle = 'marker' | 'underline' | 'outline';

/** The reader's highlight style (options page). ::highlight() takes colours and text decorations only. */
const STYLES: Record<HighlightStyle, string> = {
  marker: `::highlight(${ALL}){background-color:#ffe066;color:#111}::highlight(${CURRENT}){background-color:#ff9f1c;color:#111}`,
  underline: `::highlight(${ALL}){text-decoration:underline 3px #f59e0b}::highlight(${CURRENT}){text-decoration:underline 3px #c2410c;background-color:#ffedd5;color:#111}`,
  outline: `::highlight(${ALL}){text-decoration:underline overline 2px #2563eb}::highlight(${CURRENT}){text-decoration:underline overline 2px #1d4ed8;background-color:#dbeafe;color:#111}`,
};

/** Furniture around an article: highlights stay out of it. */
const OUTSIDE_ARTICLE =
  'nav, header, footer, aside, form, [role="navigation"], [role="complementary"], [aria-hidden="true"]';

interface Highlighter {
  show(
    surfaces: readonly string[],
    index: number,
    style?: HighlightStyle,
    cues?: readonly MentionCue[],
  ): HighlightResult;
  clear(): void;
}

/**
 * Lights up mentions in the page without changing its DOM: the CSS Custom Highlight API paints ranges;
 * where a browser lacks it, boxes are drawn in an overlay (one closed shadow host, removed on clear).
 * The page's DOM, layout and scroll position otherwise stay as they were.
 */
export function createHighlighter(doc: Document): Highlighter {
  let sheet: CSSStyleSheet | HTMLStyleElement | null = null;
  let overlay: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  let last: { surfaces: readonly string[]; index: number; cues?: readonly MentionCue[] } | null = null;
  const hasApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  // Marks an earlier instance left: Firefox unloads a content script with its extension (reload, update)
  // without running its clean-up, and injects the new one into the open page.
  if (hasApi) {
    CSS.highlights.delete(ALL);
    CSS.highlights.delete(CURRENT);
  }

  let style: HighlightStyle = 'marker';
  const ensureStyle = () => {
    const css = STYLES[style];
    if (sheet) {
      if (sheet instanceof CSSStyleSheet) sheet.replaceSync(css);
      else sheet.textContent = css;
      return;
    }
    try {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
      sheet = s;
    } catch {
      const el = doc.createElement('style');
      el.textContent = css;
      (doc.head ?? doc.documentElement).append(el);
      sheet = el;
    }
  };

  const toRange = (s: DomSpan) => {
    const r = doc.createRange();
    r.setStart(s.startNode, s.startOffset);
    r.setEnd(s.endNode, s.endOffset);
    return r;
  };

  const ranges = (surfaces: readonly string[], cues?: readonly MentionCue[]): Range[] => {
    // The analysis's own mentions, found by their surroundings wherever the article stands in the page.
    if (cues && cues.length > 0) return doc.body ? locateMentions(buildTextMap(doc.body), cues).map(toRange) : [];
    const root = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
    if (!root) return [];
    const map = buildTextMap(root);
    return findMentions(map, surfaces)
      .filter((s) => !s.startNode.parentElement?.closest(OUTSIDE_ARTICLE) || root !== doc.body)
      .map(toRange);
  };

  const paintOverlay = (list: Range[], current: number) => {
    overlay?.remove();
    const host = doc.createElement('kontekst-overlay');
    host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647';
    const shadow = host.attachShadow({ mode: 'closed' });
    list.forEach((r, i) => {
      for (const rect of r.getClientRects()) {
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:${i === current ? 'rgba(255,159,28,.45)' : 'rgba(255,224,102,.45)'}`;
        shadow.append(box);
      }
    });
    doc.documentElement.append(host);
    overlay = host;
  };

  const apply = (
    surfaces: readonly string[],
    index: number,
    scroll: boolean,
    cues?: readonly MentionCue[],
  ): HighlightResult => {
    const list = ranges(surfaces, cues);
    if (list.length === 0) {
      clearPaint();
      return { count: 0, index: -1, method: 'none' };
    }
    const current = ((index % list.length) + list.length) % list.length;
    let method: HighlightResult['method'];
    if (hasApi) {
      ensureStyle();
      CSS.highlights.set(ALL, new Highlight(...list));
      CSS.highlights.set(CURRENT, new Highlight(list[current]!));
      method = 'highlight-api';
    } else {
      paintOverlay(list, current);
      method = 'overlay';
    }
    if (scroll)
      list[current]!.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        // A hidden tab does not animate: jump there, so the mention is in view when the reader looks.
        behavior:
          doc.visibilityState === 'visible' && !matchMedia('(prefers-reduced-motion: reduce)').matches
            ? 'smooth'
            : 'instant',
      });
    return { count: list.length, index: current, method };
  };

  const clearPaint = () => {
    if (hasApi) {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    }
    overlay?.remove();
    overlay = null;
  };

  return {
    show(surfaces, index, chosen = 'marker', cues) {
      style = chosen;
      last = { surfaces, index, cues };
      const result = apply(surfaces, index, true, cues);
      // Pages re-render their articles (live blogs, hydration): paint again when the text changes.
      if (!observer) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (last) apply(last.surfaces, last.index, false, last.cues);
          }, 300);
        });
        observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      }
      return result;
    },
    clear() {
      last = null;
      observer?.disconnect();
      observer = null;
      clearPaint();
    },
  };
}
