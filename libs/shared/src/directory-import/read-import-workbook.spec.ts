import type { ImportCell } from './directory-import.types.js';
import { choiceKey, headerKey, MAX_IMPORT_ROWS, readActive, readAgencyKind, readRole } from './import-workbook-format.js';
import { readImportWorkbook, type ImportSheetGrid } from './read-import-workbook.js';

const UNIT_HEADERS = ['Mã đơn vị (*)', 'Tên đơn vị (*)', 'Tên viết tắt (*)', 'Loại đơn vị (*)', 'Thứ tự hiển thị (*)', 'Người đầu mối', 'Thư điện tử', 'Điện thoại'];
const USER_HEADERS = ['Tên đăng nhập (*)', 'Họ và tên (*)', 'Vai trò (*)', 'Mã đơn vị', 'Thư điện tử', 'Điện thoại', 'Trạng thái'];

const grid = (name: string, ...rows: ImportCell[][]): ImportSheetGrid => ({ name, rows: rows.map((cells, i) => ({ row: i + 1, cells })) });
const SNGV: ImportCell[] = ['SNGV', 'Sở Ngoại vụ', 'Sở Ngoại vụ', 'Sở, ban, ngành', 1, null, null, null];
const LAN: ImportCell[] = ['lan', 'Nguyễn Thị Lan', 'Cán bộ đầu mối', 'SNGV', null, null, null];

describe('readImportWorkbook', () => {
  it('reads the rows under the headers, by column name, with their Excel row numbers; blank rows are skipped', () => {
    const { rows, problems } = readImportWorkbook([
      grid('Hướng dẫn', ['Cách dùng tệp này']),
      grid('Đơn vị', UNIT_HEADERS, SNGV, [null, '  ', null], ['CAT', 'Công an tỉnh', 'Công an tỉnh', 'armed_force', '6', ' Trần Văn Bình ', null, 912345678]),
      grid('Người dùng', USER_HEADERS, LAN),
    ]);
    expect(problems).toEqual([]);
    expect(rows.units).toEqual([
      { row: 2, cells: { code: 'SNGV', name: 'Sở Ngoại vụ', shortName: 'Sở Ngoại vụ', kind: 'Sở, ban, ngành', displayOrder: 1, contactPerson: null, email: null, phone: null } },
      { row: 4, cells: { code: 'CAT', name: 'Công an tỉnh', shortName: 'Công an tỉnh', kind: 'armed_force', displayOrder: '6', contactPerson: 'Trần Văn Bình', email: null, phone: 912345678 } },
    ]);
    expect(rows.users).toEqual([{ row: 2, cells: { login: 'lan', fullName: 'Nguyễn Thị Lan', role: 'Cán bộ đầu mối', unitCode: 'SNGV', email: null, phone: null, active: null } }]);
  });

  it('finds the header under a title, columns in any order, headers in any case and without marks; other columns are ignored', () => {
    const { rows, problems } = readImportWorkbook([
      grid('DON VI', ['DANH SÁCH ĐƠN VỊ THÀNH VIÊN'], [], ['Ghi chú', 'ten viet tat', 'MÃ ĐƠN VỊ', 'Tên đơn vị', 'loại đơn vị *', 'Thứ tự hiển thị', 'Người đầu mối', 'Thư điện tử', 'Điện thoại'], ['x', 'Sở NV', 'SNGV', 'Sở Ngoại vụ', 'Sở, ban, ngành', 1]),
      grid('người dùng', USER_HEADERS),
    ]);
    expect(problems).toEqual([]);
    expect(rows.units).toEqual([{ row: 4, cells: { code: 'SNGV', name: 'Sở Ngoại vụ', shortName: 'Sở NV', kind: 'Sở, ban, ngành', displayOrder: 1, contactPerson: null, email: null, phone: null } }]);
  });

  it.each<[string, ImportSheetGrid[], { reason: string; sheet: string | null; column: string | null; row: number | null }[]]>([
    ['a sheet missing', [grid('Đơn vị', UNIT_HEADERS, SNGV)], [{ reason: 'missingSheet', sheet: 'users', column: null, row: null }]],
    ['any other workbook', [grid('Sheet1', ['a', 'b'])], [
      { reason: 'missingSheet', sheet: 'units', column: null, row: null },
      { reason: 'missingSheet', sheet: 'users', column: null, row: null },
    ]],
    ['a column missing', [grid('Đơn vị', UNIT_HEADERS.slice(0, 7), SNGV), grid('Người dùng', USER_HEADERS, LAN)], [{ reason: 'missingColumn', sheet: 'units', column: 'phone', row: 1 }]],
    ['no header row at all', [grid('Đơn vị', SNGV), grid('Người dùng', USER_HEADERS, LAN)], expect.arrayContaining([{ reason: 'missingColumn', sheet: 'units', column: 'code', row: null }])],
    ['headers only', [grid('Đơn vị', UNIT_HEADERS), grid('Người dùng', USER_HEADERS)], [{ reason: 'noRows', sheet: null, column: null, row: null }]],
  ])('%s: the file is refused', (_, grids, expected) => {
    const { problems } = readImportWorkbook(grids);
    expect(problems.map(({ reason, sheet, column, row }) => ({ reason, sheet, column, row }))).toEqual(expected);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it(`more than ${MAX_IMPORT_ROWS} rows in a sheet: refused, and only the first ${MAX_IMPORT_ROWS} are read`, () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`U${i}`, 'Đơn vị', 'ĐV', 'Địa phương', i + 1] as ImportCell[]);
    const { rows, problems } = readImportWorkbook([grid('Đơn vị', UNIT_HEADERS, ...many), grid('Người dùng', USER_HEADERS)]);
    expect(problems.map((p) => [p.reason, p.params])).toEqual([['tooManyRows', { sheetName: 'Đơn vị', count: MAX_IMPORT_ROWS + 1, max: MAX_IMPORT_ROWS }]]);
    expect(rows.units).toHaveLength(MAX_IMPORT_ROWS);
  });
});

describe('the workbook words', () => {
  it.each([
    ['Mã đơn vị (*)', 'ma don vi'],
    ['  THỨ TỰ   HIỂN THỊ* ', 'thu tu hien thi'],
    ['Điện thoại (ví dụ 0912 345 678)', 'dien thoai'],
  ])('header %j → %j', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it.each([
    ['Sở, ban, ngành', 'department'],
    ['so ban nganh', 'department'],
    ['SỞ, BAN, NGÀNH', 'department'],
    ['Cơ quan báo chí, truyền thông', 'press'],
    ['armed_force', 'armed_force'],
    ['Lực lượng vũ trang', 'armed_force'],
    ['Sở', null],
    ['', null],
  ])('kind %j → %j', (text, kind) => {
    expect(readAgencyKind(text)).toBe(kind);
  });

  it.each([
    ['Cán bộ đầu mối', 'agency_reporter'],
    ['can bo dau moi', 'agency_reporter'],
    ['Lãnh đạo đơn vị', 'agency_head'],
    ['Lãnh đạo Ban Chỉ đạo', 'leader'],
    ['Cơ quan thường trực', 'office'],
    ['quản trị hệ thống', 'admin'],
    ['admin', 'admin'],
    ['Lãnh đạo', null],
    ['superuser', null],
  ])('role %j → %j', (text, role) => {
    expect(readRole(text)).toBe(role);
  });

  it.each([
    ['Đang hoạt động', true],
    ['đang hoạt động', true],
    ['Có', true],
    ['x', true],
    ['TRUE', true],
    ['Đã khóa', false],
    ['Đã khoá', false],
    ['Không', false],
    ['FALSE', false],
    ['có lẽ', undefined],
  ])('state %j → %j', (text, active) => {
    expect(readActive(text)).toBe(active);
  });

  it('choiceKey folds marks, case, punctuation and spaces', () => {
    expect(choiceKey(' Cơ quan  báo chí,truyền thông ')).toBe('co quan bao chi truyen thong');
  });
});
