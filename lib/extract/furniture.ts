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
];

export function isFurniture(block: string): boolean {
  const text = block.trim();
  if (text === '') return true;
  return FURNITURE.some((re) => re.test(text));
}
