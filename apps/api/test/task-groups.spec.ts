import { defaultTaskGroupShortName, TASK_GROUP_SHORT_NAME_MAX_LENGTH, type TaskGroup } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { TaskGroupShortNames1764610000000 } from '../src/database/migrations/1764610000000-task-group-short-names.js';
import { DEMO_PERIOD } from '../src/database/seeds/demo-data.js';
import { demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The task groups of a draft period through the API, on PostgreSQL: numbering stays 1, 2, … after
 * a removal and a reorder, an edit replaces the indicators, and a copied period gets the groups and
 * indicators of its source in order. Each group has a short name for the dashboard: given by the
 * office or made from the title, checked by the shared rule, copied with the period.
 */
describe('task groups of a draft period', () => {
  let sut: TestApp;
  let office: TestAgent;
  let sequence = 0;

  const indicator = (name: string) => ({ name, unit: 'tin/bài', aggregation: 'sum', integerOnly: true, target: null });

  async function draftPeriod(copyFromPeriodId: string | null = null): Promise<string> {
    const response = await office
      .post('/api/periods')
      .send({ title: `Kỳ thử nhóm nhiệm vụ ${++sequence}`, kind: 'ad_hoc', year: 2022, sequence: null, cutOffFrom: '2021-12-15', cutOffTo: '2022-06-14', dueDate: '2022-06-17', requiresHeadApproval: false, copyFromPeriodId })
      .expect(201);
    return response.body.id;
  }

  async function groupsOf(periodId: string): Promise<TaskGroup[]> {
    return (await office.get(`/api/periods/${periodId}/task-groups`).expect(200)).body.items;
  }

  const numbered = (groups: TaskGroup[]) => groups.map((group) => `${group.ordinal}. ${group.title}`);

  beforeAll(async () => {
    sut = await startTestApp();
    sut.clock.set('2022-06-01T09:00:00+07:00');
    office = await sut.signIn('vanphong');
  });

  afterAll(async () => {
    await sut.close();
  });

  it('numbers the groups after a removal and a reorder without gaps', async () => {
    const periodId = await draftPeriod();
    const ids: string[] = [];
    for (const title of ['Nhóm thứ nhất', 'Nhóm thứ hai', 'Nhóm thứ ba', 'Nhóm thứ tư']) {
      ids.push((await office.post(`/api/periods/${periodId}/task-groups`).send({ title, indicators: [] }).expect(201)).body.id);
    }
    await office.delete(`/api/periods/${periodId}/task-groups/${ids[1]}`).expect(204);
    expect(numbered(await groupsOf(periodId))).toEqual(['1. Nhóm thứ nhất', '2. Nhóm thứ ba', '3. Nhóm thứ tư']);

    const reordered = await office.put(`/api/periods/${periodId}/task-groups/order`).send({ taskGroupIds: [ids[3], ids[0], ids[2]] }).expect(200);
    expect(numbered(reordered.body)).toEqual(['1. Nhóm thứ tư', '2. Nhóm thứ nhất', '3. Nhóm thứ ba']);

    await office.put(`/api/periods/${periodId}/task-groups/order`).send({ taskGroupIds: [ids[3], ids[0]] }).expect(422);
  });

  it('replaces the indicators of an edited group, in the order given', async () => {
    const periodId = await draftPeriod();
    const added = await office
      .post(`/api/periods/${periodId}/task-groups`)
      .send({ title: 'Nhóm có chỉ tiêu', indicators: [indicator('Tin, bài'), indicator('Hội nghị')] })
      .expect(201);
    const edited = await office
      .put(`/api/periods/${periodId}/task-groups/${added.body.id}`)
      .send({ title: '  Nhóm đã sửa  ', indicators: [indicator('Đoàn ra'), indicator('Đoàn vào'), indicator('Hội nghị')] })
      .expect(200);
    expect(edited.body.title).toBe('Nhóm đã sửa');
    expect(edited.body.indicators.map((i: { name: string; ordinal: number }) => `${i.ordinal}. ${i.name}`)).toEqual(['1. Đoàn ra', '2. Đoàn vào', '3. Hội nghị']);
  });

  it('gives a copied period the groups and indicators of its source', async () => {
    const sourceId = await demoPeriodId(sut);
    const source = await groupsOf(sourceId);
    const copy = await groupsOf(await draftPeriod(sourceId));
    const shape = (groups: TaskGroup[]) =>
      groups.map((group) => ({ ordinal: group.ordinal, title: group.title, shortName: group.shortName, indicators: group.indicators.map((i) => [i.ordinal, i.name, i.unit, i.target]) }));
    expect(source.length).toBeGreaterThan(0);
    expect(shape(copy)).toEqual(shape(source));
    expect(copy.map((group) => group.shortName)).toEqual(DEMO_PERIOD.taskGroups.map((group) => group.shortName));
  });

  describe('short names', () => {
    const audited = async (periodId: string, action: string): Promise<Record<string, unknown>[]> =>
      (
        await sut.app
          .get(DataSource)
          .query(`SELECT summary FROM audit_events WHERE period_id = $1 AND action = $2 ORDER BY id`, [periodId, action])
      ).map((row: { summary: Record<string, unknown> }) => row.summary);
    const refusal = (body: { code: string; details?: { field: string; constraints: object }[] }) => [
      body.code,
      ...(body.details ?? []).map((d) => `${d.field}.${Object.keys(d.constraints).join('+')}`),
    ];

    it('the demo period has eight a leader can tell apart, none longer than 40 characters', async () => {
      const names = (await groupsOf(await demoPeriodId(sut))).map((group) => group.shortName);
      expect(names).toEqual([
        'Thực hiện chỉ thị, Nghị quyết',
        'Quảng bá hình ảnh Quảng Ninh',
        'Dự báo, đấu tranh phản bác',
        'Định hướng thông tin báo chí',
        'Sự kiện đối ngoại',
        'Trao đổi thông tin',
        'Tập huấn cán bộ thông tin đối ngoại',
        'Giải thưởng thông tin đối ngoại',
      ]);
      expect(new Set(names).size).toBe(8);
      expect(Math.max(...names.map((name) => name.length))).toBeLessThanOrEqual(40);
    });

    it('a new group without one gets the default made from its title; one given is stored as one tidy line', async () => {
      const periodId = await draftPeriod();
      const title = 'tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh';
      const defaulted = await office.post(`/api/periods/${periodId}/task-groups`).send({ title, indicators: [] }).expect(201);
      expect(defaulted.body.shortName).toBe('Tăng cường thông tin');
      expect(defaulted.body.shortName).toBe(defaultTaskGroupShortName(title));

      const named = await office
        .post(`/api/periods/${periodId}/task-groups`)
        .send({ title, shortName: '  Quảng bá\thình ảnh   ', indicators: [] })
        .expect(201);
      expect(named.body.shortName).toBe('Quảng bá hình ảnh');
      expect((await groupsOf(periodId)).map((group) => group.shortName)).toEqual(['Tăng cường thông tin', 'Quảng bá hình ảnh']);
      expect((await audited(periodId, 'task_group.added')).map((summary) => summary.shortName)).toEqual(['Tăng cường thông tin', 'Quảng bá hình ảnh']);
    });

    it('an edit changes it when given and keeps it when left out, and the audit says what it was', async () => {
      const periodId = await draftPeriod();
      const added = await office.post(`/api/periods/${periodId}/task-groups`).send({ title: 'tổ chức tập huấn', shortName: 'Tập huấn', indicators: [] }).expect(201);
      const url = `/api/periods/${periodId}/task-groups/${added.body.id}`;

      const renamed = await office.put(url).send({ title: 'tổ chức tập huấn', shortName: 'Tập huấn cán bộ', indicators: [] }).expect(200);
      expect(renamed.body.shortName).toBe('Tập huấn cán bộ');
      const kept = await office.put(url).send({ title: 'tổ chức tập huấn cho cán bộ', indicators: [] }).expect(200);
      expect(kept.body).toMatchObject({ title: 'tổ chức tập huấn cho cán bộ', shortName: 'Tập huấn cán bộ' });

      expect(await audited(periodId, 'task_group.updated')).toEqual([
        { taskGroupId: added.body.id, before: 'tổ chức tập huấn', after: 'tổ chức tập huấn', shortNameBefore: 'Tập huấn', shortNameAfter: 'Tập huấn cán bộ' },
        { taskGroupId: added.body.id, before: 'tổ chức tập huấn', after: 'tổ chức tập huấn cho cán bộ' },
      ]);
    });

    it('refuses a blank, too long or multi-line one with 422 naming the field, on create and on edit, and stores nothing', async () => {
      const periodId = await draftPeriod();
      const added = await office.post(`/api/periods/${periodId}/task-groups`).send({ title: 'nhóm thử', shortName: 'Nhóm thử', indicators: [] }).expect(201);
      const longest = 'Đ'.repeat(TASK_GROUP_SHORT_NAME_MAX_LENGTH);
      const cases: [unknown, string[]][] = [
        ['   ', ['VALIDATION_FAILED', 'shortName.required']],
        ['', ['VALIDATION_FAILED', 'shortName.required']],
        [`${longest}a`, ['VALIDATION_FAILED', 'shortName.maxLength']],
        ['Tập huấn\ncán bộ', ['VALIDATION_FAILED', 'shortName.plainLine']],
        [null, ['VALIDATION_FAILED', 'shortName.isString']],
        [7, ['VALIDATION_FAILED', 'shortName.isString']],
      ];
      for (const [shortName, expected] of cases) {
        const created = await office.post(`/api/periods/${periodId}/task-groups`).send({ title: 'nhóm khác', shortName, indicators: [] });
        expect([created.status, ...refusal(created.body)]).toEqual([422, ...expected]);
        const edited = await office.put(`/api/periods/${periodId}/task-groups/${added.body.id}`).send({ title: 'nhóm thử', shortName, indicators: [] });
        expect([edited.status, ...refusal(edited.body)]).toEqual([422, ...expected]);
      }
      await office.put(`/api/periods/${periodId}/task-groups/${added.body.id}`).send({ title: 'nhóm thử', shortName: longest, indicators: [] }).expect(200);
      expect((await groupsOf(periodId)).map((group) => group.shortName)).toEqual([longest]);
    });

    it('the migration gives every existing group the default made from its title', async () => {
      const runner = sut.app.get(DataSource).createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`ALTER TABLE task_groups DROP COLUMN short_name`);
        await new TaskGroupShortNames1764610000000().up(runner);
        const rows: { title: string; short_name: string }[] = await runner.query(`SELECT title, short_name FROM task_groups ORDER BY period_id, ordinal`);
        expect(rows.length).toBeGreaterThanOrEqual(DEMO_PERIOD.taskGroups.length);
        expect(rows.map((row) => row.short_name)).toEqual(rows.map((row) => defaultTaskGroupShortName(row.title)));
        expect(rows.map((row) => row.short_name)).toEqual(expect.arrayContaining(['Tập trung thực hiện tốt công tác thông tin đối ngoại gắn…', 'Tăng cường thông tin']));
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });
});
