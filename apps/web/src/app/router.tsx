import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
// The DOM flavour wires ReactDOM.flushSync, which the logout navigation relies on.
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '@/components/errors/route-error';
import { FullPageSpinner } from '@/components/full-page-spinner';
import { homeForRole, paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { routeModules } from './routes/route-modules';

// Route-level code splitting: each screen is its own chunk, loaded when first visited (or prefetched).
const LoginRoute = lazy(routeModules.login);
const ChangePasswordRoute = lazy(routeModules.changePassword);
const AppRoot = lazy(routeModules.appRoot);
const PeriodsRoute = lazy(routeModules.periods);
const PeriodRoute = lazy(routeModules.period);
const AgenciesRoute = lazy(routeModules.agencies);
const AgencyRoute = lazy(routeModules.agency);
const MyReportsRoute = lazy(routeModules.myReports);
const ReportRoute = lazy(routeModules.report);
const ReportCompareRoute = lazy(routeModules.reportCompare);
const PeriodNewRoute = lazy(routeModules.periodNew);
const ReportReviewRoute = lazy(routeModules.reportReview);
const DashboardRoute = lazy(routeModules.dashboard);
const PeriodDashboardRoute = lazy(routeModules.periodDashboard);
const PeriodSummaryRoute = lazy(routeModules.periodSummary);
const UsersRoute = lazy(routeModules.users);
const AuditRoute = lazy(routeModules.audit);
const SettingsRoute = lazy(routeModules.settings);
const DirectoryImportRoute = lazy(routeModules.directoryImport);
const ProfileRoute = lazy(routeModules.profile);
const NotificationsRoute = lazy(routeModules.notifications);
const ReviewQueueRoute = lazy(routeModules.reviewQueue);
const OutboxRoute = lazy(routeModules.outbox);
const BulletinRoute = lazy(routeModules.bulletin);
const BulletinIssueRoute = lazy(routeModules.bulletinIssue);
const BulletinItemRoute = lazy(routeModules.bulletinItem);
const BulletinSearchRoute = lazy(routeModules.bulletinSearch);
const BulletinContributionsRoute = lazy(routeModules.bulletinContributions);
const NotFoundRoute = lazy(routeModules.notFound);

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
        { path: paths.app.bulletin.path, element: <BulletinRoute /> },
        { path: paths.app.bulletinIssue.path, element: <BulletinIssueRoute /> },
        { path: paths.app.bulletinItem.path, element: <BulletinItemRoute /> },
        { path: paths.app.bulletinSearch.path, element: <BulletinSearchRoute /> },
        { path: paths.app.bulletinContributions.path, element: <BulletinContributionsRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createRoutes()));
  return <RouterProvider router={router} />;
}
