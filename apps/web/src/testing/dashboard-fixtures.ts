import type { CurrentUser, DashboardUnitRow, HeatmapRow, PeriodDashboard, TaskGroupCompletion, TaskStatus } from '@giao-ban/shared';
import { demoPeriod, demoTaskGroups } from './fixtures';

export const caReporterUser: CurrentUser = {
  id: 'u-ca',
  login: 'congan',
  fullName: 'Cán bộ đầu mối Công an tỉnh',
  role: 'agency_reporter',
  agencyId: 'a-r-ca',
  agencyName: 'Công an tỉnh',
};

function unit(overrides: Partial<DashboardUnitRow> & Pick<DashboardUnitRow, 'reportId' | 'agencyName'>): DashboardUnitRow {
  return {
    agencyId: `a-${overrides.reportId}`,
    state: 'accepted',
    effectiveDueDate: '2021-12-17',
    firstSubmittedAt: '2021-12-15T02:20:00.000Z',
    lastSubmittedAt: '2021-12-15T02:20:00.000Z',
    submissionStatus: 'on_time',
    daysLate: null,
    versionNumber: 1,
    contacts: [{ fullName: `Cán bộ đầu mối ${overrides.agencyName}`, email: null }],
    lastReminderAt: null,
    ...overrides,
  };
}

/** Five units, one in each situation: on time, returned (on time), late, not yet due, overdue. */
export const dashboardUnits: DashboardUnitRow[] = [
  unit({ reportId: 'r-snv', agencyName: 'Sở Ngoại vụ' }),
  unit({ reportId: 'r-ldld', agencyName: 'Liên đoàn Lao động tỉnh', state: 'returned' }),
  unit({
    reportId: 'r-ca',
    agencyName: 'Công an tỉnh',
    state: 'submitted',
    firstSubmittedAt: '2021-12-20T02:15:00.000Z',
    lastSubmittedAt: '2021-12-20T02:15:00.000Z',
    submissionStatus: 'late',
    daysLate: 3,
  }),
  unit({
    reportId: 'r-bl',
    agencyName: 'Huyện Bình Liêu',
    state: 'draft',
    effectiveDueDate: '2021-12-24',
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_not_due',
    versionNumber: 0,
  }),
  unit({
    reportId: 'r-kkt',
    agencyName: 'Ban Quản lý Khu kinh tế tỉnh',
    state: 'draft',
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_overdue',
    daysLate: 5,
    versionNumber: 0,
    contacts: [{ fullName: 'Phạm Thị Lan', email: 'lan.pt@kkt.quangninh.gov.vn' }],
  }),
];

/** Task group (1)…(8) statuses per unit; null = not yet reported, 'x' = not applicable (set by the office). */
const statuses: Record<string, (TaskStatus | null | 'x')[]> = {
  'r-snv': ['done', 'done', 'done', 'done', 'done', 'done', 'in_progress', 'done'],
  'r-ldld': ['done', 'done', 'done', 'x', 'in_progress', 'done', 'done', 'done'],
  'r-ca': ['done', 'done', 'not_started', 'done', 'done', 'done', 'done', 'in_progress'],
  'r-bl': [null, null, null, null, null, null, null, null],
  'r-kkt': [null, null, null, null, null, null, null, null],
};

export const dashboardHeatmap: HeatmapRow[] = dashboardUnits.map((row) => ({
  agencyId: row.agencyId,
  agencyName: row.agencyName,
  reportId: row.reportId,
  cells: demoTaskGroups.map((group, index) => {
    const status = statuses[row.reportId][index];
    return status === 'x'
      ? { taskGroupId: group.id, status: null, applicable: false }
      : { taskGroupId: group.id, status, applicable: true };
  }),
}));

export const dashboardTaskGroups: TaskGroupCompletion[] = demoTaskGroups.map((group, index) => ({
  taskGroupId: group.id,
  ordinal: group.ordinal,
  title: group.title,
  applicable: 5,
  doneOnTime: index === 6 ? 1 : 2,
  doneLate: 1,
  inProgressWithinDeadline: 1,
  overdue: index === 6 ? 2 : 1,
  notApplicable: 0,
  completionRate: index === 6 ? 0.5 : 0.75,
}));

export const demoDashboard: PeriodDashboard = {
  period: { id: demoPeriod.id, title: demoPeriod.title, kind: demoPeriod.kind, state: 'open', dueDate: '2021-12-17' },
  generatedAt: '2021-12-22T02:03:04.000Z',
  reporting: {
    expected: 8,
    submitted: 7,
    onTime: 6,
    late: 1,
    missingNotDue: 0,
    missingOverdue: 1,
    reportingRate: 0.875,
    onTimeRate: 0.75,
  },
  units: dashboardUnits,
  taskGroups: dashboardTaskGroups,
  heatmap: dashboardHeatmap,
  indicators: [
    {
      indicatorId: 'ind-1',
      taskGroupOrdinal: 6,
      name: 'Tin, bài gửi Bản tin thông tin đối ngoại',
      unit: 'tin/bài',
      aggregation: 'sum',
      total: 69,
      target: 96,
      ratioToTarget: 0.71875,
      reportingUnits: 7,
    },
    {
      indicatorId: 'ind-2',
      taskGroupOrdinal: 5,
      name: 'Đoàn khách quốc tế được đón tiếp',
      unit: 'đoàn',
      aggregation: 'sum',
      total: 1808,
      target: null,
      ratioToTarget: null,
      reportingUnits: 6,
    },
  ],
  trend: [
    {
      periodId: 'p-2020-h2',
      title: 'Báo cáo 6 tháng cuối năm 2020',
      dueDate: '2020-12-18',
      reportingRate: 0.625,
      onTimeRate: 0.5,
      completionRate: null,
    },
    {
      periodId: 'p-2021-h1',
      title: 'Báo cáo 6 tháng đầu năm 2021',
      dueDate: '2021-06-18',
      reportingRate: 0.75,
      onTimeRate: 0.625,
      completionRate: 0.6,
    },
    {
      periodId: demoPeriod.id,
      title: demoPeriod.title,
      dueDate: '2021-12-17',
      reportingRate: 0.875,
      onTimeRate: 0.75,
      completionRate: 0.7666666666666667,
    },
  ],
};

/** What an agency user gets: the same aggregates, its own row only, no heatmap. */
export function agencyDashboard(reportId: string): PeriodDashboard {
  return { ...demoDashboard, units: dashboardUnits.filter((row) => row.reportId === reportId), heatmap: [] };
}
