import {
  isAgencyRole,
  type CreateUserRequest,
  type FieldError,
  type Role,
  type UpdateUserRequest,
  type UserAccount,
} from '@giao-ban/shared';
import type { TFunction } from 'i18next';

export interface UserFormValues {
  login: string;
  fullName: string;
  email: string;
  phone: string;
  role: Role;
  agencyId: string | null;
}

export const FORM_FIELDS = ['login', 'fullName', 'email', 'phone', 'role', 'agencyId'] as const satisfies readonly (keyof UserFormValues)[];

export function toFormValues(user: UserAccount | null): UserFormValues {
  if (!user) return { login: '', fullName: '', email: '', phone: '', role: 'agency_reporter', agencyId: null };
  return {
    login: user.login,
    fullName: user.fullName,
    email: user.email ?? '',
    phone: user.phone ?? '',
    role: user.role,
    agencyId: user.agencyId,
  };
}

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function toCreateRequest(values: UserFormValues): CreateUserRequest {
  return {
    login: values.login.trim().toLowerCase(),
    fullName: values.fullName.trim(),
    email: orNull(values.email),
    phone: orNull(values.phone),
    role: values.role,
    agencyId: isAgencyRole(values.role) ? values.agencyId : null,
  };
}

/** Only what changed: an edit made while someone else edited the same account keeps their fields. */
export function toUpdateRequest(user: UserAccount, values: UserFormValues): UpdateUserRequest {
  const next = toCreateRequest({ ...values, login: user.login });
  const body: UpdateUserRequest = {};
  if (next.fullName !== user.fullName) body.fullName = next.fullName;
  if (next.email !== user.email) body.email = next.email;
  if (next.phone !== user.phone) body.phone = next.phone;
  if (next.role !== user.role) body.role = next.role;
  if (next.agencyId !== user.agencyId) body.agencyId = next.agencyId;
  return body;
}

/** The server's field error in the user's words (its own messages are English, for developers). */
export function fieldErrorMessage(error: FieldError, t: TFunction): string {
  const rules = Object.keys(error.constraints);
  switch (error.field) {
    case 'login':
      return rules.includes('unique') ? t('users.form.errors.loginTaken') : t('users.form.errors.loginPattern');
    case 'fullName':
      return t('users.form.errors.fullNameRequired');
    case 'email':
      return t('users.form.errors.emailInvalid');
    case 'phone':
      return t('users.form.errors.phoneInvalid');
    case 'agencyId':
      return rules.includes('requiredForRole') ? t('users.form.errors.unitRequired') : t('users.form.errors.unitInvalid');
    default:
      return t('users.form.errors.invalid');
  }
}
