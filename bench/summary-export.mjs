// Benchmark: compile the six-month summary and export it, for a large province and for a stress
// document (issue #13's targets: 150 units ≤ 1 s; 2,520 units ≤ 10 s with the API's peak resident
// memory < 400 MB).
//
//   npm run bench:summary    (builds shared and api, then runs this)
//
// Options (environment): BENCH_UNITS (one size instead of the two), BENCH_WORDS (words per task
// group narrative, default 300), BENCH_DATABASE_URL (an empty PostgreSQL database to use; default:
// a private embedded PostgreSQL in a temporary folder, removed afterwards), BENCH_KEEP=1 (keep it),
// BENCH_API_NODE_OPTIONS (flags for the API process), BENCH_SAVE_DIR (a folder to write the exported
// .docx and .xlsx to, to open or compare them).
//
// What it does: starts the BUILT API (dist/apps/api/main.js) as a child process; for each size,
// seeds one open half-year period with that many member units × the demo's eight task groups
// (Vietnamese-looking narratives of ~BENCH_WORDS words each, indicator values, the six general
// sections) as submitted report versions — 90 % accepted, 5 % submitted, 2 % returned, 3 % missing,
// some late — straight into the database; then times, over HTTP as the office: the compile (POST
// …/summary/compile), the .docx export and the .xlsx export, sampling the API process's resident
// memory and CPU time from /proc. The baseline, in the same run: the bare SQL read of the included
// reports' sections; each step is also given as a ratio to it. Figures go to stdout, and as JSON last.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import argon2 from 'argon2';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist/apps/api');
const { DEMO_PERIOD } = await import(path.join(dist, 'database/seeds/demo-data.js'));
const { startEmbeddedPostgres } = await import(path.join(dist, 'database/embedded-postgres.js'));

/** The two sizes of issue #13's targets: a large province, and a stress document no province will write. */
const SIZES = (process.env.BENCH_UNITS ? [{ label: Number(process.env.BENCH_UNITS) <= 150 ? 'province' : 'stress', units: Number(process.env.BENCH_UNITS), year: 2021 }] : [
  { label: 'province', units: 150, year: 2020 },
  { label: 'stress', units: 2520, year: 2021 },
]);
/** compile + .docx + .xlsx (seconds) and the API's peak resident memory (MB). */
const TARGETS = { province: { seconds: 1 }, stress: { seconds: 10, rssMb: 400 } };
const WORDS = Number(process.env.BENCH_WORDS ?? 300);
const PASSWORD = 'Bench@Summary-2021';
const log = (...args) => console.log(...args);

// ——— deterministic Vietnamese-looking text ———
// mulberry32: small, fast, and evenly spread (an LCG's low bits repeat).
let seed = 20211217;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const SYLLABLES = (
  'công tác thông tin đối ngoại tuyên truyền quảng bá hình ảnh Quảng Ninh điểm đến an toàn thân thiện hấp dẫn nhà đầu tư ' +
  'nước ngoài khách du lịch bạn bè quốc tế triển khai thực hiện chỉ thị nghị quyết Trung ương tỉnh kế hoạch hướng dẫn ' +
  'phối hợp cơ quan báo chí phóng viên định hướng dư luận đấu tranh phản bác quan điểm sai trái thế lực thù địch ' +
  'giao lưu hữu nghị đoàn khách tiếp đón hội nghị trực tuyến tập huấn bồi dưỡng cán bộ nghiệp vụ kỹ năng bản tin ' +
  'số tháng kịp thời chính xác đầy đủ hiệu quả nâng cao tăng cường đẩy mạnh duy trì củng cố mở rộng hợp tác ' +
  'biên giới an ninh trật tự phòng chống dịch bệnh mục tiêu kép kinh tế văn hóa con người truyền thống tốt đẹp ' +
  'địa phương đơn vị thành viên sở ban ngành huyện thị xã thành phố chính quyền nhân dân doanh nghiệp người lao động ' +
  'giải thưởng tác phẩm ngoại giao nhà nước đối ngoại Đảng đối ngoại nhân dân kết nghĩa láng giềng khu kinh tế cửa khẩu'
).split(' ');
function sentence(words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(SYLLABLES));
  const text = out.join(' ');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) + '.';
}
function narrative(words) {
  const sentences = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 12 + Math.floor(random() * 18));
    sentences.push(sentence(n));
    left -= n;
  }
  return sentences.join(' ');
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('API did not become healthy');
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]);
  return Math.round(kb / 1024);
}
/** CPU time (user + system, all threads) the process has used, in seconds. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024);
}

// ——— the database ———
let embedded = null;
let tempDir = null;
let databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  tempDir = mkdtempSync(path.join(tmpdir(), 'giao-ban-bench-'));
  chmodSync(tempDir, 0o755); // the postgres user initdb runs as must reach its data folder
  embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'pg'), port: await freePort(), persistent: false, database: 'bench' });
  databaseUrl = embedded.url;
}

const apiPort = await freePort();
const base = `http://localhost:${apiPort}`;
let child = null;

async function main() {
  // The built API migrates the empty database on start.
  // BENCH_API_NODE_OPTIONS, e.g. "--max-old-space-size=320", runs the API with a capped heap.
  const apiFlags = (process.env.BENCH_API_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  child = spawn(process.execPath, [...apiFlags, path.join(dist, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(apiPort), LOGIN_RATE_LIMIT: '1000', WEB_DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealth(base, child);
  log(`API up (pid ${child.pid}, ${rssMb(child.pid)} MB resident)`);

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ id: officeId }] = (
    await db.query(
      `INSERT INTO users (login, full_name, role, password_hash) VALUES ('bench-office', 'Văn phòng (thử tải)', 'office', $1) RETURNING id`,
      [await argon2.hash(PASSWORD, { type: argon2.argon2id })],
    )
  ).rows;

  /** One open half-year period of `year` with `units` member units, their reports submitted as described at the top. */
  async function seedPeriod(units, year) {
    const seedStarted = Date.now();
    const [{ id: periodId }] = (
      await db.query(
        `INSERT INTO reporting_periods (title, kind, year, sequence, cut_off_from, cut_off_to, due_date, state)
         VALUES ($1, 'half_year', $2, 2, $3, $4, $5, 'open') RETURNING id`,
        [`Báo cáo 6 tháng cuối năm ${year}`, year, `${year}-06-15`, `${year}-12-14`, `${year}-12-17`],
      )
    ).rows;
    const groups = [];
    for (const [i, g] of DEMO_PERIOD.taskGroups.entries()) {
      const [{ id }] = (await db.query(`INSERT INTO task_groups (period_id, ordinal, title, short_name, guidance) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [periodId, i + 1, g.title, g.shortName, g.guidance])).rows;
      for (const [j, ind] of g.indicators.entries()) {
        await db.query(`INSERT INTO indicators (task_group_id, ordinal, name, unit, aggregation, target) VALUES ($1, $2, $3, $4, $5, $6)`, [id, j + 1, ind.name, ind.unit, ind.aggregation, ind.target]);
      }
      groups.push({ ordinal: i + 1, title: g.title, indicators: g.indicators });
    }

    const KINDS = ['department', 'locality', 'armed_force', 'mass_organization', 'press'];
    const PLACES = ['Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái', 'Đông Triều', 'Quảng Yên', 'Vân Đồn', 'Tiên Yên', 'Bình Liêu', 'Đầm Hà', 'Hải Hà', 'Ba Chẽ', 'Cô Tô'];
    let totalWords = 0;
    const BATCH = 60;
    for (let start = 0; start < units; start += BATCH) {
      const agencyRows = [];
      for (let i = start; i < Math.min(units, start + BATCH); i++) {
        const n = String(i + 1).padStart(4, '0');
        agencyRows.push([`B${units}-${n}`, `Đơn vị thành viên số ${n} – ${pick(PLACES)}`, `ĐV ${n}`, pick(KINDS), i + 1]);
      }
      const agencies = (
        await db.query(
          `INSERT INTO agencies (code, name, short_name, kind, display_order)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) RETURNING id, display_order`,
          [0, 1, 2, 3, 4].map((c) => agencyRows.map((r) => r[c])),
        )
      ).rows;
      await db.query(`INSERT INTO period_agencies (period_id, agency_id) SELECT $1, unnest($2::uuid[])`, [periodId, agencies.map((a) => a.id)]);
      const reports = [];
      const versions = [];
      for (const agency of agencies) {
        const r = random();
        const state = r < 0.9 ? 'accepted' : r < 0.95 ? 'submitted' : r < 0.97 ? 'returned' : 'draft';
        const late = random() < 0.1;
        const submittedAt = state === 'draft' ? null : new Date(Date.UTC(year, 11, late ? 18 + Math.floor(random() * 4) : 13 + Math.floor(random() * 4), 2 + Math.floor(random() * 8)));
        reports.push({ agencyId: agency.id, state, submittedAt });
        if (!submittedAt) continue;
        const sections = groups.map((g) => {
          const status = random() < 0.08 ? 'not_applicable' : pick(['done', 'done', 'done', 'in_progress', 'not_started']);
          const words = status === 'not_applicable' ? 0 : Math.round(WORDS * (0.8 + random() * 0.4));
          totalWords += words;
          return {
            key: `tg:${g.ordinal}`,
            title: `(${g.ordinal}) ${g.title}`,
            status,
            text: words ? narrative(words) : '',
            indicatorValues: g.indicators.map((ind) => ({ name: ind.name, unit: ind.unit, value: status === 'not_applicable' ? null : Math.floor(random() * 60) })),
          };
        });
        for (const key of ['strengths', 'limitations', 'causes', 'difficulties', 'proposals', 'next_plan']) {
          // Some units copy the common wording, as real ones do; the compiler merges those.
          const text = random() < 0.3 ? `Nội dung chung về ${key === 'causes' ? 'nguyên nhân' : 'công tác'} thông tin đối ngoại của các đơn vị.` : narrative(40);
          sections.push({ key, title: key, status: null, text, indicatorValues: [] });
        }
        versions.push({ agencyId: agency.id, submittedAt, onTime: !late, content: { sections } });
      }
      const inserted = (
        await db.query(
          `INSERT INTO agency_reports (period_id, agency_id, state, first_submitted_at, last_submitted_at, version_number, accepted_at)
           SELECT $1, a, s, t, t, CASE WHEN t IS NULL THEN 0 ELSE 1 END, CASE WHEN s = 'accepted' THEN t ELSE NULL END
             FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS x(a, s, t)
           RETURNING id, agency_id`,
          [periodId, reports.map((r) => r.agencyId), reports.map((r) => r.state), reports.map((r) => r.submittedAt)],
        )
      ).rows;
      const reportOf = new Map(inserted.map((r) => [r.agency_id, r.id]));
      await db.query(
        `INSERT INTO report_versions (report_id, number, submitted_at, submitted_by, on_time, content)
         SELECT r, 1, t, $1, o, c FROM unnest($2::uuid[], $3::timestamptz[], $4::bool[], $5::jsonb[]) AS x(r, t, o, c)`,
        [officeId, versions.map((v) => reportOf.get(v.agencyId)), versions.map((v) => v.submittedAt), versions.map((v) => v.onTime), versions.map((v) => JSON.stringify(v.content))],
      );
      if ((start / BATCH) % 10 === 0) process.stdout.write(`  seeded ${Math.min(units, start + BATCH)}/${units} units\r`);
    }
    await db.query('ANALYZE');
    log(`Seeded ${units} units × ${groups.length} task groups, ${totalWords.toLocaleString('en')} words of narrative in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
    return periodId;
  }

  // ——— the timed steps, as the office ———
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'bench-office', password: PASSWORD }) });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];

  const timed = async (label, url, init = {}) => {
    // The API's resident memory, sampled while the step runs: which step makes the peak.
    let stepPeak = rssMb(child.pid);
    const sampler = setInterval(() => (stepPeak = Math.max(stepPeak, rssMb(child.pid))), 25);
    const cpuBefore = cpuSeconds(child.pid);
    const started = performance.now();
    const response = await fetch(`${base}${url}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...(init.headers ?? {}) } });
    const body = Buffer.from(await response.arrayBuffer());
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(child.pid) - cpuBefore;
    clearInterval(sampler);
    if (!response.ok) throw new Error(`${label}: ${response.status} ${body.toString().slice(0, 500)}`);
    log(`  ${label.padEnd(8)} ${seconds.toFixed(2).padStart(6)} s   ${(body.length / 1048576).toFixed(1).padStart(6)} MB   API CPU ${cpu.toFixed(2)} s   API resident: peak during the step ${stepPeak} MB, after ${rssMb(child.pid)} MB`);
    return { seconds, cpu, bytes: body.length, body, peak: stepPeak };
  };

  /**
   * The baseline, in the same run: the bare read of what the compile must read — the included
   * reports' latest sections, as text, in one query from this process — against which the three
   * steps are given as ratios.
   */
  const bareRead = async (periodId) => {
    const started = performance.now();
    const { rows } = await db.query(
      `SELECT (v.content->'sections')::text AS sections FROM agency_reports r
         JOIN report_versions v ON v.report_id = r.id AND v.number = r.version_number
        WHERE r.period_id = $1 AND r.state IN ('accepted', 'submitted')`,
      [periodId],
    );
    const seconds = (performance.now() - started) / 1000;
    const mb = rows.reduce((n, r) => n + r.sections.length, 0) / 1048576;
    log(`  baseline ${seconds.toFixed(2).padStart(6)} s   ${mb.toFixed(1).padStart(6)} M characters of sections read (bare SQL)`);
    return seconds;
  };

  const results = [];
  for (const size of SIZES) {
    const target = TARGETS[size.label];
    const periodId = await seedPeriod(size.units, size.year);
    log(`${size.label} (${size.units} units) — API resident before: ${rssMb(child.pid)} MB:`);
    const baseline = await bareRead(periodId);
    const compile = await timed('compile', `/api/periods/${periodId}/summary/compile`, { method: 'POST', body: JSON.stringify({ includeSubmitted: true }) });
    const docx = await timed('.docx', `/api/periods/${periodId}/summary/export.docx`);
    const xlsx = await timed('.xlsx', `/api/periods/${periodId}/summary/export.xlsx`);
    const peak = Math.max(compile.peak, docx.peak, xlsx.peak);
    if (process.env.BENCH_SAVE_DIR) {
      writeFileSync(path.join(process.env.BENCH_SAVE_DIR, `summary-${size.units}.docx`), docx.body);
      writeFileSync(path.join(process.env.BENCH_SAVE_DIR, `summary-${size.units}.xlsx`), xlsx.body);
    }
    const total = compile.seconds + docx.seconds + xlsx.seconds;
    const ratio = (x) => +(x / baseline).toFixed(1);
    const met = total <= target.seconds && (target.rssMb === undefined || peak < target.rssMb);
    log(
      `  total ${total.toFixed(2)} s = ${ratio(total)} × the baseline (compile ×${ratio(compile.seconds)}, .docx ×${ratio(docx.seconds)}, .xlsx ×${ratio(xlsx.seconds)}); ` +
        `API peak ${peak} MB. Target: ≤ ${target.seconds} s${target.rssMb ? `, < ${target.rssMb} MB` : ''} — ${met ? 'MET' : 'NOT MET'}`,
    );
    results.push({
      label: size.label,
      units: size.units,
      baselineSeconds: +baseline.toFixed(3),
      compileSeconds: +compile.seconds.toFixed(2),
      docxSeconds: +docx.seconds.toFixed(2),
      xlsxSeconds: +xlsx.seconds.toFixed(2),
      totalSeconds: +total.toFixed(2),
      totalOverBaseline: ratio(total),
      docxMb: +(docx.bytes / 1048576).toFixed(1),
      xlsxMb: +(xlsx.bytes / 1048576).toFixed(1),
      stepPeakRssMb: { compile: compile.peak, docx: docx.peak, xlsx: xlsx.peak },
      apiCpuSeconds: { compile: +compile.cpu.toFixed(2), docx: +docx.cpu.toFixed(2), xlsx: +xlsx.cpu.toFixed(2) },
      target,
      met,
    });
  }
  await db.end();
  log(JSON.stringify({ results, apiPeakRssMb: peakRssMb(child.pid), apiNodeOptions: apiFlags.join(' '), loadAverage: (await import('node:os')).loadavg().map((l) => +l.toFixed(1)), node: process.version }));
}

try {
  await main();
} finally {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  if (embedded && !process.env.BENCH_KEEP) await embedded.stop();
  if (tempDir && !process.env.BENCH_KEEP) rmSync(tempDir, { recursive: true, force: true });
}
