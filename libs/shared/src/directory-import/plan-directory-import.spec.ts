import type { Agency } from '../agencies/agency.types.js';
import type { ImportCell, ImportRows, UnitImportColumn, UserImportColumn } from './directory-import.types.js';
import { importPlanIsEmpty, planDirectoryImport, type DirectoryImportContext, type ImportedAccount } from './plan-directory-import.js';

const unit = (code: string, name: string, extra: Partial<Agency> = {}): Agency => ({
  id: `id-${code}`,
  code,
  name,
  shortName: name,
  kind: 'department',
  displayOrder: 1,
  active: true,
  isStandingOffice: false,
  contactPerson: null,
  email: null,
  phone: null,
  ...extra,
});
const account = (login: string, fullName: string, extra: Partial<ImportedAccount> = {}): ImportedAccount => ({
  id: `id-${login}`,
  login,
  fullName,
  role: 'agency_reporter',
  agencyId: 'id-SNGV',
  email: null,
  phone: null,
  active: true,
  ...extra,
});

const CONTEXT: DirectoryImportContext = {
  units: [
    unit('SNGV', 'Sở Ngoại vụ', { displayOrder: 1, phone: '0203 3835 123' }),
    unit('CAT', 'Công an tỉnh', { kind: 'armed_force', displayOrder: 6 }),
    unit('BTG', 'Ban Tuyên giáo Tỉnh ủy', { kind: 'party_body', displayOrder: 100, isStandingOffice: true }),
    unit('HHB', 'Huyện Hoành Bồ', { kind: 'locality', displayOrder: 20, active: false }),
  ],
  accounts: [
    account('songoaivu', 'Cán bộ đầu mối Sở Ngoại vụ'),
    account('congan', 'Cán bộ đầu mối Công an tỉnh', { agencyId: 'id-CAT', email: 'congan@quangninh.gov.vn' }),
    account('hoanhbo', 'Cán bộ Hoành Bồ', { agencyId: 'id-HHB' }),
    account('vanphong', 'Văn phòng', { role: 'office', agencyId: null }),
    account('khoa', 'Tài khoản đã khóa', { role: 'leader', agencyId: null, active: false }),
    account('quantri', 'Quản trị hệ thống', { role: 'admin', agencyId: null }),
  ],
  actorId: 'id-quantri',
};

type UnitCells = Partial<Record<UnitImportColumn, ImportCell>>;
type UserCells = Partial<Record<UserImportColumn, ImportCell>>;
const U = (cells: UnitCells): UnitCells => ({ code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'Sở, ban, ngành', displayOrder: 9, ...cells });
const P = (cells: UserCells): UserCells => ({ login: 'nguyenvana', fullName: 'Nguyễn Văn A', role: 'Cán bộ đầu mối', unitCode: 'SNGV', ...cells });
const rowsOf = (units: UnitCells[], users: UserCells[] = []): ImportRows => ({
  units: units.map((cells, i) => ({ row: i + 2, cells })),
  users: users.map((cells, i) => ({ row: i + 2, cells })),
});
const problemsOf = (rows: ImportRows) =>
  planDirectoryImport(rows, CONTEXT).problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`);

describe('planDirectoryImport', () => {
  it('a new code creates a unit, a known one changes only what differs, an identical row is counted unchanged', () => {
    const { plan, problems } = planDirectoryImport(
      rowsOf([
        U({ code: 'skhcn', contactPerson: 'Lê Thị Hoa', email: 'skhcn@quangninh.gov.vn', phone: '0203 3600 111' }),
        { code: 'SNGV', name: 'Sở Ngoại vụ', shortName: 'Sở Ngoại vụ', kind: 'Sở, ban, ngành', displayOrder: '2', phone: null },
        { code: 'CAT', name: 'Công an tỉnh', shortName: 'Công an tỉnh', kind: 'Lực lượng vũ trang', displayOrder: 6 },
      ]),
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(plan.units.create).toEqual([
      {
        row: 2,
        code: 'SKHCN',
        fields: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'department', displayOrder: 9, contactPerson: 'Lê Thị Hoa', email: 'skhcn@quangninh.gov.vn', phone: '0203 3600 111' },
      },
    ]);
    expect(plan.units.change).toEqual([
      { row: 3, id: 'id-SNGV', code: 'SNGV', name: 'Sở Ngoại vụ', changes: { displayOrder: { from: 1, to: 2 }, phone: { from: '0203 3835 123', to: null } } },
    ]);
    expect(plan.units.unchanged).toBe(1);
    expect(plan.unitNames).toEqual({ SKHCN: 'Sở Khoa học và Công nghệ', SNGV: 'Sở Ngoại vụ', CAT: 'Công an tỉnh' });
  });

  it('a new login creates an account (in a unit of the same file too); a known one changes; its state stays when the cell is empty', () => {
    const { plan, problems } = planDirectoryImport(
      rowsOf(
        [U({})],
        [
          P({ login: 'NguyenVanA', unitCode: 'skhcn', email: 'a@skhcn.quangninh.gov.vn', phone: 912345678 }),
          // marks and case fixed in the name: the same person
          { login: 'congan', fullName: 'Cán bộ đầu mối Công An Tỉnh', role: 'Lãnh đạo đơn vị', unitCode: 'CAT', email: 'congan@quangninh.gov.vn' },
          { login: 'khoa', fullName: 'Tài khoản đã khóa', role: 'Lãnh đạo Ban Chỉ đạo', active: null },
          { login: 'vanphong', fullName: 'Văn phòng', role: 'Cơ quan thường trực', active: 'Đã khóa' },
          // keeping a unit that has since ended is allowed
          { login: 'hoanhbo', fullName: 'Cán bộ Hoành Bồ', role: 'Cán bộ đầu mối', unitCode: 'HHB', phone: '0912.345.678' },
        ],
      ),
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(plan.users.create).toEqual([
      {
        row: 2,
        login: 'nguyenvana',
        fields: { fullName: 'Nguyễn Văn A', role: 'agency_reporter', unitCode: 'SKHCN', email: 'a@skhcn.quangninh.gov.vn', phone: '0912345678', active: true },
      },
    ]);
    expect(plan.users.change).toEqual([
      {
        row: 3,
        id: 'id-congan',
        login: 'congan',
        fullName: 'Cán bộ đầu mối Công an tỉnh',
        changes: { fullName: { from: 'Cán bộ đầu mối Công an tỉnh', to: 'Cán bộ đầu mối Công An Tỉnh' }, role: { from: 'agency_reporter', to: 'agency_head' } },
      },
      { row: 5, id: 'id-vanphong', login: 'vanphong', fullName: 'Văn phòng', changes: { active: { from: true, to: false } } },
      { row: 6, id: 'id-hoanhbo', login: 'hoanhbo', fullName: 'Cán bộ Hoành Bồ', changes: { phone: { from: null, to: '0912.345.678' } } },
    ]);
    expect(plan.users.unchanged).toBe(1);
    expect(plan.unitNames).toEqual({ SKHCN: 'Sở Khoa học và Công nghệ', CAT: 'Công an tỉnh', HHB: 'Huyện Hoành Bồ' });
  });

  it('a user moved to another unit: both units are named', () => {
    const { plan } = planDirectoryImport(rowsOf([], [{ login: 'songoaivu', fullName: 'Cán bộ đầu mối Sở Ngoại vụ', role: 'Cán bộ đầu mối', unitCode: 'CAT' }]), CONTEXT);
    expect(plan.users.change[0]!.changes).toEqual({ unitCode: { from: 'SNGV', to: 'CAT' } });
    expect(plan.unitNames).toEqual({ CAT: 'Công an tỉnh', SNGV: 'Sở Ngoại vụ' });
  });

  it.each<[string, ImportRows, string[]]>([
    // the units sheet
    ['required cells empty', rowsOf([{ code: null, name: '', shortName: null, kind: null, displayOrder: null }]), [
      'units:2:code:required', 'units:2:name:required', 'units:2:shortName:required', 'units:2:kind:required', 'units:2:displayOrder:required',
    ]],
    ['a code with marks or spaces', rowsOf([U({ code: 'SỞ KH' })]), ['units:2:code:badCode']],
    ['a code twice (any case)', rowsOf([U({}), U({ code: 'skhcn', name: 'Sở KH và CN' })]), ['units:3:code:duplicateCode']],
    ['a unit that ended', rowsOf([U({ code: 'HHB', name: 'Huyện Hoành Bồ' })]), ['units:2:code:unitEnded']],
    ['an unknown kind', rowsOf([U({ kind: 'Sở' })]), ['units:2:kind:badKind']],
    ['a display order that is not a whole number from 1', rowsOf([U({ displayOrder: 0 }), U({ code: 'A1', displayOrder: 2.5 }), U({ code: 'A2', displayOrder: 'một' }), U({ code: 'A3', displayOrder: 100_001 })]), [
      'units:2:displayOrder:badDisplayOrder', 'units:3:displayOrder:badDisplayOrder', 'units:4:displayOrder:badDisplayOrder', 'units:5:displayOrder:badDisplayOrder',
    ]],
    ['names too short or too long', rowsOf([U({ name: 'S', shortName: 'x'.repeat(81), contactPerson: 'y'.repeat(121) })]), [
      'units:2:name:tooShort', 'units:2:shortName:tooLong', 'units:2:contactPerson:tooLong',
    ]],
    ['a bad e-mail and phone', rowsOf([U({ email: 'skhcn@', phone: '12 34' }), U({ code: 'A1', email: 'a b@x.vn' }), U({ code: 'A2', email: 'a@x' })]), [
      'units:2:email:badEmail', 'units:2:phone:badPhone', 'units:3:email:badEmail', 'units:4:email:badEmail',
    ]],
    // the users sheet
    ['required user cells empty', rowsOf([], [{ login: null, fullName: null, role: null }]), ['users:2:login:required', 'users:2:fullName:required', 'users:2:role:required']],
    ['a login with marks', rowsOf([], [P({ login: 'nguyễn' })]), ['users:2:login:badLogin']],
    ['a login twice in the file (any case)', rowsOf([], [P({}), P({ login: 'NGUYENVANA', fullName: 'Nguyễn Văn A' })]), ['users:3:login:duplicateLogin']],
    ['a login that is another person\'s', rowsOf([], [P({ login: 'songoaivu', fullName: 'Phạm Văn Bốn' })]), ['users:2:login:loginTakenByAnotherPerson']],
    ['an unknown role', rowsOf([], [P({ role: 'Lãnh đạo' })]), ['users:2:role:badRole']],
    ['an agency role without a unit', rowsOf([], [P({ unitCode: null })]), ['users:2:unitCode:unitRequiredForRole']],
    ['a committee role with a unit', rowsOf([], [P({ role: 'Lãnh đạo Ban Chỉ đạo' })]), ['users:2:unitCode:unitNotAllowedForRole']],
    ['an unknown unit', rowsOf([], [P({ unitCode: 'XYZ' })]), ['users:2:unitCode:unknownUnit']],
    ['a unit named on a row with problems of its own is not unknown', rowsOf([U({ kind: '?' })], [P({ unitCode: 'SKHCN' })]), ['units:2:kind:badKind']],
    ['a unit that ended, for a new account', rowsOf([], [P({ unitCode: 'HHB' })]), ['users:2:unitCode:unitEnded']],
    ['the standing office as a reporting unit', rowsOf([], [P({ unitCode: 'BTG' })]), ['users:2:unitCode:standingOfficeNotReporting']],
    ['a state that says neither', rowsOf([], [P({ active: 'tạm nghỉ' })]), ['users:2:active:badActive']],
    ['a new account locked', rowsOf([], [P({ active: 'Đã khóa' })]), ['users:2:active:newAccountInactive']],
    ['the administrator changing their own role', rowsOf([], [{ login: 'quantri', fullName: 'Quản trị hệ thống', role: 'Lãnh đạo Ban Chỉ đạo' }]), ['users:2:role:ownAccount']],
    ['the administrator locking themselves', rowsOf([], [{ login: 'quantri', fullName: 'Quản trị hệ thống', role: 'admin', active: 'Đã khóa' }]), ['users:2:active:ownAccount']],
    ['a bad user e-mail and phone', rowsOf([], [P({ email: 'nguyenvana.gmail.com', phone: 'không có' })]), ['users:2:email:badEmail', 'users:2:phone:badPhone']],
  ])('%s', (_, rows, expected) => {
    expect(problemsOf(rows)).toEqual(expected);
  });

  it('the plan covers only the rows without problems; each problem says its row, column, reason and message', () => {
    const { plan, problems } = planDirectoryImport(rowsOf([U({}), U({ code: 'A1', kind: 'Sở' })], [P({}), P({ login: 'b', fullName: 'Trần B' })]), CONTEXT);
    expect(plan.units.create.map((u) => u.code)).toEqual(['SKHCN']);
    expect(plan.users.create.map((u) => u.login)).toEqual(['nguyenvana']);
    expect(problems).toEqual([
      expect.objectContaining({ sheet: 'units', row: 3, column: 'kind', reason: 'badKind', params: expect.objectContaining({ value: 'Sở', header: 'Loại đơn vị' }) }),
      expect.objectContaining({ sheet: 'users', row: 3, column: 'login', reason: 'badLogin', message: expect.stringContaining('"b"') }),
    ]);
    expect(problems[0]!.message).toMatch(/^Loại đơn vị "Sở" không có trong danh mục: Sở, ban, ngành; Địa phương; /);
  });

  it('an empty plan is one that changes nothing', () => {
    const { plan } = planDirectoryImport(rowsOf([{ code: 'CAT', name: 'Công an tỉnh', shortName: 'Công an tỉnh', kind: 'armed_force', displayOrder: 6 }]), CONTEXT);
    expect(importPlanIsEmpty(plan)).toBe(true);
    expect(importPlanIsEmpty(planDirectoryImport(rowsOf([U({})]), CONTEXT).plan)).toBe(false);
  });
});
