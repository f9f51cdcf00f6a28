/**
 * Every screen's code, loaded when first needed (route-level code splitting). One table for the
 * router's `lazy()` and for the start-up prefetch (`initial-data.ts`): calling a loader early
 * starts the download of the chunk and its imports, and the router later gets the same module.
 */
export const routeModules = {
  login: () => import('./auth/login'),
  changePassword: () => import('./auth/change-password'),
  appRoot: () => import('./app/root'),
  periods: () => import('./app/periods'),
  period: () => import('./app/period'),
  agencies: () => import('./app/agencies'),
  agency: () => import('./app/agency'),
  myReports: () => import('./app/my-reports'),
  report: () => import('./app/report'),
  reportCompare: () => import('./app/report-compare'),
  periodNew: () => import('./app/period-new'),
  reportReview: () => import('./app/report-review'),
  dashboard: () => import('./app/dashboard'),
  periodDashboard: () => import('./app/period-dashboard'),
  periodSummary: () => import('./app/period-summary'),
  users: () => import('./app/users'),
  audit: () => import('./app/audit'),
  settings: () => import('./app/settings'),
  directoryImport: () => import('./app/directory-import'),
  profile: () => import('./app/profile'),
  notifications: () => import('./app/notifications'),
  reviewQueue: () => import('./app/review-queue'),
  outbox: () => import('./app/outbox'),
  bulletin: () => import('./app/bulletin'),
  bulletinIssue: () => import('./app/bulletin-issue'),
  bulletinItem: () => import('./app/bulletin-item'),
  bulletinSearch: () => import('./app/bulletin-search'),
  bulletinContributions: () => import('./app/bulletin-contributions'),
  notFound: () => import('./not-found'),
} as const;

export type RouteModuleName = keyof typeof routeModules;
