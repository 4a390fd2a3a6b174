const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2008-02-17 → "17 Feb 2008"; 2023-10 → "Oct 2023"; 1999 → "1999". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The host of a URL, for a source line ("nato.int"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Only http(s) links are ever rendered as links. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
