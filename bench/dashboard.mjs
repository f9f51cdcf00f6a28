// Dashboard and autosave benchmark at national scale (issue: live dashboard).
//   npm run bench:dashboard
// Builds nothing itself: run after `nx run-many -t build -p shared api` (the npm script does).
// Seeds 63 provinces × 40 units × 16 half-year periods × 8 task groups into a fresh embedded
// PostgreSQL, then measures in the same run:
//   1. GET /api/periods/:id/dashboard over HTTP (p50/p95), against the raw SQL it stands on (pg, no Nest).
//   2. The autosave (PUT /api/reports/:id/sections/:sectionId) under autocannon, against a bare NestJS
//      endpoint in the same process.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import argon2 from 'argon2';
import autocannon from 'autocannon';
import pg from 'pg';
import { Body, Controller, Module, Param, Put } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApp } from '../dist/apps/api/app.factory.js';
import { parseEnv, toAppConfig } from '../dist/apps/api/config/env.schema.js';
import { startBenchDatabase } from './bench-database.mjs';
import { dashboardQueries } from '../dist/apps/api/modules/dashboard/dashboard.repository.js';
import { GROUPS, PERIODS, PROVINCES, UNITS_PER_PROVINCE, seedNationalDataset } from './national-dataset.mjs';
import { postgresCpuMs } from './process-cpu.mjs';

const HTTP_SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 5);
const WARM_SECONDS = 2;
// The web page asks for the heatmap a page of 50 units at a time.
const UNIT_PAGE = 50;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => `${v.toFixed(2)} ms`;

async function timeHttp(url, cookie, samples) {
  const times = [];
  for (let i = 0; i < samples; i += 1) {
    const t = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

/** The raw SQL of one answer, in the same shape as the service runs it. */
async function rawDashboard(pool, period, now) {
  const trendQuery = dashboardQueries.trendPeriods(period.id, 6);
  const trend = await pool.query(trendQuery.text, trendQuery.values);
  const ids = [period.id, ...trend.rows.map((r) => r.id)];
  const qs = [
    dashboardQueries.figuresByPeriod(ids, now),
    dashboardQueries.completionByTaskGroup(period.id, now),
    dashboardQueries.indicatorTotals(period.id),
  ];
  await Promise.all(qs.map((q) => pool.query(q.text, q.values)));
}

async function rawUnitPage(pool, period, now) {
  const q = dashboardQueries.unitPage({ periodId: period.id, now, agencyId: null, statuses: null, order: 'agency', offset: 0, limit: UNIT_PAGE });
  await pool.query(q.text, q.values);
}

async function timeRaw(run, samples) {
  const times = [];
  for (let i = 0; i < samples; i += 1) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

async function load(url, requests, duration = LOAD_SECONDS) {
  const latencies = [];
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpuMs();
  const instance = autocannon({ url, connections: 10, duration, requests });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const cpu = process.cpuUsage(cpu0);
  const pg1 = postgresCpuMs();
  const total = Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    latencies,
    non2xx: result.non2xx,
    errors: result.errors,
    // Per request: this process (API and load tool together) and the database server.
    nodeMicros: ((cpu.user + cpu.system) / total),
    postgresMicros: pg0 === null || pg1 === null ? null : ((pg1 - pg0) * 1000) / total,
  };
}

// A bare NestJS endpoint: same framework, no session, no validation, no database.
class BareController {
  save(id, body) {
    return { id, ...body };
  }
}
Controller('bare')(BareController);
Reflect.decorate([Put(':id')], BareController.prototype, 'save', Object.getOwnPropertyDescriptor(BareController.prototype, 'save'));
Param('id')(BareController.prototype, 'save', 0);
Body()(BareController.prototype, 'save', 1);
Reflect.defineMetadata('design:paramtypes', [String, Object], BareController.prototype, 'save');
class BareModule {}
Module({ controllers: [BareController] })(BareModule);

async function main() {
  const { db, parent } = await startBenchDatabase();
  // Through the API's own parser, so a setting the API gains later gets its default here too.
  const config = toAppConfig(
    parseEnv({ NODE_ENV: 'production', LOGIN_RATE_LIMIT: '1000', UPLOAD_DIR: path.join(parent, 'uploads'), LOG_LEVEL: 'error' }),
    db.url,
  );
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const pool = new pg.Pool({ connectionString: db.url, max: 10 });
  try {
    console.log('Seeding the national dataset…');
    const seeded = await seedNationalDataset(pool);
    const hash = await argon2.hash('Bench@2026', { type: argon2.argon2id });
    await pool.query(`INSERT INTO users (login, full_name, role, password_hash) VALUES ('vanphong', 'Văn phòng', 'office', $1)`, [hash]);
    const login = async (name) => {
      const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: name, password: 'Bench@2026' }) });
      if (!r.ok) throw new Error(`login ${name}: ${r.status}`);
      return r.headers.get('set-cookie').split(';')[0];
    };
    const officeCookie = await login('vanphong');
    const period = (await pool.query(`SELECT id, kind, due_date::text AS due_date FROM reporting_periods ORDER BY due_date DESC LIMIT 1`)).rows[0];
    const dashboardUrl = `${base}/api/periods/${period.id}/dashboard`;

    // Warm both paths, then alternate measurement blocks so neither gets a cold or a hot machine alone.
    const unitsUrl = `${dashboardUrl}/units?pageSize=${UNIT_PAGE}`;
    const dashboardRaw = () => rawDashboard(pool, period, new Date());
    const unitsRaw = () => rawUnitPage(pool, period, new Date());
    await timeHttp(dashboardUrl, officeCookie, 20);
    await timeRaw(dashboardRaw, 20);
    await timeHttp(unitsUrl, officeCookie, 20);
    await timeRaw(unitsRaw, 20);
    const http = [];
    const raw = [];
    const unitsHttp = [];
    const unitsRawTimes = [];
    for (let block = 0; block < 4; block += 1) {
      raw.push(...(await timeRaw(dashboardRaw, HTTP_SAMPLES / 4)));
      http.push(...(await timeHttp(dashboardUrl, officeCookie, HTTP_SAMPLES / 4)));
      unitsRawTimes.push(...(await timeRaw(unitsRaw, HTTP_SAMPLES / 4)));
      unitsHttp.push(...(await timeHttp(unitsUrl, officeCookie, HTTP_SAMPLES / 4)));
    }
    const answerBytes = (await (await fetch(dashboardUrl, { headers: { cookie: officeCookie } })).arrayBuffer()).byteLength;
    const unitsBytes = (await (await fetch(unitsUrl, { headers: { cookie: officeCookie } })).arrayBuffer()).byteLength;

    // Where the time goes: each query alone.
    const breakdown = {};
    const ids = [period.id, ...(await pool.query(dashboardQueries.trendPeriods(period.id, 6).text, dashboardQueries.trendPeriods(period.id, 6).values)).rows.map((r) => r.id)];
    for (const [name, q] of Object.entries({
      figuresByPeriod: dashboardQueries.figuresByPeriod(ids, new Date()),
      completionByTaskGroup: dashboardQueries.completionByTaskGroup(period.id, new Date()),
      indicatorTotals: dashboardQueries.indicatorTotals(period.id),
      unitPage: dashboardQueries.unitPage({ periodId: period.id, now: new Date(), agencyId: null, statuses: null, order: 'agency', offset: 0, limit: UNIT_PAGE }),
      overduePage: dashboardQueries.unitPage({ periodId: period.id, now: new Date(), agencyId: null, statuses: ['missing_overdue', 'late'], order: 'most_overdue', offset: 0, limit: 20 }),
    })) {
      const t = [];
      for (let i = 0; i < 20; i += 1) {
        const s0 = performance.now();
        await pool.query(q.text, q.values);
        t.push(performance.now() - s0);
      }
      breakdown[name] = percentile(t, 50);
      if (process.env.BENCH_EXPLAIN) {
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
        console.log(`\n--- ${name}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }

    // The autosave path: one unit's reporter, ten connections on ten sections of its open report.
    const report = (await pool.query(
      `SELECT r.id, r.agency_id FROM agency_reports r WHERE r.period_id = $1 AND r.state = 'draft' LIMIT 1`, [period.id])).rows[0];
    await pool.query(`INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ('donvi', 'Đơn vị', 'agency_reporter', $1, $2)`, [report.agency_id, hash]);
    const unitCookie = await login('donvi');
    const tenSections = async () =>
      (await pool.query(`SELECT id, version FROM report_sections WHERE report_id = $1 AND applicable ORDER BY id LIMIT 10`, [report.id])).rows;
    const text = 'Đơn vị đã triển khai thực hiện tốt công tác thông tin đối ngoại trong kỳ. '.repeat(20);
    // Ten sections for ten connections: a request takes a free section with its current version and
    // gives it back with the version the server answered (200) or reported (409), so saves never race.
    // Each round starts from the database's versions (a round's last requests are cut off unanswered).
    let free = [];
    const saveRequests = [
      {
        setupRequest: (request) => {
          const section = free.shift();
          return {
            ...request,
            method: 'PUT',
            path: `/api/reports/${report.id}/sections/${section.id}`,
            headers: { 'content-type': 'application/json', cookie: unitCookie },
            body: JSON.stringify({ version: section.version, text }),
          };
        },
        onResponse: (status, body) => {
          const parsed = JSON.parse(body);
          const section = status === 200 ? parsed : parsed.details?.server;
          if (section) free.push({ id: section.id, version: section.version });
        },
      },
    ];
    const bareApp = await NestFactory.create(BareModule, { logger: false });
    await bareApp.listen(0, '127.0.0.1');
    const bareBase = `http://127.0.0.1:${bareApp.getHttpServer().address().port}`;
    const bareRequests = [
      { method: 'PUT', path: '/bare/1', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: 1, text }) },
    ];
    // Both paths are warmed first (JIT, the sections' first reads), as the dashboard's are. Then
    // rounds alternate the two loads, so a slower minute of this shared machine falls on both;
    // the ratio reported is the median of the rounds' ratios.
    free = await tenSections();
    await load(base, saveRequests, WARM_SECONDS);
    await load(bareBase, bareRequests, WARM_SECONDS);
    const rounds = [];
    for (let round = 0; round < LOAD_ROUNDS; round += 1) {
      free = await tenSections();
      const saveRound = await load(base, saveRequests);
      const bareRound = await load(bareBase, bareRequests);
      rounds.push({ save: saveRound, bare: bareRound, ratio: saveRound.rps / bareRound.rps });
    }
    await bareApp.close();
    const merged = (kind) => {
      const latencies = rounds.flatMap((r) => r[kind].latencies);
      return {
        rps: rounds.reduce((sum, r) => sum + r[kind].rps, 0) / rounds.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        non2xx: rounds.reduce((sum, r) => sum + r[kind].non2xx, 0),
        errors: rounds.reduce((sum, r) => sum + r[kind].errors, 0),
        nodeMicros: percentile(rounds.map((r) => r[kind].nodeMicros), 50),
        postgresMicros: rounds.some((r) => r[kind].postgresMicros === null) ? null : percentile(rounds.map((r) => r[kind].postgresMicros), 50),
      };
    };
    const save = merged('save');
    const bare = merged('bare');
    const ratio = percentile(rounds.map((r) => r.ratio), 50);

    const h50 = percentile(http, 50), h95 = percentile(http, 95), r50 = percentile(raw, 50), r95 = percentile(raw, 95);
    const u50 = percentile(unitsHttp, 50), u95 = percentile(unitsHttp, 95), ur50 = percentile(unitsRawTimes, 50), ur95 = percentile(unitsRawTimes, 95);
    const lines = [
      `dataset: ${PROVINCES} provinces × ${UNITS_PER_PROVINCE} units × ${PERIODS} periods × ${GROUPS} task groups = ${seeded.reports} reports, ${seeded.task_sections} task sections (${seeded.sections} sections in all)`,
      `seed: ${seeded.seconds.toFixed(1)} s; database size ${seeded.size}`,
      `GET /dashboard over HTTP (${http.length} requests, ${(answerBytes / 1024).toFixed(1)} kB): p50 ${ms(h50)}, p95 ${ms(h95)}`,
      `raw SQL it stands on (${raw.length} runs):    p50 ${ms(r50)}, p95 ${ms(r95)}`,
      `ratio HTTP ÷ raw: p50 ${(h50 / r50).toFixed(2)}×, p95 ${(h95 / r95).toFixed(2)}×  (target p95 ≤ 50 ms and ≤ 1.5×)`,
      `GET /dashboard/units?pageSize=${UNIT_PAGE} over HTTP (${unitsHttp.length} requests, ${(unitsBytes / 1024).toFixed(1)} kB): p50 ${ms(u50)}, p95 ${ms(u95)}`,
      `raw SQL it stands on (${unitsRawTimes.length} runs):    p50 ${ms(ur50)}, p95 ${ms(ur95)}; ratio p95 ${(u95 / ur95).toFixed(2)}×`,
      `raw SQL per query (p50): ${Object.entries(breakdown).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`,
      `autosave PUT (autocannon, 10 connections, ${LOAD_ROUNDS} × ${LOAD_SECONDS} s): ${save.rps.toFixed(0)} req/s, p50 ${ms(save.p50)}, p95 ${ms(save.p95)}, non-2xx ${save.non2xx}, errors ${save.errors}`,
      `bare NestJS PUT (same process, same load):   ${bare.rps.toFixed(0)} req/s, p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}`,
      `CPU per request, median of the rounds: autosave ${save.nodeMicros.toFixed(0)} µs in this process (API + load tool)${save.postgresMicros === null ? '' : ` + ${save.postgresMicros.toFixed(0)} µs in PostgreSQL`}; bare ${bare.nodeMicros.toFixed(0)} µs`,
      `rounds (autosave / bare req/s): ${rounds.map((r) => `${r.save.rps.toFixed(0)} / ${r.bare.rps.toFixed(0)} = ${(r.ratio * 100).toFixed(0)} %`).join('; ')}`,
      `autosave ÷ bare throughput, median of the rounds: ${(ratio * 100).toFixed(0)} %  (target ≥ 50 %)`,
    ];
    console.log(`\n${lines.join('\n')}`);
  } finally {
    await pool.end();
    await app.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
