import type { Agency } from '../agencies/agency.types.js';
import type { Role } from '../auth/roles.js';

/** The two data sheets of the import workbook: member units and accounts. */
export const IMPORT_SHEETS = ['units', 'users'] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];

export const UNIT_IMPORT_COLUMNS = ['code', 'name', 'shortName', 'kind', 'displayOrder', 'contactPerson', 'email', 'phone'] as const;
export type UnitImportColumn = (typeof UNIT_IMPORT_COLUMNS)[number];

export const USER_IMPORT_COLUMNS = ['login', 'fullName', 'role', 'unitCode', 'email', 'phone', 'active'] as const;
export type UserImportColumn = (typeof USER_IMPORT_COLUMNS)[number];

export type ImportColumn = UnitImportColumn | UserImportColumn;

/** A cell as the workbook holds it once formulas, links and rich text are read: text, a number, true/false or nothing. */
export type ImportCell = string | number | boolean | null;

/** One data row of a sheet: its row number in Excel and its cells by column. */
export interface ImportRow<C extends ImportColumn> {
  row: number;
  cells: Partial<Record<C, ImportCell>>;
}

/** The data rows of both sheets, as readImportWorkbook finds them. */
export interface ImportRows {
  units: ImportRow<UnitImportColumn>[];
  users: ImportRow<UserImportColumn>[];
}

/** Every reason a file or a row is refused; the web app words each one (import.reason.*). */
export const IMPORT_PROBLEM_REASONS = [
  // the file as a whole
  'missingSheet',
  'missingColumn',
  'tooManyRows',
  'noRows',
  // any cell
  'required',
  'tooShort',
  'tooLong',
  'badEmail',
  'badPhone',
  // the units sheet
  'badCode',
  'duplicateCode',
  'unitEnded',
  'badKind',
  'badDisplayOrder',
  // the users sheet
  'badLogin',
  'duplicateLogin',
  'loginTakenByAnotherPerson',
  'badRole',
  'unknownUnit',
  'unitRequiredForRole',
  'unitNotAllowedForRole',
  'standingOfficeNotReporting',
  'badActive',
  'newAccountInactive',
  'ownAccount',
] as const;
export type ImportProblemReason = (typeof IMPORT_PROBLEM_REASONS)[number];

/** Why a file or one of its rows cannot be imported. */
export interface ImportProblem {
  /** null: the file as a whole. */
  sheet: ImportSheet | null;
  /** The row number in Excel; null for a whole sheet or the file. */
  row: number | null;
  column: ImportColumn | null;
  reason: ImportProblemReason;
  /** The problem in Vietnamese, for whoever reads the API's answer directly. */
  message: string;
  /** What the message names (the value, the other row, a limit), so the web app can word it in its own language. */
  params: Record<string, string | number>;
}

/** The fields of a unit the import sets (the code names the unit and never changes). */
export type UnitImportFields = Pick<Agency, 'name' | 'shortName' | 'kind' | 'displayOrder' | 'contactPerson' | 'email' | 'phone'>;

/** The fields of an account the import sets (the login names the account and never changes). */
export interface UserImportFields {
  fullName: string;
  role: Role;
  /** The code of the unit of an agency role; null for the committee-wide roles. */
  unitCode: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
}

/** Field by field, what a change does. */
export type FieldChanges<F> = { [K in keyof F]?: { from: F[K]; to: F[K] } };

export interface PlannedUnitCreation {
  row: number;
  code: string;
  fields: UnitImportFields;
}

export interface PlannedUnitChange {
  row: number;
  id: string;
  code: string;
  /** The unit's name before the import. */
  name: string;
  changes: FieldChanges<UnitImportFields>;
}

export interface PlannedUserCreation {
  row: number;
  login: string;
  fields: UserImportFields;
}

export interface PlannedUserChange {
  row: number;
  id: string;
  login: string;
  /** The person's name before the import. */
  fullName: string;
  changes: FieldChanges<UserImportFields>;
}

/** What an import creates and changes; rows that change nothing are only counted. */
export interface DirectoryImportPlan {
  units: { create: PlannedUnitCreation[]; change: PlannedUnitChange[]; unchanged: number };
  users: { create: PlannedUserCreation[]; change: PlannedUserChange[]; unchanged: number };
  /** The name of every unit code the plan names (a unit of the file or of the database). */
  unitNames: Record<string, string>;
}

/**
 * `POST /api/import/dry-run`: what the file would do and every problem in it. The plan covers the
 * rows without problems, so a file with a few bad rows still shows what the rest would do; nothing
 * is applied unless `problems` is empty.
 */
export interface DirectoryImportReview {
  valid: boolean;
  plan: DirectoryImportPlan;
  problems: ImportProblem[];
}

/** A new account's one-time password, shown this once. */
export interface IssuedImportPassword {
  login: string;
  fullName: string;
  unitName: string | null;
  temporaryPassword: string;
}

/** `POST /api/import/apply`: what was done, and the new accounts' temporary passwords. */
export interface DirectoryImportResult {
  plan: DirectoryImportPlan;
  temporaryPasswords: IssuedImportPassword[];
}

/** `details` of the 422 IMPORT_INVALID answer of `/apply`: the same problems the dry run lists. */
export interface DirectoryImportRefusal {
  problems: ImportProblem[];
}
