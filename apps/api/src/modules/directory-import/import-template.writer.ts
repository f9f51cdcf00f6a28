import ExcelJS from 'exceljs';
import {
  ACTIVE_LABELS,
  AGENCY_DISPLAY_ORDER_MAX,
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  IMPORT_COLUMN_SPECS,
  IMPORT_INSTRUCTIONS_SHEET_NAME,
  IMPORT_LISTS_SHEET_NAME,
  IMPORT_SHEET_NAMES,
  importHeaderText,
  MAX_IMPORT_ROWS,
  ROLE_LABELS,
  ROLES,
  type Agency,
  type ImportColumn,
  type ImportColumnSpec,
  type ImportSheet,
} from '@giao-ban/shared';
import type { TemplateAccount } from './directory-import.repository.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
/** The rows the template's lists and checks cover: every row an import may have. */
const LAST_ROW = MAX_IMPORT_ROWS + 1;

/**
 * exceljs keeps a sheet's checks by range in `dataValidations` and writes each as one <dataValidation
 * sqref="D2:D1001">; its typings show only the per-cell setter, which would make a thousand empty
 * rows (Excel's used range, and where a new row is appended, would then start after them).
 */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** An absolute reference to a block of cells of another sheet, as data validation lists take it. */
const listRange = (sheet: string, column: string, count: number) => `'${sheet}'!$${column}$2:$${column}$${count + 1}`;

function dataSheet<C extends ImportColumn>(workbook: ExcelJS.Workbook, sheet: ImportSheet, specs: readonly ImportColumnSpec<C>[], rows: Record<C, string | number | null>[]) {
  const worksheet = workbook.addWorksheet(IMPORT_SHEET_NAMES[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = specs.map((spec) => ({
    width: spec.width,
    // Codes, logins and phone numbers stay text when typed: Excel would drop a phone's leading zero.
    style: ['code', 'unitCode', 'login', 'phone'].includes(spec.key) ? { numFmt: '@' } : {},
  }));
  const header = worksheet.addRow(specs.map(importHeaderText));
  header.height = 32;
  header.eachCell((cell, column) => {
    const spec = specs[column - 1]!;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = spec.required ? REQUIRED_FILL : HEADER_FILL;
    cell.note = spec.note;
  });
  for (const row of rows) worksheet.addRow(specs.map((spec) => row[spec.key]));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: specs.length } };
  return {
    worksheet,
    /** A check on every data row of a column, as one range. */
    validate(key: C, validation: ExcelJS.DataValidation) {
      const letter = String.fromCharCode(65 + specs.findIndex((s) => s.key === key));
      (worksheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, validation);
    },
  };
}

const listOf = (formula: string, title: string, allowed: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorStyle: 'warning',
  errorTitle: title,
  error: `Chọn một giá trị trong danh sách: ${allowed}.`,
});

function instructionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(IMPORT_INSTRUCTIONS_SHEET_NAME);
  sheet.columns = [{ width: 22 }, { width: 12 }, { width: 110 }];
  const title = sheet.addRow(['Nhập đơn vị và người dùng từ Excel']);
  title.font = { bold: true, size: 14 };
  const steps = [
    `1. Trang "${IMPORT_SHEET_NAMES.units}" và "${IMPORT_SHEET_NAMES.users}" đã có sẵn các đơn vị đang hoạt động và mọi tài khoản hiện có. Sửa trực tiếp các dòng cần đổi, thêm dòng mới ở cuối.`,
    '2. Đơn vị được nhận ra theo mã đơn vị, tài khoản theo tên đăng nhập: mã hoặc tên đăng nhập đã có thì sửa, chưa có thì tạo mới. Hai thứ này không đổi được.',
    '3. Dòng nào không có trong tệp thì giữ nguyên: xóa dòng không kết thúc đơn vị hay khóa tài khoản nào. Kết thúc, sáp nhập, chia tách đơn vị làm ở màn hình "Đơn vị thành viên".',
    '4. Ô tùy chọn để trống nghĩa là không có (thư điện tử, điện thoại, người đầu mối); riêng "Trạng thái" để trống thì giữ nguyên.',
    '5. Tải tệp lên trang "Nhập từ Excel" và bấm "Kiểm tra": hệ thống liệt kê những gì sẽ được tạo, được sửa và mọi dòng có lỗi, chưa ghi gì.',
    '6. Chỉ khi cả tệp hợp lệ mới bấm được "Áp dụng": mọi thay đổi được ghi cùng một lúc (hoặc không ghi gì), có nhật ký.',
    '7. Tài khoản mới nhận mật khẩu tạm thời, chỉ hiện một lần sau khi áp dụng; người dùng phải đổi mật khẩu ở lần đăng nhập đầu.',
    `8. Cột có dấu (*) là bắt buộc. Mỗi trang tối đa ${MAX_IMPORT_ROWS} dòng. Có thể thêm cột ghi chú riêng: hệ thống bỏ qua cột lạ.`,
  ];
  for (const step of steps) {
    const row = sheet.addRow([step]);
    sheet.mergeCells(row.number, 1, row.number, 3);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 30;
  }
  for (const sheetKey of ['units', 'users'] as const) {
    sheet.addRow([]);
    const heading = sheet.addRow([`Trang "${IMPORT_SHEET_NAMES[sheetKey]}"`]);
    heading.font = { bold: true, size: 12 };
    const header = sheet.addRow(['Cột', 'Bắt buộc', 'Nội dung']);
    header.font = { bold: true };
    header.eachCell((cell) => (cell.fill = HEADER_FILL));
    for (const spec of IMPORT_COLUMN_SPECS[sheetKey] as readonly ImportColumnSpec<ImportColumn>[]) {
      const row = sheet.addRow([spec.header, spec.required ? 'Có' : '', spec.note]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
}

function listsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(IMPORT_LISTS_SHEET_NAME);
  sheet.columns = [{ width: 32 }, { width: 26 }, { width: 18 }];
  const header = sheet.addRow(['Loại đơn vị', 'Vai trò', 'Trạng thái']);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  const kinds = AGENCY_KINDS.map((k) => AGENCY_KIND_LABELS[k]);
  const roles = ROLES.map((r) => ROLE_LABELS[r]);
  const states = [ACTIVE_LABELS.active, ACTIVE_LABELS.inactive];
  for (let i = 0; i < Math.max(kinds.length, roles.length, states.length); i++) sheet.addRow([kinds[i] ?? null, roles[i] ?? null, states[i] ?? null]);
}

/**
 * The import template, filled with the directory as it is: the administrator edits what changes and
 * adds rows, rather than typing every unit again (and a unit's code, which accounts name, is
 * there to copy). Sheets: instructions, units, users, and the lists the choices come from; the
 * header cells carry each column's explanation as a note, and the choice columns a drop-down.
 */
export async function writeImportTemplate(units: readonly Agency[], accounts: readonly TemplateAccount[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Giao Ban';
  instructionsSheet(workbook);

  const unitSheet = dataSheet(
    workbook,
    'units',
    IMPORT_COLUMN_SPECS.units,
    units.map((u) => ({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: AGENCY_KIND_LABELS[u.kind],
      displayOrder: u.displayOrder,
      contactPerson: u.contactPerson,
      email: u.email,
      phone: u.phone,
    })),
  );
  const kindList = AGENCY_KINDS.map((k) => AGENCY_KIND_LABELS[k]);
  unitSheet.validate('kind', listOf(listRange(IMPORT_LISTS_SHEET_NAME, 'A', kindList.length), 'Loại đơn vị', kindList.join('; ')));
  unitSheet.validate('displayOrder', {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1, AGENCY_DISPLAY_ORDER_MAX],
    showErrorMessage: true,
    errorTitle: 'Thứ tự hiển thị',
    error: `Số nguyên từ 1 đến ${AGENCY_DISPLAY_ORDER_MAX}.`,
  });

  const userSheet = dataSheet(
    workbook,
    'users',
    IMPORT_COLUMN_SPECS.users,
    accounts.map((a) => ({
      login: a.login,
      fullName: a.fullName,
      role: ROLE_LABELS[a.role],
      unitCode: a.unitCode,
      email: a.email,
      phone: a.phone,
      active: a.active ? ACTIVE_LABELS.active : ACTIVE_LABELS.inactive,
    })),
  );
  const roleList = ROLES.map((r) => ROLE_LABELS[r]);
  userSheet.validate('role', listOf(listRange(IMPORT_LISTS_SHEET_NAME, 'B', roleList.length), 'Vai trò', roleList.join('; ')));
  // The codes of the units sheet, new rows included: an account may name a unit the same file adds.
  userSheet.validate('unitCode', listOf(listRange(IMPORT_SHEET_NAMES.units, 'A', MAX_IMPORT_ROWS), 'Mã đơn vị', `mã ở trang "${IMPORT_SHEET_NAMES.units}"`));
  userSheet.validate('active', listOf(listRange(IMPORT_LISTS_SHEET_NAME, 'C', 2), 'Trạng thái', `${ACTIVE_LABELS.active}; ${ACTIVE_LABELS.inactive}`));

  listsSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
