import { toLocalDate } from '../deadlines/local-date.js';
import type { Indicator } from '../periods/period.types.js';
import { GENERAL_OUTLINE, linesOf } from '../summaries/compile-summary.js';
import { formatNumberVi, formatPlaceDate, summarySubject, taskGroupHeading } from '../summaries/document-format.js';
import { summaryParagraph, summaryRun, type SummaryBlock, type SummaryDocument, type SummaryRun } from '../summaries/summary-document.js';
import type { SummaryPart } from '../summaries/summary.types.js';
import type { PeriodNaming } from '../summaries/summary-wording.js';
import type { GeneralSectionKey, IndicatorValue, ReportState, TaskStatus } from './report.types.js';

/**
 * A unit's own report as a document it prints, signs and files (Nghị định 30/2020/NĐ-CP, the
 * state form: the member units are state bodies): the unit as issuing body, a number left for its
 * clerk, the date it was last sent, "BÁO CÁO" with the period's subject, the four parts the
 * committee's summary has (I. results per task group with the unit's figures; II. assessment;
 * III. next period; IV. difficulties and proposals), and a signature block for the unit's head.
 *
 * A report not yet sent, or taken back for revision, is printed as what the screen shows and
 * marked as a draft, so a paper copy can never pass for the report the committee received.
 */

/** The self-assessed status as the document words it (the screen's words). */
export const TASK_STATUS_LABELS_VI: Record<TaskStatus, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
  not_applicable: 'Không áp dụng',
};

/** The mark on a report whose content is not a version the committee received. */
export const DRAFT_MARK_VI = 'BẢN NHÁP';

/** To whom a unit's report goes; the filing line is added by `recipientLines`. */
export const UNIT_REPORT_RECIPIENTS = ['Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh (qua Cơ quan thường trực)'];

/** Who signs a unit's report: its head, the title and name left for the signer. */
export const UNIT_REPORT_SIGNER_TITLE = 'THỦ TRƯỞNG ĐƠN VỊ';

/** States whose content is the last version sent to the committee (a sent report is frozen). */
const SENT: readonly ReportState[] = ['submitted', 'accepted'];

export interface UnitReportSection {
  generalKey: GeneralSectionKey | null;
  applicable: boolean;
  status: TaskStatus | null;
  text: string;
  indicatorValues: readonly IndicatorValue[];
  taskGroup: { ordinal: number; title: string; indicators: readonly Pick<Indicator, 'id' | 'name' | 'unit' | 'target'>[] } | null;
}

export interface UnitReportSource {
  agencyName: string;
  state: ReportState;
  /** When the report was last sent (ISO instant), null if never. */
  lastSubmittedAt: string | null;
  period: PeriodNaming;
  /** The place of the date line (the committee's: "Quảng Ninh"). */
  place: string;
  sections: readonly UnitReportSection[];
}

export interface UnitReportDocument {
  /** Null when the report is the version the committee received; else the draft mark. */
  draftMark: string | null;
  issuingBody: string;
  /** "Số:       /BC-": the unit's clerk writes its number and symbol. */
  numberLine: string;
  /** The day the report was sent; for a draft, blanks for the day and month and the period's year, as the summary writes them. */
  placeDate: string;
  subject: string;
  /** In print order, each under its part (I–IV) as the summary's sections are. */
  sections: { key: string; part: SummaryPart; title: string; content: SummaryDocument }[];
}

const italic = (text: string): SummaryBlock => summaryParagraph(summaryRun(text, { italic: true }));
const EMPTY = 'Chưa có nội dung.';

/** The unit's text as the document's paragraphs, one per line it wrote. */
function textBlocks(text: string): SummaryBlock[] {
  const lines = linesOf(text);
  return lines.length ? lines.map((line) => summaryParagraph(summaryRun(line))) : [italic(EMPTY)];
}

/** "Tin, bài đăng tải: 1.811 tin/bài (chỉ tiêu 2.000 tin/bài)"; a figure not given says so. */
export function indicatorLine(indicator: Pick<Indicator, 'name' | 'unit' | 'target'>, value: number | null): SummaryRun[] {
  const target = indicator.target === null ? '' : ` (chỉ tiêu ${formatNumberVi(indicator.target)} ${indicator.unit})`;
  if (value === null) return [summaryRun(`${indicator.name}: `), summaryRun('chưa có số liệu', { italic: true }), ...(target ? [summaryRun(target)] : [])];
  return [summaryRun(`${indicator.name}: `), summaryRun(`${formatNumberVi(value)} ${indicator.unit}`, { bold: true }), ...(target ? [summaryRun(target)] : [])];
}

function taskGroupContent(section: UnitReportSection & { taskGroup: NonNullable<UnitReportSection['taskGroup']> }): SummaryDocument {
  if (!section.applicable) return { blocks: [italic('Nhiệm vụ không áp dụng đối với đơn vị.')] };
  const blocks = textBlocks(section.text);
  const values = new Map(section.indicatorValues.map((v) => [v.indicatorId, v.value]));
  if (section.taskGroup.indicators.length) {
    blocks.push({ type: 'bullets', items: section.taskGroup.indicators.map((i) => indicatorLine(i, values.get(i.id) ?? null)) });
  }
  blocks.push(
    summaryParagraph(summaryRun('Tự đánh giá: ', { italic: true }), section.status ? summaryRun(TASK_STATUS_LABELS_VI[section.status]) : summaryRun('chưa chọn', { italic: true })),
  );
  return { blocks };
}

export function unitReportDocument(source: UnitReportSource): UnitReportDocument {
  const sent = SENT.includes(source.state) && source.lastSubmittedAt !== null;
  const taskGroups = source.sections
    .filter((s): s is UnitReportSection & { taskGroup: NonNullable<UnitReportSection['taskGroup']> } => s.taskGroup !== null)
    .sort((a, b) => a.taskGroup.ordinal - b.taskGroup.ordinal);
  const general = new Map(source.sections.filter((s) => s.generalKey !== null).map((s) => [s.generalKey!, s]));
  return {
    draftMark: sent ? null : DRAFT_MARK_VI,
    issuingBody: source.agencyName,
    numberLine: 'Số:       /BC-',
    placeDate: formatPlaceDate(source.place, sent ? toLocalDate(new Date(source.lastSubmittedAt!)) : null, source.period.year),
    subject: summarySubject(source.period),
    sections: [
      ...taskGroups.map((s) => ({
        key: `tg:${s.taskGroup.ordinal}`,
        part: 'I' as const,
        title: taskGroupHeading(s.taskGroup.ordinal, s.taskGroup.title),
        content: taskGroupContent(s),
      })),
      ...GENERAL_OUTLINE.map(({ key, part, title }) => ({ key, part, title, content: { blocks: textBlocks(general.get(key)?.text ?? '') } })),
    ],
  };
}
