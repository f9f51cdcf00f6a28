import type { Readable } from 'node:stream';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LevelFormat,
  LevelSuffix,
  Packer,
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
  annexCaption,
  annexLabel,
  formatLocalDateVi,
  formatNumberVi,
  formatPlaceDate,
  numberLine,
  recipientLines,
  subjectLineText,
  submissionWording,
  summaryPartTitle,
  toLocalDate,
  type PeriodNaming,
  type SummaryDocument,
  type SummaryFigures,
  type SummaryRun,
  type SummarySettings,
  type SummaryUnitFigure,
} from '@giao-ban/shared';
import { textWidthTwips } from './text-metrics.js';
import { restampedZip } from './zip-restamp.js';

/**
 * The summary as a Word document laid out by DOCUMENT-FORMAT.md: Hướng dẫn 36-HD/VPTW (Party)
 * or Nghị định 30/2020/NĐ-CP (state). A4 portrait, margins 20/20/30/15 mm, Times New Roman,
 * Vietnamese as the text's language, header block in a borderless two-column table, number and
 * date, "BÁO CÁO" and the subject, the body, the signature block beside "Nơi nhận:", then the
 * annexes ("Phụ lục I", "Phụ lục II") as Word tables with repeating header rows, each annex a
 * section of its own whose pages are numbered from 1 (annex II on landscape pages). Page numbers
 * centred in the top margin, none on the first page of the report or of an annex. One `docx`
 * Document, written by `Packer`.
 */
export interface DocxSection {
  key: string;
  part: string;
  title: string;
  /** The section's document, or its JSON as stored. */
  content: SummaryDocument | string;
}

export interface DocxInput {
  settings: SummarySettings;
  /** In print order. */
  sections: AsyncIterable<DocxSection> | Iterable<DocxSection>;
  figures: SummaryFigures;
  /** The period reported on: it names part III ("NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2022") and, as on the screen, gives the year of a blank date line. */
  period: PeriodNaming;
}

// ——— page geometry (twips: 1/20 pt; 1 mm = 56.69 twips) ———
const mm = (v: number) => Math.round((v * 1440) / 25.4);
export const A4 = { width: 11906, height: 16838 };
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right; // 9355
const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;
const CELL_MARGIN = 108; // Word's default left/right cell margin

const FONT = 'Times New Roman';
/** The text's language, so Word checks it as Vietnamese instead of marking every word as misspelt English. */
export const LANGUAGE = 'vi-VN';
const half = (pt: number) => pt * 2; // docx sizes are half-points

/** Font sizes (pt) of each element in the two styles (DOCUMENT-FORMAT.md; "Nơi nhận" and recipients: Hướng dẫn 36, Phụ lục 3). */
export const SIZES = {
  party: { heading: 15, parent: 14, issuer: 14, number: 14, placeDate: 14, type: 16, subject: 14, body: 14, signer: 14, pageNumber: 14, recipientsLabel: 14, recipients: 12 },
  state: { heading: 12, motto: 13, parent: 13, issuer: 13, number: 13, placeDate: 14, type: 14, subject: 14, body: 14, signer: 14, pageNumber: 14, recipientsLabel: 12, recipients: 11 },
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

const text = (value: string, options: { size: number; bold?: boolean; italic?: boolean; underline?: boolean }) =>
  new TextRun({
    text: value,
    size: half(options.size),
    ...(options.bold ? { bold: true } : {}),
    ...(options.italic ? { italics: true } : {}),
    ...(options.underline ? { underline: {} } : {}),
  });

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

/**
 * The rule under a state document's subject line (Nghị định 30): between a third and a half of the
 * subject's width — 2/5 of it, the subject measured as set (bold, at its size), at most one line wide.
 */
export function subjectRuleWidth(subject: string, sizePt: number): number {
  return Math.round(0.4 * Math.min(TEXT_WIDTH, textWidthTwips(subject, sizePt, true)));
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

/** "BÁO CÁO", the subject line in the style's case, and (state) the rule under it. */
function titleBlock(s: SummarySettings): Paragraph[] {
  const z = SIZES[s.style];
  const subject = subjectLineText(s.style, s.subject);
  const title = [centred('BÁO CÁO', z.type, { bold: true, spacing: { before: 360, after: 0 } })];
  // Party documents mark the end of the title with a short line of hyphens, as the screen shows it.
  if (s.style === 'party') return [...title, centred(subject, z.subject, { bold: true, spacing: { before: 0, after: 0 } }), centred('-----', z.subject, { spacing: { before: 0, after: 240 } })];
  return [
    ...title,
    centred(subject, z.subject, { bold: true }),
    rule(TEXT_WIDTH + 2 * CELL_MARGIN, subjectRuleWidth(subject, z.subject)),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
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
export function* sectionParagraphs(s: SummarySettings, section: DocxSection, partBefore: string, period: PeriodNaming): Generator<Paragraph> {
  const size = SIZES[s.style].body;
  if (section.part !== partBefore && section.part in SUMMARY_PART_TITLES_VI) {
    const title = summaryPartTitle(section.part as keyof typeof SUMMARY_PART_TITLES_VI, period);
    yield bodyParagraph([text(`${section.part}. ${title}`, { size, bold: true })], { keepNext: true, spacing: { before: 120, after: 120, line: 288 } });
  }
  if (section.title) yield bodyParagraph([text(section.title, { size, bold: true })], { keepNext: true });
  yield* sectionBody(typeof section.content === 'string' ? (JSON.parse(section.content) as SummaryDocument) : section.content);
}

/**
 * "Nơi nhận:" and its lines on the left; the signing authority, title and name on the right.
 * Party (Hướng dẫn 36): "Nơi nhận:" 14 pt, upright, underlined; the recipients 12 pt. State
 * (Nghị định 30): "Nơi nhận:" 12 pt bold italic; the recipients 11 pt.
 */
function signatureBlock(s: SummarySettings): Table {
  const z = SIZES[s.style];
  const left = mm(75);
  const right = TEXT_WIDTH - left;
  const label = s.style === 'party' ? { size: z.recipientsLabel, underline: true } : { size: z.recipientsLabel, bold: true, italic: true };
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [text('Nơi nhận:', label)] }),
    ...recipientLines(s.recipients).map((line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [text(line, { size: z.recipients })] })),
  ];
  const signer = [
    centred(s.signerAuthority.toLocaleUpperCase('vi'), z.signer, { bold: true }),
    centred(s.signerTitle.toLocaleUpperCase('vi'), z.signer, { bold: true }),
    ...Array.from({ length: 4 }, () => centred('', z.signer)),
    centred(s.signerName ?? '……………………………', z.signer, { bold: true }),
  ];
  return borderlessTable([left, right], [[recipients, signer]]);
}

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

/**
 * The page setup of each part: the report with no number on its first page; each annex a section
 * of its own, its pages numbered from 1 (Nghị định 30: an annex's pages are numbered on their own),
 * none on its first page either.
 */
function pagedSection(pageNumberSize: number, children: ISectionOptions['children'], options: { landscape?: boolean; restart?: boolean } = {}): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: MARGINS,
        ...(options.restart ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(pageNumberSize), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}

/** The whole report as one `docx` Document. */
export async function summaryDocument(input: DocxInput): Promise<Document> {
  const s = input.settings;
  const z = SIZES[s.style];
  const body: Paragraph[] = [];
  let part = '';
  for await (const section of input.sections) {
    for (const paragraph of sectionParagraphs(s, section, part, input.period)) body.push(paragraph);
    part = section.part;
  }
  const report = [
    headerBlock(s, input.period.year),
    ...titleBlock(s),
    ...body,
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
    signatureBlock(s),
  ];
  return new Document({
    creator: 'Giao Ban',
    title: `BÁO CÁO ${s.subject}`,
    description: 'Báo cáo tổng hợp của Ban Chỉ đạo Công tác thông tin đối ngoại',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: half(z.body), color: '000000', language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
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
    sections: [
      pagedSection(z.pageNumber, report),
      pagedSection(z.pageNumber, annex1(input), { restart: true }),
      pagedSection(z.pageNumber, annex2(input), { restart: true, landscape: true }),
    ],
  });
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * docProps/core.xml, given to Packer in place of its own (Packer's `overrides`): docx stamps the
 * created and modified times with the moment it runs, and the document's own moment is when its
 * figures were compiled — so one summary exports to the same bytes however often it is downloaded.
 */
export function coreProperties(title: string, at: string): string {
  const stamp = new Date(at).toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Giao Ban</dc:creator>` +
    '<dc:description>Báo cáo tổng hợp của Ban Chỉ đạo Công tác thông tin đối ngoại</dc:description>' +
    `<dc:language>${LANGUAGE}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The .docx as a stream: the Document written by Packer, then its zip written again with every
 * entry's time set to the compile's (Packer's zip stamps the moment it runs), so the bytes depend
 * on the summary alone.
 */
export async function renderSummaryDocx(input: DocxInput): Promise<Readable> {
  const document = await summaryDocument(input);
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(`BÁO CÁO ${input.settings.subject}`, input.figures.compiledAt) }]);
  return restampedZip(packed, new Date(input.figures.compiledAt));
}
