import type { ImportColumn, ImportProblem, ImportProblemReason, ImportSheet } from './directory-import.types.js';

type Params = Record<string, string | number>;

const p = (params: Params, name: string) => String(params[name] ?? '');

/** Each problem in Vietnamese, from the values it names. */
const MESSAGES: Record<ImportProblemReason, (params: Params) => string> = {
  missingSheet: (x) => `Tệp không có trang "${p(x, 'sheetName')}".`,
  missingColumn: (x) => `Trang "${p(x, 'sheetName')}" thiếu cột "${p(x, 'header')}".`,
  tooManyRows: (x) => `Trang "${p(x, 'sheetName')}" có ${p(x, 'count')} dòng dữ liệu; mỗi lần nhập được tối đa ${p(x, 'max')} dòng.`,
  noRows: () => 'Tệp không có dòng dữ liệu nào.',
  required: (x) => `Cột "${p(x, 'header')}" không được để trống.`,
  tooShort: (x) => `"${p(x, 'header')}" phải có ít nhất ${p(x, 'min')} ký tự.`,
  tooLong: (x) => `"${p(x, 'header')}" dài quá ${p(x, 'max')} ký tự.`,
  badEmail: (x) => `"${p(x, 'value')}" không phải là địa chỉ thư điện tử hợp lệ.`,
  badPhone: (x) => `Số điện thoại "${p(x, 'value')}" không hợp lệ (7 đến 20 chữ số, dấu cách, dấu chấm hoặc gạch nối; có thể bắt đầu bằng +).`,
  badCode: (x) => `Mã đơn vị "${p(x, 'value')}" không hợp lệ: chỉ gồm chữ in hoa không dấu, chữ số, "-" và "_", tối đa 40 ký tự.`,
  duplicateCode: (x) => `Mã đơn vị "${p(x, 'value')}" đã có ở dòng ${p(x, 'otherRow')}.`,
  unitEnded: (x) => `Đơn vị "${p(x, 'value')}" đã kết thúc hoạt động (sáp nhập, chia tách hoặc giải thể).`,
  badKind: (x) => `Loại đơn vị "${p(x, 'value')}" không có trong danh mục: ${p(x, 'allowed')}.`,
  badDisplayOrder: (x) => `Thứ tự hiển thị "${p(x, 'value')}" phải là số nguyên từ 1 đến ${p(x, 'max')}.`,
  badLogin: (x) => `Tên đăng nhập "${p(x, 'value')}" không hợp lệ: 3 đến 60 ký tự gồm chữ thường không dấu, chữ số, ".", "_" hoặc "-".`,
  duplicateLogin: (x) => `Tên đăng nhập "${p(x, 'value')}" đã có ở dòng ${p(x, 'otherRow')}.`,
  loginTakenByAnotherPerson: (x) =>
    `Tên đăng nhập "${p(x, 'value')}" đã là tài khoản của ${p(x, 'existingName')}; nếu đây là người khác, hãy chọn tên đăng nhập khác.`,
  badRole: (x) => `Vai trò "${p(x, 'value')}" không có trong danh mục: ${p(x, 'allowed')}.`,
  unknownUnit: (x) => `Không có đơn vị mã "${p(x, 'value')}" trong trang "Đơn vị" hay trong hệ thống.`,
  unitRequiredForRole: (x) => `Vai trò "${p(x, 'role')}" cần mã đơn vị.`,
  unitNotAllowedForRole: (x) => `Vai trò "${p(x, 'role')}" không thuộc đơn vị nào; hãy để trống mã đơn vị.`,
  standingOfficeNotReporting: (x) => `"${p(x, 'value')}" là Cơ quan thường trực, không phải đơn vị báo cáo: tài khoản ở đây dùng vai trò "Cơ quan thường trực".`,
  badActive: (x) => `Trạng thái "${p(x, 'value')}" không hợp lệ: ghi "Đang hoạt động" hoặc "Đã khóa".`,
  newAccountInactive: () => 'Tài khoản mới luôn được tạo ở trạng thái đang hoạt động: để trống hoặc ghi "Đang hoạt động".',
  ownAccount: () => 'Không thể tự đổi vai trò hoặc tự khóa tài khoản của chính mình.',
};

export function importProblem(
  sheet: ImportSheet | null,
  row: number | null,
  column: ImportColumn | null,
  reason: ImportProblemReason,
  params: Params = {},
): ImportProblem {
  return { sheet, row, column, reason, message: MESSAGES[reason](params), params };
}
