import type { TFunction } from 'i18next';
import vi from '@/locales/vi.json';

const ACTIONS = new Set(Object.keys(vi.auditLog.actions));
const OBJECT_TYPES = new Set(Object.keys(vi.auditLog.objectTypes));

/** An action in words where the locale has it ("report.submitted" → "Gửi báo cáo"); an unknown one as recorded. */
export function actionLabel(action: string, t: TFunction): string {
  const key = action.replace(/\./g, '_');
  return ACTIONS.has(key) ? t(`auditLog.actions.${key}` as 'auditLog.actions.report_submitted') : action;
}

/** An object type in words where the locale has it; an unknown one as recorded. */
export function objectTypeLabel(objectType: string, t: TFunction): string {
  return OBJECT_TYPES.has(objectType) ? t(`auditLog.objectTypes.${objectType}` as 'auditLog.objectTypes.report') : objectType;
}
