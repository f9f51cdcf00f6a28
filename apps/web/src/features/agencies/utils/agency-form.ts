import type { Agency, AgencyKind, CreateAgencyRequest, FieldError, UpdateAgencyRequest } from '@giao-ban/shared';
import type { TFunction } from 'i18next';

export interface AgencyFormValues {
  name: string;
  shortName: string;
  kind: AgencyKind;
  displayOrder: number | null;
  contactPerson: string;
  email: string;
  phone: string;
}

export const AGENCY_FORM_FIELDS = ['name', 'shortName', 'kind', 'displayOrder', 'contactPerson', 'email', 'phone'] as const satisfies readonly (keyof AgencyFormValues)[];

/** A new unit goes after the last one unless told otherwise. */
export function toAgencyFormValues(agency: Agency | null, nextDisplayOrder = 1): AgencyFormValues {
  if (!agency) return { name: '', shortName: '', kind: 'department', displayOrder: nextDisplayOrder, contactPerson: '', email: '', phone: '' };
  return {
    name: agency.name,
    shortName: agency.shortName,
    kind: agency.kind,
    displayOrder: agency.displayOrder,
    contactPerson: agency.contactPerson ?? '',
    email: agency.email ?? '',
    phone: agency.phone ?? '',
  };
}

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function toCreateAgencyRequest(values: AgencyFormValues): CreateAgencyRequest {
  return {
    name: values.name.trim(),
    shortName: values.shortName.trim(),
    kind: values.kind,
    displayOrder: values.displayOrder ?? 1,
    contactPerson: orNull(values.contactPerson),
    email: orNull(values.email),
    phone: orNull(values.phone),
  };
}

/** Only what changed: a rename is sent only when the name or short name really changed. */
export function toUpdateAgencyRequest(agency: Agency, values: AgencyFormValues): UpdateAgencyRequest {
  const next = toCreateAgencyRequest(values);
  const body: UpdateAgencyRequest = {};
  if (next.name !== agency.name) body.name = next.name;
  if (next.shortName !== agency.shortName) body.shortName = next.shortName;
  if (next.kind !== agency.kind) body.kind = next.kind;
  if (next.displayOrder !== agency.displayOrder) body.displayOrder = next.displayOrder;
  if (next.contactPerson !== agency.contactPerson) body.contactPerson = next.contactPerson;
  if (next.email !== agency.email) body.email = next.email;
  if (next.phone !== agency.phone) body.phone = next.phone;
  return body;
}

/** The server's field error in the user's words (its own messages are English, for developers). */
export function agencyFieldErrorMessage(error: FieldError, t: TFunction): string {
  const field = error.field.split('.').at(-1);
  switch (field) {
    case 'code':
      return t('units.form.errors.codeTaken');
    case 'name':
      return t('units.form.errors.nameRequired');
    case 'shortName':
      return t('units.form.errors.shortNameRequired');
    case 'displayOrder':
      return t('units.form.errors.displayOrder');
    case 'email':
      return t('units.form.errors.emailInvalid');
    case 'phone':
      return t('units.form.errors.phoneInvalid');
    default:
      return t('units.form.errors.invalid');
  }
}
