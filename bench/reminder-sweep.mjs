// Reminder sweep at national scale (issue #12).
//   npm run bench:reminders
// Builds nothing itself: run after `nx run-many -t build -p shared api` (the npm script does).
//
// Seeds 63 provinces × 40 units (2,520) into a fresh embedded PostgreSQL, each unit with a reporter
// who has an e-mail address, and one open half-year period whose 2,520 reports are all missing,
// so that on the day measured every unit is on a rung of the default ladder (7, 3, 1 days before,
// on the day, every 3 days after). Then, in the same run and alternating so that neither side gets
// a cold or a hot machine alone, it times:
//   - RemindersService.sweep() in the API's own process (the built app, its pg-boss started): decide
//     every unit's rung with libs/shared's dueReminderRung and queue the 2,520 rungs for delivery
//     (one pg-boss job per period), in one transaction — the figure the target is about;
//   - RemindersService.deliver() right after it (as the hourly job runs them): record each rung
//     once, the in-app notifications, the message log and one e-mail job each, and the office's digest;
//   - the baseline: the bare SQL that finds the units due a reminder (the very text the sweep's
//     repository sends, captured and run through pg, rows read and nothing else).
// Between sweeps what a sweep wrote is removed, so each sweep sends the rung again.
// It asserts exactly one in-app notification and one e-mail per recipient per rung, and prints the
// figures and the ratio (target: sweep ≤ 2 × the SQL). Scenarios: 7 days before (the reporters) and
// 3 days late (the reporters and the unit's head, plus one digest to the office).
// Where the time goes is printed too: each repository step awaited, timed in place.
// Options (environment): BENCH_ROUNDS (default 5); BENCH_SMTP=1 configures a mail server (one that
// is never reached: its e-mails are only queued as pg-boss jobs, as in production) instead of the
// demo's outbox.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../dist/apps/api/app.factory.js';
import { parseEnv, toAppConfig } from '../dist/apps/api/config/env.schema.js';
import { startBenchDatabase } from './bench-database.mjs';
import { RemindersRepository } from '../dist/apps/api/modules/reminders/reminders.repository.js';
import { RemindersService } from '../dist/apps/api/modules/reminders/reminders.service.js';
import { NotificationsRepository } from '../dist/apps/api/modules/notifications/notifications.repository.js';
import { EmailDeliveryService } from '../dist/apps/api/modules/notifications/email-delivery.service.js';
import { JobsService } from '../dist/apps/api/jobs/jobs.service.js';

const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 63);
const UNITS_PER_PROVINCE = 40;
const UNITS = PROVINCES * UNITS_PER_PROVINCE;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DUE_DATE = '2026-06-17';
// 09:00 in Vietnam on the day measured.
const SCENARIOS = [
  { name: '7 days before (reporters)', at: '2026-06-10T02:00:00Z', rung: -7, heads: false },
  { name: '3 days late (reporters, heads, office digest)', at: '2026-06-20T02:00:00Z', rung: 3, heads: true },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${v.toFixed(1)} ms`;

/** Time spent in each wrapped method since the last reset: where a sweep's time goes. */
const steps = new Map();
function timeSteps(prototype, label, names) {
  for (const name of names) {
    const original = prototype[name];
    prototype[name] = async function (...args) {
      const t = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        const key = `${label}.${name}`;
        const step = steps.get(key) ?? { ms: 0, calls: 0 };
        step.ms += performance.now() - t;
        step.calls += 1;
        steps.set(key, step);
      }
    };
  }
}
timeSteps(RemindersRepository.prototype, 'reminders', ['findUnsubmittedReportsOfOpenPeriods', 'recordSentRungs']);
timeSteps(JobsService.prototype, 'jobs', ['send']);
timeSteps(NotificationsRepository.prototype, 'notifications', ['findRecipients', 'insertNotifications', 'insertMessages']);
timeSteps(EmailDeliveryService.prototype, 'email', ['enqueue']);

/** A clock the bench sets, as the tests' TestClock. */
class BenchClock {
  current = new Date(SCENARIOS[0].at);
  now() {
    return new Date(this.current);
  }
}

async function seed(client) {
  const t0 = performance.now();
  await client.query(`
    INSERT INTO agencies (code, name, short_name, kind, display_order)
    SELECT format('P%sU%s', p, u), format('Đơn vị %s tỉnh %s', u, p), format('ĐV %s-%s', p, u), 'department', (p - 1) * ${UNITS_PER_PROVINCE} + u
      FROM generate_series(1, ${PROVINCES}) p, generate_series(1, ${UNITS_PER_PROVINCE}) u`);
  // A reporter and a head per unit, with addresses (e-mail is on by default), and the office.
  await client.query(`
    INSERT INTO users (login, full_name, role, agency_id, email, password_hash)
    SELECT lower(a.code) || r.suffix, r.title || ' ' || a.short_name, r.role, a.id, lower(a.code) || r.suffix || '@bench.gov.vn', 'x'
      FROM agencies a CROSS JOIN (VALUES ('', 'agency_reporter', 'Chuyên viên'), ('.ld', 'agency_head', 'Lãnh đạo')) r(suffix, role, title)`);
  await client.query(`INSERT INTO users (login, full_name, role, email, password_hash) VALUES ('vanphong', 'Văn phòng', 'office', 'vanphong@bench.gov.vn', 'x')`);
  const [period] = (
    await client.query(`
      INSERT INTO reporting_periods (title, kind, year, sequence, cut_off_from, cut_off_to, due_date, state)
      VALUES ('Báo cáo 6 tháng đầu năm 2026', 'half_year', 2026, 1, '2025-12-15', '2026-06-14', '${DUE_DATE}', 'open') RETURNING id`)
  ).rows;
  // Opened on 20/05: every unit was told before its first rung.
  await client.query(
    `INSERT INTO agency_reports (period_id, agency_id, state, version_number, created_at)
     SELECT $1, a.id, 'draft', 0, '2026-05-20T02:00:00Z' FROM agencies a`,
    [period.id],
  );
  await client.query('VACUUM ANALYZE');
  return { periodId: period.id, seconds: (performance.now() - t0) / 1000 };
}

/** Removes what a sweep wrote (rungs, notifications, message log, e-mail jobs), so the next sweep sends the rung again. */
async function forgetSweep(client) {
  await client.query('TRUNCATE reminders, notification_messages, notifications');
  await client.query(`DELETE FROM pgboss.job WHERE name IN ('email', 'reminders.deliver')`);
  await client.query('VACUUM ANALYZE reminders, notification_messages, notifications');
}

/** The SQL the sweep's repository sends to find the reports to remind, captured without running it. */
async function sweepQuery() {
  let captured = null;
  const recorder = {
    query: async (text, values) => {
      captured = { text, values: values ?? [] };
      return [];
    },
  };
  await new RemindersRepository().findUnsubmittedReportsOfOpenPeriods(recorder);
  return captured;
}

/** Every recipient got exactly one in-app notification and (with an address) one e-mail of this rung. */
async function checkOnePerRecipient(client, scenario) {
  const { rows } = await client.query(`
    SELECT m.kind, m.channel, count(*)::int AS messages, count(DISTINCT m.recipient_id)::int AS recipients,
           count(*) FILTER (WHERE u.role = 'agency_head')::int AS heads
      FROM notification_messages m JOIN users u ON u.id = m.recipient_id
     GROUP BY m.kind, m.channel ORDER BY m.kind, m.channel`);
  const want = scenario.heads ? 2 * UNITS : UNITS;
  const reminder = rows.filter((r) => r.kind === 'reminder');
  const digest = rows.filter((r) => r.kind === 'overdue_digest');
  const ok =
    reminder.length === 2 &&
    reminder.every((r) => r.messages === want && r.recipients === want && r.heads === (scenario.heads ? UNITS : 0)) &&
    (scenario.heads ? digest.length === 2 && digest.every((r) => r.messages === 1 && r.recipients === 1) : digest.length === 0);
  const rungs = (await client.query(`SELECT rung, count(*)::int AS n FROM reminders GROUP BY rung`)).rows;
  if (!ok || rungs.length !== 1 || rungs[0].rung !== scenario.rung || rungs[0].n !== UNITS) {
    throw new Error(`not one message per recipient per rung: ${JSON.stringify({ rows, rungs })}`);
  }
  return rows;
}

async function main() {
  const { db, parent } = await startBenchDatabase();
  const clock = new BenchClock();
  // Through the API's own parser, so a setting the API gains later gets its default here too.
  const config = toAppConfig(
    parseEnv({
      NODE_ENV: 'production', LOGIN_RATE_LIMIT: '1000', UPLOAD_DIR: path.join(parent, 'uploads'), DATABASE_TIMEOUT_MS: '60000',
      APP_URL: 'http://localhost:3000', LOG_LEVEL: 'error', MAIL_RETRY_LIMIT: '5', MAIL_RETRY_DELAY_SECONDS: '3600',
      ...(process.env.BENCH_SMTP ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: '1', SMTP_SECURE: 'false', MAIL_FROM: 'Giao Ban <giaoban@localhost>' } : {}),
    }),
    db.url,
  );
  const app = await createApp(config, { clock });
  await app.init();
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  const figures = {};
  try {
    console.log(`Seeding ${UNITS} units, their reporters and heads, one open period…`);
    const seeded = await seed(pool);
    console.log(`  seeded in ${seeded.seconds.toFixed(1)} s`);
    const reminders = app.get(RemindersService);
    const query = await sweepQuery();
    const bareSql = async () => {
      const t = performance.now();
      const { rows } = await pool.query(query.text, query.values);
      if (rows.length !== UNITS) throw new Error(`the SQL found ${rows.length} reports, not ${UNITS}`);
      return performance.now() - t;
    };
    // A second yardstick: that SQL, then the same rows written in bare SQL to a table with no index,
    // no key and no constraint — the least any sweep that records its rungs can cost.
    await pool.query(`CREATE TABLE bench_bare_rungs (report_id uuid, rung int, due_date date, created_at timestamptz)`);
    const bareSqlAndWrite = async () => {
      const t = performance.now();
      const { rows } = await pool.query(query.text, query.values);
      await pool.query(
        `INSERT INTO bench_bare_rungs SELECT x.report_id, x.rung, x.due_date, now() FROM unnest($1::uuid[], $2::int[], $3::date[]) AS x(report_id, rung, due_date)`,
        [rows.map((r) => r.report_id), rows.map(() => 1), rows.map((r) => r.due)],
      );
      const elapsed = performance.now() - t;
      await pool.query('TRUNCATE bench_bare_rungs');
      return elapsed;
    };
    for (const scenario of SCENARIOS) {
      clock.current = new Date(scenario.at);
      const sweeps = [];
      const sqls = [];
      const floors = [];
      const breakdown = [];
      let outcome = null;
      let counts = null;
      // One of each to warm up, then alternate.
      await bareSql();
      await bareSqlAndWrite();
      await reminders.sweep();
      await reminders.deliver();
      await forgetSweep(pool);
      const deliveries = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        sqls.push(await bareSql());
        floors.push(await bareSqlAndWrite());
        steps.clear();
        const t = performance.now();
        const swept = await reminders.sweep();
        sweeps.push(performance.now() - t);
        const d = performance.now();
        outcome = { ...(await reminders.deliver()), queued: swept.units };
        deliveries.push(performance.now() - d);
        breakdown.push(new Map(steps));
        counts = await checkOnePerRecipient(pool, scenario);
        await forgetSweep(pool);
      }
      const sweep = median(sweeps);
      const sql = median(sqls);
      const floor = median(floors);
      const delivery = median(deliveries);
      if (outcome.queued !== UNITS || outcome.units !== UNITS) throw new Error(`queued ${outcome.queued} and delivered ${outcome.units} rungs, not ${UNITS}`);
      figures[scenario.name] = { units: outcome.units, messages: outcome.messages, sweepMs: sweep, sqlMs: sql, ratio: sweep / sql, floorMs: floor, floorRatio: sweep / floor, deliveryMs: delivery, sweeps, sqls, deliveries, counts };
      console.log(`\n${scenario.name}:`);
      console.log(`  sweep (decide and queue): ${outcome.queued} rungs — median ${ms(sweep)} (${sweeps.map(ms).join(', ')})`);
      console.log(`  delivery: ${outcome.units} units reminded, ${outcome.messages} people notified — median ${ms(delivery)} (${deliveries.map(ms).join(', ')})`);
      console.log(`  bare SQL finding the ${UNITS} reports to remind: median ${ms(sql)} (${sqls.map(ms).join(', ')})`);
      console.log(`  ratio sweep / SQL: ${(sweep / sql).toFixed(2)} (target ≤ 2)`);
      console.log(`  that SQL, then the same rows written to a table with no index or constraint: median ${ms(floor)} (${floors.map(ms).join(', ')})`);
      console.log(`  ratio sweep / (SQL + bare write): ${(sweep / floor).toFixed(2)}`);
      for (const c of counts) console.log(`  ${c.kind} ${c.channel}: ${c.messages} messages to ${c.recipients} recipients (one each)`);
      const middle = breakdown[sweeps.indexOf(sweep)] ?? breakdown[0];
      console.log(`  where the time of that round (sweep, then delivery) went:`);
      for (const [key, step] of middle) console.log(`    ${key}: ${ms(step.ms)}${step.calls > 1 ? ` (${step.calls} calls)` : ''}`);
      figures[scenario.name].breakdown = Object.fromEntries([...middle].map(([key, step]) => [key, step.ms]));
    }
    console.log(`\n${JSON.stringify(figures)}`);
  } finally {
    await pool.end();
    await app.close();
    await db.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
