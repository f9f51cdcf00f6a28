import type { TrendPoint } from '@giao-ban/shared';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '../hooks/use-element-width';
import { useNumberFormat } from '../hooks/use-number-format';
import { usePrinting } from '../hooks/use-printing';
import { TREND_SERIES, TREND_STYLES, type TrendSeries } from '../utils/status';
import { ChartDataTable, type DataTableColumn } from './chart-data-table';

const HEIGHT = 240;
const MARGIN = { top: 14, right: 20, bottom: 52, left: 48 };
const GRID = [0, 0.25, 0.5, 0.75, 1];
const CHAR_WIDTH = 6.2; // of the 11 px axis text, to wrap period names
/** Drawing width on paper: an A4 page's text width less the section's padding. */
const PRINT_WIDTH = 660;

/** "Báo cáo 6 tháng cuối năm 2021" → "6 tháng cuối năm 2021", in at most two lines that fit `width`. */
function axisLines(title: string, width: number): string[] {
  const words = title.replace(/^Báo cáo\s+/i, '').split(/\s+/);
  const perLine = Math.max(6, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0], second.length > perLine ? `${second.slice(0, perLine - 1)}…` : second];
}

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="gb-legend" aria-label={t('dashboard.legend')}>
      {TREND_SERIES.map((series) => (
        <li key={series}>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="1" y1="5" x2="27" y2="5" stroke={TREND_STYLES[series].color} strokeWidth="3" strokeDasharray={TREND_STYLES[series].dash} />
          </svg>
          {t(`dashboard.trend.${series}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Xu hướng qua các kỳ": reporting rate, on-time rate and task completion rate of the last periods
 * of the same kind, as lines on a 0–100 % scale. A missing figure (nothing to count) breaks the line.
 */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const { t } = useTranslation();
  const { percent } = useNumberFormat();
  const { ref, width: screenWidth } = useElementWidth<HTMLDivElement>(640);
  // the screen's width means nothing on paper, and the print layout comes before any resize event
  const width = usePrinting() ? PRINT_WIDTH : screenWidth;

  if (trend.length === 0) return <p className="gb-muted">{t('dashboard.trend.empty')}</p>;
  // one period is no trend: one line says its figures instead of a chart half a screen high
  if (trend.length === 1) {
    const [only] = trend;
    return (
      <p className="gb-muted" style={{ margin: 0 }}>
        {t('dashboard.trend.singleLine', {
          title: only.title,
          reporting: percent(only.reportingRate),
          onTime: percent(only.onTimeRate),
          completion: percent(only.completionRate),
        })}
      </p>
    );
  }

  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = trend.length > 1 ? plotWidth / (trend.length - 1) : 0;
  const x = (index: number) => MARGIN.left + (trend.length > 1 ? index * step : plotWidth / 2);
  const y = (rate: number) => MARGIN.top + (1 - Math.min(1, Math.max(0, rate))) * plotHeight;
  const labelWidth = trend.length > 1 ? step : plotWidth;

  /** Runs of consecutive known values: each is drawn as one line. */
  const runs = (series: TrendSeries) => {
    const result: { index: number; value: number }[][] = [[]];
    trend.forEach((point, index) => {
      const value = point[series];
      if (value === null) result.push([]);
      else result[result.length - 1].push({ index, value });
    });
    return result.filter((run) => run.length > 0);
  };

  const label = t('dashboard.trend.chartLabel', {
    count: trend.length,
    summary: trend
      .map((point) =>
        t('dashboard.trend.chartItem', {
          title: point.title,
          reporting: percent(point.reportingRate),
          onTime: percent(point.onTimeRate),
          completion: percent(point.completionRate),
        }),
      )
      .join('; '),
  });

  const columns: DataTableColumn<TrendPoint>[] = [
    { key: 'title', title: t('dashboard.trend.period'), render: (point) => point.title },
    ...TREND_SERIES.map((series) => ({
      key: series,
      title: t(`dashboard.trend.${series}`),
      render: (point: TrendPoint) => percent(point[series]),
      numeric: true,
    })),
  ];

  return (
    <>
      <Legend />
      <div ref={ref} className="gb-trend">
        <svg role="img" aria-label={label} width="100%" height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`}>
          {GRID.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? '#8c8c8c' : '#e5e5e5'} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="#595959">
                {percent(tick)}
              </text>
            </g>
          ))}
          {trend.map((point, index) => (
            <text key={point.periodId} x={x(index)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill="#434343">
              {axisLines(point.title, labelWidth - 8).map((line, lineIndex) => (
                <tspan key={lineIndex} x={x(index)} dy={lineIndex === 0 ? 0 : 13}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {TREND_SERIES.map((series) => (
            <g key={series}>
              {runs(series).map((run) => (
                <polyline
                  key={run[0].index}
                  points={run.map(({ index, value }) => `${x(index)},${y(value)}`).join(' ')}
                  fill="none"
                  stroke={TREND_STYLES[series].color}
                  strokeWidth="2.5"
                  strokeDasharray={TREND_STYLES[series].dash}
                  strokeLinejoin="round"
                />
              ))}
              {trend.map((point, index) => {
                const value = point[series];
                if (value === null) return null;
                return (
                  <circle key={point.periodId} cx={x(index)} cy={y(value)} r="4" fill="#fff" stroke={TREND_STYLES[series].color} strokeWidth="2.5">
                    <title>{`${point.title} — ${t(`dashboard.trend.${series}`)}: ${percent(value)}`}</title>
                  </circle>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <ChartDataTable caption={t('dashboard.trend.title')} columns={columns} rows={trend} rowKey={(point) => point.periodId} />
    </>
  );
}
