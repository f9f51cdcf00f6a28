import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
// The DOM flavour wires ReactDOM.flushSync, which the logout navigation relies on.
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '@/components/errors/route-error';
import { FullPageSpinner } from '@/components/full-page-spinner';
import { homeForRole, paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';

// Route-level code splitting: each screen is its own chunk, loaded when first visited.
const LoginRoute = lazy(() => import('./routes/auth/login'));
const ChangePasswordRoute = lazy(() => import('./routes/auth/change-password'));
const AppRoot = lazy(() => import('./routes/app/root'));
const PeriodsRoute = lazy(() => import('./routes/app/periods'));
const PeriodRoute = lazy(() => import('./routes/app/period'));
const AgenciesRoute = lazy(() => import('./routes/app/agencies'));
const AgencyRoute = lazy(() => import('./routes/app/agency'));
const MyReportsRoute = lazy(() => import('./routes/app/my-reports'));
const ReportRoute = lazy(() => import('./routes/app/report'));
const ReportCompareRoute = lazy(() => import('./routes/app/report-compare'));
const PeriodNewRoute = lazy(() => import('./routes/app/period-new'));
const ReportReviewRoute = lazy(() => import('./routes/app/report-review'));
const DashboardRoute = lazy(() => import('./routes/app/dashboard'));
const PeriodDashboardRoute = lazy(() => import('./routes/app/period-dashboard'));
const PeriodSummaryRoute = lazy(() => import('./routes/app/period-summary'));
const UsersRoute = lazy(() => import('./routes/app/users'));
const AuditRoute = lazy(() => import('./routes/app/audit'));
const SettingsRoute = lazy(() => import('./routes/app/settings'));
const DirectoryImportRoute = lazy(() => import('./routes/app/directory-import'));
const ProfileRoute = lazy(() => import('./routes/app/profile'));
const NotificationsRoute = lazy(() => import('./routes/app/notifications'));
const ReviewQueueRoute = lazy(() => import('./routes/app/review-queue'));
const OutboxRoute = lazy(() => import('./routes/app/outbox'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

/** `/`: each role starts on its own page (member units on their reports, leaders on the dashboard, others on the periods). */
function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homeForRole(user.role)} replace />;
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpinner />}>{children}</Suspense>;
}

export function createRoutes(): RouteObject[] {
  return [
    {
      path: paths.auth.login.path,
      element: (
        <Page>
          <LoginRoute />
        </Page>
      ),
      errorElement: <RouteError />,
    },
    {
      path: paths.auth.changePassword.path,
      element: (
        <Page>
          <ChangePasswordRoute />
        </Page>
      ),
      errorElement: <RouteError />,
    },
    {
      path: paths.home.path,
      element: (
        <Page>
          <AppRoot />
        </Page>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: paths.app.periods.path, element: <PeriodsRoute /> },
        { path: paths.app.period.path, element: <PeriodRoute /> },
        { path: paths.app.agencies.path, element: <AgenciesRoute /> },
        { path: paths.app.agency.path, element: <AgencyRoute /> },
        { path: paths.app.myReports.path, element: <MyReportsRoute /> },
        { path: paths.app.report.path, element: <ReportRoute /> },
        { path: paths.app.reportCompare.path, element: <ReportCompareRoute /> },
        { path: paths.app.periodNew.path, element: <PeriodNewRoute /> },
        { path: paths.app.reportReview.path, element: <ReportReviewRoute /> },
        { path: paths.app.dashboard.path, element: <DashboardRoute /> },
        { path: paths.app.periodDashboard.path, element: <PeriodDashboardRoute /> },
        { path: paths.app.periodSummary.path, element: <PeriodSummaryRoute /> },
        { path: paths.app.users.path, element: <UsersRoute /> },
        { path: paths.app.audit.path, element: <AuditRoute /> },
        { path: paths.app.settings.path, element: <SettingsRoute /> },
        { path: paths.app.directoryImport.path, element: <DirectoryImportRoute /> },
        { path: paths.app.profile.path, element: <ProfileRoute /> },
        { path: paths.app.notifications.path, element: <NotificationsRoute /> },
        { path: paths.app.reviewQueue.path, element: <ReviewQueueRoute /> },
        { path: paths.app.outbox.path, element: <OutboxRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createRoutes()));
  return <RouterProvider router={router} />;
}
