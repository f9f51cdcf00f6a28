import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Two API instances on one database, as behind a load balancer: a sign-out or a deactivation made
 * through one ends the session on the other at once, though the other remembers the session (its
 * clock stands still, so the few seconds it trusts a resolved session never pass).
 */
describe('two API instances on one database', () => {
  let one: TestApp;
  let other: TestApp;

  beforeAll(async () => {
    one = await startTestApp();
    other = await startTestApp({ databaseUrl: one.databaseUrl });
  });
  afterAll(async () => {
    await other.close();
    await one.close();
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
});
