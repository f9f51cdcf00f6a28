// What a second API instance buys (issue #18): the dashboard and the autosave through two API
// processes on one PostgreSQL, beside one process, in the same run.
//   npm run bench:instances
// Builds nothing itself: run after `nx run-many -t build -p shared api` (the npm script does).
//
// One embedded PostgreSQL; the built API (`dist/apps/api/main.js`) started twice as child
// processes, as a load balancer would see them. The national dataset (bench/national-dataset.mjs:
// 2,520 units × 16 periods) plus one open period of a large province (150 units, writing their
// reports). Each round puts the same load — autocannon, 20 connections — on one instance, then
// split 10 + 10 over both; rounds alternate so a slower minute of this shared machine falls on
// both. Printed per scenario: requests per second, p50/p95 latency, the ratio two ÷ one (median of
// the rounds), and CPU per request in each API process and in PostgreSQL, which shows where the
// limit is: when PostgreSQL's share grows and the ratio stays near 1, the database (or this
// machine's two cores, which everything here shares) is the limit, not the API.
// Knobs: BENCH_LOAD_SECONDS (5), BENCH_LOAD_ROUNDS (3).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchDatabase } from './bench-database.mjs';
import { GROUPS, PERIODS, PROVINCES, UNITS_PER_PROVINCE, seedNationalDataset } from './national-dataset.mjs';
import { postgresCpuMs, processCpuMs } from './process-cpu.mjs';

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 3);
const CONNECTIONS = 20;
const PROVINCE_UNITS = 150;
const PASSWORD = 'Bench@2026';
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/apps/api');

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const median = (values) => percentile(values, 50);

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startInstance(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(dist, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), LOGIN_RATE_LIMIT: '100000', WEB_DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    const ready = await fetch(`${base}/api/health/ready`).then((r) => r.ok, () => false);
    if (ready) return { child, base };
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('API did not become ready');
}

/**
 * One open period in which the first 150 units are writing their reports: the province's scale. A
 * yearly period, so that its dashboard's trend (periods of the same kind) is its own and not the
 * national half-years'.
 */
async function seedProvincePeriod(client) {
  const [{ id: periodId }] = (
    await client.query(
      `INSERT INTO reporting_periods (title, kind, year, sequence, cut_off_from, cut_off_to, due_date, state)
       VALUES ('Báo cáo năm 2030', 'year', 2030, NULL, '2029-12-15', '2030-12-14', '2030-12-17', 'open') RETURNING id`,
    )
  ).rows;
  await client.query(
    `INSERT INTO task_groups (period_id, ordinal, title, short_name) SELECT $1, g, format('Nhóm nhiệm vụ %s', g), format('Nhóm %s', g) FROM generate_series(1, ${GROUPS}) g`,
    [periodId],
  );
  await client.query(
    `INSERT INTO indicators (task_group_id, ordinal, name, unit, aggregation, target)
     SELECT id, 1, 'Tin, bài', 'tin/bài', 'sum', 1000 FROM task_groups WHERE period_id = $1`,
    [periodId],
  );
  await client.query(
    `INSERT INTO agency_reports (period_id, agency_id, state, version_number)
     SELECT $1, id, 'draft', 0 FROM agencies ORDER BY code LIMIT ${PROVINCE_UNITS}`,
    [periodId],
  );
  await client.query(
    `INSERT INTO report_sections (report_id, task_group_id, applicable, status, text, version)
     SELECT r.id, g.id, true, 'in_progress', 'Đang triển khai.', 1
       FROM agency_reports r JOIN task_groups g ON g.period_id = r.period_id WHERE r.period_id = $1`,
    [periodId],
  );
  await client.query(
    `INSERT INTO report_sections (report_id, general_key, text)
     SELECT r.id, k, '' FROM agency_reports r
     CROSS JOIN unnest(ARRAY['strengths','limitations','causes','difficulties','proposals','next_plan']) k WHERE r.period_id = $1`,
    [periodId],
  );
  await client.query('ANALYZE');
  return periodId;
}

/**
 * `connections` autocannon connections on each base at once, for LOAD_SECONDS; requests per second
 * summed, latencies pooled, CPU per request of each API process and of PostgreSQL.
 */
async function load(targets, requestsFor, pids) {
  const latencies = [];
  const failures = new Map();
  const api0 = pids.map(processCpuMs);
  const pg0 = postgresCpuMs();
  const results = await Promise.all(
    targets.map(({ base, connections }) => {
      const instance = autocannon({ url: base, connections, duration: LOAD_SECONDS, requests: requestsFor() });
      instance.on('response', (_client, status, _bytes, responseTime) => {
        latencies.push(responseTime);
        if (status >= 300) failures.set(status, (failures.get(status) ?? 0) + 1);
      });
      return instance;
    }),
  );
  const pg1 = postgresCpuMs();
  const total = Math.max(1, results.reduce((sum, r) => sum + r.requests.total, 0));
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    latencies,
    failures: [...failures].map(([status, n]) => `${n}× ${status}`).concat(results.map((r) => r.errors).filter(Boolean).map((n) => `${n} errors`)),
    apiMicros: pids.map((pid, i) => ((processCpuMs(pid) - api0[i]) * 1000) / total).reduce((a, b) => a + b, 0),
    postgresMicros: pg0 === null || pg1 === null ? null : ((pg1 - pg0) * 1000) / total,
  };
}

async function compare(name, a, b, requestsFor, beforeRound = async () => {}) {
  const pids = [a.child.pid, b.child.pid];
  const one = () => load([{ base: a.base, connections: CONNECTIONS }], requestsFor, pids);
  const two = () => load([{ base: a.base, connections: CONNECTIONS / 2 }, { base: b.base, connections: CONNECTIONS / 2 }], requestsFor, pids);
  await beforeRound();
  await load([{ base: a.base, connections: 4 }, { base: b.base, connections: 4 }], requestsFor, pids); // warm both (JIT, caches)
  const rounds = [];
  for (let round = 0; round < LOAD_ROUNDS; round += 1) {
    await beforeRound();
    const single = await one();
    await beforeRound();
    const pair = await two();
    rounds.push({ single, pair, ratio: pair.rps / single.rps });
  }
  const summary = (kind) => {
    const latencies = rounds.flatMap((r) => r[kind].latencies);
    return {
      rps: median(rounds.map((r) => r[kind].rps)),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      failures: rounds.flatMap((r) => r[kind].failures).join(', ') || 'none',
      apiMicros: median(rounds.map((r) => r[kind].apiMicros)),
      postgresMicros: rounds.some((r) => r[kind].postgresMicros === null) ? null : median(rounds.map((r) => r[kind].postgresMicros)),
    };
  };
  const line = (label, s) =>
    `  ${label}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, not 2xx: ${s.failures}; CPU per request: API ${s.apiMicros.toFixed(0)} µs` +
    (s.postgresMicros === null ? '' : `, PostgreSQL ${s.postgresMicros.toFixed(0)} µs`);
  console.log(
    [
      `${name}`,
      line('one instance  (20 connections)  ', summary('single')),
      line('two instances (10 + 10)         ', summary('pair')),
      `  rounds (two ÷ one): ${rounds.map((r) => `${r.pair.rps.toFixed(0)} / ${r.single.rps.toFixed(0)} = ${r.ratio.toFixed(2)}`).join('; ')}`,
      `  two ÷ one, median of the rounds: ${median(rounds.map((r) => r.ratio)).toFixed(2)} ×`,
    ].join('\n'),
  );
}

async function main() {
  const { db } = await startBenchDatabase();
  const instances = [];
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  try {
    // The first instance migrates the empty database; the second starts on the migrated one.
    instances.push(await startInstance(db.url));
    instances.push(await startInstance(db.url));
    const [a, b] = instances;
    console.log(`Two API instances up (pids ${a.child.pid}, ${b.child.pid}). Seeding…`);
    const seeded = await seedNationalDataset(pool);
    const provincePeriod = await seedProvincePeriod(pool);
    const nationalPeriod = (await pool.query(`SELECT id FROM reporting_periods WHERE year < 2030 ORDER BY due_date DESC LIMIT 1`)).rows[0].id;
    console.log(
      `dataset: ${PROVINCES} × ${UNITS_PER_PROVINCE} units × ${PERIODS} periods × ${GROUPS} task groups (${seeded.reports} reports, ${seeded.size}), seeded in ${seeded.seconds.toFixed(1)} s; ` +
        `plus one open period of ${PROVINCE_UNITS} units writing their reports`,
    );

    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    await pool.query(`INSERT INTO users (login, full_name, role, password_hash) VALUES ('vanphong', 'Văn phòng', 'office', $1)`, [hash]);
    // Writers: the reporters of the first ten province units, each saving its own report.
    const writers = (
      await pool.query(
        `SELECT r.id AS report_id, r.agency_id FROM agency_reports r JOIN agencies a ON a.id = r.agency_id
          WHERE r.period_id = $1 ORDER BY a.code LIMIT 10`,
        [provincePeriod],
      )
    ).rows;
    for (const [i, w] of writers.entries()) {
      await pool.query(`INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ($1, $2, 'agency_reporter', $3, $4)`, [
        `donvi${i}`,
        `Đơn vị ${i}`,
        w.agency_id,
        hash,
      ]);
    }
    // Signed in on one instance; the session is in PostgreSQL, so the other accepts the cookie.
    const login = async (name) => {
      const r = await fetch(`${a.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: name, password: PASSWORD }) });
      if (!r.ok) throw new Error(`login ${name}: ${r.status}`);
      return r.headers.get('set-cookie').split(';')[0];
    };
    const office = await login('vanphong');
    for (const [i, w] of writers.entries()) w.cookie = await login(`donvi${i}`);
    const crossCheck = await fetch(`${b.base}/api/auth/me`, { headers: { cookie: office } });
    if (!crossCheck.ok) throw new Error(`the second instance refused the first one's session: ${crossCheck.status}`);

    const dashboardRequests = (periodId) => () => [{ method: 'GET', path: `/api/periods/${periodId}/dashboard`, headers: { cookie: office } }];
    await compare(`GET /dashboard, a province's open period (${PROVINCE_UNITS} units)`, a, b, dashboardRequests(provincePeriod));
    await compare(`GET /dashboard, the national stress scale (${PROVINCES * UNITS_PER_PROVINCE} units)`, a, b, dashboardRequests(nationalPeriod));

    // The autosave: 20 sections (two of each writer's report) for 20 connections. A request takes a
    // free section with its current version and gives it back with the version the server answered
    // (200) or reported (409), so saves never race; each round starts from the database's versions.
    const text = 'Đơn vị đã triển khai thực hiện tốt công tác thông tin đối ngoại trong kỳ. '.repeat(20);
    const writerOfSection = new Map();
    for (const w of writers) {
      for (const { id } of (await pool.query(`SELECT id FROM report_sections WHERE report_id = $1`, [w.report_id])).rows) writerOfSection.set(id, w);
    }
    let free = [];
    const refill = async () => {
      free = [];
      for (const w of writers) {
        const rows = (await pool.query(`SELECT id, version FROM report_sections WHERE report_id = $1 AND task_group_id IS NOT NULL ORDER BY id LIMIT 2`, [w.report_id])).rows;
        free.push(...rows);
      }
    };
    const saveRequests = () => [
      {
        setupRequest: (request) => {
          const section = free.shift();
          const writer = writerOfSection.get(section.id);
          return {
            ...request,
            method: 'PUT',
            path: `/api/reports/${writer.report_id}/sections/${section.id}`,
            headers: { 'content-type': 'application/json', cookie: writer.cookie },
            body: JSON.stringify({ version: section.version, text }),
          };
        },
        onResponse: (status, body) => {
          const parsed = JSON.parse(body);
          const saved = status === 200 ? parsed : parsed.details?.server;
          if (saved) free.push({ id: saved.id, version: saved.version });
        },
      },
    ];
    await compare('PUT /reports/:id/sections/:sectionId (autosave, 10 units, 2 sections each)', a, b, saveRequests, refill);
  } finally {
    // Stopped before the database, so that their job workers do not see it go away.
    await Promise.all(instances.map(({ child }) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))))));
    await pool.end();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
