import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
// The DOM flavour wires ReactDOM.flushSync, which the sign-out navigation relies on (useLogout).
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '@/components/errors/route-error';
import { FullPageSpinner } from '@/components/full-page-spinner';
import { homeForRole, paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { routeModules } from './routes/route-modules';
import { dashboardHomeLoader, homeRedirectLoader } from './routes/start-redirects';

/**
 * Route-level code splitting through the router's own `lazy`: the router loads a screen's module
 * before it renders the route, so a screen never suspends on its code. React throttles the reveal
 * of a suspended tree (300 ms after its fallback showed), and the leader's way in is three screens
 * deep (`/` → `/dashboard` → the period's dashboard): as `React.lazy` components, each step showed a
 * spinner first and held the next one back.
 */
function screen(load: () => Promise<{ default: ComponentType }>): () => Promise<{ Component: ComponentType }> {
  return async () => ({ Component: (await load()).default });
}

/** `/`: each role starts on its own page (member units on their reports, leaders on the dashboard, others on the periods). */
function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homeForRole(user.role)} replace />;
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.auth.login.path,
      lazy: screen(routeModules.login),
      HydrateFallback: FullPageSpinner,
      errorElement: <RouteError />,
    },
    {
      path: paths.auth.changePassword.path,
      lazy: screen(routeModules.changePassword),
      HydrateFallback: FullPageSpinner,
      errorElement: <RouteError />,
    },
    {
      path: paths.home.path,
      lazy: screen(routeModules.appRoot),
      HydrateFallback: FullPageSpinner,
      errorElement: <RouteError />,
      children: [
        { index: true, loader: homeRedirectLoader(queryClient), element: <HomeRedirect /> },
        { path: paths.app.periods.path, lazy: screen(routeModules.periods) },
        { path: paths.app.period.path, lazy: screen(routeModules.period) },
        { path: paths.app.agencies.path, lazy: screen(routeModules.agencies) },
        { path: paths.app.agency.path, lazy: screen(routeModules.agency) },
        { path: paths.app.myReports.path, lazy: screen(routeModules.myReports) },
        { path: paths.app.report.path, lazy: screen(routeModules.report) },
        { path: paths.app.reportCompare.path, lazy: screen(routeModules.reportCompare) },
        { path: paths.app.periodNew.path, lazy: screen(routeModules.periodNew) },
        { path: paths.app.reportReview.path, lazy: screen(routeModules.reportReview) },
        { path: paths.app.dashboard.path, loader: dashboardHomeLoader(queryClient), lazy: screen(routeModules.dashboard) },
        { path: paths.app.periodDashboard.path, lazy: screen(routeModules.periodDashboard) },
        { path: paths.app.periodSummary.path, lazy: screen(routeModules.periodSummary) },
        { path: paths.app.users.path, lazy: screen(routeModules.users) },
        { path: paths.app.audit.path, lazy: screen(routeModules.audit) },
        { path: paths.app.settings.path, lazy: screen(routeModules.settings) },
        { path: paths.app.directoryImport.path, lazy: screen(routeModules.directoryImport) },
        { path: paths.app.profile.path, lazy: screen(routeModules.profile) },
        { path: paths.app.notifications.path, lazy: screen(routeModules.notifications) },
        { path: paths.app.reviewQueue.path, lazy: screen(routeModules.reviewQueue) },
        { path: paths.app.outbox.path, lazy: screen(routeModules.outbox) },
        { path: paths.app.bulletin.path, lazy: screen(routeModules.bulletin) },
        { path: paths.app.bulletinIssue.path, lazy: screen(routeModules.bulletinIssue) },
        { path: paths.app.bulletinItem.path, lazy: screen(routeModules.bulletinItem) },
        { path: paths.app.bulletinSearch.path, lazy: screen(routeModules.bulletinSearch) },
        { path: paths.app.bulletinContributions.path, lazy: screen(routeModules.bulletinContributions) },
        { path: '*', lazy: screen(routeModules.notFound) },
      ],
    },
  ];
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const [router] = useState(() => createBrowserRouter(createRoutes(queryClient)));
  return <RouterProvider router={router} />;
}
