import type { DestinationStream } from 'pino';
import { DEMO_PASSWORD } from '../src/database/seeds/demo-data.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { agencyIdByCode, openNewPeriod } from './helpers/workflow.js';

/** The JSON lines the app writes, kept for the test to read. */
function logCapture(): DestinationStream & { lines: () => Record<string, unknown>[]; text: () => string } {
  const written: string[] = [];
  return {
    write: (line: string) => void written.push(line),
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => written.join(''),
  };
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('request logs and request ids', () => {
  let sut: TestApp;
  const log = logCapture();

  beforeAll(async () => {
    sut = await startTestApp({ config: { logLevel: 'info' }, logDestination: log });
  });
  afterAll(() => sut.close());

  const lineOf = (requestId: string) => log.lines().find((line) => line.requestId === requestId && 'res' in line);

  it('writes one line per request with its id, the user, the route and the status, and never the password or the cookie', async () => {
    const login = await sut.http().post('/api/auth/login').send({ login: 'vanphong', password: DEMO_PASSWORD });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const me = await sut.http().get('/api/auth/me').set('Cookie', cookie).set('Authorization', 'Bearer secret-bearer-value');
    expect(me.status).toBe(200);
    const requestId = me.headers['x-request-id'] as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    // Read on 'finish', after supertest has its answer: give the event loop a turn.
    await new Promise((resolve) => setImmediate(resolve));
    expect(lineOf(requestId)).toEqual(
      expect.objectContaining({
        level: 30,
        requestId,
        userId: me.body.id,
        route: '/api/auth/me',
        req: { method: 'GET', path: '/api/auth/me' },
        res: { status: 200 },
        ms: expect.any(Number),
      }),
    );
    const loginLine = lineOf(login.headers['x-request-id'] as string);
    expect(loginLine).toEqual(expect.objectContaining({ route: '/api/auth/login', res: { status: 200 }, userId: null }));
    const text = log.text();
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain(cookie.split('=')[1]);
    expect(text).not.toContain('secret-bearer-value');
  });

  it('puts the same id in the error body, the header and the log line', async () => {
    const agent = await sut.signIn('lanhdao');
    const missing = await agent.get(`/api/periods/${NO_SUCH_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(expect.objectContaining({ code: 'NOT_FOUND', requestId: missing.headers['x-request-id'] }));

    const anonymous = await sut.http().get('/api/auth/me');
    expect(anonymous.body).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', requestId: anonymous.headers['x-request-id'] }));

    // Refused before any controller (the body's type), still with its id.
    const wrongType = await sut.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('login=x');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.requestId).toBe(wrongType.headers['x-request-id']);

    await new Promise((resolve) => setImmediate(resolve));
    expect(lineOf(missing.body.requestId)).toEqual(expect.objectContaining({ level: 30, res: { status: 404 }, route: '/api/periods/:id' }));
    expect(lineOf(wrongType.body.requestId)).toEqual(expect.objectContaining({ res: { status: 415 }, route: null }));
  });

  it('keeps a safe id sent by a proxy and replaces one that could forge a log line', async () => {
    const kept = await sut.http().get('/api/auth/me').set('X-Request-Id', 'lb-7f3a.42_x');
    expect([kept.headers['x-request-id'], kept.body.requestId]).toEqual(['lb-7f3a.42_x', 'lb-7f3a.42_x']);
    const forged = await sut.http().get('/api/auth/me').set('X-Request-Id', 'a" "level":60');
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves no metrics without METRICS_TOKEN (404)', async () => {
    const response = await sut.http().get('/api/metrics').set('Authorization', 'Bearer anything-at-all-here');
    expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('Prometheus metrics', () => {
  const token = 'metrics-token-for-the-test-0123';
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ config: { metricsToken: token } });
  });
  afterAll(() => sut.close());

  const scrape = () => sut.http().get('/api/metrics').set('Authorization', `Bearer ${token}`);
  const valueOf = (exposition: string, series: string) => {
    const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('refuses a scrape without the token or with a wrong one', async () => {
    const none = await sut.http().get('/api/metrics');
    const wrong = await sut.http().get('/api/metrics').set('Authorization', `Bearer ${token}x`);
    expect([none.status, none.body.code, wrong.status, wrong.body.code]).toEqual([401, 'UNAUTHENTICATED', 401, 'UNAUTHENTICATED']);
    expect(none.text).not.toContain('giaoban_');
  });

  it('counts requests by route template, times them, and shows the pool, the queues and the reminders', async () => {
    const office = await sut.signIn('vanphong');
    for (let i = 0; i < 3; i += 1) await office.get(`/api/periods/${NO_SUCH_ID}`).expect(404);
    const { periodId } = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
    const reminded = await office.post(`/api/periods/${periodId}/reminders`).send({ agencyIds: [await agencyIdByCode(sut, 'SNGV')], message: 'Đề nghị gửi báo cáo.' });
    expect([reminded.status, reminded.body.units]).toEqual([200, 1]);

    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.text;
    expect(valueOf(text, 'giaoban_http_requests_total{method="GET",route="/api/periods/:id",status="404"}')).toBe(3);
    expect(valueOf(text, 'giaoban_http_request_duration_seconds_count{method="GET",route="/api/periods/:id"}')).toBe(3);
    expect(text).not.toContain(NO_SUCH_ID);
    expect(valueOf(text, 'giaoban_reminders_sent_total{kind="manual"}')).toBe(1);
    expect(text).toContain('# TYPE giaoban_reminders_failed_total counter');
    expect(text).toContain('# TYPE giaoban_emails_total counter');
    expect(valueOf(text, 'giaoban_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(valueOf(text, 'giaoban_db_pool_waiting')).toBe(0);
    expect(valueOf(text, 'giaoban_job_queue_size{queue="email"}')).toEqual(expect.any(Number));
    expect(valueOf(text, 'giaoban_job_queue_size{queue="reminders.sweep"}')).toEqual(expect.any(Number));
    expect(text).toContain('giaoban_process_cpu_seconds_total');

    // The scrape itself is counted too, under its own route.
    expect(valueOf((await scrape()).text, 'giaoban_http_requests_total{method="GET",route="/api/metrics",status="200"}')).toBe(1);
  });
});
