/**
 * Page furniture that leaks into extracted text: share bars, "related posts", comment forms, hashtag
 * trails, image credits, synthetic-audio notes. A block of text that is one of these is dropped.
 */
const FURNITURE: readonly RegExp[] = [
  // Hashtag trails: "#Kosovo #Serbia #NATO".
  /^(?:#[\p{L}\p{N}_-]+[\s,]*){1,}$/u,
  // Headings of lists of other stories, in the region's languages.
  /^(?:related(?: posts| articles| stories| news)?|read (?:more|also|next)|more on this (?:story|topic)|recommended|most (?:read|popular)|you may also like|mehr zum thema|das könnte sie auch interessieren|weitere artikel|lesen sie auch|povezane vesti|povezani članci|pročitajte (?:još|i)|preporučujemo|lajme të ngjashme|lexo (?:edhe|më shumë)|поврзани вести|повезане вести|прочитајте (?:још|и))\b.{0,40}$/iu,
  // Comment forms and sharing.
  /^(?:leave a (?:comment|reply)|post a comment|comments?\s*\(?\d*\)?|kommentare?|ostavite komentar|komentari|lini një koment|share(?: this)?(?: on .*)?|teilen|podeli|podijeli|shpërndaj|follow us.*|subscribe.*|sign up.*newsletter.*|newsletter.*)$/iu,
  // Credits and notices.
  /^(?:photo|foto|bild|image|picture|fotografija|фото|credit)s?\s*[:©].{0,120}$/iu,
  /^©.{0,160}$/u,
  /this audio (?:version )?(?:was|is) (?:artificially|automatically) generated/iu,
  /^(?:diese audioversion|dieser beitrag wurde).{0,40}(?:künstlich|automatisch).{0,80}$/iu,
  /^(?:advertisement|anzeige|reklama|oglas|reklamë)$/iu,
  /^(?:tags?|schlagwörter|oznake|tagovi|etiketa)\s*:.*$/iu,
  // Tickers.
  /^(?:breaking|eilmeldung|hitno|najnovije|lajm i fundit|e fundit|ultime|најнови|најново)/iu,
  // Standards and corrections footers, and link rows ("Editorial standards · Corrections · Licensing").
  /^(?:our standards|editorial standards|trust principles|corrections policy)/iu,
  /^(?:[^·|•]{1,40}\s[·|•]\s){2,}[^·|•]{1,40}$/u,
  // Date lines: "November 19, 2024 16:05 +03:00 · Updated …", "19.11.2024, 16:05".
  /^(?:\p{L}+ \d{1,2}, \d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2} \p{L}+ \d{4})\b.{0,80}$/u,
  // Bylines with a date or a separator: "By Jane Doe · April 19, 2013", "Von Anna Berger | 12.03.2024".
  /^(?:by|von|autor|piše|pise|nga|од|пише)\s[^.!?]{2,80}(?:[·|•]|\d{1,2}[.:]\d{2}|\b(?:19|20)\d{2}\b)/iu,
  /^(?:updated|published|aktualisiert|veröffentlicht|objavljeno|ažurirano|publikuar)\b.{0,60}\d.{0,40}$/iu,
];

/**
 * A filter for the blocks of one article, in order: furniture anywhere, and before the story starts
 * (its first paragraph of a dozen words or more) the short lines that sit above it on news pages —
 * section kickers ("Europe"), datelines without text, the headline repeated.
 */
export function createBlockFilter(title: string | null): (block: string) => boolean {
  let started = false;
  const heading = title?.trim().toLowerCase();
  return (block) => {
    if (isFurniture(block)) return false;
    if (started) return true;
    const text = block.trim();
    if (heading && text.toLowerCase() === heading) return false;
    if (text.split(/\s+/).length >= 12 || /[.!?]["”’»]?$/u.test(text)) {
      started = true;
      return true;
    }
    return false;
  };
}

/** Newsletter and subscription prompts, in a short block. */
const PROMPT = /(?:abonnieren sie|newsletter|subscribe to|sign up for|pretplatite se|prijavite se na|abonohu)/iu;

export function isFurniture(block: string): boolean {
  const text = block.trim();
  if (text === '') return true;
  if (text.length < 240 && PROMPT.test(text)) return true;
  return FURNITURE.some((re) => re.test(text));
}
