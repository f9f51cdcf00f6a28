import {
  AGENCY_CONTACT_MAX_LENGTH,
  AGENCY_DISPLAY_ORDER_MAX,
  AGENCY_NAME_MAX_LENGTH,
  AGENCY_SHORT_NAME_MAX_LENGTH,
  type Agency,
} from '../agencies/agency.types.js';
import { AGENCY_CODE_PATTERN } from '../agencies/unit-succession.js';
import { isAgencyRole } from '../auth/roles.js';
import { foldVietnamese } from '../text/fold-vietnamese.js';
import { EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH, LOGIN_PATTERN, PHONE_PATTERN, type UserAccount } from '../users/user-account.types.js';
import type {
  DirectoryImportPlan,
  FieldChanges,
  ImportCell,
  ImportColumn,
  ImportProblem,
  ImportProblemReason,
  ImportRow,
  ImportRows,
  ImportSheet,
  UnitImportColumn,
  UnitImportFields,
  UserImportColumn,
  UserImportFields,
} from './directory-import.types.js';
import { importProblem } from './import-problems.js';
import { AGENCY_KIND_LABELS, IMPORT_COLUMN_SPECS, readActive, readAgencyKind, readRole, ROLE_LABELS } from './import-workbook-format.js';

/** An account as the import compares it with a row. */
export type ImportedAccount = Pick<UserAccount, 'id' | 'login' | 'fullName' | 'role' | 'agencyId' | 'email' | 'phone' | 'active'>;

export interface DirectoryImportContext {
  /** Every unit, ended ones included (a code is never reused). */
  units: readonly Agency[];
  /** Every account, locked ones included (a login is never reused). */
  accounts: readonly ImportedAccount[];
  /** The administrator importing: they may not change their own role or lock themselves out. */
  actorId: string;
}

/**
 * A plain address as people type one: no spaces, one "@", a dotted domain ending in letters. Close
 * to what the API's forms accept (class-validator's isEmail), so an address imported here can be
 * saved again from the forms.
 */
const EMAIL_PATTERN =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Names compared as people mean them: a fix of marks, case or spaces is the same person. */
const personKey = (name: string) => foldVietnamese(name).replace(/\s+/g, ' ').trim();

const headerOf = (sheet: ImportSheet, column: ImportColumn) =>
  (IMPORT_COLUMN_SPECS[sheet] as readonly { key: ImportColumn; header: string }[]).find((s) => s.key === column)!.header;

/** Reads the cells of one row, collecting what is wrong with them. */
class RowReader<C extends UnitImportColumn | UserImportColumn> {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly sheet: ImportSheet,
    private readonly source: ImportRow<C>,
  ) {}

  get row(): number {
    return this.source.row;
  }

  fail(column: C | null, reason: ImportProblemReason, params: Record<string, string | number> = {}): null {
    const withHeader = column ? { header: headerOf(this.sheet, column), ...params } : params;
    this.problems.push(importProblem(this.sheet, this.row, column, reason, withHeader));
    return null;
  }

  /** The cell as text: trimmed, composed (NFC); numbers as they print; empty is null. */
  text(column: C): string | null {
    const cell: ImportCell | undefined = this.source.cells[column];
    if (cell === null || cell === undefined) return null;
    const text = (typeof cell === 'string' ? cell : String(cell)).trim().normalize('NFC');
    return text === '' ? null : text;
  }

  required(column: C): string | null {
    const text = this.text(column);
    return text === null ? this.fail(column, 'required') : text;
  }

  /** Text of at most `max` (and at least `min`) characters. */
  sized(column: C, min: number, max: number, required: boolean): string | null {
    const text = required ? this.required(column) : this.text(column);
    if (text === null) return null;
    const length = Array.from(text).length;
    if (length < min) return this.fail(column, 'tooShort', { min, value: text });
    if (length > max) return this.fail(column, 'tooLong', { max, value: text });
    return text;
  }

  email(column: C): string | null {
    const text = this.text(column);
    if (text === null) return null;
    if (Array.from(text).length > EMAIL_MAX_LENGTH) return this.fail(column, 'tooLong', { max: EMAIL_MAX_LENGTH, value: text });
    return EMAIL_PATTERN.test(text) ? text : this.fail(column, 'badEmail', { value: text });
  }

  /**
   * A phone number. Typed into a number cell, Excel drops its leading zero (0912 345 678 becomes
   * 912345678): a number of nine or ten digits gets it back, as Vietnamese numbers all start with 0.
   */
  phone(column: C): string | null {
    const cell = this.source.cells[column];
    const text = typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && /^\d{9,10}$/.test(String(cell)) ? `0${cell}` : this.text(column);
    if (text === null) return null;
    return PHONE_PATTERN.test(text) ? text : this.fail(column, 'badPhone', { value: text });
  }
}

/** Two values of a field are the same (texts exactly, after the reading above). */
function changesOf<F extends object>(before: F, after: F): FieldChanges<F> {
  const changes: FieldChanges<F> = {};
  for (const key of Object.keys(after) as (keyof F)[]) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

interface UnitsRead {
  /** Every code the units sheet names, valid row or not, with its first row (users may name them). */
  codes: Map<string, { row: number; name: string | null }>;
}

function planUnits(rows: readonly ImportRow<UnitImportColumn>[], byCode: Map<string, Agency>, plan: DirectoryImportPlan, problems: ImportProblem[]): UnitsRead {
  const codes = new Map<string, { row: number; name: string | null }>();
  for (const source of rows) {
    const r = new RowReader('units', source);
    let code = r.required('code')?.toUpperCase() ?? null;
    if (code !== null && !AGENCY_CODE_PATTERN.test(code)) code = r.fail('code', 'badCode', { value: code });
    if (code !== null) {
      const first = codes.get(code);
      if (first) code = r.fail('code', 'duplicateCode', { value: code, otherRow: first.row });
    }
    const name = r.sized('name', 2, AGENCY_NAME_MAX_LENGTH, true);
    if (code !== null) codes.set(code, { row: r.row, name });
    const shortName = r.sized('shortName', 1, AGENCY_SHORT_NAME_MAX_LENGTH, true);
    const kindText = r.required('kind');
    const kind = kindText === null ? null : (readAgencyKind(kindText) ?? r.fail('kind', 'badKind', { value: kindText, allowed: Object.values(AGENCY_KIND_LABELS).join('; ') }));
    const orderText = r.required('displayOrder');
    const order = orderText === null ? null : Number(orderText);
    const displayOrder =
      order === null
        ? null
        : /^\d+$/.test(orderText!) && order >= 1 && order <= AGENCY_DISPLAY_ORDER_MAX
          ? order
          : r.fail('displayOrder', 'badDisplayOrder', { value: orderText!, max: AGENCY_DISPLAY_ORDER_MAX });
    const contactPerson = r.sized('contactPerson', 0, AGENCY_CONTACT_MAX_LENGTH, false);
    const email = r.email('email');
    const phone = r.phone('phone');
    const existing = code === null ? undefined : byCode.get(code);
    if (existing && !existing.active) r.fail('code', 'unitEnded', { value: code! });

    problems.push(...r.problems);
    if (r.problems.length) continue;
    const fields: UnitImportFields = { name: name!, shortName: shortName!, kind: kind!, displayOrder: displayOrder!, contactPerson, email, phone };
    plan.unitNames[code!] = fields.name;
    if (!existing) {
      plan.units.create.push({ row: r.row, code: code!, fields });
      continue;
    }
    const { name: n, shortName: s, kind: k, displayOrder: d, contactPerson: c, email: e, phone: ph } = existing;
    const changes = changesOf<UnitImportFields>({ name: n, shortName: s, kind: k, displayOrder: d, contactPerson: c, email: e, phone: ph }, fields);
    if (Object.keys(changes).length) plan.units.change.push({ row: r.row, id: existing.id, code: existing.code, name: existing.name, changes });
    else plan.units.unchanged++;
  }
  return { codes };
}

function planUsers(
  rows: readonly ImportRow<UserImportColumn>[],
  context: DirectoryImportContext,
  byCode: Map<string, Agency>,
  units: UnitsRead,
  plan: DirectoryImportPlan,
  problems: ImportProblem[],
): void {
  const byLogin = new Map(context.accounts.map((a) => [a.login, a]));
  const byId = new Map(context.units.map((u) => [u.id, u]));
  const firstRowOf = new Map<string, number>();
  for (const source of rows) {
    const r = new RowReader('users', source);
    let login = r.required('login')?.toLowerCase() ?? null;
    if (login !== null && !LOGIN_PATTERN.test(login)) login = r.fail('login', 'badLogin', { value: login });
    if (login !== null) {
      const first = firstRowOf.get(login);
      if (first) login = r.fail('login', 'duplicateLogin', { value: login, otherRow: first });
      else firstRowOf.set(login, r.row);
    }
    const existing = login === null ? undefined : byLogin.get(login);
    const fullName = r.sized('fullName', 2, FULL_NAME_MAX_LENGTH, true);
    if (existing && fullName !== null && personKey(fullName) !== personKey(existing.fullName)) {
      r.fail('login', 'loginTakenByAnotherPerson', { value: login!, existingName: existing.fullName });
    }
    const roleText = r.required('role');
    const role = roleText === null ? null : (readRole(roleText) ?? r.fail('role', 'badRole', { value: roleText, allowed: Object.values(ROLE_LABELS).join('; ') }));
    const unitCode = r.text('unitCode')?.toUpperCase() ?? null;
    if (role !== null) {
      if (!isAgencyRole(role)) {
        if (unitCode !== null) r.fail('unitCode', 'unitNotAllowedForRole', { value: unitCode, role: ROLE_LABELS[role] });
      } else if (unitCode === null) {
        r.fail('unitCode', 'unitRequiredForRole', { role: ROLE_LABELS[role] });
      } else {
        const stored = byCode.get(unitCode);
        // Keeping the unit an account already has is always allowed (as in the users screen).
        const current = stored !== undefined && stored.id === existing?.agencyId;
        if (!stored && !units.codes.has(unitCode)) r.fail('unitCode', 'unknownUnit', { value: unitCode });
        else if (stored && !current && !stored.active) r.fail('unitCode', 'unitEnded', { value: unitCode });
        else if (stored && !current && stored.isStandingOffice) r.fail('unitCode', 'standingOfficeNotReporting', { value: stored.name });
      }
    }
    const email = r.email('email');
    const phone = r.phone('phone');
    const activeText = r.text('active');
    const activeRead = activeText === null ? undefined : readActive(activeText);
    if (activeText !== null && activeRead === undefined) r.fail('active', 'badActive', { value: activeText });
    if (!existing && activeRead === false) r.fail('active', 'newAccountInactive');
    if (existing && existing.id === context.actorId) {
      if (role !== null && role !== existing.role) r.fail('role', 'ownAccount');
      if (activeRead === false && existing.active) r.fail('active', 'ownAccount');
    }

    problems.push(...r.problems);
    if (r.problems.length) continue;
    const fields: UserImportFields = { fullName: fullName!, role: role!, unitCode, email, phone, active: activeRead ?? existing?.active ?? true };
    if (unitCode !== null) plan.unitNames[unitCode] ??= byCode.get(unitCode)?.name ?? units.codes.get(unitCode)?.name ?? unitCode;
    if (!existing) {
      plan.users.create.push({ row: r.row, login: login!, fields });
      continue;
    }
    const currentUnit = existing.agencyId ? byId.get(existing.agencyId) : undefined;
    const before: UserImportFields = {
      fullName: existing.fullName,
      role: existing.role,
      unitCode: currentUnit?.code ?? null,
      email: existing.email,
      phone: existing.phone,
      active: existing.active,
    };
    const changes = changesOf(before, fields);
    if (changes.unitCode && currentUnit) plan.unitNames[currentUnit.code] ??= currentUnit.name;
    if (Object.keys(changes).length) plan.users.change.push({ row: r.row, id: existing.id, login: existing.login, fullName: existing.fullName, changes });
    else plan.users.unchanged++;
  }
}

/**
 * What importing these rows would do, compared with the units and accounts as they are, and every
 * row that cannot be imported, with the column and the reason. Units are matched by code (a code
 * never changes; a new code is a new unit) and accounts by login; units and accounts the file does
 * not name are left as they are, so the import never ends a unit or locks anyone by leaving them
 * out. A unit the file creates may be named by the accounts of the same file. The plan lists what
 * the rows without problems would do; the file is imported only when there are no problems at all.
 */
export function planDirectoryImport(rows: ImportRows, context: DirectoryImportContext): { plan: DirectoryImportPlan; problems: ImportProblem[] } {
  const plan: DirectoryImportPlan = {
    units: { create: [], change: [], unchanged: 0 },
    users: { create: [], change: [], unchanged: 0 },
    unitNames: {},
  };
  const problems: ImportProblem[] = [];
  const byCode = new Map(context.units.map((u) => [u.code.toUpperCase(), u]));
  const units = planUnits(rows.units, byCode, plan, problems);
  planUsers(rows.users, context, byCode, units, plan, problems);
  return { plan, problems };
}

/** Whether a plan changes anything at all. */
export function importPlanIsEmpty(plan: DirectoryImportPlan): boolean {
  return plan.units.create.length + plan.units.change.length + plan.users.create.length + plan.users.change.length === 0;
}
