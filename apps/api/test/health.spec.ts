import { Client } from 'pg';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** Probes for a load balancer and a container runtime: live (the process), ready (database and migrations). */
describe('health probes', () => {
  let sut: TestApp;
  let db: Client;

  beforeAll(async () => {
    sut = await startTestApp({ demo: false });
    db = new Client({ connectionString: sut.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await sut.close();
  });

  it('is not ready while a migration of this code has not run on the database, and is once it has', async () => {
    const [last] = (await db.query<{ id: number; timestamp: string; name: string }>(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`)).rows;
    await db.query(`DELETE FROM migrations WHERE id = $1`, [last!.id]);
    const pending = await sut.http().get('/api/health/ready');
    expect([pending.status, pending.body]).toEqual([503, { status: 'error', database: 'up', migrations: 'pending', time: expect.any(String) }]);
    expect((await sut.http().get('/api/health/live')).body).toEqual({ status: 'ok', time: expect.any(String) });

    await db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last!.id, last!.timestamp, last!.name]);
    const ready = await sut.http().get('/api/health/ready');
    expect([ready.status, ready.body]).toEqual([200, { status: 'ok', database: 'up', migrations: 'done', time: expect.any(String) }]);
  });
});
