import type { Readable } from 'node:stream';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LeaderType,
  PageNumber,
  PageReference,
  Paragraph,
  SectionType,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import {
  BULLETIN_ITEM_KIND_NAMES_VI,
  BULLETIN_TITLE,
  formatLocalDateVi,
  type BulletinPhoto,
  type BulletinPublishedContent,
} from '@giao-ban/shared';
import { A4, MARGINS, TEXT_WIDTH, bodyParagraph, centred, documentStyles, half, mm, packDocument, text } from '../../common/documents/official-document.js';

/** What the writer prints of an issue: its name, its content (frozen or previewed) and its photos' bytes. */
export interface BulletinPrint {
  label: string;
  content: BulletinPublishedContent;
  /** A preview of an unpublished issue says so on its cover. */
  preview: boolean;
  photoBytes: ReadonlyMap<string, Buffer>;
}

const STYLE = 'state';
const COLUMN_GAP = mm(8);
const BODY_SIZE = 13;
const DESCRIPTION = 'Bản tin thông tin đối ngoại của Ban Chỉ đạo Công tác thông tin đối ngoại';
/** twips → the pixels (96 to the inch) docx sizes an image in. */
const twipsToPixels = (twips: number) => Math.floor((twips / 1440) * 96);

function photoBlock(photo: BulletinPhoto, bytes: Buffer | undefined, columnWidth: number): Paragraph[] {
  if (!bytes) return [];
  // At print width: the column's full width, the height by the photo's own ratio, never above half a page.
  const width = twipsToPixels(columnWidth);
  const maxHeight = twipsToPixels((A4.height - MARGINS.top - MARGINS.bottom) / 2);
  const height = Math.min(maxHeight, Math.round((width * photo.height) / photo.width));
  const fitted = height === maxHeight ? Math.round((height * photo.width) / photo.height) : width;
  const lines = [
    ...(photo.caption ? [text(photo.caption, { size: 11, italic: true })] : []),
    ...(photo.credit ? [text(`${photo.caption ? ' ' : ''}(Ảnh: ${photo.credit})`, { size: 11, italic: true })] : []),
  ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: photo.contentType === 'image/png' ? 'png' : 'jpg',
          data: bytes,
          transformation: { width: fitted, height },
          altText: { name: photo.fileName, description: photo.caption || photo.fileName, title: photo.caption || photo.fileName },
        }),
      ],
    }),
    ...(lines.length ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 160 }, children: lines })] : []),
  ];
}

/** The bulletin's cover: the governing body, the title, the number and the release date. */
function cover(print: BulletinPrint): Paragraph[] {
  const { editorial } = print.content;
  const release = editorial.releaseDate ? `Ngày phát hành: ${formatLocalDateVi(editorial.releaseDate)}` : 'Ngày phát hành: ……………';
  return [
    ...(editorial.governingBody ? [centred(editorial.governingBody.toLocaleUpperCase('vi'), 14, { bold: true, spacing: { before: 0, after: 0 } })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } },
      children: [],
    }),
    centred(BULLETIN_TITLE, 26, { bold: true, spacing: { before: 1800, after: 360 } }),
    centred(print.label, 20, { bold: true, spacing: { before: 0, after: 240 } }),
    centred(release, 14, { italic: true, spacing: { before: 0, after: 0 } }),
    ...(print.preview ? [centred('BẢN XEM TRƯỚC — CHƯA PHÁT HÀNH', 14, { bold: true, spacing: { before: 480, after: 0 } })] : []),
    ...editorialLine(print),
  ];
}

/** MỤC LỤC: each section and its items, with the page each begins on (PAGEREF to its bookmark). */
function tableOfContents(content: BulletinPublishedContent): Paragraph[] {
  const line = (label: TextRun[], bookmark: string, indent: number) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
      indent: { left: indent, hanging: 0 },
      spacing: { before: 40, after: 40 },
      children: [...label, new TextRun({ text: '\t' }), new PageReference(bookmark)],
    });
  return [
    centred('MỤC LỤC', 16, { bold: true, pageBreakBefore: true, spacing: { before: 0, after: 240 } }),
    ...content.sections.flatMap((section, s) => [
      line([text(section.title.toLocaleUpperCase('vi'), { size: BODY_SIZE, bold: true })], `muc-${s}`, 0),
      ...section.items.map((item, i) => line([text(item.title, { size: BODY_SIZE })], `tin-${s}-${i}`, mm(6))),
    ]),
  ];
}

function editorialLine(print: BulletinPrint): Paragraph[] {
  const { editorial } = print.content;
  const rows = [
    ...(editorial.governingBody ? [`Cơ quan chủ quản: ${editorial.governingBody}`] : []),
    ...(editorial.editorialBoard ? [`Ban biên tập: ${editorial.editorialBoard}`] : []),
    `${BULLETIN_TITLE.charAt(0)}${BULLETIN_TITLE.slice(1).toLocaleLowerCase('vi')} ${print.label}${editorial.releaseDate ? `, phát hành ngày ${formatLocalDateVi(editorial.releaseDate)}` : ''}`,
  ];
  const box = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } as const;
  return rows.map(
    (row, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: i < rows.length - 1,
        keepLines: true,
        spacing: { before: i === 0 ? 5400 : 0, after: 0 },
        border: { left: box, right: box, ...(i === 0 ? { top: box } : {}), ...(i === rows.length - 1 ? { bottom: box } : {}) },
        children: [text(row, { size: 11, bold: i === 0 })],
      }),
  );
}

function body(print: BulletinPrint, columnWidth: number): Paragraph[] {
  const out: Paragraph[] = [];
  print.content.sections.forEach((section, s) => {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: s === 0 ? 0 : 240, after: 160 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } },
        children: [new Bookmark({ id: `muc-${s}`, children: [text(section.title.toLocaleUpperCase('vi'), { size: 14, bold: true })] })],
      }),
    );
    section.items.forEach((item, i) => {
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: i === 0 ? 0 : 240, after: 80 },
          children: [new Bookmark({ id: `tin-${s}-${i}`, children: [text(item.title, { size: 14, bold: true })] })],
        }),
      );
      const dateline = [item.eventPlace, item.eventDate ? formatLocalDateVi(item.eventDate) : ''].filter(Boolean).join(', ');
      if (item.sapo.trim()) {
        out.push(bodyParagraph([text(`${dateline ? `(${dateline}) ` : ''}${item.sapo.trim()}`, { size: BODY_SIZE, bold: true })], { keepNext: true }));
      }
      for (const photo of item.photos.slice(0, 1)) out.push(...photoBlock(photo, print.photoBytes.get(photo.id), columnWidth));
      for (const paragraph of item.body.split(/\n+/).map((p) => p.trim()).filter(Boolean)) out.push(bodyParagraph([text(paragraph, { size: BODY_SIZE })]));
      for (const photo of item.photos.slice(1)) out.push(...photoBlock(photo, print.photoBytes.get(photo.id), columnWidth));
      out.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { before: 0, after: 120 },
          children: [text(`${BULLETIN_ITEM_KIND_NAMES_VI[item.kind]}: ${item.agencyName}`, { size: 12, italic: true, bold: true })],
        }),
      );
    });
  });
  return out;
}

const page = { size: { width: A4.width, height: A4.height }, margin: MARGINS };

function pageNumberFooter(): Footer {
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(12) })] })] });
}

/**
 * The issue as a print-ready .docx: an A4 cover (governing body, "BẢN TIN THÔNG TIN ĐỐI NGOẠI",
 * the number, the release date), the table of contents, then the sections in one or two columns
 * as the office chose, each item with its lead, its photos at the column's width with caption and
 * credit, and its unit. The editorial line (governing body, editorial board, number and release
 * date) is boxed at the foot of the cover. Built through official-document.ts
 * (page geometry, Times New Roman in Vietnamese, the body style, deterministic packaging).
 */
export async function renderBulletinDocx(print: BulletinPrint, at: string): Promise<Readable> {
  const twoColumns = print.content.twoColumns;
  const columnWidth = twoColumns ? Math.floor((TEXT_WIDTH - COLUMN_GAP) / 2) : TEXT_WIDTH;
  const front: ISectionOptions = {
    properties: { titlePage: true, page },
    footers: { default: pageNumberFooter(), first: new Footer({ children: [new Paragraph({ children: [] })] }) },
    children: [...cover(print), ...tableOfContents(print.content)],
  };
  const main: ISectionOptions = {
    properties: {
      type: SectionType.NEXT_PAGE,
      page,
      ...(twoColumns ? { column: { count: 2, space: COLUMN_GAP, equalWidth: true } } : {}),
    },
    footers: { default: pageNumberFooter() },
    children: body(print, columnWidth),
  };
  const title = `${BULLETIN_TITLE} ${print.label}`;
  const document = new Document({
    creator: 'Giao Ban',
    title,
    description: DESCRIPTION,
    styles: documentStyles(STYLE),
    features: { updateFields: false },
    sections: [front, main],
  });
  return packDocument(document, { title, description: DESCRIPTION, at });
}
