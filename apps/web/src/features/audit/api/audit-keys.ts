import type { AuditLogQuery } from '@giao-ban/shared';

/** The one query-key factory of the feature: every audit query starts with `['audit']`. */
export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditLogQuery) => [...auditKeys.lists(), query] as const,
  facets: () => [...auditKeys.all, 'facets'] as const,
};
