import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LevelFormat,
  LevelSuffix,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IPropertiesOptions,
  type ISectionOptions,
} from 'docx';
import {
  SUMMARY_PART_TITLES_VI,
  formatLocalDateVi,
  formatNumberVi,
  formatPlaceDate,
  numberLine,
  recipientLines,
  submissionWording,
  toLocalDate,
  type SummaryDocument,
  type SummaryFigures,
  type SummaryRun,
  type SummarySettings,
  type SummaryUnitFigure,
} from '@giao-ban/shared';
import { docxCompiler, xmlOf } from './docx-xml.js';
import { textWidthTwips } from './text-metrics.js';
import { ZipWriter } from './zip-writer.js';

/**
 * The summary as a Word document laid out by DOCUMENT-FORMAT.md: Hướng dẫn 36-HD/VPTW (Party)
 * or Nghị định 30/2020/NĐ-CP (state). A4 portrait, margins 20/20/30/15 mm, Times New Roman,
 * header block in a borderless two-column table, number and date, "BÁO CÁO" and the subject,
 * the body, the signature block beside "Nơi nhận:", then the annexes as Word tables with
 * repeating header rows (annex 2 on landscape pages). Page numbers centred in the top margin,
 * none on the first page. Built with the `docx` package only: no XML written by hand.
 */
export interface DocxSection {
  key: string;
  part: string;
  title: string;
  /** The section's document, or its JSON as stored (parsed where it is rendered: in a worker, off the main thread). */
  content: SummaryDocument | string;
}

export interface DocxInput {
  settings: SummarySettings;
  /** In print order; read one at a time, so the caller may load them one at a time. */
  sections: AsyncIterable<DocxSection> | Iterable<DocxSection>;
  figures: SummaryFigures;
  /** Year for a blank date line ("ngày … tháng … năm 2022"). */
  fallbackYear: number;
}

// ——— page geometry (twips: 1/20 pt; 1 mm = 56.69 twips) ———
const mm = (v: number) => Math.round((v * 1440) / 25.4);
export const A4 = { width: 11906, height: 16838 };
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right; // 9355
const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;
const CELL_MARGIN = 108; // Word's default left/right cell margin

const FONT = 'Times New Roman';
const half = (pt: number) => pt * 2; // docx sizes are half-points

/** Font sizes (pt) of each element in the two styles (DOCUMENT-FORMAT.md). */
export const SIZES = {
  party: { heading: 15, parent: 14, issuer: 14, number: 14, placeDate: 14, type: 16, subject: 14, body: 14, signer: 14, pageNumber: 14 },
  state: { heading: 12, motto: 13, parent: 13, issuer: 13, number: 13, placeDate: 14, type: 14, subject: 14, body: 14, signer: 14, pageNumber: 14 },
} as const;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const BULLETS = 'summary-dash';
/** Body text: justified, first line indented 1.27 cm, 6 pt after, 1.2 lines (Nghị định 30: ≥ 6 pt, single to 1.5). */
const BODY_STYLE = 'GBBody';
const CELL_STYLES = { left: 'GBCell', center: 'GBCellCenter', right: 'GBCellRight' } as const;
/** Font size of the annex tables (pt). */
const ANNEX_SIZE = 11;

const text = (value: string, options: { size: number; bold?: boolean; italic?: boolean }) =>
  new TextRun({ text: value, size: half(options.size), ...(options.bold ? { bold: true } : {}), ...(options.italic ? { italics: true } : {}) });

function centred(value: string, size: number, options: { bold?: boolean; italic?: boolean } & Partial<IParagraphOptions> = {}): Paragraph {
  const { bold, italic, ...paragraph } = options;
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...paragraph, children: [text(value, { size, bold, italic })] });
}

/**
 * A solid rule centred in a cell of `cellWidth`, `ruleWidth` long: a paragraph as wide as the
 * rule (its indents take the rest) with a bottom border, in a 1 pt font so it adds no line.
 */
function rule(cellWidth: number, ruleWidth: number): Paragraph {
  const inner = cellWidth - 2 * CELL_MARGIN;
  const side = Math.max(0, Math.round((inner - Math.min(ruleWidth, inner)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** The text with a rule under it exactly as long as the text (a bottom border on a paragraph indented to fit it). */
function ruled(value: string, size: number, bold: boolean, cellWidth: number): Paragraph {
  const inner = cellWidth - 2 * CELL_MARGIN;
  const width = Math.min(inner, textWidthTwips(value, size, bold) + 40);
  const side = Math.max(0, Math.round((inner - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [text(value, { size, bold })],
  });
}

function borderlessTable(columnWidths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map((children, i) => new TableCell({ width: { size: columnWidths[i]!, type: WidthType.DXA }, borders: NO_BORDERS, children })),
        }),
    ),
  });
}

/** Header block: left the bodies and the number, right the national or Party heading and the place and date. */
function headerBlock(s: SummarySettings, fallbackYear: number): Table {
  const z = SIZES[s.style];
  const left = mm(70);
  const right = TEXT_WIDTH - left;
  const placeDate = formatPlaceDate(s.place, s.date, fallbackYear);
  if (s.style === 'state') {
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    return borderlessTable(
      [left, right],
      [
        [
          [
            centred(s.parentBody.toLocaleUpperCase('vi'), SIZES.state.parent),
            centred(s.issuingBody.toLocaleUpperCase('vi'), SIZES.state.issuer, { bold: true }),
            rule(left, Math.round((left - 2 * CELL_MARGIN) * 0.4)),
          ],
          [
            centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', SIZES.state.heading, { bold: true }),
            ruled(motto, SIZES.state.motto, true, right),
          ],
        ],
        [
          [centred(numberLine('state', s.number), z.number, { spacing: { before: 120, after: 0 } })],
          [centred(placeDate, z.placeDate, { italic: true, spacing: { before: 120, after: 0 } })],
        ],
      ],
    );
  }
  return borderlessTable(
    [left, right],
    [
      [
        [
          centred(s.parentBody.toLocaleUpperCase('vi'), SIZES.party.parent),
          centred(s.issuingBody.toLocaleUpperCase('vi'), SIZES.party.issuer, { bold: true }),
          centred('*', SIZES.party.issuer),
        ],
        [ruled('ĐẢNG CỘNG SẢN VIỆT NAM', SIZES.party.heading, true, right)],
      ],
      [
        [centred(numberLine('party', s.number), z.number)],
        [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, children: [text(placeDate, { size: z.placeDate, italic: true })] })],
      ],
    ],
  );
}

/** The office's runs at the body size — the document default, so a run only carries its bold and italic. */
function runsOf(runs: SummaryRun[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, ...(r.bold === true ? { bold: true } : {}), ...(r.italic === true ? { italics: true } : {}) }));
}

/** Body paragraph: justified, first line indented 1.27 cm, 6 pt after, 1.2 lines. */
function bodyParagraph(children: TextRun[], options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ style: BODY_STYLE, ...options, children });
}

function* sectionBody(content: SummaryDocument): Generator<Paragraph> {
  for (const block of content.blocks) {
    if (block.type === 'bullets') {
      for (const item of block.items) yield bodyParagraph(runsOf(item), { numbering: { reference: BULLETS, level: 0, custom: true } });
    } else {
      yield bodyParagraph(runsOf(block.runs));
    }
  }
}

/** One section's paragraphs — its part's heading (I.–IV.) if the part begins here, its heading, its text. */
export function* sectionParagraphs(s: SummarySettings, section: DocxSection, partBefore: string): Generator<Paragraph> {
  const size = SIZES[s.style].body;
  if (section.part !== partBefore && section.part in SUMMARY_PART_TITLES_VI) {
    const title = SUMMARY_PART_TITLES_VI[section.part as keyof typeof SUMMARY_PART_TITLES_VI];
    yield bodyParagraph([text(`${section.part}. ${title}`, { size, bold: true })], { keepNext: true, spacing: { before: 120, after: 120, line: 288 } });
  }
  if (section.title) yield bodyParagraph([text(section.title, { size, bold: true })], { keepNext: true });
  yield* sectionBody(typeof section.content === 'string' ? (JSON.parse(section.content) as SummaryDocument) : section.content);
}

/**
 * The XML of one section of the body, as `docx` writes it, `PARAGRAPHS_PER_PIECE` paragraphs at a
 * time. `partBefore`: the part of the section before it ('' for the first). A section's XML does
 * not depend on which thread writes it, nor on where the pieces are cut: the body is its
 * sections' pieces one after another (summary-docx.parallel.ts has two workers share them).
 */
export function* sectionPieces(s: SummarySettings, section: DocxSection, partBefore: string): Generator<DocxPiece> {
  let pending: Paragraph[] = [];
  for (const paragraph of sectionParagraphs(s, section, partBefore)) {
    pending.push(paragraph);
    if (pending.length >= PARAGRAPHS_PER_PIECE) {
      yield pieceWriter().paragraphs(pending);
      pending = [];
    }
  }
  if (pending.length) yield pieceWriter().paragraphs(pending);
}

/** "Nơi nhận:" and its lines on the left; the signing authority, title and name on the right. */
function signatureBlock(s: SummarySettings): Table {
  const size = SIZES[s.style].signer;
  const left = mm(75);
  const right = TEXT_WIDTH - left;
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [text('Nơi nhận:', { size: 12, bold: true, italic: true })] }),
    ...recipientLines(s.recipients).map((line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [text(line, { size: 11 })] })),
  ];
  const signer = [
    centred(s.signerAuthority.toLocaleUpperCase('vi'), size, { bold: true }),
    centred(s.signerTitle.toLocaleUpperCase('vi'), size, { bold: true }),
    ...Array.from({ length: 4 }, () => centred('', size)),
    centred(s.signerName ?? '……………………………', size, { bold: true }),
  ];
  return borderlessTable([left, right], [[recipients, signer]]);
}

// ——— annexes ———

/**
 * A table cell of one line of text. Its paragraph takes a cell style (spacing, size, alignment),
 * so each of the thousands of annex cells carries little of its own. No width of its own either:
 * `docx` writes each cell's `w:tcW` from the table's `columnWidths` (the columns it spans), the
 * same XML as a width given per cell, without two more objects per cell to build.
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

function annexHeading(number: number, title: string, s: SummarySettings): Paragraph[] {
  const by = s.number ? `Báo cáo số ${s.number}${s.date ? ` ngày ${formatLocalDateVi(s.date)}` : ''}` : 'Báo cáo';
  return [
    centred(`Phụ lục ${number}`, 14, { bold: true }),
    centred(title, 14, { bold: true }),
    centred(`(Kèm theo ${by} của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)`, 13, { italic: true, spacing: { before: 0, after: 240 } }),
  ];
}

export function submissionText(u: SummaryUnitFigure): string {
  return submissionWording(u, 'vi');
}

export function handlingText(u: SummaryUnitFigure): string {
  switch (u.state) {
    case 'accepted':
      return 'Đã tiếp nhận';
    case 'submitted':
      return 'Chưa tiếp nhận';
    case 'returned':
      return 'Trả lại, đang bổ sung';
    case 'awaiting_approval':
      return 'Chờ lãnh đạo đơn vị duyệt';
    default:
      return 'Chưa gửi';
  }
}

export function inclusionText(u: Pick<SummaryUnitFigure, 'inclusion'>): string {
  return u.inclusion === 'accepted' ? 'Có' : u.inclusion === 'submitted' ? 'Có (chưa tiếp nhận)' : 'Không';
}

export const ANNEX_1_HEADERS = ['STT', 'Đơn vị', 'Hạn gửi', 'Ngày gửi', 'Tình trạng gửi', 'Xử lý báo cáo', 'Tổng hợp'];

/**
 * A part of the document.xml written in pieces: the frame holds a mark (a paragraph, or a table row)
 * that the pieces' XML replaces. See renderSummaryDocx.
 */
export interface Insert {
  mark: string;
  kind: 'paragraph' | 'row';
  pieces: () => AsyncIterable<DocxPiece>;
}

/** A piece of document.xml as `docx` wrote it, and the numbering.xml its lists need (body pieces with bullets). */
export interface DocxPiece {
  xml: string | Uint8Array;
  numbering?: string | null;
}

/**
 * Data rows per piece of an annex table. Small, now that a piece costs nothing of its own: what a
 * worker holds when V8 collects its young generation is the piece it is writing, and 25 rows or
 * paragraphs instead of 200–250 took the workers' garbage collection from 1.1 s to 0.6–0.7 s at 2,520 units.
 */
const ROWS_PER_PIECE = 25;

function markRow(mark: string, widths: number[]): TableRow {
  const width = widths.reduce((a, b) => a + b, 0);
  return new TableRow({
    children: [new TableCell({ width: { size: width, type: WidthType.DXA }, columnSpan: widths.length, children: [new Paragraph({ children: [new TextRun(mark)] })] })],
  });
}

/** Rows of a table, `ROWS_PER_PIECE` at a time, as the XML `docx` writes for them. */
function rowPieces<T>(widths: number[], items: readonly T[], row: (item: T, index: number) => TableRow): () => AsyncIterable<DocxPiece> {
  return async function* () {
    for (let start = 0; start < items.length; start += ROWS_PER_PIECE) {
      const rows = items.slice(start, start + ROWS_PER_PIECE).map((item, i) => row(item, start + i));
      yield { xml: pieceWriter().tableRows(widths, rows) };
    }
  };
}

function annex1(input: DocxInput, inserts: Insert[]): (Paragraph | Table)[] {
  const widths = [700, 2355, 1250, 1250, 1450, 1400, 950]; // 9355
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ANNEX_1_HEADERS.map((h) => cell(h, { bold: true, align: 'center', size: ANNEX_SIZE })),
  });
  const mark = 'GIAO-BAN-ANNEX-1-ROWS';
  inserts.push({
    mark,
    kind: 'row',
    pieces: rowPieces(widths, input.figures.units, (u, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(i + 1), { align: 'center' }),
          cell(u.name, {}),
          cell(formatLocalDateVi(u.effectiveDueDate), { align: 'center' }),
          cell(u.firstSubmittedAt ? formatLocalDateVi(toLocalDate(new Date(u.firstSubmittedAt))) : '', { align: 'center' }),
          cell(submissionText(u), {}),
          cell(handlingText(u), {}),
          cell(inclusionText(u), { align: 'center' }),
        ],
      }),
    ),
  });
  return [...annexHeading(1, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN', input.settings), gridTable(widths, [header, markRow(mark, widths)])];
}

/** Indicator columns per table on a landscape page; more are split into further tables. */
export const INDICATORS_PER_TABLE = 10;

function annex2(input: DocxInput, inserts: Insert[]): (Paragraph | Table)[] {
  const f = input.figures;
  const heading = annexHeading(2, 'SỐ LIỆU CHỈ TIÊU CỦA CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN', input.settings);
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
    const mark = `GIAO-BAN-ANNEX-2-ROWS-${start}`;
    // No unit has figures yet (nothing submitted): the table keeps its header and empty totals.
    if (f.indicatorRows.length) inserts.push({
      mark,
      kind: 'row',
      pieces: rowPieces(widths, f.indicatorRows, (r, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(i + 1), { align: 'center', size: 11 }),
            new TableCell({
              verticalAlign: VerticalAlign.CENTER,
              children: [
                new Paragraph({
                  style: CELL_STYLES.left,
                  children: [new TextRun(r.name), ...(r.inclusion === 'submitted' ? [new TextRun({ text: ' (chưa tiếp nhận)', italics: true })] : [])],
                }),
              ],
            }),
            ...columns.map((c) => cell(r.values[c.index] === null ? '' : formatNumberVi(r.values[c.index]!), { align: 'right', size: 11 })),
          ],
        }),
      ),
    });
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
      ...(f.indicatorRows.length ? [markRow(mark, widths)] : []),
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

function pageNumberHeader(size: number): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(size) })] })],
  });
}

/** The dash list of the body (the office's bullets), numbered by `docx`. */
export const NUMBERING: NonNullable<IPropertiesOptions['numbering']> = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '-',
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.SPACE,
          style: { paragraph: { indent: { left: 0, firstLine: 720 } }, run: { font: FONT } },
        },
      ],
    },
  ],
};

function documentOf(s: SummarySettings, sections: ISectionOptions[]): Document {
  return new Document({
    creator: 'Giao Ban',
    title: `BÁO CÁO ${s.subject}`,
    description: 'Báo cáo tổng hợp của Ban Chỉ đạo Công tác thông tin đối ngoại',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: half(SIZES[s.style].body), color: '000000' },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        {
          id: BODY_STYLE,
          name: 'Giao Ban body',
          quickFormat: true,
          paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing: { before: 0, after: 120, line: 288 } },
        },
        { id: CELL_STYLES.left, name: 'Giao Ban table cell', run: { size: half(ANNEX_SIZE) }, paragraph: { spacing: { before: 40, after: 40 } } },
        { id: CELL_STYLES.center, name: 'Giao Ban table cell centred', basedOn: CELL_STYLES.left, paragraph: { alignment: AlignmentType.CENTER } },
        { id: CELL_STYLES.right, name: 'Giao Ban table cell right', basedOn: CELL_STYLES.left, paragraph: { alignment: AlignmentType.RIGHT } },
      ],
    },
    numbering: NUMBERING,
    sections,
  });
}

type DocxParts = Map<string, string | Uint8Array>;

/** The package parts `docx` writes for a document, before they are zipped: what Packer.toBuffer zips. */
function compileParts(document: Document): DocxParts {
  return new Map(docxCompiler().compile(document, undefined, []));
}

/**
 * Writes pieces of document.xml — paragraphs, or a table's rows — as `docx` writes them in a
 * document: its formatter turns each element into its object form, in the context of one document
 * this thread makes once (which numbers the lists as the frame numbers them: same definitions, same
 * order), and `xmlOf` writes that out as docx's Packer does. Compiling a whole document per piece,
 * as this did before, wrote every other part of the package each time and went over the XML again
 * (its tables of contents, images and list placeholders): about a third of the step's CPU.
 */
class PieceWriter {
  private readonly file = new Document({ numbering: NUMBERING, sections: [{ children: [] }] });
  private readonly context = { viewWrapper: this.file.Document, file: this.file, stack: [] };
  private readonly compiler = docxCompiler();
  private numbering: string | null = null;

  private xml(element: Paragraph | Table): string {
    return xmlOf(this.compiler.formatter.format(element, this.context));
  }

  /** The XML of these paragraphs in a document's body, and the numbering.xml their lists need. */
  paragraphs(paragraphs: Paragraph[]): DocxPiece {
    let xml = '';
    for (const paragraph of paragraphs) xml += this.xml(paragraph);
    if (!xml.includes('<w:numPr>')) return { xml, numbering: null };
    // A list's number is a placeholder until the document's numbering gives it its id, as in Packer.
    xml = this.compiler.numberingReplacer.replace(xml, this.file.Numbering.ConcreteNumbering);
    this.numbering ??= compileParts(this.file).get('word/numbering.xml') as string;
    return { xml, numbering: this.numbering };
  }

  /** The XML of these rows in a table of these column widths (which give each cell its width). */
  tableRows(widths: number[], rows: TableRow[]): string {
    const xml = this.xml(gridTable(widths, rows));
    const start = Math.min(...['<w:tr>', '<w:tr '].map((t) => xml.indexOf(t)).filter((i) => i >= 0));
    const end = xml.lastIndexOf('</w:tr>') + '</w:tr>'.length;
    if (!Number.isFinite(start) || end < start) throw new Error('Unexpected table XML from docx');
    return xml.slice(start, end);
  }
}

/** This thread's piece writer (each export worker has its own). */
let writer: PieceWriter | null = null;
const pieceWriter = () => (writer ??= new PieceWriter());

/** Body paragraphs per piece: a piece is written by docx, deflated, and let go (see ROWS_PER_PIECE). */
const PARAGRAPHS_PER_PIECE = 25;

/** Where an element of `kind` holding the mark starts and ends in the frame's XML. */
function enclosing(xml: string, mark: string, kind: Insert['kind']): [number, number] {
  const at = xml.indexOf(mark);
  if (at < 0) throw new Error(`The mark ${mark} is missing from document.xml`);
  const tag = kind === 'paragraph' ? 'w:p' : 'w:tr';
  const start = Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));
  const end = xml.indexOf(`</${tag}>`, at) + `</${tag}>`.length;
  if (start < 0 || end < at) throw new Error(`The mark ${mark} is not inside a ${tag}`);
  return [start, end];
}

/** The document to write: its frame (a `docx` document with marks) and the inserts whose pieces replace the marks. */
export interface DocxPlan {
  frame: () => Document;
  inserts: Insert[];
}

/**
 * Lays the document out: the frame — header block, title, signature block, annex headings and
 * table headers, page setup, styles, numbering, page-number headers — with marks where the body
 * and the annex rows go, and for each mark the pieces that replace it, written by `docx` a few
 * hundred paragraphs or rows at a time. The same plan is made in the export's worker threads
 * (summary-docx.worker.ts), which render the pieces of the marks given to them.
 */
export function planDocument(input: DocxInput): DocxPlan {
  const s = input.settings;
  const z = SIZES[s.style];
  const inserts: Insert[] = [];
  inserts.push({
    mark: BODY_MARK,
    kind: 'paragraph',
    pieces: async function* () {
      let part = '';
      for await (const section of input.sections) {
        yield* sectionPieces(s, section, part);
        part = section.part;
      }
    },
  });
  const annexOneChildren = annex1(input, inserts);
  const annexTwoChildren = annex2(input, inserts);
  const frame = () => {
    const headers = { default: pageNumberHeader(z.pageNumber), first: new Header({ children: [new Paragraph({ children: [] })] }) };
    const portrait = { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGINS };
    const main: ISectionOptions = {
      properties: { titlePage: true, page: portrait },
      headers,
      children: [
        headerBlock(s, input.fallbackYear),
        centred('BÁO CÁO', z.type, { bold: true, spacing: { before: 360, after: 0 } }),
        centred(s.subject, z.subject, { bold: true, spacing: { before: 0, after: s.style === 'state' ? 0 : 240 } }),
        ...(s.style === 'state' ? [rule(TEXT_WIDTH + 2 * CELL_MARGIN, mm(35)), new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })] : []),
        new Paragraph({ children: [new TextRun(BODY_MARK)] }),
        new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
        signatureBlock(s),
      ],
    };
    const annexOne: ISectionOptions = { properties: { page: portrait }, headers: { default: pageNumberHeader(z.pageNumber) }, children: annexOneChildren };
    const annexTwo: ISectionOptions = {
      properties: { page: { ...portrait, size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE } } },
      headers: { default: pageNumberHeader(z.pageNumber) },
      children: annexTwoChildren,
    };
    return documentOf(s, [main, annexOne, annexTwo]);
  };
  return { frame, inserts };
}

export const BODY_MARK = 'GIAO-BAN-SUMMARY-BODY';

/** Where the pieces of each mark come from: this thread (the plan's own) or the export's workers (summary-docx.parallel.ts). */
export type PieceSource = (plan: DocxPlan, input: DocxInput) => { pieces: Map<string, () => AsyncIterable<DocxPiece>>; close(): Promise<void> };

/** Renders every piece in this thread. */
export const inThisThread: PieceSource = (plan) => ({ pieces: new Map(plan.inserts.map((insert) => [insert.mark, insert.pieces])), close: async () => undefined });

/**
 * The .docx. The frame is compiled by `docx` here; the body and the annex rows are written by
 * `docx` too, a few hundred paragraphs or rows at a time, by `source` (in worker threads, in the
 * API: see summary-docx.worker.ts), and each piece is deflated into the zip as it comes, in
 * document order. So memory holds a piece or two of XML, not a 40 MB document.xml and its object
 * tree, whatever the size of the period; and every byte of XML is still written by `docx`.
 */
export async function renderSummaryDocx(input: DocxInput, source: PieceSource = inThisThread): Promise<Buffer> {
  const plan = planDocument(input);
  const { pieces, close } = source(plan, input);
  try {
    return await zipDocument(plan, pieces, input.figures.compiledAt);
  } finally {
    await close();
  }
}

/**
 * `docx` stamps docProps/core.xml with the moment it runs. The document's own moment is when its
 * figures were compiled, so one summary exports to the same bytes however often it is downloaded:
 * a finalized summary's .docx never changes.
 */
function stampCoreProperties(xml: string, at: string): string {
  const stamp = new Date(at).toISOString();
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_, open: string, __: string, close: string) => `${open}${stamp}${close}`);
}

async function zipDocument(plan: DocxPlan, pieces: Map<string, () => AsyncIterable<DocxPiece>>, compiledAt: string): Promise<Buffer> {
  const parts = compileParts(plan.frame());
  parts.set('docProps/core.xml', stampCoreProperties(parts.get('docProps/core.xml') as string, compiledAt));
  const frame = parts.get('word/document.xml') as string;
  const cuts = plan.inserts.map((insert) => ({ insert, range: enclosing(frame, insert.mark, insert.kind) })).sort((a, b) => a.range[0] - b.range[0]);
  // The pieces' lists are numbered as the frame would number them (same definitions, same order).
  let numbering: string | null = null;

  async function* documentXml(): AsyncGenerator<string | Uint8Array> {
    let at = 0;
    for (const { insert, range } of cuts) {
      yield frame.slice(at, range[0]);
      for await (const piece of pieces.get(insert.mark)!()) {
        numbering ??= piece.numbering ?? null;
        yield piece.xml;
      }
      at = range[1];
    }
    yield frame.slice(at);
  }

  const zip = new ZipWriter(DEFLATE_LEVEL);
  const order = ['[Content_Types].xml', 'word/document.xml', ...[...parts.keys()].filter((k) => k !== '[Content_Types].xml' && k !== 'word/document.xml')];
  for (const path of order) {
    if (path === 'word/document.xml') await zip.addStreamed(path, documentXml());
    else if (path === 'word/numbering.xml') await zip.add(path, numbering ?? (parts.get(path) as string));
    else if (parts.has(path)) await zip.add(path, parts.get(path)!);
  }
  return zip.finish();
}

/**
 * zlib level for the .docx. Word reads any level; 1 deflates 40 MB of XML ten times faster than
 * zlib's default 6 for a file about 40 % larger (8 MB instead of 6 MB at 2,520 units).
 */
const DEFLATE_LEVEL = 1;
