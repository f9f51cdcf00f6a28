import { IMPORT_COLUMN_SPECS, IMPORT_SHEET_NAMES, IMPORT_SHEETS, importHeaderText, type ImportColumn, type ImportColumnSpec } from '@giao-ban/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A whole (tiny) PDF: header, one object, a cross-reference table and the trailer pointing at it. */
export function minimalPdf(): Buffer {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n';
  const xref = `xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n${head.length}\n%%EOF\n`;
  return Buffer.from(head + xref);
}

/** A zip of the given parts, as Office files are made. */
export async function officeFile(parts: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** An Office file's [Content_Types].xml naming its main part (word/document.xml or xl/workbook.xml). */
export function officeContentTypes(main: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.${main.startsWith('word') ? 'wordprocessingml.document' : 'spreadsheetml.sheet'}.main+xml"/></Types>`
  );
}

/** An import workbook with its two sheets and their headers and no rows: read, and refused for having no data. */
export async function importWorkbookWithoutRows(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of IMPORT_SHEETS) {
    workbook.addWorksheet(IMPORT_SHEET_NAMES[sheet]).addRow((IMPORT_COLUMN_SPECS[sheet] as readonly ImportColumnSpec<ImportColumn>[]).map(importHeaderText));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
