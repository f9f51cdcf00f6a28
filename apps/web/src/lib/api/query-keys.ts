/**
 * The react-query keys of the API's shared resources, spelt once. Keys are prefixes of each other
 * on purpose: everything about one period starts with `periodKeys.detail(id)` (the period, its task
 * groups, units, review board, dashboard, reminder ladder), so invalidating that prefix after a
 * change refreshes them all, whichever feature shows them.
 */
export interface PeriodListParams {
  page: number;
  pageSize: number;
}

export const periodKeys = {
  all: ['periods'] as const,
  lists: () => [...periodKeys.all, 'list'] as const,
  list: (params: PeriodListParams) => [...periodKeys.lists(), params] as const,
  detail: (periodId: string) => [...periodKeys.all, 'detail', periodId] as const,
  taskGroups: (periodId: string) => [...periodKeys.detail(periodId), 'task-groups'] as const,
  agencies: (periodId: string) => [...periodKeys.detail(periodId), 'agencies'] as const,
  unitDueDates: (periodId: string) => [...periodKeys.detail(periodId), 'unit-due-dates'] as const,
  reviewBoard: (periodId: string) => [...periodKeys.detail(periodId), 'reports'] as const,
  dashboard: (periodId: string) => [...periodKeys.detail(periodId), 'dashboard'] as const,
  reminderLadder: (periodId: string) => [...periodKeys.detail(periodId), 'reminder-ladder'] as const,
};

/** Every units query starts with `agencyKeys.all`, so a change to a unit refreshes every screen's list. */
export const agencyKeys = {
  all: ['agencies'] as const,
  lists: () => [...agencyKeys.all, 'list'] as const,
  list: (params: { page: number; pageSize: number; active?: boolean }) => [...agencyKeys.lists(), params] as const,
  history: (agencyId: string) => [...agencyKeys.all, 'history', agencyId] as const,
};

/** Everything about one report (its versions, audit trail, comparisons) starts with `reportKeys.detail(id)`. */
export const reportKeys = {
  all: ['reports'] as const,
  detail: (reportId: string) => [...reportKeys.all, 'detail', reportId] as const,
  versions: (reportId: string) => [...reportKeys.detail(reportId), 'versions'] as const,
  comparison: (reportId: string, from: number, to: number) => [...reportKeys.detail(reportId), 'compare', { from, to }] as const,
  audit: (reportId: string) => [...reportKeys.detail(reportId), 'audit'] as const,
};

/**
 * The bulletin (Bản tin): everything about one issue (its items, layout, published copy) starts with
 * `bulletinKeys.issue(id)`; an item's own key sits apart, since a unit reads an item without its issue.
 */
export const bulletinKeys = {
  all: ['bulletin'] as const,
  issues: () => [...bulletinKeys.all, 'issues'] as const,
  issueList: (year: number) => [...bulletinKeys.issues(), 'list', year] as const,
  issue: (issueId: string) => [...bulletinKeys.issues(), 'detail', issueId] as const,
  items: () => [...bulletinKeys.all, 'items'] as const,
  item: (itemId: string) => [...bulletinKeys.items(), itemId] as const,
  search: (query: Record<string, string | number | undefined>) => [...bulletinKeys.all, 'search', query] as const,
  contributions: (year: number) => [...bulletinKeys.all, 'contributions', year] as const,
};
