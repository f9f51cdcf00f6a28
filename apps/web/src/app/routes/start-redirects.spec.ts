import type { LoaderFunctionArgs } from 'react-router';
import { createQueryClient } from '@/lib/react-query';
import { demoPeriod, officeUser, page, reporterUser } from '@/testing/fixtures';
import { mockApi, unauthenticated } from '@/testing/mock-api';
import { leaderUser } from '@/testing/review-fixtures';
import { dashboardHomeLoader, homeRedirectLoader } from './start-redirects';

const draft = { ...demoPeriod, id: 'p-2022-h1', title: 'Báo cáo 6 tháng đầu năm 2022', state: 'draft' as const };
const args = { request: new Request('http://localhost/'), params: {}, context: {} } as unknown as LoaderFunctionArgs;

/** Where a loader's answer sends the router: the redirect's address, or null to render the screen. */
async function destination(answer: unknown): Promise<string | null> {
  if (answer instanceof Response) return answer.headers.get('Location');
  return answer === null ? null : 'not a redirect';
}

describe('homeRedirectLoader (`/`)', () => {
  it.each([
    ['a leader', leaderUser, '/dashboard'],
    ['the office', officeUser, '/periods'],
    ['a member unit', reporterUser, '/my-reports'],
  ])('sends %s to its start page before anything renders', async (_who, user, expected) => {
    mockApi({ 'GET /api/auth/me': { status: 200, body: user } });
    expect(await destination(await homeRedirectLoader(createQueryClient())(args))).toBe(expected);
  });

  it('leaves a visitor with no session, or a failed session check, to the screens', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    expect(await destination(await homeRedirectLoader(createQueryClient())(args))).toBeNull();
    mockApi({ 'GET /api/auth/me': { status: 500, body: { code: 'INTERNAL', message: 'x' } } });
    expect(await destination(await homeRedirectLoader(createQueryClient({ queries: { retry: false } }))(args))).toBeNull();
  });

  it('uses the session the start-up already asked for instead of asking again', async () => {
    const server = mockApi({ 'GET /api/auth/me': { status: 200, body: leaderUser } });
    const queryClient = createQueryClient();
    await homeRedirectLoader(queryClient)(args);
    await homeRedirectLoader(queryClient)(args);
    expect(server.sent('GET', '/api/auth/me')).toHaveLength(1);
  });
});

describe('dashboardHomeLoader (`/dashboard`)', () => {
  it('sends the user to the newest period that is not a draft', async () => {
    mockApi({ 'GET /api/periods': { status: 200, body: page([draft, demoPeriod]) } });
    expect(await destination(await dashboardHomeLoader(createQueryClient())(args))).toBe(`/periods/${demoPeriod.id}/dashboard`);
  });

  it('leaves "no period yet" and a failed list to the dashboard home screen, which says so', async () => {
    mockApi({ 'GET /api/periods': { status: 200, body: page([draft]) } });
    expect(await destination(await dashboardHomeLoader(createQueryClient())(args))).toBeNull();
    mockApi({ 'GET /api/periods': { status: 500, body: { code: 'INTERNAL', message: 'x' } } });
    expect(await destination(await dashboardHomeLoader(createQueryClient({ queries: { retry: false } }))(args))).toBeNull();
  });
});
