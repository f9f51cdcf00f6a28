import type { Agency } from '@giao-ban/shared';
import type { AgencyEntity } from './agency.entity.js';

export function toAgency(entity: AgencyEntity): Agency {
  const { id, code, name, shortName, kind, displayOrder, active, isStandingOffice, contactPerson, email, phone } = entity;
  return { id, code, name, shortName, kind, displayOrder, active, isStandingOffice, contactPerson, email, phone };
}
