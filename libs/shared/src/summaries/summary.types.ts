import type { IndicatorAggregation, LocalDate, PeriodKind, PeriodState } from '../periods/period.types.js';
import type { ReportState, SubmissionStatus } from '../reports/report.types.js';
import type { SummarySettings, SummaryStyle } from './document-format.js';
import type { SummaryDocument } from './summary-document.js';

/** The summary report (báo cáo tổng hợp) of a period: `draft` while the office works, `final` once numbered and frozen. */
export const SUMMARY_STATES = ['draft', 'final'] as const;
export type SummaryState = (typeof SUMMARY_STATES)[number];

/**
 * Where a section sits in the layout of a Vietnamese half-year report:
 * the opening, I. Kết quả thực hiện, II. Đánh giá chung, III. Phương hướng, nhiệm vụ kỳ tới,
 * IV. Đề xuất, kiến nghị, and the closing sentence.
 */
export const SUMMARY_PARTS = ['opening', 'I', 'II', 'III', 'IV', 'closing'] as const;
export type SummaryPart = (typeof SUMMARY_PARTS)[number];

export const SUMMARY_PART_TITLES_VI: Record<Exclude<SummaryPart, 'opening' | 'closing'>, string> = {
  I: 'KẾT QUẢ THỰC HIỆN',
  II: 'ĐÁNH GIÁ CHUNG',
  III: 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
  IV: 'ĐỀ XUẤT, KIẾN NGHỊ',
};

/**
 * Section keys: `opening`, `tg:<ordinal>` for each task group, `strengths`, `limitations`,
 * `causes`, `next_plan`, `difficulties`, `proposals`, `closing`.
 */
export type SummarySectionKey = string;
export const SUMMARY_GENERAL_SECTION_KEYS = ['strengths', 'limitations', 'causes', 'next_plan', 'difficulties', 'proposals'] as const;
export type SummaryGeneralSectionKey = (typeof SUMMARY_GENERAL_SECTION_KEYS)[number];

/** How a unit's report takes part in the summary: accepted, submitted but not yet accepted, or not at all. */
export type SummaryInclusion = 'accepted' | 'submitted' | null;

/**
 * What a section was compiled from, per unit: [report version, inclusion tag, digest of the unit's
 * contribution to this section]. Compared with the current reports to tell the office what is new.
 */
export type SummaryInputEntry = [version: number, inclusion: 'a' | 's' | '-', digest: string];
export type SummarySectionInputs = Record<string, SummaryInputEntry>;

export const SUMMARY_INPUT_CHANGES = ['new', 'changed', 'accepted', 'withdrawn'] as const;
export type SummaryInputChange = (typeof SUMMARY_INPUT_CHANGES)[number];

/** One unit whose report changed what a section would say since the section was last compiled. */
export interface SummaryNewInput {
  agencyId: string;
  agencyName: string;
  change: SummaryInputChange;
  fromVersion: number | null;
  toVersion: number | null;
}

/** What one unit wrote for a section the office writes itself: a source to quote beside the editor. */
export interface SummarySource {
  agencyId: string;
  agencyName: string;
  inclusion: Exclude<SummaryInclusion, null>;
  versionNumber: number;
  lines: string[];
}

/** GET /api/periods/:id/summary/sources — by general section key, in agency order. */
export interface SummarySources {
  sections: Record<SummaryGeneralSectionKey, SummarySource[]>;
}

// ——— figures (the annexes, and the numbers a final summary was built from) ———

export interface SummaryUnitFigure {
  agencyId: string;
  name: string;
  state: ReportState;
  effectiveDueDate: LocalDate;
  firstSubmittedAt: string | null;
  submissionStatus: SubmissionStatus;
  /** Days late of the first submission, or of the missing report until the compile. */
  daysLate: number | null;
  versionNumber: number;
  inclusion: SummaryInclusion;
}

export interface SummaryIndicatorColumn {
  taskGroupOrdinal: number;
  name: string;
  unit: string;
  aggregation: IndicatorAggregation;
  target: number | null;
}

export interface SummaryIndicatorRow {
  agencyId: string;
  name: string;
  inclusion: Exclude<SummaryInclusion, null>;
  /** One per column of `indicators`; null where the unit gave no figure. */
  values: (number | null)[];
}

export interface SummaryTaskGroupFigure {
  ordinal: number;
  title: string;
  /** Units whose narrative appears under the group. */
  contributions: number;
  statusCounts: { done: number; in_progress: number; not_started: number };
}

export interface SummaryFigures {
  period: { id: string; title: string; cutOffFrom: LocalDate; cutOffTo: LocalDate; dueDate: LocalDate };
  compiledAt: string;
  /** The day the figures and the opening are stated as of (CompileSummaryInput.asOf); absent from figures compiled before it was recorded. */
  asOf?: LocalDate;
  includeSubmitted: boolean;
  /** Every unit the period obliges, in agency order (annex 1). */
  units: SummaryUnitFigure[];
  indicators: SummaryIndicatorColumn[];
  /** The units the summary includes, in agency order (annex 2). */
  indicatorRows: SummaryIndicatorRow[];
  /** Sum or max per column, as each indicator's aggregation says; null when nobody reported it. */
  indicatorTotals: (number | null)[];
  taskGroups: SummaryTaskGroupFigure[];
}

// ——— the API ———

export interface SummarySectionView {
  key: SummarySectionKey;
  part: SummaryPart;
  /** Heading as the export prints it ("1. Tập trung thực hiện tốt…"); empty for the opening and closing. */
  title: string;
  content: SummaryDocument;
  /** True once the office changed the compiled text; a recompile then only proposes. */
  edited: boolean;
  /** Optimistic-lock counter: a save must carry the version it started from. */
  version: number;
  compiledAt: string;
  /** A recompile's fresh text kept beside the office's edit, until it accepts or keeps its own. */
  proposed: SummaryDocument | null;
  proposedAt: string | null;
  /** Reports changed since this section was compiled (new, resubmitted, accepted, withdrawn). */
  newInputs: SummaryNewInput[];
}

export interface SummaryVersionSummary {
  number: number;
  action: SummaryVersionAction;
  createdAt: string;
  createdByName: string | null;
  /** Section keys this save changed. */
  sectionKeys: string[];
  note: string | null;
}

export const SUMMARY_VERSION_ACTIONS = ['compiled', 'section_saved', 'proposal_accepted', 'proposal_kept', 'settings_changed', 'finalized', 'reopened'] as const;
export type SummaryVersionAction = (typeof SUMMARY_VERSION_ACTIONS)[number];

export interface SummaryPermissions {
  canEdit: boolean;
  canCompile: boolean;
  canFinalize: boolean;
  canReopen: boolean;
}

export interface SummaryDetail {
  id: string;
  period: { id: string; title: string; kind: PeriodKind; year: number; sequence: number | null; state: PeriodState };
  state: SummaryState;
  /** Number of the latest saved version. */
  version: number;
  /** The flag of the last compile: submitted-but-not-accepted reports included, marked "(chưa tiếp nhận)". */
  includeSubmitted: boolean;
  compiledAt: string;
  settings: SummarySettings;
  sections: SummarySectionView[];
  figures: SummaryFigures;
  /** True when any section has new inputs. */
  hasNewInputs: boolean;
  /** The version frozen by the last finalize (also after a reopen); null before. */
  finalVersion: number | null;
  finalizedAt: string | null;
  versions: SummaryVersionSummary[];
  permissions: SummaryPermissions;
}

/** GET /api/periods/:id/summary/versions/:n — the summary as it was saved then. */
export interface SummaryVersionContent {
  number: number;
  action: SummaryVersionAction;
  createdAt: string;
  createdByName: string | null;
  note: string | null;
  state: SummaryState;
  settings: SummarySettings;
  sections: { key: SummarySectionKey; part: SummaryPart; title: string; content: SummaryDocument }[];
  figures: SummaryFigures;
}

/** POST /api/periods/:id/summary/compile */
export interface CompileSummaryRequest {
  /** Also take in submitted reports not yet accepted, marked "(chưa tiếp nhận)". */
  includeSubmitted: boolean;
  /** Recompile only these sections (default: all). The annexes' figures are refreshed by every compile. */
  sections?: SummarySectionKey[];
  /** Replace sections the office edited as well (otherwise their fresh text is only proposed). */
  force?: boolean;
}

/**
 * Answer of POST /api/periods/:id/summary/compile: what the compile did. The summary itself is read
 * with GET /api/periods/:id/summary (for a large province it is tens of megabytes, so the compile
 * does not send it back).
 */
export interface CompileSummaryResponse {
  /** The summary's version after the compile. */
  version: number;
  compiledAt: string;
  /** Sections whose text the compile replaced. */
  replaced: SummarySectionKey[];
  /** Edited sections that got the fresh text as a proposal beside the office's edit. */
  proposed: SummarySectionKey[];
}

/** PUT /api/periods/:id/summary/sections/:key */
export interface SaveSummarySectionRequest {
  version: number;
  content: SummaryDocument;
}

/** `details` of a 409 STALE_VERSION on a summary section: the server's copy. */
export interface SummaryStaleVersionDetails {
  server: SummarySectionView;
}

/** POST /api/periods/:id/summary/sections/:key/proposal — take the proposed text, or keep the office's. */
export interface ResolveSummaryProposalRequest {
  version: number;
  decision: 'accept' | 'keep';
}

/** PUT /api/periods/:id/summary/settings — every field optional but `style`. */
export interface SummarySettingsRequest {
  style: SummaryStyle;
  number?: string | null;
  date?: LocalDate | null;
  place?: string;
  subject?: string;
  parentBody?: string;
  issuingBody?: string;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string | null;
  recipients?: string[];
}

/** POST /api/periods/:id/summary/finalize */
export interface FinalizeSummaryRequest {
  number: string;
  date: LocalDate;
}

/** POST /api/periods/:id/summary/reopen */
export interface ReopenSummaryRequest {
  reason: string;
}
