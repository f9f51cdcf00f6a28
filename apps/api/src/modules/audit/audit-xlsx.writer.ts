import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AuditLogEntry } from '@giao-ban/shared';

export const AUDIT_SHEET = 'Nhật ký hệ thống';
export const AUDIT_HEADERS = ['Thời điểm', 'Người thực hiện', 'Vai trò', 'Đơn vị', 'Hành động', 'Đối tượng', 'Kỳ báo cáo', 'Chi tiết'] as const;

const ROLE_VI: Record<string, string> = {
  agency_reporter: 'Cán bộ đầu mối',
  agency_head: 'Lãnh đạo đơn vị',
  office: 'Cơ quan thường trực',
  leader: 'Lãnh đạo Ban Chỉ đạo',
  admin: 'Quản trị hệ thống',
};

const VN_OFFSET_MS = 7 * 3_600_000;
/** Excel dates have no time zone: the Vietnam wall-clock time is written as that value in UTC. */
const localTimeCell = (instant: string) => new Date(new Date(instant).getTime() + VN_OFFSET_MS);

const WIDTHS = [18, 28, 22, 32, 26, 30, 34, 60];

/**
 * The audit log as one sheet, streamed: bold frozen header with an autofilter, the time as an
 * Excel date (dd/mm/yyyy hh:mm, Vietnam clock). When the filters match more than `cap` rows the
 * sheet ends with a line that says only the newest `cap` are in it.
 */
export async function writeAuditXlsx(entries: readonly AuditLogEntry[], capped: { cap: number } | null): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(AUDIT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AUDIT_HEADERS.length } };
  const header = sheet.addRow([...AUDIT_HEADERS]);
  header.font = { bold: true };
  header.commit();
  const timeStyle: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy hh:mm' };
  for (const e of entries) {
    const row = sheet.addRow([
      localTimeCell(e.occurredAt),
      e.actorName ? `${e.actorName} (${e.actorLogin})` : '',
      e.actorRole ? (ROLE_VI[e.actorRole] ?? e.actorRole) : '',
      e.agencyName ?? '',
      e.action,
      e.objectType,
      e.periodTitle ?? '',
      Object.keys(e.summary).length ? JSON.stringify(e.summary) : '',
    ]);
    row.getCell(1).style = timeStyle;
    row.commit();
  }
  if (capped) {
    sheet
      .addRow([`Chỉ gồm ${capped.cap.toLocaleString('vi-VN')} sự kiện mới nhất; hãy thu hẹp bộ lọc để xem các sự kiện còn lại.`])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
