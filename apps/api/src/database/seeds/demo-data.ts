import type { AgencyKind, IndicatorAggregation, PeriodKind, Role } from '@giao-ban/shared';

/**
 * Demo data drawn from the source document: the Quảng Ninh committee's review meeting of
 * 14/7/2021 (../shared/seed/). Units are those that spoke at the meeting, in the order the report
 * lists them, plus the standing office (Ban Tuyên giáo Tỉnh ủy) that compiles.
 */
export const DEMO_PASSWORD = 'GiaoBan@2021';

export const DEMO_COMMITTEE = 'Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Quảng Ninh';

export interface DemoAgency {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  displayOrder: number;
  isStandingOffice?: boolean;
  /** Login of the unit's reporter (cán bộ đầu mối). */
  reporterLogin?: string;
}

export const DEMO_AGENCIES: DemoAgency[] = [
  { code: 'SNGV', name: 'Sở Ngoại vụ', shortName: 'Sở Ngoại vụ', kind: 'department', displayOrder: 1, reporterLogin: 'songoaivu' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', kind: 'department', displayOrder: 2, reporterLogin: 'sotttt' },
  { code: 'TTTT', name: 'Trung tâm Truyền thông tỉnh', shortName: 'TT Truyền thông', kind: 'press', displayOrder: 3, reporterLogin: 'truyenthong' },
  { code: 'BXTDT', name: 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', shortName: 'Ban XT&HTĐT', kind: 'department', displayOrder: 4, reporterLogin: 'xuctiendautu' },
  { code: 'LDLD', name: 'Liên đoàn Lao động tỉnh', shortName: 'LĐLĐ tỉnh', kind: 'mass_organization', displayOrder: 5, reporterLogin: 'laodong' },
  { code: 'CAT', name: 'Công an tỉnh', shortName: 'Công an tỉnh', kind: 'armed_force', displayOrder: 6, reporterLogin: 'congan' },
  { code: 'BINHLIEU', name: 'Huyện Bình Liêu', shortName: 'Bình Liêu', kind: 'locality', displayOrder: 7, reporterLogin: 'binhlieu' },
  { code: 'BQLKKT', name: 'Ban Quản lý Khu kinh tế tỉnh', shortName: 'BQL KKT', kind: 'department', displayOrder: 8, reporterLogin: 'khukinhte' },
  { code: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy', shortName: 'Ban Tuyên giáo', kind: 'party_body', displayOrder: 9, isStandingOffice: true },
];

export interface DemoUser {
  login: string;
  fullName: string;
  role: Role;
  agencyCode: string | null;
}

/**
 * Every demo account has an address under a domain reserved for examples (RFC 2606), so the demo's
 * e-mails show in the outbox and none could reach a real person if a mail server were configured.
 */
export function demoEmail(login: string): string {
  return `${login}@giaoban.example`;
}

export const DEMO_USERS: DemoUser[] = [
  { login: 'vanphong', fullName: 'Phòng Thông tin - Tổng hợp (Cơ quan thường trực)', role: 'office', agencyCode: null },
  { login: 'lanhdao', fullName: 'Trưởng Ban Chỉ đạo', role: 'leader', agencyCode: null },
  { login: 'quantri', fullName: 'Quản trị hệ thống', role: 'admin', agencyCode: null },
  ...DEMO_AGENCIES.filter((a) => a.reporterLogin).map((a) => ({
    login: a.reporterLogin!,
    fullName: `Cán bộ đầu mối ${a.name}`,
    role: 'agency_reporter' as const,
    agencyCode: a.code,
  })),
];

export interface DemoIndicator {
  name: string;
  unit: string;
  aggregation: IndicatorAggregation;
  target: number | null;
}

export interface DemoTaskGroup {
  title: string;
  /** What the leader's dashboard shows: short enough for a column, telling the eight apart. */
  shortName: string;
  guidance: string | null;
  indicators: DemoIndicator[];
}

export interface DemoPeriod {
  title: string;
  kind: PeriodKind;
  year: number;
  sequence: number;
  cutOffFrom: string;
  cutOffTo: string;
  dueDate: string;
  taskGroups: DemoTaskGroup[];
}

/**
 * The eight task groups for the second half of 2021, word for word from the meeting report,
 * in its order. One slip of the source is mended: "đối ngoại nhân nhân" → "đối ngoại nhân dân".
 */
export const DEMO_PERIOD: DemoPeriod = {
  title: 'Báo cáo 6 tháng cuối năm 2021',
  kind: 'half_year',
  year: 2021,
  sequence: 2,
  // Nghị định 09/2019 default for the second half-year: 15/6 to 14/12.
  cutOffFrom: '2021-06-15',
  cutOffTo: '2021-12-14',
  // Friday 17/12/2021: three working days after the cut-off.
  dueDate: '2021-12-17',
  taskGroups: [
    {
      title:
        'tập trung thực hiện tốt công tác thông tin đối ngoại gắn với thực hiện các chỉ thị, Nghị quyết của Trung ương, của tỉnh',
      shortName: 'Thực hiện chỉ thị, Nghị quyết',
      guidance: 'Nêu các văn bản đã ban hành, triển khai và kết quả thực hiện.',
      indicators: [{ name: 'Văn bản chỉ đạo, hướng dẫn đã ban hành', unit: 'văn bản', aggregation: 'sum', target: null }],
    },
    {
      title:
        'tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn, thân thiện, hấp dẫn cho nhà đầu tư nước ngoài, khách du lịch và bạn bè quốc tế',
      shortName: 'Quảng bá hình ảnh Quảng Ninh',
      guidance: null,
      indicators: [
        { name: 'Tin, bài, phóng sự quảng bá hình ảnh Quảng Ninh', unit: 'tin/bài', aggregation: 'sum', target: 1200 },
      ],
    },
    {
      title:
        'nâng cao công tác nghiên cứu, dự báo tình hình; định hướng dư luận và tham mưu tuyên truyền, chủ động đấu tranh ngăn chặn âm mưu chống phá, luận điệu xuyên tạc, quan điểm, thông tin sai trái của các thế lực thù địch, phần tử cơ hội chính trị về thông tin đối ngoại',
      shortName: 'Dự báo, đấu tranh phản bác',
      guidance: null,
      indicators: [{ name: 'Tin, bài đấu tranh phản bác quan điểm sai trái', unit: 'tin/bài', aggregation: 'sum', target: null }],
    },
    {
      title:
        'tiếp tục chỉ đạo tăng cường công tác định hướng thông tin cho báo chí nước ngoài và các cơ quan báo chí của tỉnh, các cơ quan báo chí Trung ương hợp tác với tỉnh, nhất là những vấn đề nhạy cảm, mới, được dư luận quan tâm',
      shortName: 'Định hướng thông tin báo chí',
      guidance: null,
      indicators: [{ name: 'Lượt phóng viên nước ngoài được hỗ trợ, định hướng', unit: 'lượt người', aggregation: 'sum', target: null }],
    },
    {
      title:
        'tổ chức tốt các sự kiện đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân trên địa bàn tỉnh Quảng Ninh trong nửa cuối năm 2021',
      shortName: 'Sự kiện đối ngoại',
      guidance: null,
      indicators: [{ name: 'Đoàn khách quốc tế được đón tiếp', unit: 'đoàn', aggregation: 'sum', target: null }],
    },
    {
      title:
        'tăng cường hiệu quả công tác trao đổi thông tin giữa các thành viên với Ban Chỉ đạo và giữa các địa phương, đơn vị với các cơ quan, đơn vị của các nước bạn và với nhau',
      shortName: 'Trao đổi thông tin',
      guidance: 'Bản tin công tác thông tin đối ngoại của tỉnh phát hành 02 số/tháng: ghi số tin, bài đơn vị đã gửi.',
      indicators: [{ name: 'Tin, bài gửi Bản tin thông tin đối ngoại', unit: 'tin/bài', aggregation: 'sum', target: 96 }],
    },
    {
      title: 'tổ chức tập huấn về công tác thông tin đối ngoại cho đội ngũ cán bộ tham mưu lĩnh vực thông tin đối ngoại',
      shortName: 'Tập huấn cán bộ thông tin đối ngoại',
      guidance: null,
      indicators: [
        { name: 'Lớp tập huấn, bồi dưỡng đã tổ chức', unit: 'lớp', aggregation: 'sum', target: 4 },
        { name: 'Cán bộ được tập huấn', unit: 'lượt người', aggregation: 'sum', target: 300 },
      ],
    },
    {
      title:
        'tích cực hưởng ứng Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII do Ban Tuyên giáo Trung ương, Ban Chỉ đạo Công tác thông tin đối ngoại Trung ương chủ trì phát động',
      shortName: 'Giải thưởng thông tin đối ngoại',
      guidance: null,
      indicators: [{ name: 'Tác phẩm gửi dự Giải thưởng', unit: 'tác phẩm', aggregation: 'sum', target: null }],
    },
  ],
};
