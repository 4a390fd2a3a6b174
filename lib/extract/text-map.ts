/** A run of the extracted text that came from one DOM text node. */
export interface TextSegment {
  /** Offsets in the extracted text. */
  start: number;
  end: number;
  node: Text;
  /** Offset in the node's data where the segment starts. */
  nodeOffset: number;
}

/** Text built from a DOM subtree, block by block, with the way back from an offset to its node. */
export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Collects the text blocks of a subtree (paragraphs, headings, list items), whitespace collapsed, each
 * with its text nodes. `keep` decides which blocks make it into the text (furniture is dropped).
 */
export function buildTextMap(root: Node, keep: (block: string) => boolean = () => true): TextMap {
  const blocks: { parts: { node: Text; data: string; nodeOffset: number }[] }[] = [];
  let current: { node: Text; data: string; nodeOffset: number }[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ parts: current });
    current = [];
  };
  // An explicit stack, not recursion: a page may nest tens of thousands of elements deep.
  const stack: { node: Node | null; block: boolean }[] = [{ node: root.firstChild, block: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.node;
    if (!child) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    top.node = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      if (data.length > 0) current.push({ node: child as Text, data, nodeOffset: 0 });
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag) || (child as Element).getAttribute('aria-hidden') === 'true') continue;
      const block = BLOCK.has(tag);
      if (block) flush();
      stack.push({ node: child.firstChild, block });
    }
  }
  flush();

  let text = '';
  const segments: TextSegment[] = [];
  for (const block of blocks) {
    // Collapse whitespace across the block's nodes, keeping each kept character's node and offset.
    let blockText = '';
    const blockSegments: TextSegment[] = [];
    let pendingSpace = false;
    for (const part of block.parts) {
      let segStart = -1;
      let segNodeOffset = 0;
      for (let i = 0; i < part.data.length; i++) {
        const ch = part.data[i]!;
        if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f') {
          // A lone plain space inside a run of text stays in the same segment; other whitespace collapses.
          const lone = ch === ' ' && segStart >= 0 && i + 1 < part.data.length && !/\s/.test(part.data[i + 1]!);
          if (lone && !pendingSpace) blockText += ' ';
          else if (blockText.length > 0) pendingSpace = true;
          continue;
        }
        if (pendingSpace) {
          blockText += ' ';
          pendingSpace = false;
          if (segStart >= 0) {
            blockSegments.push({
              start: segStart,
              end: blockText.length - 1,
              node: part.node,
              nodeOffset: segNodeOffset,
            });
            segStart = -1;
          }
        }
        if (segStart < 0) {
          segStart = blockText.length;
          segNodeOffset = i;
        }
        blockText += ch;
      }
      if (segStart >= 0)
        blockSegments.push({ start: segStart, end: blockText.length, node: part.node, nodeOffset: segNodeOffset });
    }
    if (blockText === '' || !keep(blockText)) continue;
    const base = text.length === 0 ? 0 : text.length + 2;
    text = text.length === 0 ? blockText : `${text}\n\n${blockText}`;
    for (const s of blockSegments) segments.push({ ...s, start: s.start + base, end: s.end + base });
  }
  return { text, segments };
}
