/** The one query-key factory of the feature: the signed-in user's own account. */
export const profileKeys = {
  all: ['profile'] as const,
  detail: () => [...profileKeys.all, 'detail'] as const,
};
