import type { CurrentUser, ReportDetail, ReportPermissions, ReviewBoardRow } from '@giao-ban/shared';
import { demoPeriod, demoTaskGroups } from './fixtures';

export const leaderUser: CurrentUser = {
  id: 'u-leader',
  login: 'lanhdao',
  fullName: 'Vũ Văn Diện',
  role: 'leader',
  agencyId: null,
  agencyName: null,
  mustChangePassword: false,
};

function boardRow(overrides: Partial<ReviewBoardRow> & Pick<ReviewBoardRow, 'reportId' | 'agencyName'>): ReviewBoardRow {
  return {
    agencyId: `a-${overrides.reportId}`,
    state: 'accepted',
    effectiveDueDate: '2021-12-17',
    extendedDueDate: null,
    firstSubmittedAt: '2021-12-15T02:20:00.000Z',
    lastSubmittedAt: '2021-12-15T02:20:00.000Z',
    submissionStatus: 'on_time',
    daysLate: null,
    versionNumber: 1,
    lastReminderAt: null,
    ...overrides,
  };
}

/** One unit in each situation the board words differently. */
export const demoBoardRows: ReviewBoardRow[] = [
  boardRow({ reportId: 'r-snv', agencyName: 'Sở Ngoại vụ' }),
  boardRow({
    reportId: 'r-ldld',
    agencyName: 'Liên đoàn Lao động tỉnh',
    state: 'returned',
    firstSubmittedAt: '2021-12-17T09:45:00.000Z',
    lastSubmittedAt: '2021-12-17T09:45:00.000Z',
  }),
  boardRow({
    reportId: 'r-ca',
    agencyName: 'Công an tỉnh',
    state: 'submitted',
    firstSubmittedAt: '2021-12-20T02:15:00.000Z',
    lastSubmittedAt: '2021-12-20T02:15:00.000Z',
    submissionStatus: 'late',
    daysLate: 3,
  }),
  boardRow({
    reportId: 'r-bl',
    agencyName: 'Huyện Bình Liêu',
    state: 'draft',
    effectiveDueDate: '2021-12-24',
    extendedDueDate: '2021-12-24',
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_not_due',
    daysLate: null,
    versionNumber: 0,
  }),
  boardRow({
    reportId: 'r-kkt',
    agencyName: 'Ban Quản lý Khu kinh tế tỉnh',
    state: 'draft',
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_overdue',
    daysLate: 5,
    versionNumber: 0,
  }),
];

export const noPermissions: ReportPermissions = {
  canEdit: false,
  canRequestApproval: false,
  canSendBack: false,
  canSubmit: false,
  canReview: false,
  canReopen: false,
  canExtend: false,
  canSetApplicability: false,
  canComment: false,
  canReadAudit: false,
};

/** Công an tỉnh's report, submitted late and awaiting review, as the office sees it. */
export const submittedReport: ReportDetail = {
  id: 'r-ca',
  period: {
    id: demoPeriod.id,
    title: demoPeriod.title,
    state: 'open',
    dueDate: '2021-12-17',
    cutOffFrom: demoPeriod.cutOffFrom,
    cutOffTo: demoPeriod.cutOffTo,
    requiresHeadApproval: false,
  },
  agency: { id: 'a-ca', name: 'Công an tỉnh' },
  state: 'submitted',
  effectiveDueDate: '2021-12-17',
  extendedDueDate: null,
  extensionReason: null,
  revisionDueDate: null,
  returnReason: null,
  firstSubmittedAt: '2021-12-20T02:15:00.000Z',
  lastSubmittedAt: '2021-12-20T02:15:00.000Z',
  submissionStatus: 'late',
  daysLate: 3,
  versionNumber: 1,
  reopened: false,
  sections: [
    ...demoTaskGroups.slice(5, 7).map((group) => ({
      id: `s-${group.ordinal}`,
      taskGroupId: group.id,
      generalKey: null,
      applicable: true,
      status: 'done' as const,
      text: `Kết quả nhóm nhiệm vụ ${group.ordinal} của Công an tỉnh.`,
      indicatorValues: group.indicators.map((indicator) => ({ indicatorId: indicator.id, value: 12 })),
      version: 1,
      returned: false,
      updatedAt: '2021-12-19T02:00:00.000Z',
      taskGroup: { id: group.id, ordinal: group.ordinal, title: group.title, guidance: group.guidance, indicators: group.indicators },
    })),
    {
      id: 's-strengths',
      taskGroupId: null,
      generalKey: 'strengths',
      applicable: true,
      status: null,
      text: 'Chủ động phối hợp cung cấp thông tin.',
      indicatorValues: [],
      version: 1,
      returned: false,
      updatedAt: '2021-12-19T02:00:00.000Z',
      taskGroup: null,
    },
  ],
  notes: [
    {
      id: 'n-1',
      sectionId: 's-7',
      parentId: null,
      authorName: 'Phòng Thông tin - Tổng hợp',
      authorRole: 'office',
      body: 'Đề nghị nêu rõ số lớp tập huấn.',
      createdAt: '2021-12-20T03:00:00.000Z',
    },
    {
      id: 'n-2',
      sectionId: 's-7',
      parentId: 'n-1',
      authorName: 'Cán bộ đầu mối Công an tỉnh',
      authorRole: 'agency_reporter',
      body: 'Đơn vị sẽ bổ sung.',
      createdAt: '2021-12-20T04:30:00.000Z',
    },
  ],
  attachments: [],
  permissions: {
    ...noPermissions,
    canReview: true,
    canReopen: true,
    canComment: true,
    canReadAudit: true,
  },
};
