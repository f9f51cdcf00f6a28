import type { Agency, CurrentUser, Page, ReportingPeriod, TaskGroup } from '@giao-ban/shared';

export const officeUser: CurrentUser = {
  id: 'u-office',
  login: 'vanphong',
  fullName: 'Nguyễn Thị Thu Hà',
  role: 'office',
  agencyId: null,
  agencyName: null,
  mustChangePassword: false,
};

export const reporterUser: CurrentUser = {
  id: 'u-snv',
  login: 'songoaivu',
  fullName: 'Trần Văn Minh',
  role: 'agency_reporter',
  agencyId: 'a-snv',
  agencyName: 'Sở Ngoại vụ',
  mustChangePassword: false,
};

export const demoPeriod: ReportingPeriod = {
  id: 'p-2021-h2',
  title: 'Báo cáo 6 tháng cuối năm 2021',
  kind: 'half_year',
  year: 2021,
  sequence: 2,
  cutOffFrom: '2021-06-15',
  cutOffTo: '2021-12-14',
  dueDate: '2021-12-20',
  state: 'open',
  requiresHeadApproval: true,
  shiftDueDateToWorkingDay: true,
  taskGroupCount: 8,
};

/** The eight task groups of the second half of 2021 (seed document), in ordinal order. */
export const demoTaskGroupTitles = [
  'Thực hiện tốt công tác thông tin đối ngoại gắn với thực hiện các chỉ thị, nghị quyết của Trung ương, của tỉnh',
  'Tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn, thân thiện, hấp dẫn',
  'Nâng cao công tác nghiên cứu, dự báo tình hình; định hướng dư luận, đấu tranh với thông tin sai trái',
  'Tăng cường định hướng thông tin cho báo chí nước ngoài và các cơ quan báo chí',
  'Tổ chức tốt các sự kiện đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân',
  'Tăng cường trao đổi thông tin giữa các thành viên với Ban Chỉ đạo',
  'Tập huấn về công tác thông tin đối ngoại cho đội ngũ cán bộ tham mưu',
  'Hưởng ứng Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII',
];

/** Their short names, as the demo data gives them (what the dashboard shows). */
export const demoTaskGroupShortNames = [
  'Thực hiện chỉ thị, Nghị quyết',
  'Quảng bá hình ảnh Quảng Ninh',
  'Dự báo, đấu tranh phản bác',
  'Định hướng thông tin báo chí',
  'Sự kiện đối ngoại',
  'Trao đổi thông tin',
  'Tập huấn cán bộ thông tin đối ngoại',
  'Giải thưởng thông tin đối ngoại',
];

export const demoTaskGroups: TaskGroup[] = demoTaskGroupTitles.map((title, index) => ({
  id: `tg-${index + 1}`,
  periodId: demoPeriod.id,
  ordinal: index + 1,
  title,
  shortName: demoTaskGroupShortNames[index]!,
  guidance: index === 5 ? 'Gửi tin, bài cho Bản tin công tác thông tin đối ngoại của tỉnh (02 số/tháng).' : null,
  indicators:
    index === 5
      ? [
          {
            id: 'ind-1',
            name: 'Tin, bài gửi Bản tin thông tin đối ngoại',
            unit: 'tin/bài',
            aggregation: 'sum',
            integerOnly: true,
            target: 24,
            ordinal: 1,
          },
        ]
      : [],
}));

export function page<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}

export const demoAgencies: Agency[] = [
  {
    id: 'a-snv',
    code: 'SNV',
    name: 'Sở Ngoại vụ',
    shortName: 'SNV',
    kind: 'department',
    displayOrder: 1,
    active: true,
    isStandingOffice: false,
    contactPerson: null,
    email: null,
    phone: null,
  },
  {
    id: 'a-bl',
    code: 'BL',
    name: 'Huyện Bình Liêu',
    shortName: 'Bình Liêu',
    kind: 'locality',
    displayOrder: 2,
    active: true,
    isStandingOffice: false,
    contactPerson: null,
    email: null,
    phone: null,
  },
];

/** The reminder schedule every period page asks for (its "Lịch nhắc hạn" card): the committee's default. */
export const demoReminderLadder = { ladder: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } };
