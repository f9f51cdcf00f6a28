import type { BulletinIssueSummary, BulletinItem } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { RemindersService } from '../src/modules/reminders/reminders.service.js';
import { startSmtpReceiver, type SmtpReceiver } from './helpers/smtp-receiver.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** 09:00 in Vietnam on a local date. */
const at = (date: string) => `${date}T02:00:00Z`;

/** Waits until `check` holds (the e-mail jobs run on their own), or fails after `ms`. */
async function eventually<T>(what: string, read: () => T, check: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bulletin notifications and reminders (issue #16), e-mail through a real SMTP server', () => {
  let receiver: SmtpReceiver;
  let sut: TestApp;
  let db: DataSource;
  let office: TestAgent;
  let sngv: TestAgent;
  let reminders: RemindersService;
  let no13: BulletinIssueSummary; // Số 13/2023: window 01/07–10/07/2023 (a Monday)
  let no14: BulletinIssueSummary; // Số 14/2023: window 16/07–25/07/2023

  /** The bulletin's notifications of an issue as people got them: "login kind detail". */
  const told = async (issueId: string, kinds: string[]): Promise<string[]> => {
    const rows: { login: string; kind: string; params: Record<string, unknown> }[] = await db.query(
      `SELECT u.login, n.kind, n.params FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.kind = ANY($2::text[]) AND (n.link->>'issueId' = $1::text OR n.link->>'itemId' IN (SELECT id::text FROM bulletin_items WHERE issue_id::text = $1::text))
        ORDER BY n.created_at, u.login`,
      [issueId, kinds],
    );
    return rows.map((r) => `${r.login} ${r.kind}${r.params.daysLeft !== undefined ? ` ${r.params.daysLeft}` : ''}`);
  };
  const sweep = async () => {
    const { units } = await reminders.sweepBulletins();
    return { queued: units, ...(await reminders.deliverBulletins()) };
  };
  const sentItem = async (agent: TestAgent, issueId: string, title: string): Promise<BulletinItem> => {
    const created: BulletinItem = (await agent.post(`/api/bulletin-issues/${issueId}/items`).send({ kind: 'news', title }).expect(201)).body;
    await agent
      .put(`/api/bulletin-items/${created.id}`)
      .send({ kind: 'news', title, sapo: '', body: 'Nội dung tin.', eventDate: null, eventPlace: 'Hạ Long', links: [], expectedRevision: created.revision })
      .expect(200);
    return (await agent.post(`/api/bulletin-items/${created.id}/submit`).expect(200)).body;
  };

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    sut = await startTestApp({ config: { mail: { smtp: receiver.smtp, from: 'Giao Ban <giaoban@giaoban.test>', retryLimit: 2, retryDelaySeconds: 1 } } });
    db = sut.app.get(DataSource);
    reminders = sut.app.get(RemindersService);
    // Two addresses only: the mails this spec waits for are not queued behind every demo unit's.
    await db.query(`UPDATE users SET email = CASE WHEN login IN ('songoaivu', 'vanphong') THEN login || '@giaoban.test' END`);
    [office, sngv] = await Promise.all(['vanphong', 'songoaivu'].map((login) => sut.signIn(login)));
    sut.clock.set(at('2023-06-20'));
    const planned: BulletinIssueSummary[] = (await office.post('/api/bulletin-issues/plan').send({ year: 2023, firstNumber: 1, deadlineDays: [10, 25], windowDays: 10 }).expect(201)).body;
    [no13, no14] = [13, 14].map((n) => planned.find((i) => i.number === n)!);
    expect([no13.windowStart, no13.deadline, no14.windowStart]).toEqual(['2023-07-01', '2023-07-10', '2023-07-16']);
  });
  afterAll(async () => {
    await sut.close();
    await receiver.close();
  });

  it('tells the units when a window opens by its date, once; reminds before the deadline only those that sent nothing, once per rung', async () => {
    sut.clock.set(at('2023-06-30'));
    expect(await sweep()).toEqual({ queued: 0, units: 0, messages: 0 });
    expect(await told(no13.id, ['bulletin_window_opened'])).toEqual([]);

    sut.clock.set(at('2023-07-01'));
    await sweep();
    const opened = await told(no13.id, ['bulletin_window_opened']);
    expect(opened).toEqual(expect.arrayContaining(['songoaivu bulletin_window_opened', 'congan bulletin_window_opened', 'binhlieu bulletin_window_opened']));
    expect(opened.filter((o) => o.startsWith('vanphong') || o.startsWith('quantri') || o.startsWith('lanhdao'))).toEqual([]);
    await sweep();
    expect(await told(no13.id, ['bulletin_window_opened'])).toEqual(opened);
    const mail = await eventually('the window e-mail', () => receiver.mails.find((m) => m.to[0] === 'songoaivu@giaoban.test'), (m) => m !== undefined);
    expect(mail!.subject).toBe('[Giao Ban] Bản tin Số 13/2023 nhận tin, bài đến 10/07/2023');
    expect(mail!.text).toContain('Bản tin: Số 13/2023');
    expect(mail!.text).toContain(`Xem chi tiết: http://giaoban.test/bulletin/issues/${no13.id}`);

    // Sở Ngoại vụ sends an item on the 2nd; the ladder's first rung (7 days before) is the 3rd.
    sut.clock.set(at('2023-07-02'));
    await sentItem(sngv, no13.id, 'Đón đoàn Quảng Tây');
    sut.clock.set(at('2023-07-03'));
    const first = await sweep();
    expect(first.queued).toBe(first.units);
    const rung7 = await told(no13.id, ['bulletin_reminder']);
    expect(rung7).toEqual(expect.arrayContaining(['congan bulletin_reminder 7', 'binhlieu bulletin_reminder 7']));
    expect(rung7.filter((r) => r.startsWith('songoaivu'))).toEqual([]);
    expect(await sweep()).toEqual({ queued: 0, units: 0, messages: 0 });

    // The 3-day rung, the deadline's own; after the deadline the issue is edited: no overdue rungs.
    for (const day of ['2023-07-07', '2023-07-10', '2023-07-11', '2023-07-13']) {
      sut.clock.set(at(day));
      await sweep();
    }
    const all = await told(no13.id, ['bulletin_reminder']);
    expect(all.filter((r) => r.startsWith('congan'))).toEqual(['congan bulletin_reminder 7', 'congan bulletin_reminder 3', 'congan bulletin_reminder 0']);
    expect(all.every((r) => Number(r.split(' ')[2]) >= 0)).toBe(true);
  });

  it('tells the units at once when the office opens a window by hand, and the sweep does not tell them again', async () => {
    sut.clock.set(at('2023-07-12'));
    await office.patch(`/api/bulletin-issues/${no14.id}`).send({ windowOverride: 'open' }).expect(200);
    const opened = await told(no14.id, ['bulletin_window_opened']);
    expect(opened).toEqual(expect.arrayContaining(['songoaivu bulletin_window_opened', 'congan bulletin_window_opened']));
    await sweep();
    expect(await told(no14.id, ['bulletin_window_opened'])).toEqual(opened);
  });

  it('tells the office of each item sent, the unit of its return with the reason and of its acceptance, each pointed at the item', async () => {
    // A minute between steps, so the notifications' times give their order.
    const minute = (m: number) => sut.clock.set(`2023-07-13T02:0${m}:00Z`);
    minute(0);
    const item = await sentItem(sngv, no14.id, 'Hội nghị hợp tác biên giới');
    minute(1);
    await office.post(`/api/bulletin-items/${item.id}/return`).send({ reason: 'Bổ sung ảnh hội nghị.' }).expect(200);
    minute(2);
    await sngv.post(`/api/bulletin-items/${item.id}/submit`).expect(200);
    minute(3);
    await office.post(`/api/bulletin-items/${item.id}/accept`).send({ section: 'Tin trong tỉnh' }).expect(200);
    minute(4);
    await office.post(`/api/bulletin-items/${item.id}/accept`).send({ section: 'Hợp tác quốc tế' }).expect(200);
    const rows: { login: string; kind: string; params: Record<string, unknown>; link: Record<string, unknown> }[] = await db.query(
      `SELECT u.login, n.kind, n.params, n.link FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.link->>'itemId' = $1 AND u.login IN ('vanphong', 'songoaivu') ORDER BY n.created_at, u.login`,
      [item.id],
    );
    const link = { to: 'bulletin_item', itemId: item.id };
    const base = { issueLabel: 'Số 14/2023', itemTitle: 'Hội nghị hợp tác biên giới' };
    expect(rows).toEqual([
      { login: 'vanphong', kind: 'bulletin_item_submitted', params: { ...base, deadline: '2023-07-25', agencyName: 'Sở Ngoại vụ', resubmitted: false }, link },
      { login: 'songoaivu', kind: 'bulletin_item_returned', params: { ...base, deadline: '2023-07-25', reason: 'Bổ sung ảnh hội nghị.' }, link },
      { login: 'vanphong', kind: 'bulletin_item_submitted', params: { ...base, deadline: '2023-07-25', agencyName: 'Sở Ngoại vụ', resubmitted: true }, link },
      { login: 'songoaivu', kind: 'bulletin_item_accepted', params: { ...base, section: 'Tin trong tỉnh' }, link },
    ]);
    const returned = await eventually('the return e-mail', () => receiver.mails.find((m) => m.subject.includes('trả lại')), (m) => m !== undefined);
    expect(returned!.to).toEqual(['songoaivu@giaoban.test']);
    expect(returned!.subject).toBe('[Giao Ban] Tin, bài được trả lại để chỉnh sửa: Hội nghị hợp tác biên giới');
    expect(returned!.text).toContain('Lý do: Bổ sung ảnh hội nghị.');
    expect(returned!.text).toContain(`Xem chi tiết: http://giaoban.test/bulletin/items/${item.id}`);
    const logged = await db.query(`SELECT DISTINCT agency_id, period_id FROM notification_messages WHERE notification_id IN (SELECT id FROM notifications WHERE link->>'itemId' = $1)`, [item.id]);
    expect(logged).toEqual([{ agency_id: item.agencyId, period_id: null }]);
  });
});
