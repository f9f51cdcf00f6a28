import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import pg from 'pg';
import tar from 'tar-stream';
import type TestAgent from 'supertest/lib/agent.js';
import { createBackup } from '../src/database/backup/create-backup.js';
import { inspectBackup, restoreBackup } from '../src/database/backup/restore-backup.js';
import { builtApi } from './helpers/built-api.js';
import { reportCounts } from './helpers/counts.js';
import { minimalPdf } from './helpers/files.js';
import { demoPeriodId, fillReport, openNewPeriod } from './helpers/workflow.js';
import { createTestDatabase, startTestApp, testConfig, type TestApp } from './helpers/test-app.js';
import { bodyBytes } from './helpers/downloads.js';

/**
 * `npm run backup` / `npm run restore` (src/database/backup): the demo database plus a period of
 * activity is backed up, restored into a fresh empty database, and a second app on the restored
 * database answers exactly what the first one did. Damaged archives and non-empty targets are
 * refused and leave the target as it was.
 */
describe('backup and restore', () => {
  let sut: TestApp;
  let restored: TestApp;
  let office: TestAgent;
  let restoredOffice: TestAgent;
  let work: string;
  let archive: string;
  let restoredUrl: string;
  let periods: string[];
  let reportIds: string[];
  /** The source database when it was backed up, and the restored one before any app touched it. */
  let original: Record<string, string>;
  let restoredAsLoaded: Record<string, string>;
  const sourceUploads = testConfig('').uploadDir;
  let restoredUploads: string;
  let evidence: { reportId: string; id: string };

  const query = async <T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  /** Every table's rows as one digest, and every sequence's position: equal means the same data. */
  const fingerprint = async (url: string) => {
    const tables = await query<{ name: string }>(url, `SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 1`);
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await query<{ n: string; digest: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`);
      result[name] = `${row!.n} rows ${row!.digest}`;
    }
    for (const s of await query<{ name: string }>(url, `SELECT relname AS name FROM pg_class WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace`)) {
      const [row] = await query<{ v: string }>(url, `SELECT last_value || ' ' || is_called AS v FROM "${s.name}"`);
      result[`sequence ${s.name}`] = row!.v;
    }
    return result;
  };
  const tableCount = async (url: string) =>
    Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`))[0]!.n);
  const withoutGeneratedAt = (body: Record<string, unknown>) => {
    const { generatedAt: _ignored, ...rest } = body;
    return rest;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    office = await sut.signIn('vanphong');
    // Activity on top of the demo data: a new period, a submission, a returned section, a draft, a note.
    const opened = await openNewPeriod(sut, office, ['SNGV', 'CAT', 'BINHLIEU']);
    const songoaivu = await sut.signIn('songoaivu');
    const binhlieu = await sut.signIn('binhlieu');
    const sngv = opened.reportIdOf('SNGV');
    const filled = await fillReport(songoaivu, sngv);
    const attached = await songoaivu.post(`/api/reports/${sngv}/attachments`).attach('file', minimalPdf(), { filename: 'Kế hoạch.pdf', contentType: 'application/pdf' });
    expect(attached.status).toBe(201);
    evidence = { reportId: sngv, id: attached.body.id };
    sut.clock.set('2022-06-15T02:00:00Z');
    await songoaivu.post(`/api/reports/${sngv}/submit`).expect(200);
    const section = filled.sections.find((s) => s.taskGroup?.ordinal === 3)!;
    await office.post(`/api/reports/${sngv}/notes`).send({ sectionId: section.id, body: 'Bổ sung số liệu.' }).expect(201);
    await office
      .post(`/api/reports/${sngv}/return`)
      .send({ sectionIds: [section.id], reason: 'Đề nghị bổ sung số liệu.', revisionDueDate: '2022-06-22' })
      .expect(200);
    await fillReport(binhlieu, opened.reportIdOf('BINHLIEU'), 'Đang triển khai.');
    sut.clock.set('2022-06-20T03:00:00Z');
    periods = [await demoPeriodId(sut), opened.periodId];
    reportIds = [sngv, opened.reportIdOf('BINHLIEU'), opened.reportIdOf('CAT')];

    work = mkdtempSync(path.join(tmpdir(), 'giao-ban-backup-'));
    archive = path.join(work, 'demo.tar.gz');
    restoredUploads = path.join(work, 'restored-uploads');
    original = await fingerprint(sut.databaseUrl);
    const started = performance.now();
    const backup = await createBackup({ databaseUrl: sut.databaseUrl, file: archive, appVersion: 'test', uploadDir: sourceUploads });
    const backupMs = performance.now() - started;

    restoredUrl = await createTestDatabase();
    const restoreStarted = performance.now();
    await restoreBackup({ databaseUrl: restoredUrl, file: archive, uploadDir: restoredUploads });
    const restoreMs = performance.now() - restoreStarted;
    restoredAsLoaded = await fingerprint(restoredUrl);
    const rows = backup.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    reportCounts(
      'backup',
      `backup: ${backup.manifest.tables.length} tables, ${rows} rows, ${(backup.bytes / 1024).toFixed(0)} kB in ${backupMs.toFixed(0)} ms; restore ${restoreMs.toFixed(0)} ms`,
    );

    restored = await startTestApp({ databaseUrl: restoredUrl, config: { uploadDir: restoredUploads } });
    restored.clock.set(sut.clock.now());
    restoredOffice = await restored.signIn('vanphong');
  });
  afterAll(async () => {
    await restored?.close();
    await sut?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a second app on the restored database answers the same dashboards and reports', async () => {
    for (const periodId of periods) {
      for (const route of [`/api/periods/${periodId}/dashboard`, `/api/periods/${periodId}/dashboard/units`, `/api/periods/${periodId}/dashboard/units?order=most_overdue`]) {
        const before = await office.get(route).expect(200);
        const after = await restoredOffice.get(route).expect(200);
        expect(withoutGeneratedAt(after.body)).toEqual(withoutGeneratedAt(before.body));
      }
      const board = await office.get(`/api/periods/${periodId}/reports`).expect(200);
      expect((await restoredOffice.get(`/api/periods/${periodId}/reports`).expect(200)).body).toEqual(board.body);
    }
    for (const reportId of reportIds) {
      for (const route of [`/api/reports/${reportId}`, `/api/reports/${reportId}/versions`, `/api/reports/${reportId}/audit`]) {
        expect((await restoredOffice.get(route).expect(200)).body).toEqual((await office.get(route).expect(200)).body);
      }
    }
    // The evidence file came back with the data.
    const download = async (agent: TestAgent) =>
      (
        await agent
          .get(`/api/reports/${evidence.reportId}/attachments/${evidence.id}`)
          .expect(200)
          .buffer(true)
          .parse(bodyBytes)
      ).body as Buffer;
    expect(Buffer.compare(await download(restoredOffice), minimalPdf())).toBe(0);
    expect(Buffer.compare(await download(office), minimalPdf())).toBe(0);
    // The demo period's dashboard is not empty: the comparison compared something.
    const demo = (await restoredOffice.get(`/api/periods/${periods[0]}/dashboard`)).body;
    expect(demo.reporting.submitted).toBeGreaterThan(0);
  });

  it('every table and sequence holds what it held, stored tallies included (the triggers stayed quiet)', async () => {
    expect(restoredAsLoaded).toEqual(original);
    expect(Object.keys(original)).toEqual(expect.arrayContaining(['agency_reports', 'report_sections', 'report_versions', 'audit_events', 'migrations', 'sequence audit_events_id_seq']));
    // The restored history is still append-only.
    await expect(query(restoredUrl, `DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('the archive is a gzip tar with a manifest: app version, migrations, row counts, creation time', async () => {
    const manifest = await inspectBackup(archive);
    expect(manifest).toMatchObject({ format: 'giao-ban-backup', formatVersion: 1, appVersion: 'test', copy: { format: 'text' } });
    expect(Date.parse(manifest.createdAt)).not.toBeNaN();
    expect(manifest.migrations.map((m) => m.name)).toContain('Foundation1764430000000');
    const sections = manifest.tables.find((t) => t.name === 'report_sections')!;
    const [count] = await query<{ n: string }>(sut.databaseUrl, `SELECT count(*) AS n FROM report_sections`);
    expect(sections.rows).toBe(Number(count!.n));
    // Parents before children: agency_reports is loaded before the sections that point to it.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('agency_reports')).toBeLessThan(order.indexOf('report_sections'));
    // The evidence files the attachments name (only those: UPLOAD_DIR of the tests holds others').
    const [attachments] = await query<{ n: string }>(sut.databaseUrl, `SELECT count(*) AS n FROM attachments`);
    expect(manifest.uploads).toEqual({ files: expect.any(Array), missing: [] });
    expect(manifest.uploads!.files).toHaveLength(Number(attachments!.n));
    expect(manifest.uploads!.files.map((f) => f.bytes)).toContain(minimalPdf().length);
  });

  it('refuses a database that is not empty unless forced, and then replaces everything in it', async () => {
    const target = await createTestDatabase();
    await query(target, `CREATE TABLE leftover (x int); INSERT INTO leftover VALUES (1)`);
    await expect(restoreBackup({ databaseUrl: target, file: archive })).rejects.toThrow(
      /^The database \S+ is not empty \(1 tables\); restore fills only an empty database — add --force to replace everything in it\.$/,
    );
    expect(await query(target, `SELECT x FROM leftover`)).toEqual([{ x: 1 }]);

    const result = await restoreBackup({ databaseUrl: target, file: archive, force: true });
    expect(result.triggers).toBe('replica');
    expect(await fingerprint(target)).toEqual(original);
    // A restored database is not empty either.
    await expect(restoreBackup({ databaseUrl: target, file: archive })).rejects.toThrow(/is not empty/);
  });

  it('refuses to restore under a running Giao Ban', async () => {
    await expect(restoreBackup({ databaseUrl: restoredUrl, file: archive, force: true })).rejects.toThrow(
      /^Giao Ban is running on database \S+ \(\d+ connections?\); stop it before restoring into its database\.$/,
    );
  });

  it('a truncated, damaged or tampered archive is refused with one sentence and writes nothing', async () => {
    const bytes = readFileSync(archive);
    const truncated = path.join(work, 'truncated.tar.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const damaged = path.join(work, 'damaged.tar.gz');
    const flipped = Buffer.from(bytes);
    for (let i = Math.floor(flipped.length / 2); i < flipped.length / 2 + 64; i++) flipped[i] = flipped[i]! ^ 0x5a;
    writeFileSync(damaged, flipped);
    // A well-formed archive whose data was changed: only the manifest's checksums can tell.
    const tampered = path.join(work, 'tampered.tar.gz');
    writeFileSync(tampered, await repack(archive, (name, data) => (name.startsWith('tables/agencies.') ? Buffer.from(data.toString('utf8').replace('Sở Ngoại vụ', 'Sở Ngoai vu')) : data)));
    const otherFile = path.join(work, 'other-file.tar.gz');
    writeFileSync(otherFile, await repack(archive, (name, data) => (name.startsWith('uploads/') ? Buffer.concat([data, Buffer.from(' ')]) : data)));
    const noManifest = path.join(work, 'no-manifest.tar.gz');
    writeFileSync(noManifest, await repack(archive, (name, data) => (name === 'manifest.json' ? null : data)));

    const target = await createTestDatabase();
    for (const [file, message] of [
      [truncated, /^\S+truncated\.tar\.gz is not a complete backup: it ends early \(truncated while copied or written\?\); nothing was restored\.$/],
      [damaged, /^\S+damaged\.tar\.gz is not an intact Giao Ban backup \(.+\); nothing was restored\.$/],
      [tampered, /^\S+tampered\.tar\.gz is damaged: table agencies should hold \d+ rows in \d+ bytes and holds \d+ rows in \d+ bytes; nothing was restored\.$/],
      [otherFile, /^\S+other-file\.tar\.gz is damaged: the evidence file \d{4}\/[\w-]+\.pdf is not the one backed up; nothing was restored\.$/],
      [noManifest, /^\S+no-manifest\.tar\.gz is not a complete backup: its manifest is missing \(truncated\?\); nothing was restored\.$/],
      [path.join(work, 'missing.tar.gz'), /^There is no file \S+missing\.tar\.gz\.$/],
    ] as const) {
      await expect(restoreBackup({ databaseUrl: target, file, force: true, uploadDir: path.join(work, 'refused-uploads') })).rejects.toThrow(message);
    }
    expect(await tableCount(target)).toBe(0);
    expect(existsSync(path.join(work, 'refused-uploads'))).toBe(false);
  });

  it('restores as the tables\' owner without superuser rights: triggers disabled per table, foreign keys checked', async () => {
    const role = `gb_test_owner_${process.pid}`;
    const admin = process.env.TEST_DATABASE_URL!;
    const target = await createTestDatabase();
    const name = new URL(target).pathname.slice(1);
    await query(admin, `CREATE ROLE ${role} LOGIN PASSWORD 'owner-password'`);
    try {
      await query(admin, `ALTER DATABASE ${name} OWNER TO ${role}`);
      const asOwner = new URL(target);
      asOwner.username = role;
      asOwner.password = 'owner-password';
      const result = await restoreBackup({ databaseUrl: asOwner.toString(), file: archive });
      expect(result.triggers).toBe('disabled-per-table');
      expect(await fingerprint(target)).toEqual(original);
      const [enabled] = await query<{ n: string }>(target, `SELECT count(*) AS n FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'`);
      expect(Number(enabled!.n)).toBe(0); // every trigger is on again
    } finally {
      await query(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await query(admin, `DROP ROLE IF EXISTS ${role}`);
    }
  });

  it('the command line says one sentence and exits 1 on failure, and backs up and restores on success', async () => {
    const cli = builtApi('backup.js');
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: await createTestDatabase(), UPLOAD_DIR: path.join(work, 'cli-uploads') };
    const sourceEnv = { ...process.env, DATABASE_URL: sut.databaseUrl, UPLOAD_DIR: sourceUploads };
    const failed = await run(process.execPath, [cli, 'restore', path.join(work, 'nothing-here.tar.gz')], { env }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect((failed as { stderr: string }).stderr).toMatch(/^There is no file \S+nothing-here\.tar\.gz\.\n$/);

    const file = path.join(work, 'cli.tar.gz');
    const source = await fingerprint(sut.databaseUrl);
    const backedUp = await run(process.execPath, [cli, 'backup', file], { env: sourceEnv });
    expect(backedUp.stdout).toMatch(/^Backed up the database of DATABASE_URL: \d+ tables, \d+ rows, 1 evidence file, to \S+cli\.tar\.gz \(\d+ kB\) in [\d.]+ s\.\n$/);
    expect(statSync(file).size).toBeGreaterThan(0);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const again = await run(process.execPath, [cli, 'backup', file], { env: sourceEnv }).catch((error: { code: number; stderr: string }) => error);
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr).toMatch(/exists already; choose another file name/);

    const restoredByCli = await run(process.execPath, [cli, 'restore', file], { env });
    expect(restoredByCli.stdout).toMatch(/^Restored \S+cli\.tar\.gz \(made .+ by Giao Ban [\d.]+\) into the database of DATABASE_URL: \d+ tables, \d+ rows, 1 evidence file, in [\d.]+ s\.\n$/);
    expect(await fingerprint(env.DATABASE_URL)).toEqual(source);
    expect(readdirSync(env.UPLOAD_DIR, { recursive: true }).filter((f) => String(f).endsWith('.pdf'))).toHaveLength(1);
    const refused = await run(process.execPath, [cli, 'restore', file], { env }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    expect((refused as { stderr: string }).stderr).toMatch(/is not empty .* add --force/);
  });
});

/** The archive rewritten entry by entry; `change` returns the new data, or null to leave the entry out. */
async function repack(file: string, change: (name: string, data: Buffer) => Buffer | null): Promise<Buffer> {
  const extract = tar.extract();
  const pack = tar.pack();
  const out: Buffer[] = [];
  pack.on('data', (chunk: unknown) => out.push(chunk as Buffer));
  const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  const reading = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const parts: Buffer[] = [];
      stream.on('data', (part: unknown) => parts.push(part as Buffer));
      stream.on('end', () => {
        const data = change(header.name, Buffer.concat(parts));
        if (data) pack.entry({ ...header, size: data.length }, data);
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  createReadStream(file).pipe(createGunzip()).pipe(extract);
  await reading;
  pack.finalize();
  await ended;
  return gzipSync(Buffer.concat(out));
}
