import {
  addDays,
  type CurrentUser,
  type DashboardUnitRow,
  type HeatmapCell,
  type Page,
  type PeriodDashboard,
  type SubmissionStatus,
  type TaskGroupCompletion,
  type TaskStatus,
} from '@giao-ban/shared';
import { demoPeriod, demoTaskGroups } from './fixtures';
import type { MockResponse, RecordedRequest } from './mock-api';

export const caReporterUser: CurrentUser = {
  id: 'u-ca',
  login: 'congan',
  fullName: 'Cán bộ đầu mối Công an tỉnh',
  role: 'agency_reporter',
  agencyId: 'a-r-ca',
  agencyName: 'Công an tỉnh',
  mustChangePassword: false,
};

/** Task group (1)…(8) statuses per unit; null = not yet reported, 'x' = not applicable (set by the office). */
const statuses: Record<string, (TaskStatus | null | 'x')[]> = {
  'r-snv': ['done', 'done', 'done', 'done', 'done', 'done', 'in_progress', 'done'],
  'r-ldld': ['done', 'done', 'done', 'x', 'in_progress', 'done', 'done', 'done'],
  'r-ca': ['done', 'done', 'not_started', 'done', 'done', 'done', 'done', 'in_progress'],
};

/** A unit's heatmap line: its statuses above, or nothing reported yet. */
function cellsOf(reportId: string): HeatmapCell[] {
  return demoTaskGroups.map((group, index) => {
    const status = statuses[reportId]?.[index] ?? null;
    return status === 'x'
      ? { taskGroupId: group.id, status: null, applicable: false }
      : { taskGroupId: group.id, status, applicable: true };
  });
}

export function unitRow(overrides: Partial<DashboardUnitRow> & Pick<DashboardUnitRow, 'reportId' | 'agencyName'>): DashboardUnitRow {
  return {
    agencyId: `a-${overrides.reportId}`,
    state: 'accepted',
    effectiveDueDate: '2021-12-17',
    firstSubmittedAt: '2021-12-15T02:20:00.000Z',
    lastSubmittedAt: '2021-12-15T02:20:00.000Z',
    submissionStatus: 'on_time',
    daysLate: null,
    deadline: { kind: 'submitted_on_time', dueDate: overrides.effectiveDueDate ?? '2021-12-17' },
    versionNumber: 1,
    contacts: [{ fullName: `Cán bộ đầu mối ${overrides.agencyName}`, email: null }],
    lastReminderAt: null,
    cells: cellsOf(overrides.reportId),
    ...overrides,
  };
}

/** Five units, one in each situation: on time, returned (on time), late, not yet due, overdue. */
export const dashboardUnits: DashboardUnitRow[] = [
  unitRow({ reportId: 'r-snv', agencyName: 'Sở Ngoại vụ' }),
  unitRow({ reportId: 'r-ldld', agencyName: 'Liên đoàn Lao động tỉnh', state: 'returned' }),
  unitRow({
    reportId: 'r-ca',
    agencyName: 'Công an tỉnh',
    state: 'submitted',
    firstSubmittedAt: '2021-12-20T02:15:00.000Z',
    lastSubmittedAt: '2021-12-20T02:15:00.000Z',
    submissionStatus: 'late',
    daysLate: 3,
    deadline: { kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 3 },
  }),
  unitRow({
    reportId: 'r-bl',
    agencyName: 'Huyện Bình Liêu',
    state: 'draft',
    effectiveDueDate: '2021-12-24',
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_not_due',
    deadline: { kind: 'due_in', dueDate: '2021-12-24', daysLeft: 2 },
    versionNumber: 0,
  }),
  unitRow({
    reportId: 'r-kkt',
    agencyName: 'Ban Quản lý Khu kinh tế tỉnh',
    state: 'draft',
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_overdue',
    daysLate: 5,
    deadline: { kind: 'overdue', dueDate: '2021-12-17', daysLate: 5 },
    versionNumber: 0,
    contacts: [{ fullName: 'Phạm Thị Lan', email: 'lan.pt@kkt.quangninh.gov.vn' }],
  }),
];

export const dashboardTaskGroups: TaskGroupCompletion[] = demoTaskGroups.map((group, index) => ({
  taskGroupId: group.id,
  ordinal: group.ordinal,
  title: group.title,
  shortName: group.shortName,
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
  unitCount: dashboardUnits.length,
  taskGroups: dashboardTaskGroups,
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

/** What an agency user gets: the same aggregates, and one unit row (its own) to page through. */
export function agencyDashboard(): PeriodDashboard {
  return { ...demoDashboard, unitCount: 1 };
}

/** `count` more units in the committee's order ("Đơn vị số 1"…), all sent on time. */
export function manyUnits(count: number): DashboardUnitRow[] {
  return Array.from({ length: count }, (_, index) =>
    unitRow({ reportId: `r-${index + 1}`, agencyId: `a-${index + 1}`, agencyName: `Đơn vị số ${index + 1}` }),
  );
}

/** Units overdue by 1…count days on 22/12/2021 ("Đơn vị quá hạn số 1" is the least overdue, due 21/12/2021). */
export function overdueUnits(count: number): DashboardUnitRow[] {
  return Array.from({ length: count }, (_, index) => {
    const dueDate = addDays('2021-12-22', -(index + 1));
    return unitRow({
      reportId: `r-od-${index + 1}`,
      agencyName: `Đơn vị quá hạn số ${index + 1}`,
      state: 'draft',
      effectiveDueDate: dueDate,
      firstSubmittedAt: null,
      lastSubmittedAt: null,
      submissionStatus: 'missing_overdue',
      daysLate: index + 1,
      deadline: { kind: 'overdue', dueDate, daysLate: index + 1 },
      versionNumber: 0,
    });
  });
}

/**
 * `GET /api/periods/:id/dashboard/units` over `rows`, as the server answers it: the repeated
 * `status` filter, the order (`agency`: as given; `most_overdue`: missing-and-overdue first, then
 * most days late) and the page (default 20, at most 100 a page).
 */
export function dashboardUnitsHandler(rows: readonly DashboardUnitRow[]) {
  return (request: RecordedRequest): MockResponse => {
    const page = Number(request.search.get('page') ?? 1);
    const pageSize = Math.min(Number(request.search.get('pageSize') ?? 20), 100);
    const wanted = request.search.getAll('status') as SubmissionStatus[];
    let selected = rows.filter((row) => wanted.length === 0 || wanted.includes(row.submissionStatus));
    if (request.search.get('order') === 'most_overdue') {
      selected = [...selected].sort(
        (a, b) =>
          Number(b.submissionStatus === 'missing_overdue') - Number(a.submissionStatus === 'missing_overdue') ||
          (b.daysLate ?? 0) - (a.daysLate ?? 0),
      );
    }
    const body: Page<DashboardUnitRow> = {
      items: selected.slice((page - 1) * pageSize, page * pageSize),
      total: selected.length,
      page,
      pageSize,
    };
    return { status: 200, body };
  };
}
