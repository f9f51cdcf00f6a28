import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PeriodDashboard, ReportDetail } from '@giao-ban/shared';
import { bodyBytes } from './helpers/downloads.js';
import { minimalPdf } from './helpers/files.js';
import { startS3Server, type S3TestServer } from './helpers/s3-server.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { fillReport, openNewPeriod } from './helpers/workflow.js';

/**
 * Two API instances on one database, as behind a load balancer, keeping files in one S3 bucket
 * (STORAGE_DRIVER=s3) and each with its own local folder: a sign-out or a deactivation made
 * through one ends the session on the other at once, though the other remembers the session (its
 * clock stands still, so the few seconds it trusts a resolved session never pass); a file uploaded
 * through one downloads through the other.
 */
describe('two API instances on one database', () => {
  let one: TestApp;
  let other: TestApp;
  let s3: S3TestServer;
  const folders: string[] = [];

  beforeAll(async () => {
    s3 = await startS3Server();
    const ownFolder = async () => {
      folders.push(await mkdtemp(path.join(tmpdir(), 'giao-ban-instance-')));
      return folders.at(-1)!;
    };
    one = await startTestApp({ config: { storage: s3.storage, uploadDir: await ownFolder() } });
    other = await startTestApp({ databaseUrl: one.databaseUrl, config: { storage: s3.storage, uploadDir: await ownFolder() } });
  });
  afterAll(async () => {
    await other?.close();
    await one?.close();
    await s3?.close();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  /** Signs in through `one` and answers the session cookie, to send through either instance. */
  const cookieOf = async (login: string): Promise<string> => {
    const response = await one.http().post('/api/auth/login').send({ login, password: 'GiaoBan@2021' }).expect(200);
    return String(response.headers['set-cookie']![0]).split(';')[0]!;
  };
  const meOnOther = (cookie: string) => other.http().get('/api/auth/me').set('Cookie', cookie);
  /** The other instance hears of the change as soon as PostgreSQL passes the notice on: ask until it answers 401, at most ~2 s. */
  const refusedOnOther = async (cookie: string): Promise<number> => {
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 401; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await meOnOther(cookie)).status;
    }
    return status;
  };

  it('a sign-out through one instance is refused by the other', async () => {
    const cookie = await cookieOf('songoaivu');
    expect((await meOnOther(cookie)).status).toBe(200); // resolved and remembered there
    await one.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect(await refusedOnOther(cookie)).toBe(401);
  });

  it('a deactivation through one instance ends the user\'s sessions on the other', async () => {
    const cookie = await cookieOf('congan');
    const me = await meOnOther(cookie);
    expect(me.status).toBe(200);
    const admin = await one.signIn('quantri');
    await admin.post(`/api/users/${me.body.id}/deactivate`).expect(200);
    expect(await refusedOnOther(cookie)).toBe(401);
  });

  it('runs the working cycle across both: sign in on one, save on the other, upload on one, download on the other, sign out on one', async () => {
    const { reportIdOf } = await openNewPeriod(one, await one.signIn('vanphong'), ['SNGV']);
    other.clock.set(one.clock.now()); // one deployment, one time
    const report = `/api/reports/${reportIdOf('SNGV')}`;
    const cookie = await cookieOf('songoaivu');

    const detail: ReportDetail = (await other.http().get(report).set('Cookie', cookie).expect(200)).body;
    const section = detail.sections.find((s) => s.taskGroup && s.applicable)!;
    await other
      .http()
      .put(`${report}/sections/${section.id}`)
      .set('Cookie', cookie)
      .send({ version: section.version, text: 'Lưu qua máy chủ thứ hai.', status: 'done', indicatorValues: [] })
      .expect(200);
    const reread: ReportDetail = (await one.http().get(report).set('Cookie', cookie).expect(200)).body;
    expect(reread.sections.find((s) => s.id === section.id)!.text).toBe('Lưu qua máy chủ thứ hai.');

    const pdf = minimalPdf();
    const uploaded = await one
      .http()
      .post(`${report}/attachments`)
      .set('Cookie', cookie)
      .field('sectionId', section.id)
      .attach('file', pdf, { filename: 'Minh chứng.pdf', contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    // The bytes are in the bucket, not in either instance's own folder (only its emptied incoming/).
    for (const folder of folders) expect((await readdir(folder)).filter((name) => name !== 'incoming')).toEqual([]);

    const file = `${report}/attachments/${uploaded.body.id}`;
    const download = await other.http().get(file).set('Cookie', cookie).buffer(true).parse(bodyBytes);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);

    await other.http().delete(file).set('Cookie', cookie).expect(204);
    expect((await one.http().get(file).set('Cookie', cookie)).status).toBe(404);

    await one.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect(await refusedOnOther(cookie)).toBe(401);
  });

  it('a submission through one instance shows at once on the dashboard the other serves', async () => {
    const { periodId, reportIdOf } = await openNewPeriod(one, await one.signIn('vanphong'), ['BINHLIEU', 'SNGV'], { year: 2023 });
    other.clock.set(one.clock.now());
    const officeCookie = await cookieOf('vanphong');
    const dashboardOnOther = async (): Promise<PeriodDashboard> =>
      (await other.http().get(`/api/periods/${periodId}/dashboard`).set('Cookie', officeCookie).expect(200)).body;
    expect((await dashboardOnOther()).reporting).toMatchObject({ expected: 2, submitted: 0 });

    const unit = await one.signIn('binhlieu');
    await fillReport(unit, reportIdOf('BINHLIEU'));
    await unit.post(`/api/reports/${reportIdOf('BINHLIEU')}/submit`).expect(200);

    // No cache stands between the other instance and the database: the next answer counts it.
    expect((await dashboardOnOther()).reporting).toMatchObject({ expected: 2, submitted: 1, onTime: 1 });
  });
});
