import type { LocalDate } from '../periods/period.types.js';

/**
 * Bản tin thông tin đối ngoại (SPEC glossary "bulletin"): the committee's bulletin, two issues (số)
 * a month. Member units send items (tin, bài) in each issue's contribution window (thời gian nhận
 * tin, bài) until its deadline (hạn gửi); the office edits, lays out and publishes the issue.
 */

/** An issue's life (decideBulletinIssueState): planned → open → editing → published (frozen). */
export const BULLETIN_ISSUE_STATES = ['planned', 'open', 'editing', 'published'] as const;
export type BulletinIssueState = (typeof BULLETIN_ISSUE_STATES)[number];

/** The office's hand on the window: opened early / again, or closed early; null follows the dates. */
export const BULLETIN_WINDOW_OVERRIDES = ['open', 'closed'] as const;
export type BulletinWindowOverride = (typeof BULLETIN_WINDOW_OVERRIDES)[number];

/** tin (news), bài (article), ảnh (photo story), phóng sự (feature). */
export const BULLETIN_ITEM_KINDS = ['news', 'article', 'photo', 'feature'] as const;
export type BulletinItemKind = (typeof BULLETIN_ITEM_KINDS)[number];

/** The Vietnamese word of each kind, as the printed bulletin writes it. */
export const BULLETIN_ITEM_KIND_NAMES_VI: Readonly<Record<BulletinItemKind, string>> = {
  news: 'Tin',
  article: 'Bài',
  photo: 'Ảnh',
  feature: 'Phóng sự',
};

export const BULLETIN_ITEM_STATES = ['draft', 'submitted', 'accepted', 'returned', 'not_used'] as const;
export type BulletinItemState = (typeof BULLETIN_ITEM_STATES)[number];

/** What a person can do to an item (decideBulletinItemAction). */
export const BULLETIN_ITEM_ACTIONS = ['create', 'edit', 'delete', 'submit', 'accept', 'return', 'not_used'] as const;
export type BulletinItemAction = (typeof BULLETIN_ITEM_ACTIONS)[number];

/** Sections an issue starts with (the office renames, adds or removes them per issue). */
export const DEFAULT_BULLETIN_SECTIONS: readonly string[] = ['Tin trong tỉnh', 'Hợp tác quốc tế', 'Quảng bá hình ảnh'];
export const DEFAULT_BULLETIN_DEADLINE_DAYS: readonly number[] = [10, 25];
export const DEFAULT_BULLETIN_WINDOW_DAYS = 10;
export const BULLETIN_TITLE = 'BẢN TIN THÔNG TIN ĐỐI NGOẠI';

/** Bounds of what a unit writes and the office edits (the DTOs and the web forms use the same). */
export const BULLETIN_LIMITS = {
  titleMaxLength: 300,
  sapoMaxLength: 1_000,
  bodyMaxLength: 30_000,
  eventPlaceMaxLength: 200,
  linksMax: 10,
  linkMaxLength: 500,
  reasonMaxLength: 2_000,
  sectionTitleMaxLength: 120,
  sectionsMax: 12,
  itemsPerIssueMax: 200,
  photosPerItemMax: 8,
  photoMaxBytes: 8 * 1024 * 1024,
  captionMaxLength: 500,
  creditMaxLength: 120,
  editorialLineMaxLength: 300,
  /** Issues a year: two a month by default; four a month at most. */
  deadlineDaysPerMonthMax: 4,
  windowDaysMax: 31,
  searchPageSize: 20,
} as const;

/** Photos are JPEG or PNG, judged by their content, not by their name. */
export const BULLETIN_PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type BulletinPhotoType = (typeof BULLETIN_PHOTO_TYPES)[number];

export interface BulletinItemCounts {
  submitted: number;
  accepted: number;
  returned: number;
  notUsed: number;
}

/** A unit's own items in an issue, drafts included (agency users only). */
export interface BulletinOwnItemCounts extends BulletinItemCounts {
  draft: number;
}

/** GET /api/bulletin-issues?year= : one row per issue, by number. */
export interface BulletinIssueSummary {
  id: string;
  number: number;
  year: number;
  /** The month the issue belongs to (1–12), for the per-month counts. */
  month: number;
  /** "Số 23/2021" (bulletinIssueLabel). */
  label: string;
  windowStart: LocalDate;
  /** Already settled on the working calendar (a Saturday comes back as the Monday). */
  deadline: LocalDate;
  state: BulletinIssueState;
  windowOverride: BulletinWindowOverride | null;
  /** Items sent to the office, by state (drafts are the unit's own business). */
  counts: BulletinItemCounts;
  publishedAt: string | null;
  /** Agency users: their own unit's items in this issue; null for the office, leaders and admins. */
  ownCounts: BulletinOwnItemCounts | null;
}

/** The editorial line (cơ quan chủ quản, ban biên tập, ngày phát hành) printed on the cover and the last page. */
export interface BulletinEditorial {
  governingBody: string;
  editorialBoard: string;
  releaseDate: LocalDate | null;
}

export interface BulletinPhoto {
  id: string;
  fileName: string;
  contentType: BulletinPhotoType;
  size: number;
  width: number;
  height: number;
  caption: string;
  credit: string;
}

/** The office's edited version of an accepted item, kept beside the unit's original. */
export interface BulletinEditedText {
  title: string;
  sapo: string;
  body: string;
}

/** One item as its unit and the office see it: GET /api/bulletin-items/:id. */
export interface BulletinItem {
  id: string;
  issueId: string;
  issueLabel: string;
  issueState: BulletinIssueState;
  agencyId: string;
  agencyName: string;
  kind: BulletinItemKind;
  state: BulletinItemState;
  /** The unit's original. */
  title: string;
  sapo: string;
  body: string;
  eventDate: LocalDate | null;
  eventPlace: string;
  taskGroupId: string | null;
  taskGroupTitle: string | null;
  links: string[];
  photos: BulletinPhoto[];
  /** Autosave guard: a save names the revision it edited (409 STALE_VERSION otherwise). */
  revision: number;
  /** The office's edits when accepted (null: printed as the unit wrote it). */
  edited: BulletinEditedText | null;
  /** The section it is placed in once accepted, and its place there (0-based). */
  section: string | null;
  position: number | null;
  returnReason: string | null;
  notUsedReason: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  updatedAt: string;
  /** Set once the issue is published with this item in it: "đã đăng trong Số 23/2021". */
  publishedIn: { issueId: string; label: string } | null;
}

/** An item in an issue's list (the office's inbox, the unit's own list). */
export type BulletinItemSummary = Pick<
  BulletinItem,
  'id' | 'issueId' | 'agencyId' | 'agencyName' | 'kind' | 'state' | 'title' | 'section' | 'position' | 'submittedAt' | 'decidedAt' | 'updatedAt' | 'returnReason'
> & {
  photoCount: number;
  /** An accepted item's title as the office edited it (null: unedited, or not accepted); lists show it. */
  editedTitle: string | null;
};

/** `details` of a 409 STALE_VERSION on an item's save: the server's copy, to show beside the unit's text. */
export interface BulletinStaleItemDetails {
  server: BulletinItem;
}

/** One item as printed: the accepted version (the office's edits where it made them). */
export interface BulletinPublishedItem {
  itemId: string;
  agencyId: string;
  agencyName: string;
  kind: BulletinItemKind;
  title: string;
  sapo: string;
  body: string;
  eventDate: LocalDate | null;
  eventPlace: string;
  taskGroupId: string | null;
  photos: BulletinPhoto[];
}

export interface BulletinPublishedSection {
  title: string;
  items: BulletinPublishedItem[];
}

/** The frozen copy made on publication; nothing about it changes after. */
export interface BulletinPublishedContent {
  publishedAt: string;
  twoColumns: boolean;
  editorial: BulletinEditorial;
  sections: BulletinPublishedSection[];
}

/** GET /api/bulletin-issues/:id. */
export interface BulletinIssueDetail extends BulletinIssueSummary {
  editorial: BulletinEditorial;
  /** Section titles in order (the layout's and the accept form's choices). */
  sections: string[];
  twoColumns: boolean;
  /** Office and leaders: every item sent (no other unit's drafts); agency users: their own items. */
  items: BulletinItemSummary[];
  /** Once published. */
  published: BulletinPublishedContent | null;
}

// ——— Requests ———

/** POST /api/bulletin-issues/plan (office): the year's issues in one step. */
export interface PlanBulletinYearRequest {
  year: number;
  /** The number of the year's first issue (usually 1). */
  firstNumber: number;
  /** Days of the month the deadlines fall on, ascending: one issue per day per month. */
  deadlineDays: number[];
  /** The window's length in days, the deadline included. */
  windowDays: number;
}

/** PATCH /api/bulletin-issues/:id (office, not published). */
export interface UpdateBulletinIssueRequest {
  number?: number;
  windowStart?: LocalDate;
  deadline?: LocalDate;
  /** Open or close the window by hand; null follows the dates again. */
  windowOverride?: BulletinWindowOverride | null;
  editorial?: Partial<BulletinEditorial>;
  sections?: string[];
}

/** POST /api/bulletin-issues/:id/items (agency): a new draft of the caller's unit. */
export interface CreateBulletinItemRequest {
  kind: BulletinItemKind;
  title?: string;
}

/** PUT /api/bulletin-items/:id: the autosave (draft or returned items, the unit's own). */
export interface SaveBulletinItemRequest {
  kind: BulletinItemKind;
  title: string;
  sapo: string;
  body: string;
  eventDate: LocalDate | null;
  eventPlace: string;
  taskGroupId?: string | null;
  links: string[];
  expectedRevision: number;
}

/** POST /api/bulletin-items/:id/accept (office): edits kept beside the original, placed in a section. */
export interface AcceptBulletinItemRequest {
  title?: string;
  sapo?: string;
  body?: string;
  section: string;
}

export interface ReturnBulletinItemRequest {
  reason: string;
}

export interface NotUsedBulletinItemRequest {
  reason?: string | null;
}

/** PUT /api/bulletin-issues/:id/layout (office, not published): every accepted item once, in order. */
export interface BulletinLayoutRequest {
  sections: { title: string; itemIds: string[] }[];
  twoColumns: boolean;
}

/** GET /api/bulletin-search: published items. */
export interface BulletinSearchQuery {
  q?: string;
  agencyId?: string;
  taskGroupId?: string;
  from?: LocalDate;
  to?: LocalDate;
  page?: number;
}

export interface BulletinSearchHit {
  itemId: string;
  issueId: string;
  issueLabel: string;
  publishedAt: string;
  agencyId: string;
  agencyName: string;
  kind: BulletinItemKind;
  title: string;
  sapo: string;
  eventDate: LocalDate | null;
  section: string;
}

/** GET /api/bulletin-contributions?year= : items sent per unit and month (the dashboard). */
export interface BulletinContributionRow {
  agencyId: string;
  agencyName: string;
  /** Index 0 = January. */
  months: number[];
  firstHalf: number;
  secondHalf: number;
  total: number;
}

export interface BulletinContributions {
  year: number;
  rows: BulletinContributionRow[];
  totals: { months: number[]; firstHalf: number; secondHalf: number; total: number };
}
