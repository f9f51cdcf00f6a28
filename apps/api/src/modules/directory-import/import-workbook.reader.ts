import ExcelJS from 'exceljs';
import { fileTypeFromFile } from 'file-type';
import type { ImportCell, ImportSheetGrid } from '@giao-ban/shared';
import { AppException } from '../../common/errors/app-exception.js';
import { attachmentContentFault, type OfficeLimits } from '../../common/uploads/upload-content.js';

/**
 * What an import workbook may unpack to. Far tighter than an evidence file's: the whole workbook is
 * read into memory, and a thousand rows per sheet are a few megabytes of XML at most.
 */
const IMPORT_WORKBOOK_LIMITS: OfficeLimits = { entries: 500, totalBytes: 40 * 1024 * 1024, ratio: 200 };

const NOT_XLSX = 'The file is not an Excel workbook (.xlsx). Download the template, fill it in and save it as .xlsx.';

/** A cell as plain text, number or true/false: formulas by their result, links and rich text by their text. */
function plainCell(value: ExcelJS.CellValue | { richText: ExcelJS.RichText[] } | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return plainCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * The workbook of an upload, its sheets as plain rows — once the file is known to be a whole .xlsx:
 * its first bytes say so and every part of its zip unpacks within IMPORT_WORKBOOK_LIMITS (a zip
 * bomb or a truncated file is refused before a spreadsheet library touches it). 415 otherwise.
 */
export async function readWorkbookGrids(filePath: string, size: number): Promise<ImportSheetGrid[]> {
  const detected = await fileTypeFromFile(filePath);
  if (detected?.ext !== 'xlsx') throw new AppException('UNSUPPORTED_FILE_TYPE', NOT_XLSX, { detected: detected?.mime ?? null });
  const fault = await attachmentContentFault(filePath, 'xlsx', size, IMPORT_WORKBOOK_LIMITS);
  if (fault) throw new AppException('UNSUPPORTED_FILE_TYPE', fault, { detected: detected.mime, reason: fault });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch {
    throw new AppException('UNSUPPORTED_FILE_TYPE', 'The Excel workbook cannot be read (its contents are damaged).', { detected: detected.mime });
  }
  return workbook.worksheets.map((sheet) => {
    const rows: ImportSheetGrid['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // row.values starts at index 1 (column A) and has holes for empty cells.
      const values = (row.values as (ExcelJS.CellValue | undefined)[]).slice(1);
      rows.push({ row: rowNumber, cells: Array.from(values, (v) => plainCell(v)) });
    });
    return { name: sheet.name, rows };
  });
}
