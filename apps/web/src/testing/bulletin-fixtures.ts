import type {
  BulletinContributions,
  BulletinIssueDetail,
  BulletinIssueSummary,
  BulletinItem,
  BulletinItemSummary,
  BulletinTaskGroupChoice,
} from '@giao-ban/shared';

const counts = { submitted: 0, accepted: 0, returned: 0, notUsed: 0 };

/** Số 13/2021, taking items (1–10/7/2021), and Số 14/2021, planned (16–26/7/2021). */
export const openIssue: BulletinIssueSummary = {
  id: 'i-13',
  number: 13,
  year: 2021,
  month: 7,
  label: 'Số 13/2021',
  windowStart: '2021-07-01',
  deadline: '2021-07-12',
  state: 'open',
  windowOverride: null,
  counts: { submitted: 2, accepted: 1, returned: 0, notUsed: 0 },
  publishedAt: null,
  ownCounts: null,
};

export const plannedIssue: BulletinIssueSummary = {
  ...openIssue,
  id: 'i-14',
  number: 14,
  label: 'Số 14/2021',
  windowStart: '2021-07-16',
  deadline: '2021-07-26',
  state: 'planned',
  counts,
};

export const itemSummary = (overrides: Partial<BulletinItemSummary> & Pick<BulletinItemSummary, 'id' | 'title'>): BulletinItemSummary => ({
  issueId: openIssue.id,
  agencyId: 'a-snv',
  agencyName: 'Sở Ngoại vụ',
  kind: 'news',
  state: 'submitted',
  section: null,
  position: null,
  submittedAt: '2021-07-05T02:30:00.000Z',
  decidedAt: null,
  updatedAt: '2021-07-05T02:30:00.000Z',
  returnReason: null,
  photoCount: 0,
  editedTitle: null,
  ...overrides,
});

export const submittedItemSummary = itemSummary({
  id: 'it-1',
  title: 'Đoàn công tác tỉnh Quảng Tây (Trung Quốc) thăm và làm việc tại Quảng Ninh',
  photoCount: 1,
});

export const otherUnitItemSummary = itemSummary({
  id: 'it-2',
  title: 'Huyện Bình Liêu quảng bá đường biên giới mùa lau trắng',
  agencyId: 'a-bl',
  agencyName: 'Huyện Bình Liêu',
  kind: 'photo',
});

export const acceptedItemSummaries = [
  itemSummary({ id: 'it-3', title: 'Hội nghị xúc tiến đầu tư vào Khu kinh tế Vân Đồn', state: 'accepted', section: 'Tin trong tỉnh', position: 0, agencyName: 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh' }),
  itemSummary({ id: 'it-4', title: 'Tập huấn công tác thông tin đối ngoại năm 2021', state: 'accepted', section: 'Tin trong tỉnh', position: 1 }),
  itemSummary({ id: 'it-5', title: 'Ký kết hợp tác với tỉnh Cao Bình (Hàn Quốc)', state: 'accepted', section: 'Hợp tác quốc tế', position: 0 }),
];

export const openIssueDetail: BulletinIssueDetail = {
  ...openIssue,
  counts: { submitted: 2, accepted: 3, returned: 0, notUsed: 0 },
  editorial: { governingBody: 'Ban Tuyên giáo Tỉnh ủy Quảng Ninh', editorialBoard: 'Phòng Thông tin - Tổng hợp', releaseDate: null },
  sections: ['Tin trong tỉnh', 'Hợp tác quốc tế', 'Quảng bá hình ảnh'],
  twoColumns: false,
  items: [submittedItemSummary, otherUnitItemSummary, ...acceptedItemSummaries],
  published: null,
};

/** The unit's own item, a draft (Sở Ngoại vụ). */
export const draftItem: BulletinItem = {
  id: 'it-9',
  issueId: openIssue.id,
  issueLabel: openIssue.label,
  issueState: 'open',
  agencyId: 'a-snv',
  agencyName: 'Sở Ngoại vụ',
  kind: 'news',
  state: 'draft',
  title: 'Tiếp Tổng Lãnh sự Trung Quốc tại Hải Phòng',
  sapo: '',
  body: '',
  eventDate: null,
  eventPlace: '',
  taskGroupId: null,
  taskGroupTitle: null,
  links: [],
  photos: [],
  revision: 3,
  edited: null,
  section: null,
  position: null,
  returnReason: null,
  notUsedReason: null,
  submittedAt: null,
  decidedAt: null,
  updatedAt: '2021-07-05T02:30:00.000Z',
  publishedIn: null,
};

export const submittedItem: BulletinItem = {
  ...draftItem,
  id: submittedItemSummary.id,
  title: submittedItemSummary.title,
  state: 'submitted',
  sapo: 'Ngày 5/7, đoàn công tác tỉnh Quảng Tây do Phó Chủ tịch Chính phủ Nhân dân Khu tự trị dẫn đầu đã thăm và làm việc tại Quảng Ninh.',
  body: 'Hai bên trao đổi về hợp tác thương mại biên giới.\nĐoàn thăm cửa khẩu quốc tế Móng Cái.',
  eventDate: '2021-07-05',
  eventPlace: 'Hạ Long',
  links: ['https://baoquangninh.vn/'],
  photos: [
    { id: 'ph-1', fileName: 'doan-cong-tac.jpg', contentType: 'image/jpeg', size: 120_000, width: 1200, height: 800, caption: 'Hai đoàn hội đàm', credit: 'Sở Ngoại vụ' },
  ],
  submittedAt: '2021-07-05T02:30:00.000Z',
};

export const demoContributions: BulletinContributions = {
  year: 2021,
  rows: [
    { agencyId: 'a-snv', agencyName: 'Sở Ngoại vụ', months: [0, 0, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0], firstHalf: 0, secondHalf: 4, total: 4 },
    { agencyId: 'a-bl', agencyName: 'Huyện Bình Liêu', months: [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0], firstHalf: 0, secondHalf: 2, total: 2 },
  ],
  totals: { months: [0, 0, 0, 0, 0, 0, 5, 1, 0, 0, 0, 0], firstHalf: 0, secondHalf: 6, total: 6 },
};

/** Task groups of the demo's six-month periods: two of "6 tháng cuối năm 2021" (Số 13/2021's), one of the first half. */
export const taskGroupChoices: BulletinTaskGroupChoice[] = [
  {
    id: 'tg-2',
    year: 2021,
    half: 2,
    ordinal: 2,
    title: 'đẩy mạnh công tác thông tin đối ngoại về chủ quyền biển, đảo và biên giới',
    shortName: 'Chủ quyền biển, đảo, biên giới',
  },
  {
    id: 'tg-1',
    year: 2021,
    half: 2,
    ordinal: 1,
    title: 'tập trung thực hiện tốt công tác thông tin đối ngoại gắn với thực hiện các chỉ thị, Nghị quyết của Trung ương, của tỉnh',
    shortName: 'Thực hiện chỉ thị, Nghị quyết',
  },
  { id: 'tg-h1', year: 2021, half: 1, ordinal: 1, title: 'quảng bá hình ảnh tỉnh', shortName: 'Quảng bá hình ảnh' },
];
