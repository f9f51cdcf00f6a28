import { readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { listRoutes } from '../src/common/routes/route-table.js';
import { ENV_NAMES, parseEnv, toAppConfig } from '../src/config/env.schema.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { MIGRATIONS } from '../src/database/entities.js';
import { DemoDataLoader } from '../src/database/seeds/demo-data.loader.js';
import { createTestDatabase, startTestApp, type TestApp } from './helpers/test-app.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('database schema', () => {
  it('is built by the migrations from an empty database, with synchronize off', async () => {
    const url = await createTestDatabase();
    const options = dataSourceOptions(url);
    expect(options.synchronize).toBe(false);
    const dataSource = new DataSource({ ...options, migrationsRun: false });
    await dataSource.initialize();
    try {
      const before = await dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      expect(before[0].n).toBe(0);
      const applied = await dataSource.runMigrations();
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const tables = await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      expect(tables.map((t: { tablename: string }) => t.tablename)).toEqual(
        expect.arrayContaining(['agencies', 'indicators', 'migrations', 'reporting_periods', 'sessions', 'task_groups', 'users']),
      );
      // Every entity has its table, made by a migration.
      const entityTables = dataSource.entityMetadatas.map((m) => m.tableName);
      expect(entityTables.filter((t) => !tables.some((row: { tablename: string }) => row.tablename === t))).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
      // The entities' columns agree with the migrated schema. (Constraint and index names are the
      // migration's own, and CHECKs live only there, so those differences are expected.)
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const columnDrift = pending.upQueries
        .map((q) => q.query)
        .filter((q) => /CREATE TABLE|DROP COLUMN|ALTER COLUMN|ADD "/.test(q));
      expect(columnDrift).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('demo data from the seed document', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  const snapshot = async () => {
    const db = sut.app.get(DataSource);
    const rows: Record<string, unknown[]> = {};
    for (const table of ['agencies', 'users', 'reporting_periods', 'task_groups', 'indicators']) {
      rows[table] = await db.query(`SELECT * FROM ${table} ORDER BY id`);
    }
    return rows;
  };

  it('holds the eight member units, the standing office and one reporter per unit', async () => {
    const db = sut.app.get(DataSource);
    const agencies = await db.query(`SELECT name, is_standing_office FROM agencies ORDER BY display_order`);
    expect(agencies.map((a: { name: string }) => a.name)).toEqual([
      'Sở Ngoại vụ',
      'Sở Thông tin và Truyền thông',
      'Trung tâm Truyền thông tỉnh',
      'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh',
      'Liên đoàn Lao động tỉnh',
      'Công an tỉnh',
      'Huyện Bình Liêu',
      'Ban Quản lý Khu kinh tế tỉnh',
      'Ban Tuyên giáo Tỉnh ủy',
    ]);
    const reporters = await db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'agency_reporter'`);
    expect(reporters[0].n).toBe(8);
  });

  it('holds the period "6 tháng cuối năm 2021" with the eight task groups word for word from the seed', async () => {
    // The source document's sentence that lists the task groups, copied verbatim (line 15 of the
    // meeting report the demo data comes from) so the repository stands alone; the typo
    // "nhân nhân" is the document's own and the demo data corrects it.
    const seed = readFileSync(path.join(import.meta.dirname, 'fixtures/seed-task-groups.txt'), 'utf8').replace(
      'đối ngoại nhân nhân',
      'đối ngoại nhân dân',
    );
    const db = sut.app.get(DataSource);
    const [period] = await db.query(`SELECT id, title, state, cut_off_from, cut_off_to, due_date FROM reporting_periods`);
    expect(period).toMatchObject({
      title: 'Báo cáo 6 tháng cuối năm 2021',
      state: 'open',
      cut_off_from: '2021-06-15',
      cut_off_to: '2021-12-14',
      due_date: '2021-12-17',
    });
    const groups: { ordinal: number; title: string }[] = await db.query(
      `SELECT ordinal, title FROM task_groups WHERE period_id = $1 ORDER BY ordinal`,
      [period.id],
    );
    expect(groups.map((g) => g.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const group of groups) {
      // "(n) title;" or "(8) title." in the source sentence that lists them.
      expect(seed).toContain(`(${group.ordinal}) ${group.title}`);
      expect(seed).toMatch(new RegExp(`\\(${group.ordinal}\\) ${group.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[;.]`));
    }
  });

  it('loading it twice changes nothing', async () => {
    const before = await snapshot();
    await sut.app.get(DemoDataLoader).load();
    expect(await snapshot()).toEqual(before);
  });
});

describe('health, OpenAPI and configuration', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ demo: false });
  });
  afterAll(() => sut.close());

  it('GET /api/health is 200 JSON with the database state, without a session', async () => {
    const response = await sut.http().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toEqual({ status: 'ok', database: 'up', time: expect.any(String) });
  });

  it('/api/docs-json is valid OpenAPI and lists every route of the application', async () => {
    const response = await sut.http().get('/api/docs-json');
    expect(response.status).toBe(200);
    const document = await SwaggerParser.validate(structuredClone(response.body));
    expect(document.info.title).toBe('Giao Ban API');
    const documented = new Set(
      Object.entries(response.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const routes = listRoutes(sut.app).map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('/api/docs serves the Swagger UI', async () => {
    const response = await sut.http().get('/api/docs').redirects(1);
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });

  it('an unknown API route is a JSON 404, not the web app', async () => {
    const response = await sut.http().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('docker-compose.yml: two API replicas behind Caddy, files in MinIO, one healthy PostgreSQL, known variables only', () => {
    // merge: compose reads `<<: *api` (YAML 1.1 merge keys); both replicas are written once.
    const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true });
    expect(Object.keys(compose.services).sort()).toEqual(['api-1', 'api-2', 'db', 'minio', 'minio-init', 'proxy']);
    const { db, minio, proxy } = compose.services;
    const minioInit = compose.services['minio-init'];
    expect(db.image).toMatch(/^postgres:/);
    expect(db.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(db.volumes.some((v: string) => v.startsWith('db-data:'))).toBe(true);
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['db-data', 'minio-data']));

    expect(minio.image).toMatch(/^minio\/minio:RELEASE\./);
    expect(minio.volumes.some((v: string) => v.startsWith('minio-data:'))).toBe(true);
    expect(minio.healthcheck.test.join(' ')).toContain('mc ready');
    // The bucket is made at start, once MinIO answers, by a one-shot service.
    expect(minioInit.image).toMatch(/^minio\/mc:/);
    expect(minioInit.restart).toBe('no');
    expect(minioInit.depends_on.minio.condition).toBe('service_healthy');
    expect(minioInit.entrypoint.join('\n')).toContain('mc mb --ignore-existing "local/$$S3_BUCKET"');

    for (const name of ['api-1', 'api-2']) {
      const api = compose.services[name];
      expect([name, api.image]).toEqual([name, 'giao-ban-api']);
      expect(api.depends_on.db.condition).toBe('service_healthy');
      expect(api.depends_on['minio-init'].condition).toBe('service_completed_successfully');
      expect(api.healthcheck.test.join(' ')).toContain('/api/health/ready');
      expect(api.ports).toBeUndefined(); // reached through the proxy only
      const apiEnv = Object.keys(api.environment);
      expect(apiEnv.filter((variable) => !(ENV_NAMES as string[]).includes(variable))).toEqual([]);
      expect(apiEnv).toEqual(expect.arrayContaining(['DATABASE_URL', 'ADMIN_LOGIN', 'ADMIN_PASSWORD', 'DEMO_DATA', 'S3_BUCKET', 'S3_REGION']));
      expect(api.environment.DEMO_DATA).toBe('${DEMO_DATA:-false}');
      expect(String(api.environment.DATABASE_URL)).toContain('@db:5432/');
      expect(api.environment).toMatchObject({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true', TRUST_PROXY: 'true' });
      // The settings the API would read from this environment pass its own validation (${X:-default} as the default, a secret otherwise).
      const env = Object.fromEntries(Object.entries(api.environment).map(([key, value]) => [key, String(value).replace(/\$\{\w+(?::([-?])([^}]*))?\}/g, (_, operator, text) => (operator === '-' ? text : 'a-long-secret-value'))]));
      expect(toAppConfig(parseEnv(env), 'postgres://x@db/giaoban').storage).toMatchObject({ driver: 's3', bucket: 'giaoban', forcePathStyle: true });
    }
    // A first start migrates in one replica: the second waits until the first is ready.
    expect(compose.services['api-2'].depends_on['api-1'].condition).toBe('service_healthy');

    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.ports).toEqual(['${PORT:-3000}:80']);
    expect(proxy.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    const caddyfile = readFileSync(path.join(repoRoot, 'Caddyfile'), 'utf8');
    expect(caddyfile).toMatch(/reverse_proxy api-1:3000 api-2:3000 \{/);
    expect(caddyfile).toMatch(/health_uri \/api\/health\/ready/);
  });

  it('GET /api/health is 503 when the database is down', async () => {
    await sut.app.get(DataSource).destroy();
    const response = await sut.http().get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ status: 'error', database: 'down' });
  });
});

describe('first administrator from ADMIN_LOGIN / ADMIN_PASSWORD', () => {
  it('is created once, and can sign in', async () => {
    const sut = await startTestApp({ demo: false });
    try {
      const loader = sut.app.get(DemoDataLoader);
      expect(await loader.ensureAdmin('Admin', 'a-long-admin-secret')).toBe(true);
      expect(await loader.ensureAdmin('admin', 'another-secret-123')).toBe(false);
      const response = await sut.http().post('/api/auth/login').send({ login: 'admin', password: 'a-long-admin-secret' });
      expect(response.status).toBe(200);
      expect(response.body.role).toBe('admin');
    } finally {
      await sut.close();
    }
  });
});
