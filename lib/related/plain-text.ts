/**
 * Turns a title that may carry markup into plain text. GDELT titles come from the open web: tags, entities,
 * even a <script> turn up. The result is still rendered as text (never as HTML); this only makes it read well.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  euro: '€',
  shy: '',
  zwj: '',
  zwnj: '',
};

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // Null, surrogates and out-of-range code points are not characters.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? match;
}

export function plainText(raw: unknown, maxLength = 300): string {
  if (typeof raw !== 'string') return '';
  const text = raw
    // Script and style bodies are code, not words; an unclosed one runs to the end.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<\/?[a-z!?][^>]*(>|$)/gi, ' ')
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, decodeEntity)
    // Control characters, and bidirectional overrides that could make a title read differently from its text.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    // GDELT spaces punctuation off its words ("Kosovo , Serbia").
    .replace(/ ([,.;:!?])(?=\s|$)/g, '$1')
    .trim();
  if (text.length <= maxLength) return text;
  // Never end on half a surrogate pair.
  return (
    text
      .slice(0, maxLength - 1)
      .replace(/[\ud800-\udbff]$/, '')
      .trimEnd() + '…'
  );
}
