import type { TaskGroupCompletion } from '@giao-ban/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../hooks/use-number-format';
import { OUTCOME_COLORS, OUTCOMES, type Outcome } from '../utils/status';
import { ChartDataTable, type DataTableColumn } from './chart-data-table';
import { fullTaskGroupTitle, TaskGroupName } from './task-group-name';

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="gb-legend" aria-label={t('dashboard.legend')}>
      {OUTCOMES.map((outcome) => (
        <li key={outcome}>
          <span className="gb-swatch" style={{ background: OUTCOME_COLORS[outcome] }} aria-hidden="true" />
          {t(`dashboard.taskGroups.outcome.${outcome}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Kết quả thực hiện theo nhóm nhiệm vụ": one stacked bar per task group (by its short name; the full
 * title on hover, in print and in the data table) over its applicable units
 * (done on time, done late, in progress within the deadline, overdue) and the completion rate
 * done ÷ (done + overdue). Plain CSS boxes: they follow the width of the page and of the print.
 */
export function TaskGroupChart({ taskGroups }: { taskGroups: TaskGroupCompletion[] }) {
  const { t } = useTranslation();
  const { percent } = useNumberFormat();

  if (taskGroups.length === 0) return <p className="gb-muted">{t('dashboard.taskGroups.empty')}</p>;

  const itemSummary = (group: TaskGroupCompletion) =>
    t('dashboard.taskGroups.chartItem', {
      ordinal: group.ordinal,
      name: group.shortName,
      doneOnTime: group.doneOnTime,
      doneLate: group.doneLate,
      inProgress: group.inProgressWithinDeadline,
      overdue: group.overdue,
      notApplicable: group.notApplicable,
      rate: percent(group.completionRate),
    });
  const label = t('dashboard.taskGroups.chartLabel', { summary: taskGroups.map(itemSummary).join('; ') });

  const columns: DataTableColumn<TaskGroupCompletion>[] = [
    {
      key: 'group',
      title: t('dashboard.taskGroups.group'),
      // the full title as text: the one place a keyboard or a screen reader finds it beside the bars
      render: (g) => (
        <>
          ({g.ordinal}) {g.shortName}
          <span className="gb-task-group-title">{fullTaskGroupTitle(g)}</span>
        </>
      ),
    },
    ...OUTCOMES.map((outcome) => ({
      key: outcome,
      title: t(`dashboard.taskGroups.outcome.${outcome}`),
      render: (g: TaskGroupCompletion) => g[outcome],
      numeric: true,
    })),
    { key: 'notApplicable', title: t('dashboard.taskGroups.notApplicable'), render: (g) => g.notApplicable, numeric: true },
    { key: 'rate', title: t('dashboard.taskGroups.rate'), render: (g) => percent(g.completionRate), numeric: true },
  ];

  return (
    <>
      <Legend />
      <div role="img" aria-label={label} className="gb-bar-chart">
        <div className="gb-bar-row gb-bar-head" aria-hidden="true">
          <span />
          <span />
          <span className="gb-bar-rate">{t('dashboard.taskGroups.rateShort')}</span>
        </div>
        {taskGroups.map((group) => {
          const applicable = OUTCOMES.reduce((sum, outcome) => sum + group[outcome], 0);
          return (
            <div key={group.taskGroupId} className="gb-bar-row">
              <span className="gb-bar-label">
                <TaskGroupName group={group} />
              </span>
              <span className="gb-bar">
                {applicable === 0 ? (
                  <span className="gb-bar-empty">{t('dashboard.taskGroups.notApplicable')}</span>
                ) : (
                  OUTCOMES.filter((outcome) => group[outcome] > 0).map((outcome: Outcome) => (
                    <span
                      key={outcome}
                      className="gb-bar-segment"
                      title={`${t(`dashboard.taskGroups.outcome.${outcome}`)}: ${group[outcome]}`}
                      style={{
                        width: `${(group[outcome] / applicable) * 100}%`,
                        background: OUTCOME_COLORS[outcome],
                        color: outcome === 'doneLate' || outcome === 'inProgressWithinDeadline' ? '#1f1f1f' : '#fff',
                      }}
                    >
                      {group[outcome]}
                    </span>
                  ))
                )}
              </span>
              <span className="gb-bar-rate">{percent(group.completionRate)}</span>
            </div>
          );
        })}
      </div>
      <ChartDataTable
        caption={t('dashboard.taskGroups.title')}
        columns={columns}
        rows={taskGroups}
        rowKey={(g) => g.taskGroupId}
      />
    </>
  );
}
