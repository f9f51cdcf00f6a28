import type { DashboardUnitRow, HeatmapRow, TaskGroupCompletion } from '@giao-ban/shared';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNumberFormat } from '../hooks/use-number-format';
import { CELL_COLORS, CELL_STATUSES, cellStatus, type CellStatus } from '../utils/status';
import { submissionLabel } from '../utils/submission';

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="gb-legend" aria-label={t('dashboard.legend')}>
      {CELL_STATUSES.map((status) => (
        <li key={status}>
          <span className={`gb-heat-swatch gb-heat-${status}`} style={CELL_COLORS[status]} aria-hidden="true">
            {t(`dashboard.heatmap.short.${status}`)}
          </span>
          {t(`dashboard.heatmap.status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Tình hình thực hiện theo đơn vị và nhóm nhiệm vụ": units × task groups, each cell the unit's
 * self-assessed status once its report was sent (a short code on a colour, so it reads in grey
 * print too). Unit names and cells open the unit's report.
 */
export function CompletionHeatmap({
  heatmap,
  taskGroups,
  units,
  reportHref,
}: {
  heatmap: HeatmapRow[];
  taskGroups: TaskGroupCompletion[];
  units: DashboardUnitRow[];
  reportHref: (reportId: string) => string;
}) {
  const { t } = useTranslation();
  const { count } = useNumberFormat();
  const groups = [...taskGroups].sort((a, b) => a.ordinal - b.ordinal);
  const unitByReport = new Map(units.map((unit) => [unit.reportId, unit]));

  return (
    <>
      <Legend />
      <p className="gb-muted gb-no-print">{t('dashboard.heatmap.hint')}</p>
      {heatmap.length === 0 ? (
        <p className="gb-muted">{t('dashboard.heatmap.empty')}</p>
      ) : (
        <div className="gb-scroll-x gb-heatmap-wrap">
          <table className="gb-heatmap">
            <caption className="gb-visually-hidden">{t('dashboard.heatmap.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="gb-heatmap-unit">
                  {t('dashboard.heatmap.unit')}
                </th>
                {groups.map((group) => (
                  <th scope="col" key={group.taskGroupId}>
                    <Tooltip title={`(${group.ordinal}) ${group.title}`}>
                      <span tabIndex={0} className="gb-heatmap-group">
                        ({group.ordinal})<span className="gb-visually-hidden"> {group.title}</span>
                      </span>
                    </Tooltip>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {heatmap.map((row) => {
                const unit = unitByReport.get(row.reportId);
                const href = reportHref(row.reportId);
                return (
                  <tr key={row.reportId}>
                    <th scope="row" className="gb-heatmap-unit">
                      <Link to={href}>{row.agencyName}</Link>
                      {unit ? (
                        <span className={`gb-heatmap-submission gb-submission-${unit.submissionStatus}`}>
                          {submissionLabel(unit, t, count)}
                        </span>
                      ) : null}
                    </th>
                    {groups.map((group) => {
                      const cell = row.cells.find((candidate) => candidate.taskGroupId === group.taskGroupId);
                      const status: CellStatus = cell ? cellStatus(cell) : 'not_reported';
                      const statusText = t(`dashboard.heatmap.status.${status}`);
                      return (
                        <td key={group.taskGroupId} className={`gb-heat-cell gb-heat-${status}`} style={CELL_COLORS[status]}>
                          <Link
                            to={href}
                            aria-label={t('dashboard.heatmap.cellLabel', { unit: row.agencyName, ordinal: group.ordinal, status: statusText })}
                            title={`${row.agencyName} · (${group.ordinal}) ${statusText}`}
                            style={{ color: CELL_COLORS[status].color }}
                          >
                            {t(`dashboard.heatmap.short.${status}`)}
                          </Link>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ol className="gb-group-key" aria-label={t('dashboard.heatmap.groupKey')}>
        {groups.map((group) => (
          <li key={group.taskGroupId}>
            <strong>({group.ordinal})</strong> {group.title}
          </li>
        ))}
      </ol>
    </>
  );
}
