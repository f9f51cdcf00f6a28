import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReportDetail } from '@giao-ban/shared';
import pg from 'pg';
import { builtApi } from './helpers/built-api.js';
import { reportCounts } from './helpers/counts.js';
import { openNewPeriod } from './helpers/workflow.js';
import { startTestApp } from './helpers/test-app.js';

/**
 * The API killed with SIGKILL while units save and submit: after a restart on the same database,
 * every write it acknowledged is there and none is half written.
 *
 * The API runs as its own process, as in production (`node dist/apps/api/main.js`, built by the
 * api test target's dependency on api:build), on a copy of the demo database on the test run's
 * PostgreSQL. Six units save their eight task sections (text, status and indicator values; each
 * section is a chain of saves, each sent with the version the last answer gave), 500 writes in all;
 * four units submit when their saves are done (two of them always before the kill), and the process
 * is killed a few milliseconds after about 250 writes have been answered, with saves still flowing. PostgreSQL itself keeps running (it is the run's
 * shared server): what is tested is that an answer is sent only after its transaction committed,
 * and that a transaction cut short leaves nothing behind.
 */
const UNITS = [
  { code: 'SNGV', login: 'songoaivu', rounds: 4, submits: 'before the kill' },
  { code: 'STTTT', login: 'sotttt', rounds: 4, submits: 'before the kill' },
  { code: 'TTTT', login: 'truyenthong', rounds: 5, submits: 'when done' },
  { code: 'BXTDT', login: 'xuctiendautu', rounds: 5, submits: 'when done' },
  { code: 'LDLD', login: 'laodong', rounds: 22, submits: 'never' },
  { code: 'CAT', login: 'congan', rounds: 22, submits: 'never' },
] as const;
const SUBMITTING_BEFORE_THE_KILL = UNITS.filter((u) => u.submits === 'before the kill').length;
const KILL_AFTER_ACKNOWLEDGED = 250;
const PASSWORD = 'GiaoBan@2021';
const STATUSES = ['in_progress', 'done', 'not_started'] as const;

type Values = { indicatorId: string; value: number }[];
interface Save {
  reportId: string;
  sectionId: string;
  /** The version this save makes: the one it read, plus one. */
  version: number;
  text: string;
  status: string;
  values: Values;
}
interface Api {
  child: ChildProcess;
  url: string;
  output: string[];
}

describe('crash: SIGKILL during saves and submissions', () => {
  let api: Api | null = null;
  let uploads: string;
  let databaseUrl: string;
  afterAll(() => {
    if (api?.child.exitCode === null) api.child.kill('SIGKILL');
    if (uploads) rmSync(uploads, { recursive: true, force: true });
  });

  it('after a restart every acknowledged write is there and none is half written', async () => {
    // The database: a copy of the demo data with a period open for the six units.
    const setup = await startTestApp();
    const office = await setup.signIn('vanphong');
    const opened = await openNewPeriod(setup, office, UNITS.map((u) => u.code));
    await setup.close();
    databaseUrl = setup.databaseUrl;
    uploads = mkdtempSync(path.join(tmpdir(), 'giao-ban-crash-'));

    api = await startApi(databaseUrl, uploads);
    const units: ((typeof UNITS)[number] & { cookie: string; reportId: string; sections: ReportDetail['sections'] })[] = [];
    for (const unit of UNITS) {
      // One after another: the sign-ins are not what is tested here.
      const cookie = await signIn(api.url, unit.login).catch((error: Error) => {
        throw new Error(`${error.message}; the API said: ${api!.output.join('').slice(-3000)}`);
      });
      const reportId = opened.reportIdOf(unit.code);
      const report = (await call(api.url, cookie, 'GET', `/api/reports/${reportId}`)).body as ReportDetail;
      units.push({ ...unit, cookie, reportId, sections: report.sections.filter((s) => s.taskGroup && s.applicable) });
    }

    const sent = new Map<string, Map<number, Save>>(); // section → version → the save that makes it
    const acknowledged: Save[] = [];
    const submissions: { reportId: string; number: number }[] = [];
    let killed = false;
    let killScheduled = false;
    let cut = 0;
    let inFlight = 0; // sent and not yet answered, as the client sees it
    // Once enough writes were answered, the kill comes a few milliseconds later, from a timer: the
    // saves keep flowing meanwhile, so it lands wherever the server happens to be.
    let submittedBeforeTheKill = 0;
    const killSoon = () => {
      if (killScheduled || acknowledged.length + submissions.length < KILL_AFTER_ACKNOWLEDGED) return;
      if (submittedBeforeTheKill < SUBMITTING_BEFORE_THE_KILL) return;
      killScheduled = true;
      let tries = 0;
      const kill = () => {
        // Preferably while several requests are out (not between two bursts), but not forever.
        if (inFlight < 8 && ++tries < 100) return void setTimeout(kill, 1);
        killed = true;
        api!.child.kill('SIGKILL');
      };
      setTimeout(kill, 5 + Math.floor(Math.random() * 20));
    };

    // Every section of a unit is its own chain of saves (each sent when the last one was answered);
    // after all its chains, the unit submits.
    const runUnit = async (unit: (typeof units)[number], index: number) => {
      await Promise.all(
        unit.sections.map(async (section, s) => {
          let read = section.version;
          for (let round = 1; round <= unit.rounds && !killed; round++) {
            const version = read + 1;
            const save: Save = {
              reportId: unit.reportId,
              sectionId: section.id,
              version,
              text: `Đơn vị ${unit.code}, nhóm ${section.taskGroup!.ordinal}, lần lưu ${version}: ${'kết quả triển khai '.repeat((index + s + round) % 7)}`,
              status: STATUSES[(round + s) % STATUSES.length]!,
              values: section.indicatorValues.map((v, i) => ({ indicatorId: v.indicatorId, value: round * 10 + i })),
            };
            if (!sent.has(section.id)) sent.set(section.id, new Map());
            sent.get(section.id)!.set(version, save);
            inFlight += 1;
            const answer = await call(api!.url, unit.cookie, 'PUT', `/api/reports/${unit.reportId}/sections/${section.id}`, {
              version: read,
              text: save.text,
              status: save.status,
              indicatorValues: save.values,
            })
              .catch(() => null)
              .finally(() => (inFlight -= 1));
            if (!answer) {
              cut += 1; // no answer: the process died first
              return;
            }
            if (answer.status !== 200) throw new Error(`save answered ${answer.status}: ${JSON.stringify(answer.body)}`);
            expect((answer.body as { version: number }).version).toBe(version);
            read = version;
            acknowledged.push(save);
            killSoon();
          }
        }),
      );
      if (unit.submits === 'never' || killed) return;
      const answer = await call(api!.url, unit.cookie, 'POST', `/api/reports/${unit.reportId}/submit`).catch(() => null);
      if (!answer) {
        cut += 1;
        return;
      }
      if (answer.status !== 200) throw new Error(`submit answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      submissions.push({ reportId: unit.reportId, number: (answer.body as { versionNumber: number }).versionNumber });
      if (unit.submits === 'before the kill') submittedBeforeTheKill += 1;
      killSoon();
    };
    await Promise.all(units.map((unit, index) => runUnit(unit, index)));
    expect(killed).toBe(true);
    await new Promise((resolve) => (api!.child.exitCode !== null || api!.child.signalCode !== null ? resolve(null) : api!.child.once('exit', resolve)));
    expect(api.child.signalCode).toBe('SIGKILL');

    // Restart on the same database; the sessions of before still sign the units in.
    api = await startApi(databaseUrl, uploads);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const sectionIds = units.flatMap((u) => u.sections.map((s) => s.id));
      const rows = (
        await db.query<{ id: string; version: number; text: string; status: string | null; submitted_status: string | null; values: [string, string][] | null }>(
          `SELECT s.id, s.version, s.text, s.status, s.submitted_status,
                  (SELECT array_agg(ARRAY[v.indicator_id::text, v.value::text] ORDER BY v.indicator_id) FROM indicator_values v WHERE v.section_id = s.id) AS values
             FROM report_sections s WHERE s.id = ANY($1)`,
          [sectionIds],
        )
      ).rows;
      const now = new Map(rows.map((r) => [r.id, r]));
      const valuesOf = (values: Values) => [...values].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId)).map((v) => [v.indicatorId, v.value]);
      const stored = (id: string) => {
        const row = now.get(id)!;
        return { version: row.version, text: row.text, status: row.status, values: (row.values ?? []).map(([i, v]) => [i, Number(v)]) };
      };

      // None half written: a section at version N holds exactly what the save that made N sent.
      let halfWritten = 0;
      const initial = new Map(units.flatMap((u) => u.sections.map((s) => [s.id, s])));
      for (const id of sectionIds) {
        const row = stored(id);
        const start = initial.get(id)!;
        const save = sent.get(id)?.get(row.version);
        const expected =
          row.version === start.version
            ? { text: start.text, status: start.status, values: valuesOf(start.indicatorValues.filter((v): v is Values[number] => v.value !== null)) }
            : save && { text: save.text, status: save.status, values: valuesOf(save.values) };
        if (!expected || row.text !== expected.text || row.status !== expected.status || JSON.stringify(row.values) !== JSON.stringify(expected.values)) {
          halfWritten += 1;
        }
      }

      // Every acknowledged save: its version reached; the last one of a section, unless a later
      // (unacknowledged) save went through, is the section's content.
      let found = 0;
      let lost = 0;
      const lastAcknowledged = new Map<string, number>();
      for (const save of acknowledged) lastAcknowledged.set(save.sectionId, Math.max(save.version, lastAcknowledged.get(save.sectionId) ?? 0));
      for (const save of acknowledged) {
        const row = stored(save.sectionId);
        const present =
          row.version > save.version ||
          (row.version === save.version && row.text === save.text && row.status === save.status && JSON.stringify(row.values) === JSON.stringify(valuesOf(save.values)));
        if (present) found += 1;
        else lost += 1;
      }
      // Every acknowledged submission: its numbered version, the report submitted, its figures frozen.
      const versions = (
        await db.query<{ report_id: string; number: number; content: { sections: { key: string; text: string; status: string }[] } }>(
          `SELECT report_id, number, content FROM report_versions WHERE report_id = ANY($1)`,
          [units.map((u) => u.reportId)],
        )
      ).rows;
      for (const submission of submissions) {
        if (versions.some((v) => v.report_id === submission.reportId && v.number === submission.number)) found += 1;
        else lost += 1;
      }
      // A submission (acknowledged or not) is whole: the report says submitted with its number, the
      // frozen content is the sections' content, and the submitted status is the status.
      for (const version of versions) {
        const unit = units.find((u) => u.reportId === version.report_id)!;
        const [report] = (await db.query<{ state: string; version_number: number }>(`SELECT state, version_number FROM agency_reports WHERE id = $1`, [unit.reportId])).rows;
        const whole =
          report!.state === 'submitted' &&
          report!.version_number === version.number &&
          unit.sections.every((s) => {
            const frozen = version.content.sections.find((c) => c.key === `tg:${s.taskGroup!.ordinal}`);
            const row = now.get(s.id)!;
            return frozen?.text === row.text && frozen.status === row.status && row.submitted_status === row.status;
          });
        if (!whole) halfWritten += 1;
      }
      for (const unit of units.filter((u) => !versions.some((v) => v.report_id === u.reportId))) {
        const [report] = (await db.query<{ state: string; version_number: number }>(`SELECT state, version_number FROM agency_reports WHERE id = $1`, [unit.reportId])).rows;
        if (report!.state === 'submitted' || report!.version_number !== 0) halfWritten += 1;
      }

      // The stored tallies equal a recount of every report's sections.
      const tallies = await db.query(`
        SELECT r.id FROM agency_reports r
          LEFT JOIN (SELECT report_id, count(*)::int AS n,
                            count(*) FILTER (WHERE applicable AND submitted_status = 'done')::int AS done,
                            count(*) FILTER (WHERE NOT applicable)::int AS waived,
                            count(*) FILTER (WHERE applicable AND submitted_status = 'not_applicable')::int AS declared_na
                       FROM report_sections WHERE task_group_id IS NOT NULL GROUP BY report_id) c ON c.report_id = r.id
         WHERE (r.task_count, r.tasks_done, r.tasks_waived, r.tasks_declared_na)
               IS DISTINCT FROM (coalesce(c.n, 0), coalesce(c.done, 0), coalesce(c.waived, 0), coalesce(c.declared_na, 0))`);
      expect(tallies.rows).toEqual([]);

      // The restarted API answers, with the sessions of before, what the database holds.
      expect((await call(api.url, '', 'GET', '/api/health')).status).toBe(200);
      for (const unit of units) {
        const answer = await call(api.url, unit.cookie, 'GET', `/api/reports/${unit.reportId}`);
        expect(answer.status).toBe(200);
        for (const section of (answer.body as ReportDetail).sections.filter((s) => now.has(s.id))) {
          expect([section.id, section.version, section.text]).toEqual([section.id, now.get(section.id)!.version, now.get(section.id)!.text]);
        }
      }

      const total = acknowledged.length + submissions.length;
      reportCounts(
        'crash',
        `crash: ${total} writes acknowledged before SIGKILL, ${found} found after restart, ${lost} lost, ${halfWritten} half-written` +
          ` (${acknowledged.length} saves and ${submissions.length} submissions acknowledged; ${cut} requests cut off unanswered)`,
      );
      expect({ found, lost, halfWritten }).toEqual({ found: total, lost: 0, halfWritten: 0 });
      expect(total).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
      expect(submissions.length).toBeGreaterThanOrEqual(SUBMITTING_BEFORE_THE_KILL);
    } finally {
      await db.end();
    }
  }, 120_000);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `node dist/apps/api/main.js` on the database, answering /api/health. */
async function startApi(databaseUrl: string, uploadDir: string): Promise<Api> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    UPLOAD_DIR: uploadDir,
    WEB_DIST_DIR: path.join(uploadDir, 'no-web'),
    LOGIN_RATE_LIMIT: '1000',
  };
  delete env.ADMIN_LOGIN;
  delete env.ADMIN_PASSWORD;
  delete env.DEMO_DATA;
  const child = spawn(process.execPath, [builtApi('main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (data: Buffer) => output.push(data.toString()));
  child.stderr!.on('data', (data: Buffer) => output.push(data.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode} while starting: ${output.join('').slice(-2000)}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.status === 200) return { child, url, output };
  }
  child.kill('SIGKILL');
  throw new Error(`The API did not answer /api/health within 60 s: ${output.join('').slice(-2000)}`);
}

async function signIn(url: string, login: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Sign-in of ${login}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gb_session='));
  if (!cookie) throw new Error(`Sign-in of ${login} set no session cookie`);
  return cookie.split(';')[0]!;
}

async function call(url: string, cookie: string, method: string, route: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
