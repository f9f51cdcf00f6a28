import type { ReportDetail } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { openNewPeriod } from './helpers/workflow.js';
import { reportCounts } from './helpers/counts.js';
import { TcpProxy } from './helpers/tcp-proxy.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * PostgreSQL frozen or stopped under a running API (reached through a relay the test controls):
 * every request answers 503 DATABASE_UNAVAILABLE within a few seconds instead of hanging, and the
 * API serves again by itself once the database is back.
 */
describe('the database out of reach', () => {
  const TIMEOUT_MS = 1_500;
  let proxy: TcpProxy;
  let sut: TestApp;
  let office: TestAgent;
  let unit: TestAgent;
  let report: ReportDetail;

  beforeAll(async () => {
    const prepared = await startTestApp();
    const prepOffice = await prepared.signIn('vanphong');
    const { reportIdOf } = await openNewPeriod(prepared, prepOffice, ['SNGV']);
    const reportId = reportIdOf('SNGV');
    const clock = prepared.clock.now();
    await prepared.close();

    proxy = await TcpProxy.to(prepared.databaseUrl);
    sut = await startTestApp({ databaseUrl: proxy.relay(prepared.databaseUrl), config: { databaseTimeoutMs: TIMEOUT_MS } });
    sut.clock.set(clock);
    office = await sut.signIn('vanphong');
    unit = await sut.signIn('songoaivu');
    report = (await unit.get(`/api/reports/${reportId}`)).body;
  });
  const seen: string[] = [];
  afterAll(async () => {
    proxy.thaw();
    await sut.close();
    await proxy.stop();
    reportCounts('database-down', `database down: ${seen.join('; ')}`);
  });

  async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  }

  /** Asks until the API answers 200 again; how long that took. */
  async function recovery(): Promise<number> {
    const started = performance.now();
    for (;;) {
      const response = await office.get('/api/periods');
      if (response.status === 200) return performance.now() - started;
      expect([response.status, response.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
      if (performance.now() - started > 30_000) throw new Error('the API did not recover within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('frozen: reads, saves and the health check answer 503 within seconds; then it recovers by itself', async () => {
    const section = report.sections.find((s) => s.taskGroup && s.applicable)!;
    proxy.freeze();
    const read = await timed(() => office.get('/api/periods'));
    expect([read.result.status, read.result.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    expect(read.ms).toBeLessThan(TIMEOUT_MS * 3);
    const save = await timed(() => unit.put(`/api/reports/${report.id}/sections/${section.id}`).send({ version: section.version, text: 'Viết khi máy chủ treo' }));
    expect([save.result.status, save.result.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    expect(save.ms).toBeLessThan(TIMEOUT_MS * 3);
    const health = await sut.http().get('/api/health');
    expect([health.status, health.body.database]).toEqual([503, 'down']);
    // The load balancer stops sending here; the process itself is alive (no restart).
    const ready = await sut.http().get('/api/health/ready');
    expect([ready.status, ready.body.database, ready.body.migrations]).toEqual([503, 'down', 'unknown']);
    expect((await sut.http().get('/api/health/live')).status).toBe(200);

    proxy.thaw();
    const recovered = await recovery();
    expect(recovered).toBeLessThan(TIMEOUT_MS * 4);
    seen.push(`frozen → read 503 in ${Math.round(read.ms)} ms, save 503 in ${Math.round(save.ms)} ms, served again ${Math.round(recovered)} ms after thawing`);
    expect((await sut.http().get('/api/health')).status).toBe(200);
  });

  it('stopped: 503 at once; served again when it is back', async () => {
    await proxy.stop();
    const read = await timed(() => office.get('/api/periods'));
    expect([read.result.status, read.result.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    expect(read.ms).toBeLessThan(TIMEOUT_MS * 2);
    await proxy.listen();
    const recovered = await recovery();
    seen.push(`stopped → 503 in ${Math.round(read.ms)} ms, served again ${Math.round(recovered)} ms after restart`);
    const again = await unit.get(`/api/reports/${report.id}`);
    expect(again.status).toBe(200);
  });
});
