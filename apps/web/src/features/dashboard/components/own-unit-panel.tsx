import type { DashboardUnitRow } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineTag } from '@/components/deadline-standing';
import { formatDate } from '@/lib/format';
import { useDashboardUnits } from '../api/get-dashboard-units';
import type { ReportHref } from '../utils/report-href';
import { formatDateTime } from '@/lib/format';
import { UnitsQueryState } from './units-query-state';

/** A member unit's own line of the dashboard: where its report stands against the deadline. */
export function OwnUnitPanel({ unit, reportHref }: { unit: DashboardUnitRow; reportHref: ReportHref }) {
  const { t } = useTranslation();
  return (
    <div className="gb-own-unit">
      <div className="gb-own-unit-head">
        <strong>{unit.agencyName}</strong>
        <Tag>{t(`dashboard.state.${unit.state}`)}</Tag>
        <DeadlineTag standing={unit.deadline} />
      </div>
      <dl className="gb-facts">
        <dt>{t('dashboard.own.dueDate')}</dt>
        <dd>{formatDate(unit.effectiveDueDate)}</dd>
        <dt>{t('dashboard.own.firstSubmittedAt')}</dt>
        <dd>{formatDateTime(unit.firstSubmittedAt) || '—'}</dd>
        <dt>{t('dashboard.own.version')}</dt>
        <dd>{unit.versionNumber > 0 ? unit.versionNumber : '—'}</dd>
      </dl>
      {reportHref ? (
        <Link to={reportHref(unit.reportId)} className="gb-no-print">
          {t('dashboard.own.open')}
        </Link>
      ) : null}
    </div>
  );
}

/**
 * A member unit's own line, from the unit rows (an agency user is given its own row only, total 1);
 * a unit that has no report in the period is told so.
 */
export function OwnUnit({ periodId, reportHref }: { periodId: string; reportHref: ReportHref }) {
  const { t } = useTranslation();
  const units = useDashboardUnits(periodId, { page: 1, pageSize: 1, order: 'agency' });
  return (
    <UnitsQueryState units={units}>
      {({ items: [unit] }) => (unit ? <OwnUnitPanel unit={unit} reportHref={reportHref} /> : <p className="gb-muted">{t('dashboard.own.none')}</p>)}
    </UnitsQueryState>
  );
}
