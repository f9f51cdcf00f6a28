import type { ReportSectionDetail } from '@giao-ban/shared';
import { useTranslation } from 'react-i18next';
import { TEXT_SECONDARY } from '@/components/layouts/theme';
import { formatNumber } from '@/lib/format';

/** A task group's indicators with the unit's figures, read only. */
export function IndicatorValues({ section }: { section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const indicators = [...(section.taskGroup?.indicators ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  if (indicators.length === 0) return null;
  return (
    <dl
      aria-label={t('review.section.indicators')}
      style={{ margin: '8px 0 0', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '4px 12px' }}
    >
      {indicators.map((indicator) => {
        const value = section.indicatorValues.find((entry) => entry.indicatorId === indicator.id)?.value ?? null;
        return (
          <div key={indicator.id} style={{ display: 'contents' }}>
            <dt style={{ color: 'rgba(0,0,0,0.65)' }}>
              {indicator.name}
              {indicator.target !== null ? (
                <span style={{ fontSize: 12, color: TEXT_SECONDARY }}>
                  {' '}
                  ({t('review.section.target', { target: formatNumber(indicator.target), unit: indicator.unit })})
                </span>
              ) : null}
            </dt>
            <dd style={{ margin: 0, textAlign: 'right', fontWeight: 500, whiteSpace: 'nowrap' }}>
              {value === null ? '—' : `${formatNumber(value)} ${indicator.unit}`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
