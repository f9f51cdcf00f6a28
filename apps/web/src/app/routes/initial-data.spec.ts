import { QueryObserver } from '@tanstack/react-query';
import { dashboardQueryKey, getDashboardQueryOptions } from '@/features/dashboard/api/get-dashboard';
import { createQueryClient } from '@/lib/react-query';
import { demoDashboard } from '@/testing/dashboard-fixtures';
import { demoPeriod, reporterUser } from '@/testing/fixtures';
import { mockApi, unauthenticated } from '@/testing/mock-api';
import { leaderUser } from '@/testing/review-fixtures';
import { startInitialData } from './initial-data';
import { routeModules } from './route-modules';

// The screens' code is not what is tested here: each loader only records that it was asked for.
jest.mock('./route-modules', () => ({
  routeModules: new Proxy({} as Record<string, jest.Mock>, {
    get: (loaders, name: string) => (loaders[name] ??= jest.fn(() => Promise.resolve({ default: () => null }))),
  }),
}));
const loaderCalls = (name: keyof typeof routeModules) => (routeModules[name] as unknown as jest.Mock).mock.calls.length;

const draft = { ...demoPeriod, id: 'p-2022-h1', title: 'Báo cáo 6 tháng đầu năm 2022', state: 'draft' as const };
const periodsPage = { items: [draft, demoPeriod], total: 2, page: 1, pageSize: 100 };

/** Lets the promise chains started by startInitialData run to their end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => jest.clearAllMocks());

describe('startInitialData', () => {
  it("asks for a leader's newest open period's figures as soon as the session and the periods answer, and for the screens' code", async () => {
    const server = mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      'GET /api/periods': { status: 200, body: periodsPage },
      [`GET /api/periods/${demoPeriod.id}/dashboard`]: { status: 200, body: demoDashboard },
    });
    const queryClient = createQueryClient();

    startInitialData(queryClient, '/');
    // The session and the periods are asked for together, before either answers.
    expect(server.requests.map((request) => request.path)).toEqual(['/api/auth/me', '/api/periods']);
    await settle();

    expect(server.sent('GET', `/api/periods/${draft.id}/dashboard`)).toHaveLength(0);
    expect(server.sent('GET', `/api/periods/${demoPeriod.id}/dashboard`)).toHaveLength(1);
    expect(queryClient.getQueryData(dashboardQueryKey(demoPeriod.id))).toEqual(demoDashboard);
    expect(loaderCalls('appRoot')).toBe(1);
    expect(loaderCalls('dashboard')).toBe(1);
    expect(loaderCalls('periodDashboard')).toBeGreaterThanOrEqual(1);
    expect(loaderCalls('login')).toBe(0);
  });

  it("asks for a period dashboard's figures at once when the address names the period", () => {
    const server = mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      [`GET /api/periods/${demoPeriod.id}/dashboard`]: { status: 200, body: demoDashboard },
    });

    startInitialData(createQueryClient(), `/periods/${demoPeriod.id}/dashboard`);

    expect(server.requests.map((request) => request.path)).toEqual(['/api/auth/me', `/api/periods/${demoPeriod.id}/dashboard`]);
    expect(loaderCalls('periodDashboard')).toBe(1);
  });

  it('the dashboard that mounts on the figures fetched at start-up shows them without asking again', async () => {
    const figures = `/api/periods/${demoPeriod.id}/dashboard`;
    const server = mockApi({
      'GET /api/auth/me': { status: 200, body: leaderUser },
      [`GET ${figures}`]: { status: 200, body: demoDashboard },
    });
    const queryClient = createQueryClient();
    startInitialData(queryClient, `/periods/${demoPeriod.id}/dashboard`);
    await settle();

    // what useDashboard does when the screen mounts
    const screen = new QueryObserver(queryClient, getDashboardQueryOptions(demoPeriod.id));
    const unsubscribe = screen.subscribe(() => undefined);
    await settle();
    expect(screen.getCurrentResult().data).toEqual(demoDashboard);
    expect(server.sent('GET', figures)).toHaveLength(1);
    unsubscribe();
  });

  it("does not ask for the dashboard for a member unit, whose start page is its own reports", async () => {
    const server = mockApi({
      'GET /api/auth/me': { status: 200, body: reporterUser },
      'GET /api/periods': { status: 200, body: periodsPage },
    });

    startInitialData(createQueryClient(), '/');
    await settle();

    expect(server.requests.map((request) => request.path)).toEqual(['/api/auth/me', '/api/periods']);
    expect(loaderCalls('dashboard')).toBe(0);
    expect(loaderCalls('appRoot')).toBe(1);
  });

  it('asks only for the session and the login code on the login page, and the login code when nobody is signed in', async () => {
    const onLogin = mockApi({ 'GET /api/auth/me': unauthenticated });
    startInitialData(createQueryClient(), '/login');
    await settle();
    expect(onLogin.requests.map((request) => request.path)).toEqual(['/api/auth/me']);
    expect(loaderCalls('login')).toBe(1);
    expect(loaderCalls('appRoot')).toBe(0);

    jest.clearAllMocks();
    mockApi({ 'GET /api/auth/me': unauthenticated, 'GET /api/periods': unauthenticated });
    startInitialData(createQueryClient(), '/');
    await settle();
    expect(loaderCalls('login')).toBe(1);
    expect(loaderCalls('dashboard')).toBe(0);
  });
});
