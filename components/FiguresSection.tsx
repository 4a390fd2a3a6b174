import type { Analysis } from '@/lib/analysis/types';
import { formatNumber } from '@/lib/cards/card';
import { checkFigure, recordFor, type FigureCheck, type RecordValue, type Verdict } from '@/lib/panel/figure-check';
import { formatDate } from './format';
import { useT, type MessageKey } from './i18n';
import type { PanelState } from './panel-state';
import { SourceLinks } from './SeriesChart';

const VERDICT: Record<Verdict, MessageKey> = {
  consistent: 'verdictConsistent',
  outdated: 'verdictOutdated',
  differs: 'verdictDiffers',
  'no-record': 'verdictNoRecord',
};

/** Each number the article states about an entity, beside the record at the article's date and the latest. */
export function FiguresSection({ panel, analysis }: { panel: PanelState; analysis: Analysis }) {
  const t = useT();
  const checks = analysis.figures
    .map((f) => checkFigure(f, recordFor(panel.kb.get(f.entity)?.figures, f.measure), analysis.publishedAt))
    .filter(
      (c, i, all) =>
        all.findIndex((o) => o.figure.entity === c.figure.entity && o.figure.value === c.figure.value) === i,
    );
  if (checks.length === 0) return null;
  return (
    <section class="figures" id="section-figures" aria-labelledby="figures-title" data-testid="figures">
      <h2 class="group-title" id="figures-title">
        {t('figuresTitle')}
      </h2>
      <p class="muted small">{t('figuresIntro')}</p>
      <ul class="figure-checks">
        {checks.map((c) => (
          <FigureRow key={`${c.figure.entity}|${c.figure.start}`} panel={panel} check={c} />
        ))}
      </ul>
    </section>
  );
}

function FigureRow({ panel, check }: { panel: PanelState; check: FigureCheck }) {
  const t = useT();
  const entity = panel.kb.get(check.figure.entity);
  const unit = check.unit ?? check.figure.unit;
  return (
    <li class={`figure-check verdict-${check.verdict}`} data-testid="figure-check">
      <p class="figure-head">
        <button type="button" class="link-button" onClick={() => void panel.open(check.figure.entity)}>
          {entity?.name ?? check.figure.entity}
        </button>
        {check.label && <span class="muted"> · {check.label}</span>}
      </p>
      <dl class="figure-compare">
        <div>
          <dt>{t('figureArticle')}</dt>
          <dd>
            “{check.figure.text}”
            {panel.state.value?.analysis?.publishedAt && (
              <span class="muted"> ({formatDate(panel.state.value.analysis.publishedAt)})</span>
            )}
          </dd>
        </div>
        {check.atDate.length > 0 && (
          <div>
            <dt>{t('figureAtDate')}</dt>
            <dd>
              <Values values={check.atDate} unit={unit} />
            </dd>
          </div>
        )}
        {check.latest.length > 0 && (
          <div>
            <dt>{t('figureLatest')}</dt>
            <dd>
              <Values values={check.latest} unit={unit} />
            </dd>
          </div>
        )}
      </dl>
      <p class="verdict">
        {check.disputed && <span class="badge-disputed">{t('disputed')} </span>}
        {t(VERDICT[check.verdict])}
      </p>
    </li>
  );
}

function Values({ values, unit }: { values: readonly RecordValue[]; unit: string }) {
  return (
    <ul class="values">
      {values.map((v) => (
        <li key={`${v.claimant}|${v.date}`}>
          {v.claimant && <span>{v.claimant}: </span>}
          <strong>
            {formatNumber(v.value, v.qualifier)} {unit}
          </strong>{' '}
          <span class="muted">
            ({formatDate(v.date)}, <SourceLinks sources={v.sources} />)
          </span>
        </li>
      ))}
    </ul>
  );
}
