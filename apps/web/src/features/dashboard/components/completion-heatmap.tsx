import type { DashboardUnitRow, ReportState, TaskGroupCompletion } from '@giao-ban/shared';
import { Grid, Pagination, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeadlineWording } from '@/components/deadline-standing';
import { useNumberFormat } from '../hooks/use-number-format';
import { useUnitPages } from '../hooks/use-unit-pages';
import type { ReportHref } from '../utils/report-href';
import { CELL_COLORS, CELL_STATUSES, cellStatus, type CellStatus } from '../utils/status';
import { fullTaskGroupTitle } from './task-group-name';
import { PrintedPageNote, UnitsQueryState } from './units-query-state';

/** Rows of the heatmap per page: a national period (thousands of units) is read a page at a time. */
export const HEATMAP_PAGE_SIZE = 50;

/** Reports the office has had: sent and waiting, returned for revision, or accepted. */
const SENT_STATES: ReadonlySet<ReportState> = new Set(['submitted', 'returned', 'accepted']);

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
      <li>
        <span className="gb-heat-swatch gb-heat-done gb-heat-unaccepted" style={CELL_COLORS.done} aria-hidden="true">
          {t('dashboard.heatmap.short.done')}
        </span>
        {t('dashboard.heatmap.unaccepted')}
      </li>
    </ul>
  );
}

/** The rows of one page: the unit (with its timeliness) and its line of cells, one per task group. */
function HeatmapTable({
  rows,
  groups,
  reportHref,
  busy,
}: {
  rows: DashboardUnitRow[];
  groups: TaskGroupCompletion[];
  reportHref: ReportHref;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const words = useDeadlineWording();
  return (
    <div className={`gb-scroll-x gb-heatmap-wrap${busy ? ' gb-units-busy' : ''}`} aria-busy={busy || undefined}>
      <table className="gb-heatmap">
        <caption className="gb-visually-hidden">{t('dashboard.heatmap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="gb-heatmap-unit">
              {t('dashboard.heatmap.unit')}
            </th>
            {groups.map((group) => (
              <th scope="col" key={group.taskGroupId}>
                {/* focusable so the full title shows for a keyboard as for a mouse; read as text too */}
                <Tooltip title={`(${group.ordinal}) ${fullTaskGroupTitle(group)}`} trigger={['hover', 'focus']}>
                  <span tabIndex={0} className="gb-heatmap-group">
                    ({group.ordinal})<span className="gb-heatmap-group-name"> {group.shortName}</span>
                    <span className="gb-visually-hidden">: {fullTaskGroupTitle(group)}</span>
                  </span>
                </Tooltip>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const href = reportHref?.(row.reportId);
            // What the unit said of its groups stands only once the office accepts the report.
            const sentForReview = SENT_STATES.has(row.state);
            const stateText = t(`dashboard.state.${row.state}`);
            return (
              <tr key={row.reportId}>
                <th scope="row" className="gb-heatmap-unit">
                  {href ? <Link to={href}>{row.agencyName}</Link> : row.agencyName}
                  <span className={`gb-heatmap-submission gb-submission-${row.submissionStatus}`}>{words(row.deadline)}</span>
                  {sentForReview ? <span className={`gb-heatmap-review gb-review-${row.state}`}>{stateText}</span> : null}
                </th>
                {groups.map((group) => {
                  const cell = row.cells.find((candidate) => candidate.taskGroupId === group.taskGroupId);
                  const status: CellStatus = cell ? cellStatus(cell) : 'not_reported';
                  const unaccepted = sentForReview && row.state !== 'accepted' && status !== 'not_reported';
                  const statusText = unaccepted
                    ? `${t(`dashboard.heatmap.status.${status}`)} (${stateText})`
                    : t(`dashboard.heatmap.status.${status}`);
                  const short = t(`dashboard.heatmap.short.${status}`);
                  const label = t('dashboard.heatmap.cellLabel', { short, unit: row.agencyName, ordinal: group.ordinal, group: group.shortName, status: statusText });
                  const title = `${row.agencyName} · (${group.ordinal}) ${group.shortName} · ${statusText}`;
                  return (
                    <td
                      key={group.taskGroupId}
                      className={`gb-heat-cell gb-heat-${status}${unaccepted ? ' gb-heat-unaccepted' : ''}`}
                      style={CELL_COLORS[status]}
                    >
                      {href ? (
                        <Link to={href} aria-label={label} title={title} style={{ color: CELL_COLORS[status].color }}>
                          {short}
                        </Link>
                      ) : (
                        <span title={title} style={{ color: CELL_COLORS[status].color }}>
                          <span aria-hidden="true">{short}</span>
                          <span className="gb-visually-hidden">{label}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Tình hình thực hiện theo đơn vị và nhóm nhiệm vụ": units × task groups, each cell the unit's
 * self-assessed status once its report was sent (a short code on a colour, so it reads in grey
 * print too). Unit names and cells open the unit's report where the viewer reads it. The rows come a page of 50 at a time,
 * in the committee's order of units; the pager shows only when there is more than one page, and
 * the printed sheet holds the page on screen (and says which). Columns are headed by the groups'
 * short names; the key under the table gives each one's full title, on screen and on paper.
 */
export function CompletionHeatmap({
  periodId,
  taskGroups,
  reportHref,
}: {
  periodId: string;
  taskGroups: TaskGroupCompletion[];
  reportHref: ReportHref;
}) {
  const { t } = useTranslation();
  const { count } = useNumberFormat();
  const screens = Grid.useBreakpoint();
  const { units, page, setPage } = useUnitPages(periodId, { order: 'agency' }, HEATMAP_PAGE_SIZE);
  const groups = [...taskGroups].sort((a, b) => a.ordinal - b.ordinal);

  const body = (
    <UnitsQueryState units={units}>
      {({ items, total, page: shownPage }) => (
        <>
          <PrintedPageNote page={shownPage} pageSize={HEATMAP_PAGE_SIZE} shown={items.length} total={total} />
          {total === 0 ? (
            <p className="gb-muted">{t('dashboard.heatmap.empty')}</p>
          ) : (
            <HeatmapTable rows={items} groups={groups} reportHref={reportHref} busy={units.isPlaceholderData && units.isFetching} />
          )}
          {total > HEATMAP_PAGE_SIZE ? (
            <nav className="gb-no-print gb-units-pager" aria-label={t('dashboard.heatmap.pager')}>
              <Pagination
                align="center"
                simple={!screens.md}
                current={page}
                pageSize={HEATMAP_PAGE_SIZE}
                total={total}
                showSizeChanger={false}
                showLessItems
                showTotal={(value) => t('dashboard.units.total', { total: count(value) })}
                onChange={setPage}
              />
            </nav>
          ) : null}
        </>
      )}
    </UnitsQueryState>
  );

  return (
    <>
      <Legend />
      {reportHref ? <p className="gb-muted gb-no-print">{t('dashboard.heatmap.hint')}</p> : null}
      {body}
      <ol className="gb-group-key" aria-label={t('dashboard.heatmap.groupKey')}>
        {groups.map((group) => (
          <li key={group.taskGroupId}>
            <strong>
              ({group.ordinal}) {group.shortName}
            </strong>
            : {fullTaskGroupTitle(group)}
          </li>
        ))}
      </ol>
    </>
  );
}
