import type { ReportingFigures } from '@giao-ban/shared';
import { Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../utils/format';

interface KpiCardProps {
  title: string;
  value: number;
  /** A line under the figure, e.g. the rate. */
  note?: ReactNode;
  color?: string;
}

/**
 * One figure with its title. The group is named by the title, so the figure is found "next to"
 * its title by role: `getByRole('group', { name: 'Đã gửi' })`.
 */
function KpiCard({ title, value, note, color }: KpiCardProps) {
  const { i18n } = useTranslation();
  return (
    <div role="group" aria-label={title} className="gb-dashboard-card gb-kpi-card" style={{ borderTopColor: color }}>
      <Statistic
        title={title}
        value={value}
        groupSeparator={i18n.resolvedLanguage === 'en' ? ',' : '.'}
        styles={{ content: { color, fontWeight: 600 } }}
      />
      {note ? <div className="gb-kpi-note">{note}</div> : null}
    </div>
  );
}

/** The period's reporting figures: how many units must report, have sent, on time, late, missing. */
export function KpiCards({ reporting }: { reporting: ReportingFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const percent = (rate: number | null) => formatPercent(rate, language);
  return (
    <section aria-label={t('dashboard.kpi.label')} className="gb-kpi-grid">
      <KpiCard title={t('dashboard.kpi.expected')} value={reporting.expected} color="#1a4f8b" />
      <KpiCard
        title={t('dashboard.kpi.submitted')}
        value={reporting.submitted}
        color="#1677ff"
        note={t('dashboard.kpi.reportingRate', { rate: percent(reporting.reportingRate) })}
      />
      <KpiCard
        title={t('submissionTerms.on_time')}
        value={reporting.onTime}
        color="#237804"
        note={t('dashboard.kpi.onTimeRate', { rate: percent(reporting.onTimeRate) })}
      />
      <KpiCard title={t('submissionTerms.late')} value={reporting.late} color="#d46b08" />
      <KpiCard title={t('submissionTerms.missing_overdue')} value={reporting.missingOverdue} color="#cf1322" />
      <KpiCard title={t('submissionTerms.missing_not_due')} value={reporting.missingNotDue} color="#595959" />
    </section>
  );
}
