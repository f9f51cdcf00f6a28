import {
  GENERAL_SECTION_KEYS,
  type CurrentUser,
  type MyReportRow,
  type ReportDetail,
  type ReportPermissions,
  type ReportSectionDetail,
} from '@giao-ban/shared';

/** A member unit's reporter and head (Liên đoàn Lao động tỉnh in the demo data). */
export const unitReporter: CurrentUser = {
  id: 'u-ldld',
  login: 'laodong',
  fullName: 'Cán bộ đầu mối Liên đoàn Lao động tỉnh',
  role: 'agency_reporter',
  agencyId: 'a-ldld',
  agencyName: 'Liên đoàn Lao động tỉnh',
  mustChangePassword: false,
};

export const unitHead: CurrentUser = {
  ...unitReporter,
  id: 'u-ldld-head',
  login: 'laodong.lanhdao',
  fullName: 'Chủ tịch Liên đoàn Lao động tỉnh',
  role: 'agency_head',
};

export const REPORT_ID = 'r-ldld';

const UPDATED_AT = '2021-12-10T02:00:00.000Z';

/** (6) carries an integer indicator with a target, as in the seed. */
export const indicatorBulletin = {
  id: 'ind-bulletin',
  name: 'Tin, bài gửi Bản tin thông tin đối ngoại',
  unit: 'tin/bài',
  aggregation: 'sum' as const,
  integerOnly: true,
  target: 96,
  ordinal: 1,
};

function taskGroupSection(ordinal: number, title: string, overrides: Partial<ReportSectionDetail> = {}): ReportSectionDetail {
  return {
    id: `s-tg${ordinal}`,
    taskGroupId: `tg-${ordinal}`,
    generalKey: null,
    applicable: true,
    status: null,
    text: '',
    indicatorValues: [],
    version: 0,
    returned: false,
    updatedAt: UPDATED_AT,
    taskGroup: { id: `tg-${ordinal}`, ordinal, title, guidance: null, indicators: [] },
    ...overrides,
  };
}

export function reportSections(): ReportSectionDetail[] {
  return [
    taskGroupSection(1, 'Thực hiện tốt công tác thông tin đối ngoại gắn với các chỉ thị, nghị quyết', {
      text: 'Quán triệt các chỉ thị, nghị quyết tới cán bộ công đoàn.',
      status: 'done',
      version: 1,
    }),
    taskGroupSection(4, 'Định hướng thông tin cho báo chí nước ngoài', {
      applicable: false,
      status: 'not_applicable',
      version: 1,
    }),
    taskGroupSection(6, 'Tăng cường trao đổi thông tin giữa các thành viên với Ban Chỉ đạo', {
      text: 'Gửi tin, bài cho Bản tin.',
      status: 'in_progress',
      version: 2,
      indicatorValues: [{ indicatorId: indicatorBulletin.id, value: 4 }],
      taskGroup: {
        id: 'tg-6',
        ordinal: 6,
        title: 'Tăng cường trao đổi thông tin giữa các thành viên với Ban Chỉ đạo',
        guidance: 'Bản tin phát hành 02 số/tháng: ghi số tin, bài đơn vị đã gửi.',
        indicators: [indicatorBulletin],
      },
    }),
    taskGroupSection(7, 'Tập huấn về công tác thông tin đối ngoại cho đội ngũ cán bộ tham mưu', {
      text: 'Đã tổ chức tập huấn cho cán bộ công đoàn.',
      status: 'done',
      version: 1,
    }),
    ...GENERAL_SECTION_KEYS.map(
      (key): ReportSectionDetail => ({
        id: `s-${key}`,
        taskGroupId: null,
        generalKey: key,
        applicable: true,
        status: null,
        text: key === 'strengths' ? 'Tuyên truyền rộng khắp trong đoàn viên.' : '',
        indicatorValues: [],
        version: key === 'strengths' ? 1 : 0,
        returned: false,
        updatedAt: UPDATED_AT,
        taskGroup: null,
      }),
    ),
  ];
}

export const draftPermissions: ReportPermissions = {
  canEdit: true,
  canRequestApproval: false,
  canSendBack: false,
  canSubmit: true,
  canReview: false,
  canReopen: false,
  canExtend: false,
  canSetApplicability: false,
  canComment: true,
  canReadAudit: false,
};

export const readOnlyPermissions: ReportPermissions = { ...draftPermissions, canEdit: false, canSubmit: false };

/** A report being drafted, due 17/12/2021, nothing submitted yet. */
export function draftReport(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: REPORT_ID,
    period: {
      id: 'p-2021-h2',
      title: 'Báo cáo 6 tháng cuối năm 2021',
      state: 'open',
      dueDate: '2021-12-17',
      cutOffFrom: '2021-06-15',
      cutOffTo: '2021-12-14',
      requiresHeadApproval: false,
    },
    agency: { id: 'a-ldld', name: 'Liên đoàn Lao động tỉnh' },
    state: 'draft',
    effectiveDueDate: '2021-12-17',
    unitDueDate: null,
    extendedDueDate: null,
    extensionReason: null,
    revisionDueDate: null,
    returnReason: null,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    submissionStatus: 'missing_not_due',
    daysLate: null,
    deadline: { kind: 'due_in', dueDate: '2021-12-17', daysLeft: 5 },
    versionNumber: 0,
    reopened: false,
    sections: reportSections(),
    notes: [],
    attachments: [],
    permissions: draftPermissions,
    ...overrides,
  };
}

/** The demo's returned report: group 7 to revise, with the office's note on it. */
export function returnedReport(): ReportDetail {
  const sections = reportSections().map((section) => (section.id === 's-tg7' ? { ...section, returned: true } : section));
  return draftReport({
    state: 'returned',
    revisionDueDate: '2021-12-22',
    returnReason: 'Đề nghị bổ sung số lớp tập huấn và số lượt cán bộ được tập huấn.',
    firstSubmittedAt: '2021-12-17T09:45:00.000Z',
    lastSubmittedAt: '2021-12-17T09:45:00.000Z',
    submissionStatus: 'on_time',
    deadline: { kind: 'submitted_on_time', dueDate: '2021-12-17' },
    versionNumber: 1,
    sections,
    notes: [
      {
        id: 'n-1',
        sectionId: 's-tg7',
        parentId: null,
        authorName: 'Phòng Thông tin - Tổng hợp',
        authorRole: 'office',
        body: 'Đề nghị bổ sung số lớp tập huấn.',
        createdAt: '2021-12-18T07:00:00.000Z',
      },
    ],
  });
}

export function myReportRow(overrides: Partial<MyReportRow> = {}): MyReportRow {
  return {
    reportId: REPORT_ID,
    agencyId: 'a-ldld',
    agencyName: 'Liên đoàn Lao động tỉnh',
    fromPredecessor: false,
    periodId: 'p-2021-h2',
    periodTitle: 'Báo cáo 6 tháng cuối năm 2021',
    periodKind: 'half_year',
    periodState: 'open',
    effectiveDueDate: '2021-12-17',
    state: 'draft',
    daysLeft: 5,
    daysLate: null,
    submissionStatus: 'missing_not_due',
    deadline: { kind: 'due_in', dueDate: '2021-12-17', daysLeft: 5 },
    lastSubmittedAt: null,
    versionNumber: 0,
    revisionDueDate: null,
    returnedSectionCount: 0,
    ...overrides,
  };
}
