import type { ImportProblem, UnitImportFields, UserImportFields } from '@giao-ban/shared';
import type { TFunction } from 'i18next';

type ImportField = keyof UnitImportFields | keyof UserImportFields;

/** A problem in the UI language: the reason's sentence with the file's values, the column and sheet in words. */
export function problemText(problem: ImportProblem, t: TFunction): string {
  return t(`directoryImport.reason.${problem.reason}` as 'directoryImport.reason.required', {
    ...problem.params,
    ...(problem.column ? { header: t(`directoryImport.columns.${problem.column}` as 'directoryImport.columns.code') } : {}),
    ...(problem.sheet ? { sheetName: t(`directoryImport.sheets.${problem.sheet}` as 'directoryImport.sheets.units') } : {}),
  });
}

/** A field's name in the UI language (`unitCode` is the unit of an account). */
export function fieldLabel(field: ImportField, t: TFunction): string {
  return field === 'unitCode' ? t('directoryImport.plan.unit') : t(`directoryImport.columns.${field}` as 'directoryImport.columns.code');
}

/** A value of a unit or account field as people read it: kinds, roles and states in words, units by name. */
export function fieldValue(field: ImportField, value: unknown, unitNames: Record<string, string>, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('directoryImport.plan.empty');
  switch (field) {
    case 'kind':
      return t(`agencies.kind.${value}` as 'agencies.kind.department');
    case 'role':
      return t(`roles.${value}` as 'roles.admin');
    case 'active':
      return value ? t('directoryImport.state.active') : t('directoryImport.state.inactive');
    case 'unitCode':
      return unitNames[String(value)] ? `${unitNames[String(value)]} (${String(value)})` : String(value);
    default:
      return String(value);
  }
}
