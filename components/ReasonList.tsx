import type { TopicReason } from '@/lib/topic/reasons';
import { wordReason } from '@/lib/topic/reasons';
import { panelLocale } from './format';
import { useT } from './i18n';

/** Why the detector decided as it did, worded in the panel's language. */
export function ReasonList({ reasons }: { reasons: readonly TopicReason[] }) {
  const t = useT();
  const locale = panelLocale();
  return (
    <ul data-testid="reasons">
      {reasons.map((r) => (
        <li key={r.code}>{wordReason(r, t, locale)}</li>
      ))}
    </ul>
  );
}
