import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
// The DOM flavour wires ReactDOM.flushSync, which the logout navigation relies on.
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '@/components/errors/route-error';
import { FullPageSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';

// Route-level code splitting: each screen is its own chunk, loaded when first visited.
const LoginRoute = lazy(() => import('./routes/auth/login'));
const AppRoot = lazy(() => import('./routes/app/root'));
const PeriodsRoute = lazy(() => import('./routes/app/periods'));
const PeriodRoute = lazy(() => import('./routes/app/period'));
const AgenciesRoute = lazy(() => import('./routes/app/agencies'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

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
      path: paths.home.path,
      element: (
        <Page>
          <AppRoot />
        </Page>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to={paths.app.periods.getHref()} replace /> },
        { path: paths.app.periods.path, element: <PeriodsRoute /> },
        { path: paths.app.period.path, element: <PeriodRoute /> },
        { path: paths.app.agencies.path, element: <AgenciesRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createRoutes()));
  return <RouterProvider router={router} />;
}
