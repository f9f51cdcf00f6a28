import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
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
  WidthType,
  type IParagraphOptions,
  type IPropertiesOptions,
  type IStylesOptions,
  type ISectionOptions,
} from 'docx';
import {
  SUMMARY_PART_TITLES_VI,
  recipientLines,
  subjectLineText,
  summaryPartTitle,
  type PeriodNaming,
  type SummaryDocument,
  type SummaryRun,
  type SummarySettings,
  type SummaryStyle,
} from '@giao-ban/shared';
import { textWidthTwips } from './text-metrics.js';
import { restampedZip } from './zip-restamp.js';

/**
 * The building blocks of a Vietnamese administrative document as DOCUMENT-FORMAT.md lays it out
 * — Hướng dẫn 36-HD/VPTW (Party) or Nghị định 30/2020/NĐ-CP (state) — shared by the committee's
 * summary and a unit's own report: A4 portrait, margins 20/20/30/15 mm, Times New Roman, Vietnamese
 * as the text's language, the header block in a borderless two-column table, "BÁO CÁO" and the
 * subject, the body by parts (I.–IV.), the signature block beside "Nơi nhận:", page numbers
 * centred in the top margin and none on a first page. Written with `docx`'s Packer.
 */

// ——— page geometry (twips: 1/20 pt; 1 mm = 56.69 twips) ———
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
export const A4 = { width: 11906, height: 16838 };
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right; // 9355
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;
const CELL_MARGIN = 108; // Word's default left/right cell margin

const FONT = 'Times New Roman';
/** The text's language, so Word checks it as Vietnamese instead of marking every word as misspelt English. */
export const LANGUAGE = 'vi-VN';
export const half = (pt: number) => pt * 2; // docx sizes are half-points

/** Font sizes (pt) of each element in the two styles (DOCUMENT-FORMAT.md; "Nơi nhận" and recipients: Hướng dẫn 36, Phụ lục 3). */
export const SIZES = {
  party: { heading: 15, parent: 14, issuer: 14, number: 14, placeDate: 14, type: 16, subject: 14, body: 14, signer: 14, pageNumber: 14, recipientsLabel: 14, recipients: 12 },
  state: { heading: 12, motto: 13, parent: 13, issuer: 13, number: 13, placeDate: 14, type: 14, subject: 14, body: 14, signer: 14, pageNumber: 14, recipientsLabel: 12, recipients: 11 },
} as const;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const BULLETS = 'summary-dash';
/** Body text: justified, first line indented 1.27 cm, 6 pt after, 1.2 lines (Nghị định 30: ≥ 6 pt, single to 1.5). */
const BODY_STYLE = 'GBBody';

export const text = (value: string, options: { size: number; bold?: boolean; italic?: boolean; underline?: boolean }) =>
  new TextRun({
    text: value,
    size: half(options.size),
    ...(options.bold ? { bold: true } : {}),
    ...(options.italic ? { italics: true } : {}),
    ...(options.underline ? { underline: {} } : {}),
  });

export function centred(value: string, size: number, options: { bold?: boolean; italic?: boolean } & Partial<IParagraphOptions> = {}): Paragraph {
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

/** What the header block says: the bodies (the parent body may be empty: a unit names itself only), the number line and the place-and-date line as written. */
export interface DocumentHeading {
  style: SummaryStyle;
  parentBody: string;
  issuingBody: string;
  numberLine: string;
  placeDate: string;
}

/** Header block: left the bodies and the number, right the national or Party heading and the place and date. */
export function headerBlock(h: DocumentHeading): Table {
  const z = SIZES[h.style];
  const left = mm(70);
  const right = TEXT_WIDTH - left;
  const parent = h.parentBody.trim() ? [centred(h.parentBody.toLocaleUpperCase('vi'), z.parent)] : [];
  if (h.style === 'state') {
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    return borderlessTable(
      [left, right],
      [
        [
          [
            ...parent,
            centred(h.issuingBody.toLocaleUpperCase('vi'), SIZES.state.issuer, { bold: true }),
            rule(left, Math.round((left - 2 * CELL_MARGIN) * 0.4)),
          ],
          [centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', SIZES.state.heading, { bold: true }), ruled(motto, SIZES.state.motto, true, right)],
        ],
        [
          [centred(h.numberLine, z.number, { spacing: { before: 120, after: 0 } })],
          [centred(h.placeDate, z.placeDate, { italic: true, spacing: { before: 120, after: 0 } })],
        ],
      ],
    );
  }
  return borderlessTable(
    [left, right],
    [
      [
        [...parent, centred(h.issuingBody.toLocaleUpperCase('vi'), SIZES.party.issuer, { bold: true }), centred('*', SIZES.party.issuer)],
        [ruled('ĐẢNG CỘNG SẢN VIỆT NAM', SIZES.party.heading, true, right)],
      ],
      [
        [centred(h.numberLine, z.number)],
        [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, children: [text(h.placeDate, { size: z.placeDate, italic: true })] })],
      ],
    ],
  );
}

/** "BÁO CÁO", the subject line in the style's case, (state) the rule under it, and a mark such as "BẢN NHÁP" under them when given. */
export function titleBlock(style: SummaryStyle, subjectText: string, mark: string | null = null): Paragraph[] {
  const z = SIZES[style];
  const subject = subjectLineText(style, subjectText);
  const title = [centred('BÁO CÁO', z.type, { bold: true, spacing: { before: 360, after: 0 } })];
  const marked = mark ? [centred(mark, z.type, { bold: true, spacing: { before: 0, after: 240 } })] : [];
  // Party documents mark the end of the title with a short line of hyphens, as the screen shows it.
  if (style === 'party') {
    return [
      ...title,
      centred(subject, z.subject, { bold: true, spacing: { before: 0, after: 0 } }),
      centred('-----', z.subject, { spacing: { before: 0, after: 240 } }),
      ...marked,
    ];
  }
  return [
    ...title,
    centred(subject, z.subject, { bold: true }),
    rule(TEXT_WIDTH + 2 * CELL_MARGIN, subjectRuleWidth(subject, z.subject)),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    ...marked,
  ];
}

/** The runs at the body size — the document default, so a run only carries its bold and italic. */
function runsOf(runs: SummaryRun[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, ...(r.bold === true ? { bold: true } : {}), ...(r.italic === true ? { italics: true } : {}) }));
}

/** Body paragraph: justified, first line indented 1.27 cm, 6 pt after, 1.2 lines. */
export function bodyParagraph(children: TextRun[], options: Partial<IParagraphOptions> = {}): Paragraph {
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

/** A section of the body: its part (I.–IV., or the opening and closing), its heading, its text. */
export interface DocumentSection {
  key: string;
  part: string;
  title: string;
  /** The section's document, or its JSON as stored. */
  content: SummaryDocument | string;
}

/** One section's paragraphs — its part's heading (I.–IV.) if the part begins here, its heading, its text. */
export function* sectionParagraphs(style: SummaryStyle, section: DocumentSection, partBefore: string, period: PeriodNaming): Generator<Paragraph> {
  const size = SIZES[style].body;
  if (section.part !== partBefore && section.part in SUMMARY_PART_TITLES_VI) {
    const title = summaryPartTitle(section.part as keyof typeof SUMMARY_PART_TITLES_VI, period);
    yield bodyParagraph([text(`${section.part}. ${title}`, { size, bold: true })], { keepNext: true, spacing: { before: 120, after: 120, line: 288 } });
  }
  if (section.title) yield bodyParagraph([text(section.title, { size, bold: true })], { keepNext: true });
  yield* sectionBody(typeof section.content === 'string' ? (JSON.parse(section.content) as SummaryDocument) : section.content);
}

/**
 * "Nơi nhận:" and its lines on the left; the signing authority (if any), title and name on the
 * right, the name a dotted line when not given. Party (Hướng dẫn 36): "Nơi nhận:" 14 pt, upright,
 * underlined; the recipients 12 pt. State (Nghị định 30): "Nơi nhận:" 12 pt bold italic; the
 * recipients 11 pt.
 */
export function signatureBlock(s: Pick<SummarySettings, 'style' | 'signerAuthority' | 'signerTitle' | 'signerName' | 'recipients'>): Table {
  const z = SIZES[s.style];
  const left = mm(75);
  const right = TEXT_WIDTH - left;
  const label = s.style === 'party' ? { size: z.recipientsLabel, underline: true } : { size: z.recipientsLabel, bold: true, italic: true };
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [text('Nơi nhận:', label)] }),
    ...recipientLines(s.recipients).map((line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [text(line, { size: z.recipients })] })),
  ];
  const signer = [
    ...(s.signerAuthority.trim() ? [centred(s.signerAuthority.toLocaleUpperCase('vi'), z.signer, { bold: true })] : []),
    centred(s.signerTitle.toLocaleUpperCase('vi'), z.signer, { bold: true }),
    ...Array.from({ length: 4 }, () => centred('', z.signer)),
    centred(s.signerName ?? '……………………………', z.signer, { bold: true }),
  ];
  return borderlessTable([left, right], [[recipients, signer]]);
}

/** The report's closing: a blank line, then the signature block. */
export function closing(s: Parameters<typeof signatureBlock>[0]): (Paragraph | Table)[] {
  return [new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }), signatureBlock(s)];
}

function pageNumberHeader(size: number): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(size) })] })],
  });
}

/** The dash list of the body, numbered by `docx`. */
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
 * A section's page setup: A4, the margins, page numbers centred in the top margin and none on its
 * first page; `restart` numbers its pages from 1 (Nghị định 30: an annex's pages are numbered on their own).
 */
export function pagedSection(pageNumberSize: number, children: ISectionOptions['children'], options: { landscape?: boolean; restart?: boolean } = {}): ISectionOptions {
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

/** Times New Roman at the body's size, black, in Vietnamese; the body style; and the writer's own paragraph styles. */
export function documentStyles(style: SummaryStyle, paragraphStyles: NonNullable<IStylesOptions['paragraphStyles']> = []): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: half(SIZES[style].body), color: '000000', language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
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
      ...paragraphStyles,
    ],
  };
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * docProps/core.xml, given to Packer in place of its own (Packer's `overrides`): docx stamps the
 * created and modified times with the moment it runs, and a document's own moment is the moment of
 * what it holds — so one content exports to the same bytes however often it is downloaded.
 */
export function coreProperties(title: string, description: string, at: string): string {
  const stamp = new Date(at).toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Giao Ban</dc:creator>` +
    `<dc:description>${escapeXml(description)}</dc:description>` +
    `<dc:language>${LANGUAGE}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The .docx as a stream: the Document written by Packer, then its zip written again with every
 * entry's time set to `at` (Packer's zip stamps the moment it runs), so the bytes depend on the
 * content alone.
 */
export async function packDocument(document: Document, meta: { title: string; description: string; at: string }): Promise<Readable> {
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(meta.title, meta.description, meta.at) }]);
  return restampedZip(packed, new Date(meta.at));
}

/**
 * A one-page document with the blocks every writer here uses: the header block, the title, a part
 * heading, body text, a dash list, a table and the signature block.
 */
export function startUpPage(): Document {
  const style: SummaryStyle = 'state';
  const words = 'Công tác thông tin đối ngoại được triển khai kịp thời, đúng định hướng.';
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    layout: TableLayoutType.FIXED,
    rows: [1, 2, 3].map((n) => new TableRow({ children: [String(n), words].map((value) => new TableCell({ children: [new Paragraph({ children: [text(value, { size: 11 })] })] })) })),
  });
  const content: SummaryDocument = { blocks: [{ type: 'paragraph', runs: [{ text: words }] }, { type: 'bullets', items: [[{ text: words, bold: true }]] }] };
  return new Document({
    styles: documentStyles(style),
    numbering: NUMBERING,
    sections: [
      pagedSection(SIZES[style].pageNumber, [
        headerBlock({ style, parentBody: 'Tỉnh ủy Quảng Ninh', issuingBody: 'Ban Chỉ đạo', numberLine: 'Số: 1/BC-BCĐ', placeDate: 'Quảng Ninh, ngày 01 tháng 01 năm 2021' }),
        ...titleBlock(style, 'Kết quả công tác thông tin đối ngoại'),
        ...sectionParagraphs(style, { key: 'start-up', part: 'I', title: 'Kết quả', content }, '', { kind: 'half_year', year: 2021, sequence: 2, title: '' }),
        table,
        ...closing({ style, signerAuthority: '', signerTitle: 'Trưởng ban', signerName: null, recipients: ['Như trên'] }),
      ]),
    ],
  });
}

/**
 * Writes the start-up page and throws it away. Why: V8 compiles each of docx's and fflate's
 * functions on its first call and optimises the ones that run hot, so the first document a process
 * writes costs up to twice the next one (a 150-unit summary's .docx: ~0.2–0.4 s more; figures in
 * docs/benchmarks.md). This page takes ~0.1 s. Called once as the API starts
 * (SummaryExportService), so the user's first export does not pay for it.
 */
export async function warmUpDocumentWriter(): Promise<void> {
  const stream = await packDocument(startUpPage(), { title: 'Báo cáo', description: '', at: '2021-01-01T00:00:00.000Z' });
  await finished(stream.resume());
}
