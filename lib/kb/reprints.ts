/**
 * Sites a card must not cite: they reprint wire copy under their own name (AP, Reuters, AFP, PTI), collect
 * other outlets' stories, or are blogs and wiki mirrors. A fact cites the original instead: the wire's or
 * outlet's own article, the institution's page, or Wikipedia. The data tests fail on any of these.
 */
export const REPRINT_DOMAINS: Readonly<Record<string, 'wire reprint' | 'aggregator' | 'blog' | 'mirror'>> = {
  'abcnews.go.com': 'wire reprint',
  'ajc.com': 'wire reprint',
  'anews.com.tr': 'wire reprint',
  'babel.ua': 'wire reprint',
  'bluewin.ch': 'wire reprint',
  'bnnbloomberg.ca': 'wire reprint',
  'brecorder.com': 'wire reprint',
  'cnsnews.com': 'wire reprint',
  'ctvnews.ca': 'wire reprint',
  'cyprus-mail.com': 'wire reprint',
  'deccanherald.com': 'wire reprint',
  'economywatch.gr': 'wire reprint',
  'en.azvision.az': 'wire reprint',
  'en.trend.az': 'wire reprint',
  'english.ahram.org.eg': 'wire reprint',
  'english.alarabiya.net': 'wire reprint',
  'famagusta-gazette.com': 'wire reprint',
  'fakti.bg': 'wire reprint',
  'inquirer.com': 'wire reprint',
  'japantimes.co.jp': 'wire reprint',
  'kenyans.co.ke': 'wire reprint',
  'kion546.com': 'wire reprint',
  'koreaherald.com': 'wire reprint',
  'mymotherlode.com': 'wire reprint',
  'newsday.com': 'wire reprint',
  'quotidiano.net': 'wire reprint',
  'thechronicle.co.ke': 'wire reprint',
  'thenews.com.pk': 'wire reprint',
  'thesun.my': 'wire reprint',
  'tribuneindia.com': 'wire reprint',
  'urdupoint.com': 'wire reprint',
  'yahoo.com': 'wire reprint',
  // Reprints Gazeta Express's stories under its own name ("raporton Express").
  'syri.net': 'wire reprint',
  'msn.com': 'wire reprint',
  'balkaneu.com': 'aggregator',
  'balkanherald.com': 'aggregator',
  'bgnesnews.com': 'aggregator',
  'infobalkans.com': 'aggregator',
  'islamtimes.org': 'aggregator',
  'nadlanu.com': 'aggregator',
  'naslovi.net': 'aggregator',
  // Runs other Kosovo outlets' stories whole ("raporton Express", "/Nacionale").
  'prizrenpress.com': 'aggregator',
  'newsnow.co.uk': 'aggregator',
  'ground.news': 'aggregator',
  'polgeonow.com': 'blog',
  'wordpress.com': 'blog',
  // Hosts other publishers' magazines as page images.
  'joomag.com': 'mirror',
  'blogspot.com': 'blog',
  'medium.com': 'blog',
  'substack.com': 'blog',
  'liquisearch.com': 'mirror',
  'wikiwand.com': 'mirror',
  'archive.org': 'mirror',
  'archive.ph': 'mirror',
};

/** The reprint list's verdict on a URL (its host or any parent domain), or null for an original. */
export function reprintVerdict(url: string): string | null {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const verdict = REPRINT_DOMAINS[parts.slice(i).join('.')];
    if (verdict) return verdict;
  }
  return null;
}
