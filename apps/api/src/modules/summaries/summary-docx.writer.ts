import type { Readable } from 'node:stream';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  annexCaption,
  annexLabel,
  formatLocalDateVi,
  formatNumberVi,
  formatPlaceDate,
  numberLine,
  submissionWording,
  toLocalDate,
  type PeriodNaming,
  type SummaryFigures,
  type SummarySettings,
  type SummaryUnitFigure,
} from '@giao-ban/shared';
import {
  LANDSCAPE_TEXT_WIDTH,
  NUMBERING,
  SIZES,
  bodyParagraph,
  centred,
  closing,
  documentStyles,
  half,
  headerBlock,
  packDocument,
  pagedSection,
  sectionParagraphs,
  text,
  titleBlock,
  type DocumentSection,
} from '../../common/documents/official-document.js';

/**
 * The summary as a Word document laid out by DOCUMENT-FORMAT.md (the shared blocks of
 * official-document.ts: header, title, body, signature block), then the annexes ("Phụ lục I",
 * "Phụ lục II") as Word tables with repeating header rows, each annex a section of its own whose
 * pages are numbered from 1 (annex II on landscape pages). One `docx` Document, written by `Packer`.
 */
export type DocxSection = DocumentSection;

export interface DocxInput {
  settings: SummarySettings;
  /** In print order. */
  sections: AsyncIterable<DocxSection> | Iterable<DocxSection>;
  figures: SummaryFigures;
  /** The period reported on: it names part III ("NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2022") and, as on the screen, gives the year of a blank date line. */
  period: PeriodNaming;
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const CELL_STYLES = { left: 'GBCell', center: 'GBCellCenter', right: 'GBCellRight' } as const;
/** Font size of the annex tables (pt). */
const ANNEX_SIZE = 11;

// ——— annexes ———

/**
 * A table cell of one line of text. Its paragraph takes a cell style (spacing, size, alignment),
 * so each of the thousands of annex cells carries little of its own; its width comes from the
 * table's `columnWidths`.
 */
function cell(value: string, options: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; columnSpan?: number; rowSpan?: number; size?: number }) {
  const own = options.size !== undefined && options.size !== ANNEX_SIZE ? { size: half(options.size) } : {};
  return new TableCell({
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        style: CELL_STYLES[options.align ?? 'left'],
        children: [new TextRun({ text: value, ...own, ...(options.bold ? { bold: true } : {}), ...(options.italic ? { italics: true } : {}) })],
      }),
    ],
  });
}

function gridTable(columnWidths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows,
  });
}

/** The annexes, in order: the .docx and the .xlsx number and title them alike. */
export const ANNEX_TITLES = ['TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN', 'SỐ LIỆU CHỈ TIÊU CỦA CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN'] as const;

function annexHeading(index: number, s: SummarySettings): Paragraph[] {
  return [
    centred(annexLabel(index, ANNEX_TITLES.length), 14, { bold: true }),
    centred(ANNEX_TITLES[index - 1]!, 14, { bold: true }),
    centred(annexCaption(s), 13, { italic: true, spacing: { before: 0, after: 240 } }),
  ];
}

export function submissionText(u: SummaryUnitFigure): string {
  return submissionWording(u, 'vi');
}

/**
 * How each unit sent its report, as the committee states it upward. Whether the office has accepted
 * a report, and whether it is in this compile, is the office's own business: on the screen, not here.
 */
export const ANNEX_1_HEADERS = ['STT', 'Đơn vị', 'Hạn gửi', 'Ngày gửi', 'Tình trạng gửi'];

function annex1(input: DocxInput): (Paragraph | Table)[] {
  const widths = [700, 3455, 1500, 1500, 2200]; // 9355
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ANNEX_1_HEADERS.map((h) => cell(h, { bold: true, align: 'center', size: ANNEX_SIZE })),
  });
  const rows = input.figures.units.map(
    (u, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(i + 1), { align: 'center' }),
          cell(u.name, {}),
          cell(formatLocalDateVi(u.effectiveDueDate), { align: 'center' }),
          cell(u.firstSubmittedAt ? formatLocalDateVi(toLocalDate(new Date(u.firstSubmittedAt))) : '', { align: 'center' }),
          cell(submissionText(u), {}),
        ],
      }),
  );
  return [...annexHeading(1, input.settings), gridTable(widths, [header, ...rows])];
}

/** Indicator columns per table on a landscape page; more are split into further tables. */
export const INDICATORS_PER_TABLE = 10;

function annex2(input: DocxInput): (Paragraph | Table)[] {
  const f = input.figures;
  const heading = annexHeading(2, input.settings);
  if (f.indicators.length === 0) return [...heading, bodyParagraph([text('Kỳ báo cáo không có chỉ tiêu.', { size: 14, italic: true })])];
  const out: (Paragraph | Table)[] = [...heading];
  for (let start = 0; start < f.indicators.length; start += INDICATORS_PER_TABLE) {
    const columns = f.indicators.slice(start, start + INDICATORS_PER_TABLE).map((c, i) => ({ ...c, index: start + i }));
    const fixed = [700, 3100];
    const each = Math.floor((LANDSCAPE_TEXT_WIDTH - fixed[0]! - fixed[1]!) / columns.length);
    const widths = [...fixed, ...columns.map(() => each)];
    const groups: { ordinal: number; span: number }[] = [];
    for (const c of columns) {
      const last = groups[groups.length - 1];
      if (last && last.ordinal === c.taskGroupOrdinal) last.span += 1;
      else groups.push({ ordinal: c.taskGroupOrdinal, span: 1 });
    }
    const headerCell = (value: string, extra: { columnSpan?: number; rowSpan?: number } = {}) =>
      cell(value, { bold: true, align: 'center', size: 11, ...extra });
    // No unit has figures yet (nothing submitted): the table keeps its header and empty totals.
    const unitRows = f.indicatorRows.map(
      (r, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(i + 1), { align: 'center', size: 11 }),
            new TableCell({
              verticalAlign: VerticalAlign.CENTER,
              children: [
                new Paragraph({
                  style: CELL_STYLES.left,
                  children: [new TextRun(r.name)],
                }),
              ],
            }),
            ...columns.map((c) => cell(r.values[c.index] === null ? '' : formatNumberVi(r.values[c.index]!), { align: 'right', size: 11 })),
          ],
        }),
    );
    const rows = [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          headerCell('STT', { rowSpan: 2 }),
          headerCell('Đơn vị', { rowSpan: 2 }),
          ...groups.map((g) => headerCell(`Nhiệm vụ ${g.ordinal}`, { columnSpan: g.span })),
        ],
      }),
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => headerCell(`${c.name} (${c.unit})`)) }),
      ...unitRows,
      new TableRow({
        cantSplit: true,
        children: [
          cell('', { size: 11 }),
          cell('Tổng cộng', { bold: true, size: 11 }),
          ...columns.map((c) => {
            const total = f.indicatorTotals[c.index];
            return cell(total === null || total === undefined ? '' : formatNumberVi(total), { bold: true, align: 'right', size: 11 });
          }),
        ],
      }),
    ];
    if (start > 0) out.push(new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }));
    out.push(gridTable(widths, rows));
  }
  const maxColumns = f.indicators.filter((c) => c.aggregation === 'max');
  if (maxColumns.length) {
    out.push(
      new Paragraph({
        spacing: { before: 120, after: 0 },
        children: [text(`Ghi chú: dòng "Tổng cộng" ghi giá trị cao nhất đối với: ${maxColumns.map((c) => c.name).join('; ')}.`, { size: 12, italic: true })],
      }),
    );
  }
  return out;
}

const DESCRIPTION = 'Báo cáo tổng hợp của Ban Chỉ đạo Công tác thông tin đối ngoại';

/** The whole report as one `docx` Document. */
export async function summaryDocument(input: DocxInput): Promise<Document> {
  const s = input.settings;
  const z = SIZES[s.style];
  const body: Paragraph[] = [];
  let part = '';
  for await (const section of input.sections) {
    for (const paragraph of sectionParagraphs(s.style, section, part, input.period)) body.push(paragraph);
    part = section.part;
  }
  const heading = { style: s.style, parentBody: s.parentBody, issuingBody: s.issuingBody, numberLine: numberLine(s.style, s.number), placeDate: formatPlaceDate(s.place, s.date, input.period.year) };
  const report = [headerBlock(heading), ...titleBlock(s.style, s.subject), ...body, ...closing(s)];
  return new Document({
    creator: 'Giao Ban',
    title: `BÁO CÁO ${s.subject}`,
    description: DESCRIPTION,
    styles: documentStyles(s.style, [
      { id: CELL_STYLES.left, name: 'Giao Ban table cell', run: { size: half(ANNEX_SIZE) }, paragraph: { spacing: { before: 40, after: 40 } } },
      { id: CELL_STYLES.center, name: 'Giao Ban table cell centred', basedOn: CELL_STYLES.left, paragraph: { alignment: AlignmentType.CENTER } },
      { id: CELL_STYLES.right, name: 'Giao Ban table cell right', basedOn: CELL_STYLES.left, paragraph: { alignment: AlignmentType.RIGHT } },
    ]),
    numbering: NUMBERING,
    sections: [
      pagedSection(z.pageNumber, report),
      pagedSection(z.pageNumber, annex1(input), { restart: true }),
      pagedSection(z.pageNumber, annex2(input), { restart: true, landscape: true }),
    ],
  });
}

/**
 * The .docx as a stream, its time the compile's (official-document.ts, packDocument): one summary
 * is the same bytes on every download.
 */
export async function renderSummaryDocx(input: DocxInput): Promise<Readable> {
  const document = await summaryDocument(input);
  return packDocument(document, { title: `BÁO CÁO ${input.settings.subject}`, description: DESCRIPTION, at: input.figures.compiledAt });
}
