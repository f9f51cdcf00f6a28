import { AGENCY_CONTACT_MAX_LENGTH, AGENCY_DISPLAY_ORDER_MAX, AGENCY_KINDS, AGENCY_NAME_MAX_LENGTH, AGENCY_SHORT_NAME_MAX_LENGTH, type AgencyKind } from '../agencies/agency.types.js';
import { ROLES, type Role } from '../auth/roles.js';
import { foldVietnamese } from '../text/fold-vietnamese.js';
import { EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH } from '../users/user-account.types.js';
import type { ImportColumn, ImportSheet, UnitImportColumn, UserImportColumn } from './directory-import.types.js';

/**
 * The import workbook as people see it: Vietnamese sheet names, column headers, the notes under
 * each header and the words of each choice. The API writes the template from these and the import
 * reads the file back with them, so the two cannot drift.
 */
export const IMPORT_SHEET_NAMES: Record<ImportSheet, string> = { units: 'Đơn vị', users: 'Người dùng' };
export const IMPORT_INSTRUCTIONS_SHEET_NAME = 'Hướng dẫn';
export const IMPORT_LISTS_SHEET_NAME = 'Danh mục';

/** Data rows per sheet in one file: far beyond a province's units and staff, small enough to check in one request. */
export const MAX_IMPORT_ROWS = 1000;
/** The largest import file: a workbook of a thousand rows per sheet is a few hundred kilobytes. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
/** The header row is looked for among the first rows (a title above it is allowed). */
export const IMPORT_HEADER_SEARCH_ROWS = 10;

export interface ImportColumnSpec<C extends ImportColumn> {
  key: C;
  header: string;
  required: boolean;
  /** What goes in the column, shown under the header and on the instructions sheet. */
  note: string;
  width: number;
}

export const UNIT_COLUMN_SPECS: readonly ImportColumnSpec<UnitImportColumn>[] = [
  {
    key: 'code',
    header: 'Mã đơn vị',
    required: true,
    note: 'Mã cố định của đơn vị (chữ in hoa không dấu, chữ số, "-" hoặc "_"; ví dụ SKHCN). Mã đã có: sửa thông tin đơn vị đó; mã mới: tạo đơn vị mới. Mã không bao giờ đổi.',
    width: 14,
  },
  { key: 'name', header: 'Tên đơn vị', required: true, note: `Tên đầy đủ, ${AGENCY_NAME_MAX_LENGTH} ký tự trở xuống. Đổi tên được ghi vào lịch sử tên của đơn vị.`, width: 42 },
  { key: 'shortName', header: 'Tên viết tắt', required: true, note: `Tên ngắn dùng trong bảng biểu, ${AGENCY_SHORT_NAME_MAX_LENGTH} ký tự trở xuống.`, width: 22 },
  { key: 'kind', header: 'Loại đơn vị', required: true, note: 'Chọn trong danh sách (xem trang "Danh mục").', width: 28 },
  { key: 'displayOrder', header: 'Thứ tự hiển thị', required: true, note: `Số nguyên từ 1 đến ${AGENCY_DISPLAY_ORDER_MAX}: thứ tự của đơn vị trong mọi danh sách, bảng tổng hợp và phụ lục.`, width: 12 },
  { key: 'contactPerson', header: 'Người đầu mối', required: false, note: `Họ tên cán bộ đầu mối, ${AGENCY_CONTACT_MAX_LENGTH} ký tự trở xuống. Để trống: không có.`, width: 24 },
  { key: 'email', header: 'Thư điện tử', required: false, note: 'Địa chỉ thư điện tử của đơn vị. Để trống: không có.', width: 30 },
  { key: 'phone', header: 'Điện thoại', required: false, note: 'Ví dụ 0203 3835 123 hoặc +84 912 345 678. Để trống: không có.', width: 18 },
];

export const USER_COLUMN_SPECS: readonly ImportColumnSpec<UserImportColumn>[] = [
  {
    key: 'login',
    header: 'Tên đăng nhập',
    required: true,
    note: 'Chữ thường không dấu, chữ số, ".", "_" hoặc "-" (3 đến 60 ký tự). Tên đã có: sửa tài khoản đó; tên mới: tạo tài khoản mới với mật khẩu tạm thời.',
    width: 20,
  },
  { key: 'fullName', header: 'Họ và tên', required: true, note: `Họ tên đầy đủ, có dấu, ${FULL_NAME_MAX_LENGTH} ký tự trở xuống.`, width: 28 },
  { key: 'role', header: 'Vai trò', required: true, note: 'Chọn trong danh sách (xem trang "Danh mục").', width: 24 },
  {
    key: 'unitCode',
    header: 'Mã đơn vị',
    required: false,
    note: 'Bắt buộc với "Cán bộ đầu mối" và "Lãnh đạo đơn vị": mã một đơn vị ở trang "Đơn vị" hoặc đã có trong hệ thống. Để trống với các vai trò khác.',
    width: 14,
  },
  { key: 'email', header: 'Thư điện tử', required: false, note: `Thư điện tử của người dùng, ${EMAIL_MAX_LENGTH} ký tự trở xuống. Để trống: không có.`, width: 30 },
  { key: 'phone', header: 'Điện thoại', required: false, note: 'Ví dụ 0912 345 678. Để trống: không có.', width: 18 },
  {
    key: 'active',
    header: 'Trạng thái',
    required: false,
    note: '"Đang hoạt động" hoặc "Đã khóa". Để trống: tài khoản mới đang hoạt động, tài khoản đã có giữ nguyên trạng thái.',
    width: 18,
  },
];

export const IMPORT_COLUMN_SPECS = { units: UNIT_COLUMN_SPECS, users: USER_COLUMN_SPECS } as const;

/** The header of a column as the template writes it: required columns end with "(*)". */
export function importHeaderText(spec: ImportColumnSpec<ImportColumn>): string {
  return spec.required ? `${spec.header} (*)` : spec.header;
}

/** The words of each unit kind in the workbook (as the web app's Vietnamese shows them). */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  department: 'Sở, ban, ngành',
  locality: 'Địa phương',
  armed_force: 'Lực lượng vũ trang',
  mass_organization: 'Đoàn thể',
  press: 'Cơ quan báo chí, truyền thông',
  party_body: 'Cơ quan Đảng',
};

export const ROLE_LABELS: Record<Role, string> = {
  agency_reporter: 'Cán bộ đầu mối',
  agency_head: 'Lãnh đạo đơn vị',
  office: 'Cơ quan thường trực',
  leader: 'Lãnh đạo Ban Chỉ đạo',
  admin: 'Quản trị hệ thống',
};

export const ACTIVE_LABELS = { active: 'Đang hoạt động', inactive: 'Đã khóa' } as const;

/**
 * Text as a choice is compared: without marks, case, punctuation or extra spaces, so "SỞ, BAN,
 * NGÀNH", "so ban nganh" and "Sở, ban, ngành" are one choice.
 */
export function choiceKey(text: string): string {
  return foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A header cell's column: the header's words, a "(*)" or any note in brackets and marks left aside. */
export function headerKey(text: string): string {
  return choiceKey(text.replace(/\([^)]*\)|\*/g, ' '));
}

function choiceReader<T extends string>(labels: Record<T, string>, codes: readonly T[]): (text: string) => T | null {
  const byKey = new Map<string, T>();
  for (const code of codes) {
    byKey.set(choiceKey(labels[code]), code);
    byKey.set(choiceKey(code), code);
  }
  return (text) => byKey.get(choiceKey(text)) ?? null;
}

/** The kind a cell names, by its Vietnamese words or its code name (`department`). */
export const readAgencyKind = choiceReader(AGENCY_KIND_LABELS, AGENCY_KINDS);
/** The role a cell names, by its Vietnamese words or its code name (`agency_reporter`). */
export const readRole = choiceReader(ROLE_LABELS, ROLES);

const ACTIVE_WORDS = new Map<string, boolean>([
  [choiceKey(ACTIVE_LABELS.active), true],
  [choiceKey(ACTIVE_LABELS.inactive), false],
  ...['hoat dong', 'co', 'x', 'true', 'yes', '1', 'active'].map((w): [string, boolean] => [w, true]),
  ...['khoa', 'da khoa', 'khong', 'false', 'no', '0', 'inactive', 'ngung hoat dong'].map((w): [string, boolean] => [w, false]),
]);

/** Whether a state cell says the account is active; undefined when it says neither. */
export function readActive(text: string): boolean | undefined {
  return ACTIVE_WORDS.get(choiceKey(text));
}
