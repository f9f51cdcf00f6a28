import type { MessageLogEntry, NotificationItem, NotificationPage, ReportDetail } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/modules/auth/password-hasher.js';
import { NotificationsService } from '../src/modules/notifications/notifications.service.js';
import { DEMO_PASSWORD } from '../src/database/seeds/demo-data.js';
import { startSmtpReceiver, type SmtpReceiver } from './helpers/smtp-receiver.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { agencyIdByCode, fillReport, openNewPeriod } from './helpers/workflow.js';

const PERIOD_TITLE = 'Báo cáo 6 tháng đầu năm 2022';

/** Waits until `check` holds (the e-mail jobs run on their own), or fails after `ms`. */
async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Notifications of one login about one period, as the database has them. */
async function notificationsOf(db: DataSource, login: string, periodId: string): Promise<{ kind: string; link: NotificationItem['link']; params: Record<string, unknown> }[]> {
  return db.query(
    `SELECT n.kind, n.link, n.params FROM notifications n JOIN users u ON u.id = n.recipient_id
      WHERE u.login = $1 AND n.period_id = $2 ORDER BY n.created_at, n.id`,
    [login, periodId],
  );
}

async function addUser(sut: TestApp, login: string, role: string, agencyCode: string | null, options: { email?: string; active?: boolean } = {}): Promise<string> {
  const db = sut.app.get(DataSource);
  const [row] = await db.query(
    `INSERT INTO users (login, full_name, role, agency_id, password_hash, email, active) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [login, `Cán bộ ${login}`, role, agencyCode ? await agencyIdByCode(sut, agencyCode) : null, await sut.app.get(PasswordHasher).hash(DEMO_PASSWORD), options.email ?? null, options.active ?? true],
  );
  return row.id;
}

describe('notifications (issue #12)', () => {
  describe('events, the bell and the outbox (no SMTP server configured)', () => {
    let sut: TestApp;
    let db: DataSource;
    let office: TestAgent;
    let unit: TestAgent;
    let periodId: string;
    let reportIdOf: (code: string) => string;

    beforeAll(async () => {
      sut = await startTestApp();
      db = sut.app.get(DataSource);
      await db.query(`UPDATE users SET email = login || '@giaoban.test' WHERE login IN ('songoaivu', 'congan', 'vanphong', 'binhlieu')`);
      await addUser(sut, 'canbosngv2', 'agency_reporter', 'SNGV', { email: 'canbosngv2@giaoban.test' });
      await addUser(sut, 'lanhdaosngv', 'agency_head', 'SNGV');
      await addUser(sut, 'nghiviecsngv', 'agency_reporter', 'SNGV', { email: 'nghiviec@giaoban.test', active: false });
      office = await sut.signIn('vanphong');
      unit = await sut.signIn('songoaivu');
      ({ periodId, reportIdOf } = await openNewPeriod(sut, office, ['SNGV', 'CAT']));
    });
    afterAll(() => sut.close());

    it('opening a period tells every active person of each obliged unit, pointed at their own report, and nobody else', async () => {
      const recipients: { login: string; kind: string; report_id: string }[] = await db.query(
        `SELECT u.login, n.kind, n.link->>'reportId' AS report_id FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.period_id = $1 ORDER BY u.login`,
        [periodId],
      );
      expect(recipients).toEqual([
        { login: 'canbosngv2', kind: 'period_opened', report_id: reportIdOf('SNGV') },
        { login: 'congan', kind: 'period_opened', report_id: reportIdOf('CAT') },
        { login: 'lanhdaosngv', kind: 'period_opened', report_id: reportIdOf('SNGV') },
        { login: 'songoaivu', kind: 'period_opened', report_id: reportIdOf('SNGV') },
      ]);
      const [first] = await notificationsOf(db, 'songoaivu', periodId);
      expect(first!.params).toEqual({ periodTitle: PERIOD_TITLE, dueDate: '2022-06-17' });
    });

    it('submission, return with a reason, resubmission, acceptance and an extension reach exactly the right people', async () => {
      const sngv = reportIdOf('SNGV');
      await fillReport(unit, sngv);
      await unit.post(`/api/reports/${sngv}/submit`).expect(200);
      // The office hears of it, pointed at the review page; the unit's people do not.
      expect(await notificationsOf(db, 'vanphong', periodId)).toEqual([
        {
          kind: 'report_submitted',
          link: { to: 'review', reportId: sngv },
          params: { periodTitle: PERIOD_TITLE, dueDate: '2022-06-17', agencyName: 'Sở Ngoại vụ', version: 1, onTime: true },
        },
      ]);

      sut.clock.set('2022-06-02T02:00:00Z');
      const report: ReportDetail = (await office.get(`/api/reports/${sngv}`)).body;
      const section = report.sections.find((s) => s.taskGroup?.ordinal === 2)!;
      await office.post(`/api/reports/${sngv}/return`).send({ sectionIds: [section.id], reason: 'Bổ sung số liệu tin, bài', revisionDueDate: '2022-06-24' }).expect(200);
      const returned = (await notificationsOf(db, 'songoaivu', periodId)).at(-1)!;
      expect(returned).toEqual({
        kind: 'report_returned',
        link: { to: 'report', reportId: sngv, sectionId: section.id },
        params: {
          periodTitle: PERIOD_TITLE,
          dueDate: '2022-06-24',
          reason: 'Bổ sung số liệu tin, bài',
          // the title starts the line, so it starts with a capital: "tăng cường…" → "Tăng cường…"
          sectionTitles: [`2. Tăng cường${section.taskGroup!.title.slice('tăng cường'.length)}`],
        },
      });

      sut.clock.set('2022-06-03T02:00:00Z');
      const current: ReportDetail = (await unit.get(`/api/reports/${sngv}`)).body;
      const back = current.sections.find((s) => s.id === section.id)!;
      await unit.put(`/api/reports/${sngv}/sections/${back.id}`).send({ version: back.version, text: 'Đã bổ sung số liệu.', status: 'done' }).expect(200);
      await unit.post(`/api/reports/${sngv}/submit`).expect(200);
      sut.clock.set('2022-06-04T02:00:00Z');
      await office.post(`/api/reports/${sngv}/accept`).expect(200);
      sut.clock.set('2022-06-05T02:00:00Z');
      await office.post(`/api/reports/${reportIdOf('CAT')}/extension`).send({ dueDate: '2022-06-30', reason: 'Chờ số liệu quý II' }).expect(200);

      const kinds = async (login: string) => (await notificationsOf(db, login, periodId)).map((n) => n.kind);
      expect(await kinds('vanphong')).toEqual(['report_submitted', 'report_resubmitted']);
      expect(await kinds('songoaivu')).toEqual(['period_opened', 'report_returned', 'report_accepted']);
      expect(await kinds('lanhdaosngv')).toEqual(['period_opened', 'report_returned', 'report_accepted']);
      expect(await kinds('congan')).toEqual(['period_opened', 'extension_granted']);
      // Other units, the leader, the administrator and the deactivated account hear nothing of it.
      for (const login of ['binhlieu', 'sotttt', 'lanhdao', 'quantri', 'nghiviecsngv']) expect([login, await kinds(login)]).toEqual([login, []]);
      expect((await notificationsOf(db, 'congan', periodId)).at(-1)!.params).toEqual({
        periodTitle: PERIOD_TITLE,
        dueDate: '2022-06-30',
        originalDueDate: '2022-06-17',
        reason: 'Chờ số liệu quý II',
      });
      // The resubmission is judged against the revision due date.
      expect((await notificationsOf(db, 'vanphong', periodId)).at(-1)!.params).toMatchObject({ version: 2, dueDate: '2022-06-24', onTime: true });
    });

    it('each person reads their own list, newest first, marks one or all read; another person\'s notification is 404', async () => {
      const page: NotificationPage = (await unit.get('/api/notifications?pageSize=2')).body;
      expect(page).toMatchObject({ page: 1, pageSize: 2 });
      expect(page.items.map((n) => n.kind)).toEqual(['report_accepted', 'report_returned']);
      expect(page.unread).toBe(page.total);
      const unread = page.unread;
      expect((await unit.get('/api/notifications/unread-count')).body).toEqual({ unread, awaitingReceipt: null });

      const read = await unit.post(`/api/notifications/${page.items[0]!.id}/read`).expect(200);
      expect(read.body).toMatchObject({ id: page.items[0]!.id, kind: 'report_accepted', readAt: expect.any(String) });
      // Reading again keeps the first time.
      expect((await unit.post(`/api/notifications/${page.items[0]!.id}/read`).expect(200)).body.readAt).toBe(read.body.readAt);
      expect((await unit.get('/api/notifications/unread-count')).body.unread).toBe(unread - 1);

      // The same unit's other person, the office and anyone else: not theirs.
      const colleague = await sut.signIn('canbosngv2');
      for (const agent of [colleague, office, await sut.signIn('quantri')]) {
        const answer = await agent.post(`/api/notifications/${page.items[1]!.id}/read`);
        expect([answer.status, answer.body.code]).toEqual([404, 'NOT_FOUND']);
      }
      expect((await unit.post('/api/notifications/00000000-0000-4000-8000-000000000000/read')).status).toBe(404);
      expect((await db.query(`SELECT read_at FROM notifications WHERE id = $1`, [page.items[1]!.id]))[0].read_at).toBeNull();

      expect((await unit.post('/api/notifications/read-all').expect(200)).body).toEqual({ unread: 0, awaitingReceipt: null });
      expect((await unit.get('/api/notifications')).body.unread).toBe(0);
      expect((await colleague.get('/api/notifications/unread-count')).body.unread).toBeGreaterThan(0);
    });

    it('the office\'s "chờ tiếp nhận" count and queue hold the submitted reports until they are accepted or returned', async () => {
      const cat = reportIdOf('CAT');
      const police = await sut.signIn('congan');
      const before = (await office.get('/api/notifications/unread-count')).body.awaitingReceipt as number;
      await fillReport(police, cat);
      await police.post(`/api/reports/${cat}/submit`).expect(200);
      expect((await office.get('/api/notifications/unread-count')).body.awaitingReceipt).toBe(before + 1);
      const queue = (await office.get('/api/review-queue').expect(200)).body;
      expect(queue.items.find((i: { reportId: string }) => i.reportId === cat)).toMatchObject({
        periodId,
        periodTitle: PERIOD_TITLE,
        agencyName: 'Công an tỉnh',
        versionNumber: 1,
        resubmitted: false,
      });
      await office.post(`/api/reports/${cat}/accept`).expect(200);
      expect((await office.get('/api/notifications/unread-count')).body.awaitingReceipt).toBe(before);
      expect((await office.get('/api/review-queue')).body.items.some((i: { reportId: string }) => i.reportId === cat)).toBe(false);
      expect((await police.get('/api/review-queue')).status).toBe(403);
    });

    it('accepting the period\'s last report tells the office, once, that the summary can be finalized; the units hear nothing of it', async () => {
      // The previous test accepted Công an tỉnh's report after Sở Ngoại vụ's: both of the period's reports are now accepted.
      const summaryReady = async (login: string) => (await notificationsOf(db, login, periodId)).filter((n) => n.kind === 'summary_ready');
      expect(await summaryReady('vanphong')).toEqual([
        { kind: 'summary_ready', link: { to: 'summary', periodId }, params: { periodTitle: PERIOD_TITLE, dueDate: '2022-06-17', acceptedCount: 2 } },
      ]);
      for (const login of ['songoaivu', 'congan', 'lanhdaosngv', 'lanhdao']) expect([login, await summaryReady(login)]).toEqual([login, []]);
      const [mail] = await db.query(
        `SELECT m.subject, m.body, m.agency_id FROM notification_messages m JOIN users u ON u.id = m.recipient_id
          WHERE u.login = 'vanphong' AND m.kind = 'summary_ready' AND m.channel = 'email' AND m.period_id = $1`,
        [periodId],
      );
      expect(mail.subject).toBe(`[Giao Ban] Đã tiếp nhận đủ báo cáo: ${PERIOD_TITLE} — sẵn sàng ban hành báo cáo tổng hợp`);
      expect(mail.body).toContain(`Xem chi tiết: http://giaoban.test/periods/${periodId}/summary`);
      expect(mail.agency_id).toBeNull();
    });

    it('without an SMTP server every e-mail waits in the outbox the administrator reads, in Vietnamese', async () => {
      const emails: { login: string; kind: string; status: string; address: string; subject: string }[] = await db.query(
        `SELECT u.login, m.kind, m.status, m.address, m.subject FROM notification_messages m JOIN users u ON u.id = m.recipient_id
          WHERE m.channel = 'email' AND m.period_id = $1 ORDER BY m.created_at, u.login`,
        [periodId],
      );
      expect(new Set(emails.map((e) => e.status))).toEqual(new Set(['outbox']));
      // Only people with an address: not the head without one, not the deactivated account.
      expect([...new Set(emails.map((e) => e.login))].sort()).toEqual(['canbosngv2', 'congan', 'songoaivu', 'vanphong']);
      expect(emails.find((e) => e.login === 'songoaivu' && e.kind === 'report_returned')).toMatchObject({
        address: 'songoaivu@giaoban.test',
        subject: `[Giao Ban] Báo cáo được trả lại để bổ sung: ${PERIOD_TITLE} (hạn bổ sung 24/06/2022)`,
      });
      // In the app, every message is logged too.
      const [{ in_app }] = await db.query(`SELECT count(*)::int AS in_app FROM notification_messages WHERE channel = 'in_app' AND period_id = $1`, [periodId]);
      const [{ notified }] = await db.query(`SELECT count(*)::int AS notified FROM notifications WHERE period_id = $1`, [periodId]);
      expect(in_app).toBe(notified);

      const admin = await sut.signIn('quantri');
      const outbox = (await admin.get('/api/outbox?status=outbox&pageSize=100').expect(200)).body as { items: MessageLogEntry[]; total: number };
      const returned = outbox.items.find((m) => m.recipientLogin === 'songoaivu' && m.kind === 'report_returned')!;
      expect(returned).toMatchObject({ channel: 'email', status: 'outbox', agencyName: 'Sở Ngoại vụ', periodTitle: PERIOD_TITLE, attempts: 0, lastError: null });
      expect(returned.body).toContain('Lý do: Bổ sung số liệu tin, bài');
      expect(returned.body).toContain(`Xem chi tiết: http://giaoban.test/reports/${reportIdOf('SNGV')}#section-`);
      expect((await admin.get('/api/outbox?status=failed')).body.total).toBe(0);
      expect((await admin.get('/api/outbox?status=unknown')).status).toBe(422);
      expect((await office.get('/api/outbox')).status).toBe(403);
    });

    it('a person who switches e-mail off still gets the notification in the app, and no e-mail; the choice is audited', async () => {
      const police = await sut.signIn('congan');
      expect((await police.get('/api/notifications/preferences')).body).toEqual({ emailEnabled: true, email: 'congan@giaoban.test' });
      expect((await police.patch('/api/notifications/preferences').send({ emailEnabled: false }).expect(200)).body).toEqual({ emailEnabled: false, email: 'congan@giaoban.test' });
      expect((await police.patch('/api/notifications/preferences').send({ emailEnabled: 'no' })).status).toBe(422);
      const count = async (channel: string) =>
        (await db.query(`SELECT count(*)::int AS n FROM notification_messages m JOIN users u ON u.id = m.recipient_id WHERE u.login = 'congan' AND m.channel = $1`, [channel]))[0].n as number;
      const [inApp, email] = [await count('in_app'), await count('email')];
      await office.post(`/api/reports/${reportIdOf('CAT')}/reopen`).send({ reason: 'Mở lại' }).expect(200);
      await police.post(`/api/reports/${reportIdOf('CAT')}/submit`).expect(200);
      await office.post(`/api/reports/${reportIdOf('CAT')}/accept`).expect(200);
      expect([await count('in_app'), await count('email')]).toEqual([inApp + 1, email]);
      const audit = await db.query(`SELECT summary FROM audit_events WHERE action = 'user.notifications_updated' ORDER BY id`);
      expect(audit.map((a: { summary: unknown }) => a.summary)).toEqual([{ changes: { emailEnabled: { from: true, to: false } }, own: true }]);
    });

    it('a unit joining the open period is told as the others were when it opened; they are not told again', async () => {
      const before = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE period_id = $1 AND kind = 'period_opened'`, [periodId]);
      await office.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [await agencyIdByCode(sut, 'BINHLIEU')] }).expect(201);
      const told = await notificationsOf(db, 'binhlieu', periodId);
      expect(told).toEqual([{ kind: 'period_opened', link: { to: 'report', reportId: expect.any(String) }, params: { periodTitle: PERIOD_TITLE, dueDate: '2022-06-17' } }]);
      const after = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE period_id = $1 AND kind = 'period_opened'`, [periodId]);
      expect(after[0].n).toBe(before[0].n + 1);
    });

    it('two accepts of a period\'s last two reports at once tell the office exactly once', async () => {
      const next = await openNewPeriod(sut, office, ['SNGV', 'CAT'], { year: 2023 });
      const police = await sut.signIn('congan');
      for (const [agent, code] of [[unit, 'SNGV'], [police, 'CAT']] as const) {
        await fillReport(agent, next.reportIdOf(code));
        await agent.post(`/api/reports/${next.reportIdOf(code)}/submit`).expect(200);
      }
      const accepts = await Promise.all(['SNGV', 'CAT'].map((code) => office.post(`/api/reports/${next.reportIdOf(code)}/accept`)));
      expect(accepts.map((a) => a.status)).toEqual([200, 200]);
      const told = (await notificationsOf(db, 'vanphong', next.periodId)).filter((n) => n.kind === 'summary_ready');
      expect(told).toEqual([{ kind: 'summary_ready', link: { to: 'summary', periodId: next.periodId }, params: expect.objectContaining({ acceptedCount: 2 }) }]);
    });
  });

  describe('e-mail through a real SMTP server (smtp-server)', () => {
    let receiver: SmtpReceiver;
    let sut: TestApp;

    beforeAll(async () => {
      receiver = await startSmtpReceiver();
      sut = await startTestApp({ config: { mail: { smtp: receiver.smtp, from: 'Giao Ban <giaoban@giaoban.test>', retryLimit: 2, retryDelaySeconds: 1 } } });
      await sut.app.get(DataSource).query(`UPDATE users SET email = login || '@giaoban.test' WHERE login IN ('songoaivu', 'congan')`);
    });
    afterAll(async () => {
      await sut.close();
      await receiver.close();
    });

    it('delivers the Vietnamese subject and body with the period, the due date and the link, and logs it sent', async () => {
      const office = await sut.signIn('vanphong');
      const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
      const mails = await eventually('mails received', async () => receiver.mails.length, (n) => n >= 2);
      expect(mails).toBe(2);
      const toSngv = receiver.mails.find((m) => m.to[0] === 'songoaivu@giaoban.test')!;
      expect(toSngv.subject).toBe(`[Giao Ban] Kỳ báo cáo đã mở: ${PERIOD_TITLE} (hạn gửi 17/06/2022)`);
      expect(toSngv.headers.get('from')).toBe('Giao Ban <giaoban@giaoban.test>');
      expect(toSngv.text).toContain('Kính gửi Cán bộ đầu mối Sở Ngoại vụ,');
      expect(toSngv.text).toContain(`Cơ quan thường trực đã mở kỳ báo cáo "${PERIOD_TITLE}"`);
      expect(toSngv.text).toContain('Thời hạn gửi báo cáo: 17/06/2022');
      expect(toSngv.text).toContain(`Xem chi tiết: http://giaoban.test/reports/${reportIdOf('SNGV')}`);
      const log = await eventually(
        'log written',
        () => sut.app.get(DataSource).query(`SELECT status, attempts, last_error, sent_at FROM notification_messages WHERE channel = 'email' AND period_id = $1`, [periodId]),
        (rows: { status: string }[]) => rows.every((r) => r.status === 'sent'),
      );
      expect(log).toEqual([0, 1].map(() => ({ status: 'sent', attempts: 1, last_error: null, sent_at: expect.any(Date) })));
    });

    it('notify() inside a transaction: a reminder to a unit is logged with the unit and period and mailed after commit; a rolled-back one leaves nothing', async () => {
      const db = sut.app.get(DataSource);
      const notifications = sut.app.get(NotificationsService);
      const [{ id: periodId }] = await db.query(`SELECT id FROM reporting_periods WHERE title = $1`, [PERIOD_TITLE]);
      const agencyId = await agencyIdByCode(sut, 'CAT');
      const reminder = (daysLeft: number) => ({
        event: { kind: 'reminder' as const, params: { periodTitle: PERIOD_TITLE, dueDate: '2022-06-17', daysLeft }, link: { to: 'period' as const, periodId } },
        audience: { unit: agencyId },
        periodId,
        agencyId,
      });
      const jobs = async () => Number((await db.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'email'`))[0].n);
      const jobsBefore = await jobs();
      await expect(
        db.transaction(async (tx) => {
          await notifications.notify(tx, [reminder(-1)]);
          throw new Error('the caller fails after notifying');
        }),
      ).rejects.toThrow('the caller fails');
      expect(await jobs()).toBe(jobsBefore);

      expect(await db.transaction((tx) => notifications.notify(tx, [reminder(3)]))).toBe(1);
      const mail = await eventually('reminder received', async () => receiver.mails.find((m) => m.subject.includes('Nhắc hạn')), (m) => m !== undefined);
      expect(mail!.subject).toBe(`[Giao Ban] Nhắc hạn: còn 3 ngày để gửi ${PERIOD_TITLE} (hạn 17/06/2022)`);
      expect(mail!.to).toEqual(['congan@giaoban.test']);
      const logged = await db.query(`SELECT channel, kind, agency_id, period_id FROM notification_messages WHERE kind = 'reminder' ORDER BY channel`);
      expect(logged).toEqual([
        { channel: 'email', kind: 'reminder', agency_id: agencyId, period_id: periodId },
        { channel: 'in_app', kind: 'reminder', agency_id: agencyId, period_id: periodId },
      ]);
      expect(receiver.mails.filter((m) => m.subject.includes('quá hạn'))).toEqual([]);
    });
  });

  describe('a refusing SMTP server, restarts and several API processes', () => {
    it('a refused e-mail is retried with growing waits, then marked failed with the server\'s reason, visible in the log', async () => {
      const receiver = await startSmtpReceiver({ refuse: true });
      const sut = await startTestApp({ config: { mail: { smtp: receiver.smtp, from: 'giaoban@giaoban.test', retryLimit: 2, retryDelaySeconds: 1 } } });
      try {
        const db = sut.app.get(DataSource);
        await db.query(`UPDATE users SET email = 'songoaivu@giaoban.test' WHERE login = 'songoaivu'`);
        const office = await sut.signIn('vanphong');
        const { periodId } = await openNewPeriod(sut, office, ['SNGV']);
        const [failed] = await eventually(
          'e-mail failed',
          () => db.query(`SELECT status, attempts, last_error FROM notification_messages WHERE channel = 'email' AND period_id = $1`, [periodId]),
          (rows: { status: string }[]) => rows[0]?.status === 'failed',
          30_000,
        );
        expect(failed).toEqual({ status: 'failed', attempts: 3, last_error: expect.stringContaining('550 5.1.1 Mailbox unavailable') });
        // Three tries; the second wait at least twice the first delay (backoff).
        expect(receiver.refusals).toHaveLength(3);
        const [first, second, third] = receiver.refusals as [number, number, number];
        expect(second - first).toBeGreaterThanOrEqual(1000);
        expect(third - second).toBeGreaterThanOrEqual(2000);
        const admin = await sut.signIn('quantri');
        const log = (await admin.get('/api/outbox?status=failed').expect(200)).body.items as MessageLogEntry[];
        expect(log.map((m) => [m.recipientLogin, m.attempts, m.lastError?.includes('550')])).toEqual([['songoaivu', 3, true]]);
      } finally {
        await sut.close();
        await receiver.close();
      }
    }, 60_000);

    it('a queued e-mail survives the restart of the API; two processes on one database send each e-mail once', async () => {
      const receiver = await startSmtpReceiver();
      // Nothing listens here yet: the first try fails and the job waits for its retry.
      const closedPort = { ...receiver.smtp, port: 1 };
      const first = await startTestApp({ config: { mail: { smtp: closedPort, from: 'giaoban@giaoban.test', retryLimit: 3, retryDelaySeconds: 1 } } });
      const db = first.app.get(DataSource);
      const databaseUrl = first.databaseUrl;
      await db.query(`UPDATE users SET email = login || '@giaoban.test' WHERE role IN ('agency_reporter', 'office')`);
      const office = await first.signIn('vanphong');
      const { periodId } = await openNewPeriod(first, office, ['SNGV']);
      const emailsOf = (app: TestApp, id: string): Promise<{ id: string; status: string; attempts: number }[]> =>
        app.app.get(DataSource).query(`SELECT id, status, attempts FROM notification_messages WHERE channel = 'email' AND period_id = $1 ORDER BY id`, [id]);
      await eventually('first try failed', () => emailsOf(first, periodId), (rows) => rows.length === 1 && rows[0]!.attempts === 1);
      await first.close();

      const config = { mail: { smtp: receiver.smtp, from: 'giaoban@giaoban.test', retryLimit: 3, retryDelaySeconds: 1 } };
      const [a, b] = [await startTestApp({ databaseUrl, config }), await startTestApp({ databaseUrl, config })];
      try {
        const [restarted] = await eventually('sent after the restart', () => emailsOf(a, periodId), (rows) => rows[0]?.status === 'sent');
        expect(restarted).toMatchObject({ status: 'sent', attempts: 2 });

        // Many e-mails at once (every unit's reporter and the office, for a second period), with both processes working.
        const office2 = await a.signIn('vanphong');
        const units = ['STTTT', 'TTTT', 'BXTDT', 'LDLD', 'CAT', 'BINHLIEU', 'BQLKKT'];
        const { periodId: second } = await openNewPeriod(a, office2, units, { year: 2023 });
        const sent = await eventually('all sent', () => emailsOf(a, second), (rows) => rows.length === units.length && rows.every((r) => r.status === 'sent'));
        expect(sent.map((r) => r.attempts)).toEqual(units.map(() => 1));
        const received = receiver.mails.filter((m) => m.subject.includes('2023'));
        expect(received).toHaveLength(units.length);
        expect(new Set(received.map((m) => m.to[0])).size).toBe(units.length);
      } finally {
        await a.close();
        await b.close();
        await receiver.close();
      }
    }, 90_000);
  });
});
