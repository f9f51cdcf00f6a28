import type { DemoClockState } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { listRoutes } from '../src/common/routes/route-table.js';
import { APP_CONFIG, type AppConfig } from '../src/config/env.schema.js';
import { demoEmail } from '../src/database/seeds/demo-data.js';
import { prepareData } from '../src/startup.js';
import { demoPeriodId, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const MINUTE = 60_000;

/**
 * The demo clock (issue #12's acceptance): only in demo mode (`npm start`), only the
 * administrator, moved forward and back, kept across a restart, and read by every service.
 */
describe('demo clock', () => {
  describe('outside demo mode (production, docker compose)', () => {
    let sut: TestApp;
    beforeAll(async () => {
      sut = await startTestApp();
    });
    afterAll(() => sut.close());

    it('the route does not exist: 404 NOT_FOUND for everyone, signed in or not', async () => {
      expect(listRoutes(sut.app).filter((r) => r.path.startsWith('/api/demo-clock'))).toEqual([]);
      const admin = await sut.signIn('quantri');
      const answers = [
        await sut.http().get('/api/demo-clock'),
        await sut.http().put('/api/demo-clock').send({ now: null }),
        await admin.get('/api/demo-clock'),
        await admin.put('/api/demo-clock').send({ now: '2021-12-14T09:00:00+07:00' }),
      ];
      expect(answers.map((a) => [a.status, a.body.code])).toEqual(answers.map(() => [404, 'NOT_FOUND']));
      // Outside demo mode the app's time is the clock's own.
      expect(answers.map((a) => a.headers['x-app-time'])).toEqual(answers.map(() => sut.clock.now().toISOString()));
    });
  });

  describe('a demo loaded into an empty database (a first `npm start`)', () => {
    const start = async (demoMode: boolean, databaseUrl?: string) => {
      const sut = await startTestApp({ demo: false, databaseUrl, config: { demoMode } });
      await prepareData(sut.app, sut.app.get<AppConfig>(APP_CONFIG), { demoWhenEmpty: true });
      return sut;
    };

    it('opens on its story\'s day with the demo clock on; a second start keeps the clock where it is', async () => {
      const sut = await start(true);
      try {
        const health = await sut.http().get('/api/health').expect(200);
        expect(health.headers['x-app-time']).toBe('2021-12-20T03:00:00.000Z');
        const admin = await sut.signIn('quantri');
        await admin.put('/api/demo-clock').send({ now: '2021-12-23T09:00:00+07:00' }).expect(200);
        const again = await start(true, sut.databaseUrl);
        try {
          expect((await again.http().get('/api/health').expect(200)).headers['x-app-time']).toBe('2021-12-23T02:00:00.000Z');
        } finally {
          await again.close();
        }
      } finally {
        await sut.close();
      }
    });

    it('keeps the real time without the demo clock (DEMO_MODE=false)', async () => {
      const sut = await start(false);
      try {
        const answer = await sut.http().get('/api/health').expect(200);
        expect(answer.headers['x-app-time']).toBe(sut.clock.now().toISOString());
        expect(await sut.app.get(DataSource).query(`SELECT count(*)::int AS n FROM reporting_periods`)).toEqual([{ n: 1 }]);
      } finally {
        await sut.close();
      }
    });
  });

  describe('in demo mode', () => {
    let sut: TestApp;
    let db: DataSource;
    let admin: TestAgent;
    const realNow = () => sut.clock.now().getTime();
    const demoClockAudit = async (): Promise<{ action: string; actor_role: string; summary: { before: DemoClockState; after: DemoClockState } }[]> =>
      db.query(`SELECT action, actor_role, summary FROM audit_events WHERE object_type = 'demo_clock' ORDER BY id`);

    beforeAll(async () => {
      sut = await startTestApp({ config: { demoMode: true } });
      db = sut.app.get(DataSource);
      admin = await sut.signIn('quantri');
    });
    afterAll(() => sut.close());

    it('is the administrator\'s alone', async () => {
      const routes = listRoutes(sut.app).filter((r) => r.path.startsWith('/api/demo-clock'));
      expect(routes.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.roles)}`).sort()).toEqual(['GET /api/demo-clock ["admin"]', 'PUT /api/demo-clock ["admin"]']);
      for (const login of ['vanphong', 'lanhdao', 'songoaivu']) {
        const agent = await sut.signIn(login);
        expect((await agent.get('/api/demo-clock')).status).toBe(403);
        expect((await agent.put('/api/demo-clock').send({ now: '2021-12-14T09:00:00+07:00' })).status).toBe(403);
      }
      expect((await sut.http().get('/api/demo-clock')).status).toBe(401);
      expect((await admin.get('/api/demo-clock').expect(200)).body).toEqual({ now: new Date(realNow()).toISOString(), offsetMinutes: 0 });
    });

    it('moves forward and back, reads back what was set, and every service takes its time', async () => {
      const forward = await admin.put('/api/demo-clock').send({ now: '2021-12-14T09:00:00+07:00' }).expect(200);
      expect(forward.body).toEqual({ now: '2021-12-14T02:00:00.000Z', offsetMinutes: (Date.parse('2021-12-14T02:00:00Z') - realNow()) / MINUTE });
      expect((await admin.get('/api/demo-clock').expect(200)).body).toEqual(forward.body);
      // Every answer says the app's time, a refusal before sign-in too: the web app reckons "today" from it.
      expect((await sut.http().get('/api/auth/me').expect(401)).headers['x-app-time']).toBe('2021-12-14T02:00:00.000Z');
      expect((await admin.get('/api/periods').expect(200)).headers['x-app-time']).toBe('2021-12-14T02:00:00.000Z');

      // Another module's "this year" follows the demo clock.
      await admin.put('/api/demo-clock').send({ now: '2027-03-01T08:00:00+07:00' }).expect(200);
      expect((await admin.get('/api/settings/holidays').expect(200)).body.year).toBe(2027);

      const back = await admin.put('/api/demo-clock').send({ now: '2021-11-01T00:00:00Z' }).expect(200);
      expect(back.body.now).toBe('2021-11-01T00:00:00.000Z');
      expect(back.body.offsetMinutes).toBeLessThan(0);

      const real = await admin.put('/api/demo-clock').send({ now: null }).expect(200);
      expect(real.body).toEqual({ now: new Date(realNow()).toISOString(), offsetMinutes: 0 });

      const audit = await demoClockAudit();
      expect(audit.map((e) => [e.action, e.actor_role, e.summary.after.now])).toEqual([
        ['demo_clock.set', 'admin', '2021-12-14T02:00:00.000Z'],
        ['demo_clock.set', 'admin', '2027-03-01T01:00:00.000Z'],
        ['demo_clock.set', 'admin', '2021-11-01T00:00:00.000Z'],
        ['demo_clock.set', 'admin', new Date(realNow()).toISOString()],
      ]);
      expect(audit[1]!.summary.before.now).toBe('2021-12-14T02:00:00.000Z');
    });

    it('moves the open sessions with it: with the sessions of a real start (12 h, 2 h idle) a jump of months signs nobody out', async () => {
      const real = await startTestApp({ databaseUrl: sut.databaseUrl, config: { demoMode: true, sessionTtlHours: 12, sessionIdleMinutes: 120 } });
      try {
        const [quantri, reporter] = [await real.signIn('quantri'), await real.signIn('songoaivu')];
        const appNow = Date.parse((await quantri.get('/api/demo-clock').expect(200)).body.now);
        const forward = await quantri.put('/api/demo-clock').send({ now: new Date(appNow + 180 * 24 * 3_600_000).toISOString() }).expect(200);
        expect(forward.body.offsetMinutes).toBeGreaterThan(179 * 24 * 60);
        expect((await reporter.get('/api/profile')).status).toBe(200);
        await quantri.put('/api/demo-clock').send({ now: null }).expect(200);
        expect((await reporter.get('/api/profile')).status).toBe(200);
      } finally {
        await real.close();
      }
    });

    it('refuses what is not an instant with its time zone (422 on `now`), and changes nothing', async () => {
      await admin.put('/api/demo-clock').send({ now: '2021-12-14T09:00:00+07:00' }).expect(200);
      for (const now of ['ngày mai', '2021-12-14', '2021-12-14T09:00:00', '2021-02-30T09:00:00Z', '2200-01-01T00:00:00Z', 1639447200000, true, undefined]) {
        const answer = await admin.put('/api/demo-clock').send(now === undefined ? {} : { now });
        expect([answer.status, answer.body.code, answer.body.details.map((d: { field: string }) => d.field)]).toEqual([422, 'VALIDATION_FAILED', ['now']]);
      }
      expect((await admin.put('/api/demo-clock').send({ now: null, extra: 1 })).status).toBe(422);
      expect((await admin.get('/api/demo-clock').expect(200)).body.now).toBe('2021-12-14T02:00:00.000Z');
    });

    it('is kept in the database: a restart of the app on the same database keeps the demo\'s time', async () => {
      await admin.put('/api/demo-clock').send({ now: '2021-12-17T10:30:00+07:00' }).expect(200);
      const offsetMinutes = (Date.parse('2021-12-17T03:30:00Z') - realNow()) / MINUTE;
      await sut.close();
      sut = await startTestApp({ databaseUrl: sut.databaseUrl, config: { demoMode: true } });
      db = sut.app.get(DataSource);
      admin = await sut.signIn('quantri');
      expect((await admin.get('/api/demo-clock').expect(200)).body).toEqual({ now: '2021-12-17T03:30:00.000Z', offsetMinutes });
    });

    it('moving it past a reminder date sends the reminders a person would expect, in the bell and the outbox, once', async () => {
      await admin.put('/api/demo-clock').send({ now: null }).expect(200);
      const office = await sut.signIn('vanphong');
      await office.post(`/api/periods/${await demoPeriodId(sut)}/close`).expect(200);
      // Due 17/06/2022, opened on 20/05; the real clock stands at 01/06/2022 09:00 in Vietnam.
      const { periodId } = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
      // Every demo account has an address, so e-mail goes to the outbox too; Công an's reporter switches e-mail off.
      await (await sut.signIn('congan')).patch('/api/notifications/preferences').send({ emailEnabled: false }).expect(200);
      const sent = async (kind: string) =>
        (
          await db.query(
            `SELECT u.login, n.params->>'daysLeft' AS "daysLeft",
                    (SELECT count(*)::int FROM notification_messages m WHERE m.notification_id = n.id AND m.channel = 'email') AS emails
               FROM notifications n JOIN users u ON u.id = n.recipient_id
              WHERE n.kind = $1 AND n.period_id = $2 ORDER BY u.login, n.created_at`,
            [kind, periodId],
          )
        ).map((r: { login: string; daysLeft: string | null; emails: number }) => `${r.login} ${r.daysLeft ?? '-'} ${r.emails}`);
      await admin.put('/api/demo-clock').send({ now: '2022-06-09T09:00:00+07:00' }).expect(200);
      expect(await sent('reminder')).toEqual([]);

      // Seven days before: each unit's reporter in the app, and by e-mail who has an address (the outbox, without SMTP).
      await admin.put('/api/demo-clock').send({ now: '2022-06-10T09:00:00+07:00' }).expect(200);
      expect(await sent('reminder')).toEqual(['congan 7 0', 'songoaivu 7 1']);
      const bell = await (await sut.signIn('songoaivu')).get('/api/notifications').expect(200);
      expect(bell.body.items.filter((n: { kind: string }) => n.kind === 'reminder')).toHaveLength(1);

      // Three days late: the rung of day +3 again to the unit's people, and one digest to the office.
      await admin.put('/api/demo-clock').send({ now: '2022-06-20T09:00:00+07:00' }).expect(200);
      expect(await sent('reminder')).toEqual(['congan 7 0', 'congan -3 0', 'songoaivu 7 1', 'songoaivu -3 1']);
      expect(await sent('overdue_digest')).toEqual(['vanphong - 1']);
      const outbox = await admin.get('/api/outbox').expect(200);
      const reminded = (outbox.body.items as { address: string; kind: string; periodId: string }[]).filter((m) => m.periodId === periodId && m.kind === 'reminder');
      expect(reminded.map((m) => m.address)).toEqual([demoEmail('songoaivu'), demoEmail('songoaivu')]);

      // Back to a rung already sent, and forward again: nothing twice.
      await admin.put('/api/demo-clock').send({ now: '2022-06-10T10:00:00+07:00' }).expect(200);
      await admin.put('/api/demo-clock').send({ now: '2022-06-20T10:00:00+07:00' }).expect(200);
      expect(await sent('reminder')).toHaveLength(4);
      expect(await sent('overdue_digest')).toHaveLength(1);
    });
  });
});
