import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { annexCaption, annexLabel, parseLocalDate, type SummaryFigures, type SummarySettings } from '@giao-ban/shared';
import { ANNEX_1_HEADERS, ANNEX_TITLES, submissionText } from './summary-docx.writer.js';

/**
 * The annexes as a workbook: one sheet per annex, each opening as the .docx's annex does — "Phụ lục
 * I", its title and the "(Kèm theo Báo cáo số …)" caption — then the table's header, frozen (with
 * the unit column) and printed on every page, Vietnamese headers, typed cells — numbers as numbers,
 * dates as dates — and column widths fitted to their content. Printed on A4, landscape where the
 * sheet is wider than a portrait page, fitted to the page's width. Annex 2's total row holds
 * SUM/MAX formulas with their results.
 */
export const ANNEX_SHEETS = [`${annexLabel(1, 2)} - Gửi báo cáo`, `${annexLabel(2, 2)} - Chỉ tiêu`] as const;

/** Rows above each sheet's table: the annex's label, its title, the caption. */
export const TITLE_ROWS = 3;

/** Widest figure column of annex II (characters). */
const FIGURE_COLUMN_WIDTH = 12;

/** Column widths (characters) a portrait A4 page prints at 100 % between its margins; a wider sheet is printed landscape. */
const PORTRAIT_WIDTH = 95;

/** A4, margins of the .docx (20/20/30/15 mm, in inches), fitted to the page's width, the header rows on every page. */
export function xlsxPageSetup(widths: number[], headerRows: number): Partial<ExcelJS.PageSetup> {
  const wide = widths.reduce((a, b) => a + b, 0) > PORTRAIT_WIDTH;
  return {
    paperSize: 9, // A4
    orientation: wide ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.39, footer: 0.39 },
    printTitlesRow: `${TITLE_ROWS + 1}:${TITLE_ROWS + headerRows}`,
  };
}

const TITLE_STYLES: Partial<ExcelJS.Style>[] = [
  { font: { name: 'Times New Roman', size: 14, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  { font: { name: 'Times New Roman', size: 14, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  { font: { name: 'Times New Roman', size: 13, italic: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
];

/** The annex's label, title and caption, each a row merged across the table's width. */
function writeTitle(sheet: ExcelJS.Worksheet, index: number, columns: number, settings: SummarySettings): void {
  const lines = [annexLabel(index, ANNEX_TITLES.length), ANNEX_TITLES[index - 1]!, annexCaption(settings)];
  lines.forEach((line, i) => {
    const row = sheet.addRow([line]);
    sheet.mergeCells(i + 1, 1, i + 1, columns);
    row.getCell(1).style = TITLE_STYLES[i]!;
    if (i > 0) row.height = 36;
    row.commit();
  });
}

const VN_OFFSET_MS = 7 * 3_600_000;
/** Excel dates have no time zone: a local date or time is written as that wall-clock value in UTC. */
const localDateCell = (date: string) => {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day));
};
const localTimeCell = (instant: string) => new Date(new Date(instant).getTime() + VN_OFFSET_MS);

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

const FONT = 'Times New Roman';

/**
 * The cells' styles, one object per distinct style, shared by every cell that has it: exceljs
 * recognises a style object it has seen (a WeakMap) and reuses its style id, where a style of a
 * cell's own — as `cell.font = …` makes — is looked at property by property for each of the
 * ~45,000 cells. Nothing may assign a cell's `font`, `numFmt`… afterwards: that would change the
 * shared object.
 */
const styles = new Map<string, Partial<ExcelJS.Style>>();
function sharedStyle(options: { header?: boolean; bold?: boolean; wrap?: boolean; horizontal?: 'center'; numFmt?: string }): Partial<ExcelJS.Style> {
  const key = JSON.stringify(options);
  let style = styles.get(key);
  if (!style) {
    style = options.header
      ? { font: { name: FONT, bold: true, size: 12 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, fill: HEADER_FILL, border: THIN }
      : {
          font: { name: FONT, size: 12, bold: options.bold ?? false },
          border: THIN,
          alignment: options.horizontal ? { horizontal: options.horizontal, vertical: 'middle' } : { vertical: 'middle', wrapText: options.wrap ?? false, horizontal: undefined },
          ...(options.numFmt ? { numFmt: options.numFmt } : {}),
        };
    styles.set(key, style);
  }
  return style;
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (c) => {
    c.style = sharedStyle({ header: true });
  });
}

/** Body cells: text wraps; `horizontal` and `numFmt` per column (1-based). */
function styleBody(row: ExcelJS.Row, columns: { horizontal?: Map<number, 'center'>; numFmt?: Map<number, string> } = {}, bold = false): void {
  row.eachCell({ includeEmpty: true }, (c, column) => {
    c.style = sharedStyle({ bold, wrap: typeof c.value === 'string', horizontal: columns.horizontal?.get(column), numFmt: columns.numFmt?.get(column) });
  });
}

type CellValue = string | number | Date | null | { formula: string; result: number };

/**
 * Widths that fit: the longest text of each column (headers wrap, so they count less), within
 * bounds. Worked out from the rows before they are written: a streamed sheet writes its columns first.
 */
export function fittedWidths(rows: readonly (readonly CellValue[])[], headerRows: number, bounds: { min: number; max: number } = { min: 6, max: 60 }): number[] {
  const widths: number[] = [];
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return; // an empty cell
      const shown = v instanceof Date ? 16 : typeof v === 'number' ? String(v).length + 3 : typeof v === 'object' ? String(v.result).length + 3 : v.length;
      widths[c] = Math.max(widths[c] ?? bounds.min, r < headerRows ? Math.min(shown, 24) : shown + 2);
    });
  });
  return Array.from({ length: Math.max(...rows.map((row) => row.length)) }, (_, c) => Math.min(bounds.max, widths[c] ?? bounds.min));
}

/** Adds the row, styles it and writes it out: a written row is let go. */
function writeRow(sheet: ExcelJS.Worksheet, values: readonly CellValue[], style: (row: ExcelJS.Row) => void): void {
  const row = sheet.addRow([...values]);
  style(row);
  row.commit();
}

function annex1(workbook: ExcelJS.stream.xlsx.WorkbookWriter, figures: SummaryFigures, settings: SummarySettings): void {
  const headers = [...ANNEX_1_HEADERS, 'Số ngày trễ'];
  const rows: CellValue[][] = figures.units.map((u, i) => [
    i + 1,
    u.name,
    localDateCell(u.effectiveDueDate),
    u.firstSubmittedAt ? localTimeCell(u.firstSubmittedAt) : null,
    submissionText(u),
    // Days late of a report sent late; one still missing is "quá hạn từ …" (a count would grow with each download).
    u.firstSubmittedAt ? (u.daysLate ?? null) : null,
  ]);
  const widths = fittedWidths([headers, ...rows], 1);
  const sheet = workbook.addWorksheet(ANNEX_SHEETS[0], { views: [{ state: 'frozen', xSplit: 2, ySplit: TITLE_ROWS + 1 }], pageSetup: xlsxPageSetup(widths, 1) });
  sheet.columns = widths.map((width) => ({ width }));
  sheet.autoFilter = { from: { row: TITLE_ROWS + 1, column: 1 }, to: { row: TITLE_ROWS + 1, column: headers.length } };
  writeTitle(sheet, 1, headers.length, settings);
  const annex1Columns = {
    horizontal: new Map([[1, 'center' as const]]),
    numFmt: new Map([
      [3, 'dd/mm/yyyy'],
      [4, 'dd/mm/yyyy hh:mm'],
    ]),
  };
  writeRow(sheet, headers, styleHeader);
  for (const row of rows) writeRow(sheet, row, (r) => styleBody(r, annex1Columns));
  sheet.commit();
}

function annex2(workbook: ExcelJS.stream.xlsx.WorkbookWriter, figures: SummaryFigures, settings: SummarySettings): void {
  const columns = figures.indicators;
  const top = ['STT', 'Đơn vị', ...columns.map((c) => `Nhiệm vụ ${c.taskGroupOrdinal}`)];
  const second = ['', '', ...columns.map((c) => `${c.name} (${c.unit})`)];
  const rows: CellValue[][] = figures.indicatorRows.map((r, i) => [i + 1, r.name, ...r.values.map((v) => v ?? null)]);
  const first = TITLE_ROWS + 3;
  const last = TITLE_ROWS + 2 + figures.indicatorRows.length;
  const results = columns.map((_, i) => figures.indicatorTotals[i] ?? 0);
  // The widths (and with them the page's orientation) are known before the sheet is made: its page setup is written with it.
  const widths = fittedWidths([top, second, ...rows, [null, 'Tổng cộng', ...results]], 2, { min: 6, max: 50 });
  widths[0] = 6;
  // Figure columns hold short numbers: their long headers wrap (in a taller row) instead of widening
  // the sheet, which fitted to a landscape page would then print too small to read.
  for (let c = 2; c < widths.length; c++) widths[c] = Math.min(widths[c]!, FIGURE_COLUMN_WIDTH);
  const sheet = workbook.addWorksheet(ANNEX_SHEETS[1], { views: [{ state: 'frozen', xSplit: 2, ySplit: TITLE_ROWS + 2 }], pageSetup: xlsxPageSetup(widths, 2) });
  const letters = columns.map((_, i) => sheet.getColumn(3 + i).letter);
  const total: CellValue[] = [
    null,
    'Tổng cộng',
    ...columns.map((c, i) => {
      const fn = c.aggregation === 'max' ? 'MAX' : 'SUM';
      return last >= first ? { formula: `${fn}(${letters[i]}${first}:${letters[i]}${last})`, result: results[i]! } : results[i]!;
    }),
  ];
  sheet.columns = widths.map((width) => ({ width }));
  writeTitle(sheet, 2, top.length, settings);
  const integral = columns.map((_, c) => figures.indicatorRows.every((r) => r.values[c] === null || Number.isInteger(r.values[c])));
  const numFmt = new Map(columns.map((_, c) => [3 + c, integral[c] ? '#,##0' : '#,##0.00']));
  const rowColumns = { horizontal: new Map([[1, 'center' as const]]), numFmt };
  // The header's two rows are merged before they are written out.
  const headerRows = [sheet.addRow(top), sheet.addRow(second)];
  const h = TITLE_ROWS + 1;
  sheet.mergeCells(h, 1, h + 1, 1);
  sheet.mergeCells(h, 2, h + 1, 2);
  for (let i = 0; i < columns.length; ) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1]!.taskGroupOrdinal === columns[i]!.taskGroupOrdinal) j += 1;
    if (j > i) sheet.mergeCells(h, 3 + i, h, 3 + j);
    i = j + 1;
  }
  headerRows[1]!.height = 96;
  for (const row of headerRows) {
    styleHeader(row);
    row.commit();
  }
  for (const row of rows) writeRow(sheet, row, (r) => styleBody(r, rowColumns));
  writeRow(sheet, total, (row) => styleBody(row, { numFmt }, true));
  sheet.commit();
}

/**
 * The workbook as a stream, written row by row with exceljs's streaming writer: each row is
 * styled, written and let go, and the zip is deflated (level 1) and sent as it goes.
 */
export function renderSummaryXlsx(figures: SummaryFigures, settings: SummarySettings): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  workbook.creator = 'Giao Ban';
  workbook.title = `Phụ lục — ${settings.subject}`;
  workbook.created = new Date(figures.compiledAt);
  const written = (async () => {
    annex1(workbook, figures, settings);
    annex2(workbook, figures, settings);
    await workbook.commit();
  })();
  written.catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return stream;
}
